// writeFiles (src/io/writeFiles.ts): files written all or nothing through temporary files
// renamed at the end; targets in the way and the input refused; faults of the file system as
// one OpcatError, with nothing left behind. Faults are injected through writerFileSystem:
// the tests run as root, whom permissions do not stop.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { open as realOpen } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { OpcatError } from "../../src/errors/OpcatError";
import { writeFault } from "../../src/io/fileErrors";
import { refuseInput, writeFiles, writerFileSystem } from "../../src/io/writeFiles";
import { scratchFolder } from "./scratch";

const scratch = scratchFolder("write-files");
afterAll(() => {
  scratch.remove();
});

const systemError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

/** What writeFiles rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("writeFiles: all or nothing", () => {
  it("creates the folder (nested), writes each file whole, returns the paths, leaves no temporary file", async () => {
    const folder = join(scratch.fresh("new"), "a", "b");
    const big = "ж".repeat(100_000);
    const written = await writeFiles(folder, ["one.txt", "two.txt", "empty.txt"], { overwrite: false }, async ([one, two]) => {
      await one?.write("first ");
      await two?.write(big);
      await one?.write("line\n");
    });
    expect(written).toEqual([join(folder, "one.txt"), join(folder, "two.txt"), join(folder, "empty.txt")]);
    expect(readdirSync(folder).sort()).toEqual(["empty.txt", "one.txt", "two.txt"]);
    expect(readFileSync(join(folder, "one.txt"), "utf8")).toBe("first line\n");
    expect(readFileSync(join(folder, "two.txt"), "utf8")).toBe(big);
    expect(readFileSync(join(folder, "empty.txt"), "utf8")).toBe("");
  });

  it("a failure of the writer leaves nothing: no file, no temporary file, no folder it made; a folder that was there stays", async () => {
    const parent = scratch.fresh("parent");
    mkdirSync(parent);
    writeFileSync(join(parent, "mine.txt"), "keep");
    const folder = join(parent, "a", "b");
    const error = await rejection(
      writeFiles(folder, ["one.txt", "two.txt"], { overwrite: false }, async ([one, two]) => {
        await one?.write("x".repeat(200_000));
        await two?.write("y");
        throw new Error("the source broke");
      }),
    );
    expect((error as Error).message).toBe("the source broke");
    expect(readdirSync(parent)).toEqual(["mine.txt"]);
  });

  it("replaces files that exist only with overwrite, and each whole", async () => {
    const folder = scratch.fresh("existing");
    mkdirSync(folder);
    writeFileSync(join(folder, "two.txt"), "old");
    const refused = await rejection(writeFiles(folder, ["one.txt", "two.txt"], { overwrite: false }, () => Promise.resolve()));
    expect(refused).toBeInstanceOf(OpcatError);
    expect(refused).toMatchObject({ code: "io.target_exists", params: { file: join(folder, "two.txt") } });
    expect(readdirSync(folder)).toEqual(["two.txt"]);
    await writeFiles(folder, ["one.txt", "two.txt"], { overwrite: true }, async ([one, two]) => {
      await one?.write("1");
      await two?.write("2");
    });
    expect([readFileSync(join(folder, "one.txt"), "utf8"), readFileSync(join(folder, "two.txt"), "utf8")]).toEqual(["1", "2"]);
  });

  it("a target that appears while the files are written is not replaced without overwrite", async () => {
    const folder = scratch.fresh("race");
    const error = await rejection(
      writeFiles(folder, ["one.txt"], { overwrite: false }, async ([one]) => {
        await one?.write("mine");
        writeFileSync(join(folder, "one.txt"), "someone else's");
      }),
    );
    expect(error).toMatchObject({ code: "io.target_exists" });
    expect(readdirSync(folder)).toEqual(["one.txt"]);
    expect(readFileSync(join(folder, "one.txt"), "utf8")).toBe("someone else's");
  });

  it("a file where the folder goes, or a folder where a file goes: refused even with overwrite", async () => {
    const file = `${scratch.fresh("file")}.txt`;
    writeFileSync(file, "keep");
    expect(await rejection(writeFiles(file, ["one.txt"], { overwrite: true }, () => Promise.resolve()))).toMatchObject({ code: "io.target_not_folder", params: { file } });
    expect(await rejection(writeFiles(join(file, "below"), ["one.txt"], { overwrite: true }, () => Promise.resolve()))).toMatchObject({ code: "io.target_not_folder" });
    const folder = scratch.fresh("folder");
    mkdirSync(join(folder, "one.txt"), { recursive: true });
    expect(await rejection(writeFiles(folder, ["one.txt"], { overwrite: true }, () => Promise.resolve()))).toMatchObject({ code: "io.target_is_folder", params: { file: join(folder, "one.txt") } });
    expect(readFileSync(file, "utf8")).toBe("keep");
  });

  it("an aborted signal stops the writing at the next write, leaving nothing", async () => {
    const folder = scratch.fresh("abort");
    const controller = new AbortController();
    const error = await rejection(
      writeFiles(folder, ["one.txt"], { overwrite: false, signal: controller.signal }, async ([one]) => {
        await one?.write("a");
        controller.abort();
        await one?.write("b");
      }),
    );
    expect(error).toMatchObject({ name: "AbortError" });
    expect(existsSync(folder)).toBe(false);
  });
});

describe("writeFiles: faults of the file system, injected", () => {
  it("ENOSPC writing the second file: io.no_space naming it; the first file is not renamed in either", async () => {
    let opened = 0;
    vi.spyOn(writerFileSystem, "open").mockImplementation(async (file, flags) => {
      const handle = await realOpen(file, flags);
      if (++opened !== 2) return handle;
      return new Proxy(handle, {
        get(target, key) {
          if (key === "write") return () => Promise.reject(systemError("ENOSPC"));
          const value: unknown = Reflect.get(target, key);
          return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
    });
    const folder = scratch.fresh("full");
    const error = await rejection(
      writeFiles(folder, ["one.txt", "two.txt"], { overwrite: false }, async ([one, two]) => {
        await one?.write("1");
        await two?.write("2");
      }),
    );
    expect(error).toBeInstanceOf(OpcatError);
    expect(error).toMatchObject({ code: "io.no_space", params: { file: join(folder, "two.txt"), cause: "ENOSPC" } });
    expect((error as OpcatError).problems[0]?.message).toBe(`cannot write ${join(folder, "two.txt")}: no space left on the disk (ENOSPC); nothing was written`);
    expect(existsSync(folder)).toBe(false);
  });

  it("a write that takes fewer bytes than it is given: the rest is written too", async () => {
    vi.spyOn(writerFileSystem, "open").mockImplementation(async (file, flags) => {
      const handle = await realOpen(file, flags);
      return new Proxy(handle, {
        get(target, key) {
          if (key === "write") return (bytes: Buffer, offset: number, length: number) => target.write(bytes, offset, Math.min(length, 1000));
          const value: unknown = Reflect.get(target, key);
          return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
    });
    const folder = scratch.fresh("short");
    const text = "қ".repeat(40_000) + "end";
    await writeFiles(folder, ["one.txt"], { overwrite: false }, async ([one]) => {
      await one?.write(text);
    });
    expect(readFileSync(join(folder, "one.txt"), "utf8")).toBe(text);
  });

  it("a rename failing after others succeeded: the new files renamed in are taken out again", async () => {
    const folder = scratch.fresh("rename");
    mkdirSync(folder);
    const rename = writerFileSystem.rename;
    let renames = 0;
    vi.spyOn(writerFileSystem, "rename").mockImplementation(async (from, to) => {
      if (++renames === 2) throw systemError("EACCES");
      return rename(from, to);
    });
    const error = await rejection(
      writeFiles(folder, ["one.txt", "two.txt"], { overwrite: false }, async ([one, two]) => {
        await one?.write("1");
        await two?.write("2");
      }),
    );
    expect(error).toMatchObject({ code: "io.not_permitted", params: { file: join(folder, "two.txt") } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each<[string, string, Record<string, string>, string]>([
    ["ENOSPC", "io.no_space", {}, "no space left on the disk (ENOSPC)"],
    ["EDQUOT", "io.no_space", {}, "no space left on the disk (EDQUOT)"],
    ["EACCES", "io.not_permitted", { reason: "permission" }, "permission denied (EACCES)"],
    ["EPERM", "io.not_permitted", { reason: "permission" }, "permission denied (EPERM)"],
    ["EROFS", "io.not_permitted", { reason: "read_only" }, "the file system is read-only (EROFS)"],
    ["ENOTDIR", "io.target_not_folder", { reason: "in_the_way" }, "a file is in the way where a folder should be"],
    ["EIO", "io.unwritable", { detail: "EIO" }, "cannot write out/x.csv: EIO; nothing was written"],
  ])("writeFault: %s is %s", (code, expected, more, message) => {
    const error = writeFault(systemError(code), "out/x.csv");
    expect([error.code, error.path, error.params]).toEqual([expected, [], { file: "out/x.csv", cause: code, ...more }]);
    expect(error.problems[0]?.message).toContain(message);
  });

  it("writeFault: an OpcatError as it is; an error without a code by its message", () => {
    const given = writeFault(systemError("ENOSPC"), "a");
    expect(writeFault(given, "b")).toBe(given);
    expect(writeFault(new Error("odd"), "a").problems[0]?.message).toBe("cannot write a: odd; nothing was written");
  });
});

describe("refuseInput", () => {
  it("refuses the input itself, anything inside it, and the same through a link; accepts what is beside it", async () => {
    const input = scratch.fresh("input");
    mkdirSync(input);
    const link = scratch.fresh("link");
    symlinkSync(input, link);
    for (const target of [input, join(input, "dataset.json"), join(input, "new", "deeper"), link, join(link, "x.csv")]) {
      await expect(refuseInput([target], input)).rejects.toMatchObject({ code: "io.target_is_input", params: { file: target, input } });
    }
    await expect(refuseInput([join(scratch.root, "input-2"), `${input}-copy`], input)).resolves.toBeUndefined();
    // A file input: itself refused, a sibling accepted.
    const file = `${scratch.fresh("data")}.json`;
    writeFileSync(file, "{}");
    await expect(refuseInput([file], file)).rejects.toMatchObject({ code: "io.target_is_input" });
    await expect(refuseInput([`${file}.csv`], file)).resolves.toBeUndefined();
  });
});
