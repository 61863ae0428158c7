// @ts-check
// Writes dataset.schema.json (shipped in the package) from the built library's zod schemas.
// Run by `npm run build` after tsup; a test fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "opcat-npm";

const target = new URL("../dataset.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
