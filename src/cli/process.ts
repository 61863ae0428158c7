import { EXIT, faultOf, run } from "./run";
import { isBrokenPipe, terminalText, writeFailure } from "./terminal";
import { wantsColour } from "./wantsColour";
import type { InputStream } from "./source";
import { cliText, requestedLanguage } from "./texts";

/** What the CLI needs of process.stdout and process.stderr: writing, and their errors (EPIPE comes as an event). */
export interface OutputStream {
  readonly isTTY?: boolean;
  write(text: string, done?: (error?: Error | null) => void): boolean;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/** The process the CLI runs in: injected so tests can give it streams that fail. */
export interface CliProcess {
  /** The arguments, without node and the script. */
  readonly argv: readonly string[];
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where `-` is read from (process.stdin), asked for only then. */
  readonly stdin?: () => InputStream;
  readonly now: () => number;
  on(event: "uncaughtException" | "unhandledRejection", listener: (error: unknown) => void): unknown;
  exit(code: number): void;
}

/** Resolves once what was written to a stream before has gone out or failed (its error reported by `failed`). */
function settled(stream: OutputStream, failed: (error: unknown) => void): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write("", (error) => {
        if (error !== undefined && error !== null) failed(error);
        setImmediate(resolve);
      });
    } catch (error) {
      failed(error);
      resolve();
    }
  });
}

/**
 * Runs the CLI in a process and returns its exit code (see {@link run}). Also here, where
 * run() cannot see them: a stdout whose reader has gone (EPIPE: `opcat-npm report … | head -1`)
 * drops the rest of the output quietly and exits 0; a stdout that
 * fails otherwise (a full disk) is one line on stderr and exit 2; anything thrown outside
 * run() (an uncaught exception or rejection) is the one line of a bug and exit 70.
 */
export async function runProcess(proc: CliProcess): Promise<number> {
  const lang = requestedLanguage(proc.argv);
  // Set by the streams' error events, which come after the write that failed.
  const state: { stdoutOpen: boolean; stderrOpen: boolean; stdoutFailure: unknown; wrote: boolean; readerGone: boolean } = { stdoutOpen: true, stderrOpen: true, stdoutFailure: undefined, wrote: false, readerGone: false };
  const stdoutFailed = (error: unknown) => {
    state.stdoutOpen = false;
    // Gone before anything was written (a usage error on stderr only): the command's code stands.
    if (isBrokenPipe(error)) state.readerGone = state.wrote;
    else if (state.stdoutFailure === undefined) state.stdoutFailure = error ?? "unknown error";
  };
  const stderr = (text: string) => {
    if (!state.stderrOpen) return;
    try {
      proc.stderr.write(text);
    } catch {
      state.stderrOpen = false;
    }
  };
  proc.stdout.on("error", stdoutFailed);
  proc.stderr.on("error", () => {
    state.stderrOpen = false;
  });
  const crash = (error: unknown) => {
    stderr(`opcat-npm: ${terminalText(faultOf(error, lang).line)}\n`);
    proc.exit(EXIT.bug);
  };
  proc.on("uncaughtException", crash);
  proc.on("unhandledRejection", crash);
  const code = await run(proc.argv, {
    stdout: (text) => {
      if (!state.stdoutOpen) return;
      state.wrote = true;
      proc.stdout.write(text);
    },
    stderr,
    colour: wantsColour(proc.env, proc.stdout.isTTY === true),
    terminal: proc.stdout.isTTY === true,
    progress: proc.stderr.isTTY === true,
    now: proc.now,
    ...(proc.stdin === undefined ? {} : { stdin: proc.stdin }),
  });
  if (state.stdoutOpen) await settled(proc.stdout, stdoutFailed);
  if (state.stdoutFailure === undefined) return state.readerGone ? EXIT.ok : code;
  stderr(`opcat-npm: ${terminalText(cliText("outputFailed", lang, { reason: writeFailure(state.stdoutFailure) }))}\n`);
  return EXIT.usage;
}
