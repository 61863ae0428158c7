// @ts-check
// Writes dataset.schema.json and report.schema.json (shipped in the package) from the built
// library's zod schemas. Run by `npm run build` after tsup; tests fail when a committed file is stale.
import { writeFileSync } from "node:fs";
import { datasetJsonSchema, reportJsonSchema } from "opcat-npm";

writeFileSync(new URL("../dataset.schema.json", import.meta.url), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("../report.schema.json", import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
