import { describe, expect, it } from "vitest";
import { fold, normaliseNumber, tokenize } from "../../../src/text/normalize.js";

describe("fold", () => {
  it("lower-cases, strips accents and straightens quotes", () => {
    expect(fold("Città’ «Perché»")).toBe("citta' \"perche\"");
  });
});

describe("normaliseNumber", () => {
  it.each([
    ["400,000", "400000"],
    ["400.000", "400000"],
    ["33,020", "33020"],
    ["4.3", "4.3"],
    ["4,3", "4.3"],
    ["2024", "2024"],
  ])("%s -> %s", (raw, norm) => expect(normaliseNumber(raw)).toBe(norm));
});

describe("tokenize", () => {
  it("splits hyphens and apostrophes so aliases and articles tokenise alike", () => {
    expect(tokenize("E-SUV d’Arco Romeo's").map((t) => t.norm)).toEqual(["e", "suv", "d", "arco", "romeo", "s"]);
  });

  it("reads subscript digits as the digits they stand for: 'CO₂' tokenises as 'CO2'", () => {
    expect(tokenize("CO₂ emissions").map((t) => [t.norm, t.isNumber])).toEqual(tokenize("CO2 emissions").map((t) => [t.norm, t.isNumber]));
  });

  it("splits words glued by web copy but keeps names like MiTo whole", () => {
    expect(tokenize("BelvedereIllinois MiTo").map((t) => t.raw)).toEqual(["Belvedere", "Illinois", "MiTo"]);
  });

  it("reads an ordinal as one token of its number, in either language ('100th', '115°')", () => {
    const tokens = tokenize("the 100th anniversary, 100 units, June 23rd, il 115° anniversario");
    expect(tokens.filter((t) => t.isNumber).map((t) => [t.raw, t.norm])).toEqual([
      ["100th", "100"],
      ["100", "100"],
      ["23rd", "23"],
      ["115°", "115"],
    ]);
    expect(tokens.some((t) => t.raw === "th" || t.raw === "rd")).toBe(false);
  });

  it("keeps offsets into the original text", () => {
    const text = "the 34% drop in the U.S.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it("never throws on hostile input", () => {
    expect(tokenize("\u0000\ud800🙂 <!channel> ||x||").map((t) => t.norm)).toEqual(["channel", "x"]);
  });
});
