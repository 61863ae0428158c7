import { describe, expect, it } from "vitest";
import { wantsColour } from "../../src/cli/wantsColour";

describe("wantsColour", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: "1" }, true, false],
    // no-color.org: an empty NO_COLOR is as if it were not set.
    [{ NO_COLOR: "" }, true, true],
    [{ TERM: "dumb" }, true, false],
    [{ TERM: "xterm-256color" }, true, true],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "false" }, true, false],
    // FORCE_COLOR decides over NO_COLOR and TERM, as in Node's own output.
    [{ FORCE_COLOR: "1", NO_COLOR: "1", TERM: "dumb" }, false, true],
  ])("%o with a terminal %s: %s", (env, terminal, expected) => {
    expect(wantsColour(env, terminal)).toBe(expected);
  });
});
