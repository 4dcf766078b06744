import { describe, expect, it } from "vitest";
import { bot, corpus } from "../../helpers/corpus.js";

describe("help derived from the corpus", () => {
  for (const language of ["en", "it"] as const) {
    const help = bot.help(language).help!;

    it(`lists one topic per intent, labelled in ${language}, with names from the articles`, () => {
      expect(help.topics).toHaveLength(corpus.vocabulary.intents.length);
      expect(help.topics[0]).toBe(language === "en" ? "where models are built (Pomigliano d'Arco, Cassino, Arese)" : "dove nascono i modelli (Pomigliano d'Arco, Cassino, Arese)");
      expect(help.topics[3]).toContain("Jean-Philippe Imparato");
    });

    it(`offers only examples it answers, in ${language}`, () => {
      expect(help.examples.length).toBeGreaterThanOrEqual(3);
      for (const q of help.examples) expect(bot.answer(q)).toMatchObject({ answered: true, language });
    });
  }

  it("gives each name to one topic only, so the topics read apart", () => {
    const names = bot.help("en").help!.topics.flatMap((t) => /\((.*)\)$/.exec(t)?.[1]?.split(", ") ?? []);
    expect(new Set(names).size).toBe(names.length);
  });
});
