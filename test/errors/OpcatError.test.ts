import { describe, expect, it } from "vitest";
import { OpcatError, type OpcatProblem } from "../../src/errors/OpcatError";

describe("OpcatError", () => {
  const first: OpcatProblem = { code: "profile.missing_label", path: ["lists", "regions", 0, "labels", "kk"], message: "Missing kk label", params: { lang: "kk" } };
  const second: OpcatProblem = { code: "profile.empty_list", path: ["lists", "themes"], message: "The list themes has no codes", params: { list: "themes" } };

  it("repeats the first problem and keeps them all", () => {
    const error = new OpcatError([first, second]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("OpcatError");
    expect(error.code).toBe("profile.missing_label");
    expect(error.path).toEqual(["lists", "regions", 0, "labels", "kk"]);
    expect(error.params).toEqual({ lang: "kk" });
    expect(error.problems).toEqual([first, second]);
    expect(error.message).toBe("profile.missing_label: Missing kk label (and 1 more)");
  });

  it("says nothing of more problems when there is one", () => {
    expect(new OpcatError([second]).message).toBe("profile.empty_list: The list themes has no codes");
  });
});
