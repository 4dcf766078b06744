import { describe, expect, it } from "vitest";
import { monthRuns } from "../../../src/text/periods.js";

describe("monthRuns", () => {
  it("gives the first months of a year one key, however they are named, in both languages", () => {
    const keys = (text: string) => monthRuns(text).map((r) => r.key);
    expect(keys("in the first five months of 2025")).toEqual(["p:m1-5"]);
    expect(keys("between January and May 2025")).toEqual(["p:m1-5"]);
    expect(keys("January-May")).toEqual(["p:m1-5"]);
    expect(keys("nei primi cinque mesi del 2025")).toEqual(["p:m1-5"]);
    expect(keys("da gennaio a maggio")).toEqual(["p:m1-5"]);
    expect(keys("the first half of 2025, and the first quarter")).toEqual(["p:m1-6", "p:m1-3"]);
    expect(keys("nel primo semestre")).toEqual(["p:m1-6"]);
    expect(keys("in May, and for the first time")).toEqual([]);
  });
});
