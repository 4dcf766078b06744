import { describe, expect, it } from "vitest";
import { impliedYear, monthOf } from "../../../src/engine/dates.js";

describe("dates without their year", () => {
  it("reads the month in either language", () => {
    expect(monthOf("fine maggio 2024")).toBe(5);
    expect(monthOf("on May 31")).toBe(5);
    expect(monthOf("it may rain")).toBe(5); // a month word, whatever it means here: callers check the number beside it
    expect(monthOf("the third quarter")).toBeUndefined();
  });

  it("takes the article's year, or the year before for a later month", () => {
    expect(impliedYear("May 31", "2024-06-02")).toBe(2024);
    expect(impliedYear("December 5", "2025-01-10")).toBe(2024);
    expect(impliedYear("May 31, 2023", "2024-06-02")).toBeUndefined();
    expect(impliedYear("May 31", null)).toBeUndefined();
    expect(impliedYear("Cassino", "2024-06-02")).toBeUndefined();
  });
});
