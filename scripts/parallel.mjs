// @ts-check
// Runs commands at the same time, each in a shell, and prints each one's output whole when it
// ends (never interleaved), under a line with its time; exits 1 when any failed, after all
// have ended, so that one run shows every failure. `npm test` uses it for steps that neither
// read nor write what another of them writes: on two cores, eslint (the longest step) runs
// beside tsc, typedoc and the build instead of after them.
//
// Usage: node scripts/parallel.mjs "<command>" "<command>" ...
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * @typedef {object} Outcome
 * @property {string} command
 * @property {number | null} code the exit code, null when killed by a signal
 * @property {string} output stdout and stderr, in the order they came
 * @property {number} seconds
 */

/**
 * Runs one command in a shell and collects its output.
 *
 * @param {string} command
 * @returns {Promise<Outcome>}
 */
export function runCommand(command) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on("data", (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    child.stderr.on("data", (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    const finish = (/** @type {number | null} */ code, /** @type {string} */ extra = "") =>
      resolve({ command, code, output: Buffer.concat(chunks).toString("utf8") + extra, seconds: (Date.now() - started) / 1000 });
    child.on("error", (error) => finish(null, `${error.message}\n`));
    child.on("close", (code) => finish(code));
  });
}

/**
 * The report of one ended command: a heading line, then its output.
 *
 * @param {Outcome} outcome
 * @returns {string}
 */
export function formatOutcome(outcome) {
  const status = outcome.code === 0 ? "ok" : `FAILED (exit ${outcome.code === null ? "by signal" : String(outcome.code)})`;
  const output = outcome.output === "" || outcome.output.endsWith("\n") ? outcome.output : `${outcome.output}\n`;
  return `── ${outcome.command}: ${status}, ${outcome.seconds.toFixed(1)} s\n${output}`;
}

/**
 * Runs the commands together, writing each report as its command ends.
 *
 * @param {readonly string[]} commands
 * @param {(text: string) => void} write
 * @returns {Promise<boolean>} whether every command exited with 0
 */
export async function runParallel(commands, write) {
  const outcomes = await Promise.all(commands.map((command) => runCommand(command).then((outcome) => (write(formatOutcome(outcome)), outcome))));
  const failed = outcomes.filter((outcome) => outcome.code !== 0).map((outcome) => outcome.command);
  if (failed.length > 0) write(`── failed: ${failed.join("; ")}\n`);
  return failed.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const commands = process.argv.slice(2);
  if (commands.length === 0) {
    process.stderr.write('Usage: node scripts/parallel.mjs "<command>" "<command>" ...\n');
    process.exitCode = 2;
  } else {
    const ok = await runParallel(commands, (text) => process.stdout.write(text));
    process.exitCode = ok ? 0 : 1;
  }
}
