/**
 * A yes/no question asserting a name no article mentions: the name is the value asserted, and
 * an article that gives another one for the same subject says no. On the seed articles.
 */
import { describe, expect, it } from "vitest";
import { bot } from "../../helpers/corpus.js";

describe("a name no article mentions, asserted by a yes/no question", () => {
  it("answers no with the person an article gives instead, for a cleft 'was it X who'", () => {
    const a = bot.answer("Was it Mary Barra who said the US plant won't be built from scratch?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Larry Dominique, according to “Alfa Romeo may build its future electric models in the USA” \(2023\)\./);
  });

  it("answers no with the place an article gives, for a town after 'a' in Italian", () => {
    const a = bot.answer("Imparato è andato in una concessionaria a Bari?");
    expect(a.verdict).toBe("no");
    expect(a.citations[0]?.quote).toContain("concessionaria Eco Liri di San Giorgio a Liri");
  });

  it("still declines when the unknown name is what the question is about, or a topic the articles lack", () => {
    expect(bot.answer("Is the Alfa Brera coming back in 2026?").answered).toBe(false);
    expect(bot.answer("Does the Alfa Romeo Junior come with all-wheel drive?").answered).toBe(false);
    expect(bot.answer("is the giulia a good car").answered).toBe(false);
  });

  it("judges no name whose kind the question does not tell, nor a person who is not the subject", () => {
    // "a Geely platform": English "a" is no place word, and one unknown word may be anything.
    expect(bot.answer("Will the next Giulia use a Geely platform?").verdict ?? null).toBeNull();
    // The articles naming who spoke of the plant say nothing of whom Imparato met.
    expect(bot.answer("Did Imparato talk to Mary Barra about the US plant?").verdict ?? null).toBeNull();
    expect(bot.answer("Did Mary Barra say the US plant won't be built from scratch?").text).toMatch(/^No\. Larry Dominique, according to/);
  });

  it("takes a name that opens like a known platform's for a platform: 'STLA Medium' beside 'STLA Large'", () => {
    for (const q of ["Le prossime Giulia e Stelvio nasceranno sulla piattaforma STLA Medium?", "Will the next Giulia use the STLA Medium platform?"]) {
      const a = bot.answer(q);
      expect(a.verdict).toBe("no");
      expect(a.text).toMatch(/^No\. STLA Large, /);
    }
  });
});

describe("a name no article gives, asked beside names they do give", () => {
  it("says no to the visit 'su Facebook' when the quotes name another channel in its place ('sul suo profilo Twitter')", () => {
    const a = bot.answer("Imparato ha annunciato la visita a Cassino e Pomigliano su Facebook?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Twitter\. Secondo/);
    expect(a.citations.some((c) => c.quote.includes("sul suo profilo Twitter"))).toBe(true);
    const en = bot.answer("did Imparato post about his Cassino and Pomigliano plant visits on Instagram?");
    expect(en.verdict).toBe("no");
    expect(en.text).toMatch(/^No\. Twitter, according to “Jean-Philippe Imparato ha visitato/);
  });

  it("leaves it unsettled when the quotes give no other name in its place", () => {
    const a = bot.answer("Imparato ha visitato lo stabilimento di Pomigliano insieme a Marchionne?");
    expect(a.verdict ?? null).toBeNull();
    expect(a.text).not.toMatch(/^Sì/);
  });
});
