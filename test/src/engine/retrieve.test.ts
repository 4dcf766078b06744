import { describe, expect, it, vi } from "vitest";
import { createBrandbot } from "../../../src/index.js";
import { retrievalQuery, retrieve, retrieveDefaults } from "../../../src/engine/retrieve.js";
import { corpus, index } from "../../helpers/corpus.js";

describe("retrieval through MiniSearch", () => {
  it("answers are retrieved by the index's MiniSearch instance", () => {
    const bot = createBrandbot(corpus, { index });
    const spy = vi.spyOn(index.search, "search");
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
    const expected = index.search.search({ combineWith: "OR", queries: keys }).slice(0, 5).map((h) => h.id);
    expect(retrieve(index, keys, { ...retrieveDefaults, candidates: 5 })).toEqual(expected);
  });

  it("leaves out keys found in most sentences while rarer ones remain", () => {
    const common = [...index.df].sort((a, b) => b[1] - a[1])[0]![0];
    const rare = [...index.df].find(([, n]) => n === 1)![0];
    expect(retrievalQuery(index, [common, rare], { ...retrieveDefaults, commonKeyShare: 0.05, commonKeyMin: 0 })).toEqual({ combineWith: "OR", queries: [rare] });
    expect(retrievalQuery(index, [common], { ...retrieveDefaults, commonKeyShare: 0.05, commonKeyMin: 0 })).toEqual({ combineWith: "OR", queries: [common] });
  });
});
