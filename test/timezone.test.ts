// @time-zones: asserts that each vitest project runs in its zone
import { describe, expect, it } from "vitest";

// Proves each project really runs in its time zone, so the other tests prove TZ-independence.
const OFFSET_ON_2023_01_15: Record<string, number> = {
  UTC: 0,
  "Asia/Almaty": -360,
  "America/Sao_Paulo": 180,
};

describe("the process time zone of this test project", () => {
  it("is the one the project sets, and Date uses it", () => {
    const tz = process.env.TZ ?? "";
    expect(Object.keys(OFFSET_ON_2023_01_15)).toContain(tz);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    expect(new Date(2023, 0, 15).getTimezoneOffset()).toBe(OFFSET_ON_2023_01_15[tz]);
  });
});
