import { describe, expect, it } from "vitest";
import { spelledAmount } from "../../../src/text/numerals.js";
import { analyze } from "../../../src/text/analyze.js";
import { tokenize } from "../../../src/text/normalize.js";
import { index } from "../../helpers/corpus.js";

const at = (text: string, i = 0) => spelledAmount(tokenize(text), i);

describe("amounts spelled out", () => {
  it("reads 'half a million', 'a million', 'mezzo milione' and 'un miliardo' with the tokens they span", () => {
    expect(at("half a million cars")).toEqual({ value: 500_000, length: 3 });
    expect(at("a million")).toEqual({ value: 1_000_000, length: 2 });
    expect(at("mezzo milione di auto")).toEqual({ value: 500_000, length: 2 });
    expect(at("un miliardo di euro")).toEqual({ value: 1_000_000_000, length: 2 });
  });

  it("needs a scale word: 'a car', 'half the sales', 'a millions' and 'half a thousand' are no amount", () => {
    expect(at("a car")).toBeUndefined();
    expect(at("half the sales")).toBeUndefined();
    expect(at("a millions")).toBeUndefined();
    expect(at("half a thousand")).toBeUndefined();
  });

  it("becomes one number slot in a question, as the digits would", () => {
    const slots = analyze("Was the target half a million a year?", "en", index.lexicon, { mode: "question" });
    expect(slots.filter((s) => s.kind === "number").map((s) => [s.surface, s.keys])).toEqual([["half a million", ["n:500000"]]]);
  });
});
