/**
 * The figures behind `brandbot report --html` and `--json`, from a question log written in
 * the test (test/helpers/sample-log.ts) and the real articles: counts, days, shares,
 * latency, unanswered questions grouped across spellings with the names no article
 * mentions, and answers marked down with their sources' titles.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleText } from "../../../adapters/runtime/article-text.js";
import { openQuestionLog } from "../../../adapters/runtime/question-log.js";
import { reportFigures } from "../../../adapters/runtime/report-figures.js";
import { editDistance, groupQuestions, sameWordMisspelt } from "../../../adapters/runtime/report-groups.js";
import { candidateNames, corpusMentions, namesNotInArticles } from "../../../adapters/runtime/report-names.js";
import { silentLogger } from "../../../src/types.js";
import { root } from "../../helpers/corpus.js";
import { dayBefore, writeSampleLog } from "../../helpers/sample-log.js";

const dir = mkdtempSync(join(tmpdir(), "brandbot-figures-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const NOW = Date.parse("2026-11-30T09:15:00Z");
const articles = await readArticleText(root);
const mentions = corpusMentions(articles.texts);
const path = join(dir, "sample.sqlite");
await writeSampleLog(path, NOW);
const log = openQuestionLog(path, silentLogger, { readonly: true })!;
afterAll(() => log.close());

describe("report figures", () => {
  it("sums up the last 30 days of the sample log", async () => {
    const since = NOW - 30 * DAY;
    const f = reportFigures(await log.rows(since), { now: NOW, since, period: "30d", mentions, titles: articles.titles });
    expect(f.generatedAt).toBe("2026-11-30T09:15:00.000Z");
    expect(f.since).toBe("2026-10-31T09:15:00.000Z");
    expect(f.totals).toEqual({ questions: 10, answered: 4, answeredPct: 40, declined: 6, thumbsUp: 3, thumbsDown: 3, users: 6, followUps: 1 });
    expect(f.byAdapter).toEqual([
      { adapter: "slack", questions: 6, answered: 3, answeredPct: 50 },
      { adapter: "discord", questions: 3, answered: 1, answeredPct: 33.3 },
      { adapter: "repl", questions: 1, answered: 0, answeredPct: 0 },
    ]);
    // Every day from the period's first to today, quiet ones included.
    expect(f.perDay).toHaveLength(31);
    expect(f.perDay[0]).toEqual({ day: "2026-10-31", answered: 0, declined: 0 });
    expect(f.perDay.slice(-4)).toEqual([
      { day: "2026-11-27", answered: 2, declined: 1 },
      { day: "2026-11-28", answered: 1, declined: 2 },
      { day: "2026-11-29", answered: 1, declined: 3 },
      { day: "2026-11-30", answered: 0, declined: 0 },
    ]);
    expect(f.byIntent).toEqual([
      { intent: "production_location", questions: 2, answered: 2, answeredPct: 100, up: 1, down: 2 },
      { intent: "people_roles", questions: 1, answered: 1, answeredPct: 100, up: 1, down: 0 },
      { intent: "sales", questions: 1, answered: 1, answeredPct: 100, up: 1, down: 1 },
      { intent: null, questions: 6, answered: 0, answeredPct: 0, up: 0, down: 0 },
    ]);
    expect(f.byLanguage).toEqual([
      { language: "en", questions: 8, answered: 3, answeredPct: 37.5 },
      { language: "it", questions: 2, answered: 1, answeredPct: 50 },
    ]);
    expect(f.latency).toMatchObject({ p50: 4.1, p90: 30, p99: 60, max: 60 });
    expect(f.latency.buckets.map((b) => [b.label, b.count])).toEqual([
      ["< 5 ms", 5],
      ["5–10 ms", 1],
      ["10–25 ms", 1],
      ["25–50 ms", 2],
      ["50–100 ms", 1],
      ["100–250 ms", 0],
      ["250–1 s", 0],
      ["≥ 1 s", 0],
    ]);
    expect(f.unanswered).toEqual([
      {
        question: "Who is the CEO of Fiat",
        count: 4,
        variants: ["who is the ceo of fiat", "Who is the CEO of Fiat?", "Who is teh CEO of Fiat?"],
        last: "2026-11-29T12:03:00.000Z",
        notInArticles: ["Fiat"],
      },
      // The Junior is in the articles (its price is not): no name to look for.
      { question: "Quanto costa l'Alfa Romeo Junior?", count: 1, variants: [], last: "2026-11-29T12:00:00.000Z", notInArticles: [] },
      { question: "What's the top speed of the Giulia Quadrifoglio?", count: 1, variants: [], last: "2026-11-28T12:02:00.000Z", notInArticles: ["Quadrifoglio"] },
    ]);
    expect(f.thumbsDown).toEqual([
      {
        question: "and the Tonale?",
        resolvedQuestion: "Where is the Tonale built?",
        intent: "production_location",
        at: "2026-11-27T12:01:00.000Z",
        up: 0,
        down: 2,
        sources: [
          { file: "000_0ec8988f766c771a.txt", title: "Alfa Romeo's sales targets for 2024, in the CEO's view" },
          { file: "003_64c93fd37247ca6c.txt", title: "Imparato in Cassino for the STLA Large platform of the future Giulia and Stelvio" },
        ],
      },
      {
        question: "What is the 2024 sales target?",
        resolvedQuestion: null,
        intent: "sales",
        at: "2026-11-29T12:01:00.000Z",
        up: 1,
        down: 1,
        sources: [{ file: "001_33d768776d9d5d5b.txt", title: "Alfa Romeo: are the 400,000 yearly sales once promised still within reach?" }],
      },
    ]);
  });

  it("of all time starts on the day of the first question", async () => {
    const f = reportFigures(await log.rows(0), { now: NOW, since: null, period: null, mentions });
    expect(f.since).toBeNull();
    expect(f.totals).toMatchObject({ questions: 11, answered: 5, answeredPct: 45.5, users: 7 });
    expect(f.perDay).toHaveLength(41);
    expect(f.perDay[0]).toEqual({ day: dayBefore(NOW, 40), answered: 1, declined: 0 });
    expect(f.byIntent.find((i) => i.intent === "sales")).toEqual({ intent: "sales", questions: 2, answered: 2, answeredPct: 100, up: 1, down: 1 });
    // Without titles a source is shown by its file alone.
    expect(f.thumbsDown[0]!.sources[0]).toEqual({ file: "000_0ec8988f766c771a.txt", title: null });
  });

  it("an empty period has zero counts, no days and no latency figures", async () => {
    const f = reportFigures(await log.rows(NOW), { now: NOW, since: NOW, period: "1h", mentions });
    expect(f.totals).toEqual({ questions: 0, answered: 0, answeredPct: null, declined: 0, thumbsUp: 0, thumbsDown: 0, users: 0, followUps: 0 });
    expect(f.perDay).toEqual([]);
    expect(f.latency).toMatchObject({ p50: null, p90: null, p99: null, max: null });
    expect(f.latency.buckets.every((b) => b.count === 0)).toBe(true);
    expect([f.byAdapter, f.byIntent, f.byLanguage, f.unanswered, f.thumbsDown]).toEqual([[], [], [], [], []]);
  });
});

describe("grouping unanswered questions", () => {
  const at = (question: string, t: number) => ({ question, at: t });

  it("counts questions that differ in case, punctuation or a spelling slip as one, shown in their most asked wording", () => {
    const groups = groupQuestions([at("Where is the Giula bilt?", 1), at("where is the giulia built", 2), at("Wher is teh giulia built", 3), at("Where is the Giulia built?", 4), at("Where is the Tonale built?", 5)]);
    expect(groups.map((g) => [g.count, g.variants.map((v) => v.text)])).toEqual([
      [4, ["Where is the Giulia built?", "where is the giulia built", "Wher is teh giulia built", "Where is the Giula bilt?"]],
      [1, ["Where is the Tonale built?"]],
    ]);
  });

  it("keeps apart questions about a different number, a different short code or an added word", () => {
    const groups = groupQuestions([at("Sales in 2024?", 1), at("sales in 2025", 2), at("Who is the CEO?", 3), at("who is the CFO", 4), at("who is the new CEO", 5)]);
    expect(groups.map((g) => g.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it("tells a slip from another word", () => {
    expect(editDistance("teh", "the")).toBe(1);
    expect(editDistance("giula", "giulia")).toBe(1);
    expect(sameWordMisspelt("teh", "the")).toBe(true);
    expect(sameWordMisspelt("ceo", "cfo")).toBe(false);
    expect(sameWordMisspelt("bilt", "built")).toBe(true);
    expect(sameWordMisspelt("launched", "leaving")).toBe(false);
    expect(sameWordMisspelt("2024", "2025")).toBe(false);
  });
});

describe("names no article mentions", () => {
  it("reads names from capitals and codes, never from a sentence's first word alone", () => {
    expect(candidateNames("Who is the CEO of Fiat?")).toEqual(["CEO", "Fiat"]);
    expect(candidateNames("What's the top speed of the Giulia Quadrifoglio?")).toEqual(["Giulia Quadrifoglio"]);
    expect(candidateNames("Quanto costa l'Alfa Romeo Junior?")).toEqual(["Alfa Romeo Junior"]);
    expect(candidateNames("Is the GTV6 coming back? Also Ferrari's plans")).toEqual(["GTV6", "Ferrari"]);
    expect(candidateNames("what about McLaren and Jean-Philippe Imparato")).toEqual(["McLaren", "Jean-Philippe Imparato"]);
    expect(candidateNames("WHERE IS THE GIULIA BUILT")).toEqual([]);
    expect(candidateNames("where is the giulia built")).toEqual([]);
  });

  it("checks them against the articles, ignoring case and accents, naming the unmentioned words of a longer name", () => {
    expect(mentions("imparato")).toBe(true);
    expect(mentions("STELLANTIS")).toBe(true);
    expect(mentions("Jean-Philippe Imparato")).toBe(true);
    expect(mentions("Fiat")).toBe(false);
    expect(mentions("Giul")).toBe(false);
    expect(namesNotInArticles(["Chi è il CEO di Ferrari?", "What about the Alfa Romeo Junior Veloce, Maserati and Lancia?"], mentions)).toEqual(["Ferrari", "Veloce", "Lancia"]);
  });
});
