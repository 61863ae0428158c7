import { runProcess } from "./process";

// The opcat-npm command. All logic is in run() and runProcess(); this file only binds them to the process.
process.exitCode = await runProcess({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: () => process.stdin,
  now: () => performance.now(),
  on: (event, listener) => process.on(event, listener),
  exit: (code) => process.exit(code),
});
