// Runs every example as a user would (they import "opcat-npm", i.e. the built package), and
// checks that the example dataset is what its seeded generator makes. Run after `npm run build`.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const here = new URL(".", import.meta.url);
const runs = [
  ...readdirSync(here)
    .filter((name) => name.endsWith(".mjs") && name !== "run-all.mjs" && name !== "generate-kz-2023.mjs")
    .sort()
    .map((script) => ({ script, args: [] })),
  { script: "generate-kz-2023.mjs", args: ["--check"] },
];

let failed = 0;
for (const { script, args } of runs) {
  const result = spawnSync(process.execPath, [new URL(script, here).pathname, ...args], { encoding: "utf8" });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} examples/${script} ${args.join(" ")}`.trimEnd());
  if (!ok) console.log(result.stdout + result.stderr);
}
console.log(`examples: ${runs.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
