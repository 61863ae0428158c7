import { run } from "./run";

// The opcat-npm command. All logic is in run(); this file only binds it to the process.
const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colour: process.stdout.isTTY && process.env["NO_COLOR"] === undefined,
  progress: process.stderr.isTTY,
  now: () => performance.now(),
});
process.exitCode = code;
