import { describe, expect, it, vi } from "vitest";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { defaults } from "../../../src/engine/brandbot.js";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { retrievalGate } from "../../../src/engine/gates.js";
import { retrieve } from "../../../src/engine/retrieve.js";
import { createBrandbot } from "../../../src/index.js";
import { corpus, index, readCases } from "../../helpers/corpus.js";
import { ask, sentenceWith } from "../../helpers/engine.js";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { root } from "../../helpers/corpus.js";

/** Every key of the question that retrieval searches for (as rank.ts collects them). */
const keysOf = (u: ReturnType<typeof ask>) => [...new Set(u.slots.filter((s) => !s.unknown && !s.generic).flatMap((s) => s.keys))];
/** Ranking's options with a budget every question exceeds, so every question is gated. */
const gatedAlways = { ...defaults.rank, postingsBudget: 1 };
/** The seed corpus with one article a shard: five shards, newest first. */
const sharded = buildCorpusIndex(corpus, undefined, { shardSentences: 10 }, loadGazetteer());

describe("the retrieval gate", () => {
  const u = ask("Where is the Giulia built?");
  // The seeds hold fewer than eight sentences with both words: one is enough to make the gate strict.
  const gate = retrievalGate(index, u, keysOf(u), { ...gatedAlways, rescored: 1 });
  const giulia = u.slots.find((s) => s.kind === "entity")!;
  const build = u.slots.find((s) => s.keys.includes("c:build"))!;
  const holds = (id: number, keys: readonly string[]) => keys.some((k) => index.sentences[id]!.keys.has(k));

  it("lets through only sentences that hold the whole question, themselves or with the sentence before", () => {
    const worth = index.sentences.filter((s) => gate!.worth(s.id));
    expect(worth.length).toBeGreaterThan(0);
    for (const s of worth) {
      const before = s.prev === null ? [] : [s.prev];
      expect(holds(s.id, giulia.keys) || before.some((p) => holds(p, giulia.keys))).toBe(true);
      expect(holds(s.id, build.keys) || before.some((p) => holds(p, build.keys))).toBe(true);
    }
    expect(gate!.worth(sentenceWith("When the Giulia was first unveiled").id)).toBe(false);
  });

  it("lets through sentences that could still reach the answer threshold when too few hold the whole question", () => {
    // Twelve to fill: fewer seed sentences than that hold the whole question, with the sentence before.
    const loose = retrievalGate(index, u, keysOf(u), { ...gatedAlways, rescored: 12 })!;
    const strict = index.sentences.filter((s) => gate!.worth(s.id));
    const worth = index.sentences.filter((s) => loose.worth(s.id));
    expect(strict.length).toBeLessThan(defaults.rank.rescored);
    expect(worth.length).toBeGreaterThan(strict.length);
    expect(strict.every((s) => loose.worth(s.id))).toBe(true);
    // The car's name alone weighs more than half the question.
    expect(loose.worth(sentenceWith("When the Giulia was first unveiled").id)).toBe(true);
    expect(worth.every((s) => holds(s.id, giulia.keys) || holds(s.id, build.keys))).toBe(true);
    expect(loose.keys).toEqual(keysOf(u));
  });

  it("searches the rarest slot's keys, which every sentence holding the whole question holds", () => {
    const df = (keys: readonly string[]) => keys.reduce((n, k) => n + (index.df.get(k) ?? 0), 0);
    expect(gate!.keys).toEqual(df(giulia.keys) <= df(build.keys) ? giulia.keys : build.keys);
  });

  it("retrieves through MiniSearch only sentences the gate lets through", () => {
    const hits = retrieve(index, keysOf(u), gatedAlways, () => gate);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((id) => gate!.worth(id))).toBe(true);
  });

  it("is not made for a question within the budget, nor for one with nothing to hold", () => {
    const make = vi.fn(() => gate);
    retrieve(index, keysOf(u), defaults.rank, make);
    expect(make).not.toHaveBeenCalled();
    const brandOnly = ask("Alfa Romeo?");
    expect(retrievalGate(index, brandOnly, keysOf(brandOnly), gatedAlways)).toBeUndefined();
  });
});

describe("search shards", () => {
  it("refuses a shard size that is not a whole number above 0, naming it", () => {
    expect(() => buildCorpusIndex(corpus, undefined, { shardSentences: 0 })).toThrow(/^corpus-index: shardSentences must be a whole number above 0, not 0$/);
  });

  it("split the corpus by article, newest first, every article in exactly one", () => {
    expect(index.shards).toHaveLength(1);
    expect(sharded.shards).toHaveLength(corpus.documents.length);
    const dates = sharded.shards.map((s) => sharded.documents.dates[s.docs[0]!]!);
    expect(dates).toEqual(["2025-06-30", "2024-06-30", "2024-06-02", "2023-06-30", "2021-06-30"]);
    expect(sharded.shards.flatMap((s) => s.docs).sort()).toEqual(corpus.documents.map((_, i) => i).sort());
  });

  it("stop being read once the newest hold enough sentences with the whole question", () => {
    const spies = sharded.shards.map((s) => vi.spyOn(s.search, "search"));
    try {
      const u = ask("Who is Alfa Romeo's CEO?");
      const gate = retrievalGate(sharded, u, keysOf(u), { ...gatedAlways, rescored: 1 })!;
      const read = spies.map((s) => s.mock.calls.length > 0);
      expect(gate.shards).toEqual([sharded.shards[0]]);
      expect(read[0]).toBe(true);
      expect(read.at(-1)).toBe(false);
      // Read newest first: once one shard is skipped, every older one is.
      expect(read.slice(read.indexOf(false)).every((r) => !r)).toBe(true);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it("neither the gate nor the shards change any answer of the seed question sets", () => {
    // The seed corpus is within every budget: forcing the gate on every question shows what it does.
    const ungated = createBrandbot(corpus, { index, rank: { postingsBudget: Number.MAX_SAFE_INTEGER } });
    const one = createBrandbot(corpus, { index, rank: { postingsBudget: 1 } });
    const five = createBrandbot(corpus, { index: sharded, rank: { postingsBudget: 1 } });
    const files = readdirSync(join(root, "test", "fixtures")).filter((f) => f.endsWith(".jsonl"));
    const questions = files.flatMap((f) => readCases(f).map((c) => c.q));
    expect(questions.length).toBeGreaterThan(800);
    for (const q of questions) {
      const expected = ungated.answer(q);
      expect(one.answer(q), q).toEqual(expected);
      expect(five.answer(q), q).toEqual(expected);
    }
  });
});
