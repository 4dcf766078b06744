import { describe, expect, it, vi } from "vitest";
import { createBrandbot } from "../../../src/index.js";
import { retrievalQuery, retrieve, retrieveDefaults } from "../../../src/engine/retrieve.js";
import { corpus, index } from "../../helpers/corpus.js";

describe("retrieval through MiniSearch", () => {
  it("answers are retrieved by the index's MiniSearch instance", () => {
    const bot = createBrandbot(corpus, { index });
    const spy = vi.spyOn(index.shards[0]!.search, "search");
    try {
      const answer = bot.answer("Where is the Giulia built?");
      expect(answer.answered).toBe(true);
      expect(spy).toHaveBeenCalled();
      const query = spy.mock.calls[0]?.[0] as { combineWith: string; queries: string[] };
      expect(query.combineWith).toBe("OR");
      expect(query.queries).toContain("c:build");
    } finally {
      spy.mockRestore();
    }
  });

  it("returns MiniSearch's own first hits, in its order", () => {
    const keys = ["e:d_giulia", "c:build"];
    const expected = index.shards[0]!.search.search({ combineWith: "OR", queries: keys }).slice(0, 5).map((h) => h.id);
    expect(retrieve(index, keys, { ...retrieveDefaults, candidates: 5 })).toEqual(expected);
  });

  it("keeps the rarest keys within the postings budget, and always at least one", () => {
    const byDf = [...index.df].sort((a, b) => b[1] - a[1]);
    const common = byDf[0]![0];
    const rare = byDf.find(([, n]) => n === 1)![0];
    expect(retrievalQuery(index, [common, rare], { ...retrieveDefaults, postingsBudget: 1 })).toEqual({ combineWith: "OR", queries: [rare] });
    expect(retrievalQuery(index, [common], { ...retrieveDefaults, postingsBudget: 1 })).toEqual({ combineWith: "OR", queries: [common] });
    expect(retrievalQuery(index, [common, rare], retrieveDefaults)).toEqual({ combineWith: "OR", queries: [common, rare] });
  });
});
