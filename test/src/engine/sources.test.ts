import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { createBrandbot } from "../../../src/index.js";
import { corpus, withArticle } from "../../helpers/corpus.js";
import { ask } from "../../helpers/engine.js";

// Written for this test: where the interview was given is said once, the facts two sentences later.
const text = [
  "Alfa Romeo's chief executive Santo Ficili gave a long interview to Quattroruote at the Brussels motor show.",
  "He said the brand had learned a great deal from the Junior.",
  "The next Stelvio and Giulia will arrive in 2028, he added, with hybrid engines first.",
].join("\n\n");
const meta = { file: "906_interview.txt", title: "Alfa's next steps", language: "en" as const, author: null, date: "2026-01", dateInferred: false, url: null };
const bot = createBrandbot(withArticle(corpus, meta, text), { gazetteer: loadGazetteer() });

describe("a question's closing words about its source", () => {
  it("mark what follows 'per', 'according to' or 'secondo' as about the source: weighed less, never required", () => {
    const tail = ask("How many orders does the Junior have, per Ficili's CAR magazine interview?").slots.filter((s) => s.aboutSource);
    expect(tail.map((s) => s.surface)).toEqual(["Ficili", "CAR", "magazine", "interview"]);
    expect(tail.some((s) => s.required)).toBe(false);
    // "per year" is no source.
    expect(ask("How many cars per year does Alfa want to sell?").slots.some((s) => s.aboutSource)).toBe(false);
  });

  it("are lent by the article that names them anywhere, so the fact two sentences on answers", () => {
    expect(bot.answer("When will the next Stelvio arrive, per Ficili's long Quattroruote interview at the Brussels motor show?").text).toMatch(/^2028, according to “Alfa's next steps”/);
    expect(bot.answer("What engines come first, according to Ficili in Brussels?").citations[0]?.quote).toMatch(/with hybrid engines first\.$/);
  });
});
