import { describe, expect, it } from "vitest";
import { defaults, mergeOptions } from "../../../src/engine/options.js";
import { createBrandbot } from "../../../src/index.js";
import { corpus, index } from "../../helpers/corpus.js";

describe("options merged over the defaults", () => {
  it("changes only the option given and keeps the rest of its section", () => {
    const o = mergeOptions({ recency: { agreeRatio: 0.8 }, help: { maxExamples: 2 }, understand: { spelling: { minLength: 5 } } });
    expect(o.recency).toEqual({ ...defaults.recency, agreeRatio: 0.8 });
    expect(o.help).toEqual({ ...defaults.help, maxExamples: 2 });
    expect(o.understand.spelling).toEqual({ ...defaults.understand.spelling, minLength: 5 });
    expect(o.understand.entityBoost).toBe(defaults.understand.entityBoost);
  });

  it("answers as the defaults do when an option is given its default value", () => {
    // "When is the new Giulia coming?" is led by the newest article (recency.latestRatio).
    const question = "When is the new Giulia coming?";
    const given = createBrandbot(corpus, { index, recency: { agreeRatio: defaults.recency.agreeRatio } }).answer(question);
    expect(given.text).toBe(createBrandbot(corpus, { index }).answer(question).text);
  });
});
