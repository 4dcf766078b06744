import { describe, expect, it } from "vitest";
import { absoluteYears, dayOf, impliedYear, monthOf } from "../../../src/engine/dates.js";

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

describe("a day of a month", () => {
  it("reads the day either side of the month, with its year if written", () => {
    expect(dayOf("visitato Cassino il 2 giugno 2024 per la piattaforma")).toEqual({ month: 6, day: 2, year: 2024, start: 20, end: 33 });
    expect(dayOf("visited the plant on May 31 to follow")).toEqual({ month: 5, day: 31, start: 21, end: 27 });
    expect(dayOf("Did he go on June 2nd, 2024?")).toMatchObject({ month: 6, day: 2, year: 2024 });
    expect(dayOf("on 31 May")).toMatchObject({ month: 5, day: 31 });
  });

  it("is no day when only a month, a year or a larger number sits beside it", () => {
    expect(dayOf("in June 2026")).toBeUndefined();
    expect(dayOf("la Tipo 33 maggio")).toBeUndefined();
    expect(dayOf("June 12,000 cars")).toBeUndefined();
  });
});

describe("relative years in a short answer", () => {
  it("puts the year the article's date gives, in either language", () => {
    expect(absoluteYears("the end of this year", "2024-05")).toBe("the end of 2024");
    expect(absoluteYears("Last year", "2022-05-03")).toBe("2021");
    expect(absoluteYears("later this year", "2024")).toBe("later in 2024");
    expect(absoluteYears("entro quest’anno", "2025-07")).toBe("entro il 2025");
    expect(absoluteYears("nel corso di quest'anno", "2024")).toBe("nel corso del 2024");
    expect(absoluteYears("l'anno prossimo", "2023-12")).toBe("il 2024");
    expect(absoluteYears("entro la fine dell’anno prossimo", "2024")).toBe("entro la fine 2025");
    expect(absoluteYears("Metà dell’anno", "2026-01-15")).toBe("Metà 2026");
    expect(absoluteYears("by mid-year", "2026-01-15")).toBe("by mid-2026");
    expect(absoluteYears("the middle of the year", "2026")).toBe("the middle of 2026");
  });

  it("leaves the words alone when the article is undated or the year is given", () => {
    expect(absoluteYears("next year", null)).toBe("next year");
    expect(absoluteYears("the end of 2025", "2024-05")).toBe("the end of 2025");
    expect(absoluteYears("this yearly target", "2024-05")).toBe("this yearly target");
    // A span of twelve months, or a year named right after, is no relative year.
    expect(absoluteYears("over the last year", "2024")).toBe("over the last year");
    expect(absoluteYears("the end of the year 2026", "2024")).toBe("the end of the year 2026");
  });
});
