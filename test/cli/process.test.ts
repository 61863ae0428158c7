// @time-zones: summary writes the period
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { runProcess, type CliProcess, type OutputStream } from "../../src/cli/process";

const TINY = new URL("../fixtures/cli/tiny.json", import.meta.url).pathname;

/** A stream like process.stdout: a failing write reports its error later, as an event and to the write's callback. */
class FakeStream extends EventEmitter implements OutputStream {
  text = "";
  writes = 0;
  constructor(private readonly failure?: string) {
    super();
  }
  write(text: string, done?: (error?: Error | null) => void): boolean {
    this.writes++;
    if (this.failure === undefined) {
      this.text += text;
      if (done !== undefined) process.nextTick(done, null);
      return true;
    }
    const error = Object.assign(new Error(`write ${this.failure}`), { code: this.failure, syscall: "write" });
    process.nextTick(() => {
      done?.(error);
      this.emit("error", error);
    });
    return false;
  }
}

function fakeProcess(argv: string[], stdout = new FakeStream(), stderr = new FakeStream()) {
  const listeners = new Map<string, (error: unknown) => void>();
  const exits: number[] = [];
  const proc: CliProcess = {
    argv,
    stdout,
    stderr,
    env: {},
    now: () => 0,
    on: (event, listener) => listeners.set(event, listener),
    exit: (code) => exits.push(code),
  };
  return { proc, stdout, stderr, listeners, exits };
}

describe("runProcess", () => {
  it("runs the command on the process's streams", async () => {
    const { proc, stdout, stderr } = fakeProcess(["summary", TINY]);
    expect(await runProcess(proc)).toBe(0);
    expect(stdout.text).toMatch(/^Kazakhstan — Reporting period: 1 January – 31 December 2023\n/);
    expect(stderr.text).toBe("");
  });

  it("drops the output quietly when stdout's reader has gone (EPIPE), and exits 0", async () => {
    const { proc, stderr } = fakeProcess(["summary", TINY], new FakeStream("EPIPE"));
    expect(await runProcess(proc)).toBe(0);
    expect(stderr.text).toBe("");
  });

  it("says in one line that stdout cannot be written (a full disk), exit 2", async () => {
    const { proc, stderr } = fakeProcess(["summary", TINY, "--lang", "ru"], new FakeStream("ENOSPC"));
    expect(await runProcess(proc)).toBe(2);
    expect(stderr.text).toBe("opcat-npm: не удаётся записать вывод: ENOSPC\n");
  });

  it("keeps its exit code when stderr is gone too", async () => {
    const { proc } = fakeProcess(["summary", "missing.json"], new FakeStream("EPIPE"), new FakeStream("EPIPE"));
    expect(await runProcess(proc)).toBe(2);
  });

  it("turns an uncaught exception or rejection into the one line of a bug and exit 70", async () => {
    const { proc, stderr, listeners, exits } = fakeProcess(["summary", TINY, "--lang=kk"]);
    await runProcess(proc);
    listeners.get("uncaughtException")?.(new TypeError("\u001b[2Jboom"));
    listeners.get("unhandledRejection")?.(undefined);
    expect(exits).toEqual([70, 70]);
    expect(stderr.text).toBe(
      [
        String.raw`opcat-npm: ішкі қате TypeError: \u001B[2Jboom — бұл opcat-npm бағдарламасындағы қате, ол туралы әзірлеушілерге хабарлаңыз`,
        "opcat-npm: ішкі қате undefined: undefined — бұл opcat-npm бағдарламасындағы қате, ол туралы әзірлеушілерге хабарлаңыз",
        "",
      ].join("\n"),
    );
  });
});
