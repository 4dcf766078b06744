/**
 * General car-industry words of `corpus/vocabulary.json` at work on an article the engine was
 * never tuned on: engine displacement ("cilindrata", "3.0-liter") and a petrol engine called "gas".
 * Article written for these tests in our own words (facts as reported in 2026).
 */
import { describe, expect, it } from "vitest";
import { bot as seedBot, botWithArticle } from "../../helpers/corpus.js";
import { venuesIn } from "../../../src/text/patterns.js";

type Meta = Parameters<typeof botWithArticle>[0];
const meta: Meta = { file: "953_engines.txt", title: "The next Giulia may keep a petrol six", language: "en", author: null, date: "2026-01-20", dateInferred: false, url: null };
const text = [
  "The next Giulia and Stelvio will ride on the STLA Large platform.",
  "Most interestingly, the platform can take the group's twin-turbo 3.0-liter Hurricane inline-six, the engine of the new Dodge Charger.",
].join("\n\n");
const bot = botWithArticle(meta, text);

describe("engine displacement", () => {
  it("answers 'cilindrata' with the litres an English article gives", () => {
    const a = bot.answer("Che cilindrata ha il sei cilindri in linea Hurricane?");
    expect(a.text).toMatch(/^3\.0-liter, secondo/);
    expect(a.citations[0]?.source).toBe("953_engines.txt");
  });

  it("declines the displacement of an engine no article measures", () => {
    expect(bot.answer("Che cilindrata ha il motore della Tonale?").answered).toBe(false);
  });
});

describe("a growth asked for, and a region by its other language's name", () => {
  const results: Meta = { file: "954_results.txt", title: "Alfa Romeo's first half", language: "en", author: null, date: "2025-07-30", dateInferred: false, url: null };
  const text = [
    "The chief executive shared encouraging figures: across the world, Alfa Romeo recorded overall growth of 35%.",
    "Europe grew by 57 percent. Only the Middle East and Africa region grew even more: there Alfa Romeo kept up its steady growth. An increase of 173 percent for the whole region confirms the trend.",
  ].join("\n\n");
  const grown = botWithArticle(results, text);

  it("answers 'what worldwide growth' with the percentage, not with a count", () => {
    const a = grown.answer("What worldwide growth did Alfa Romeo's CEO report?");
    expect(a.text).toMatch(/^35%, according to/);
  });

  it("finds 'Medio Oriente' in 'Middle East' and gives the region's growth", () => {
    const a = grown.answer("Qual è stata la crescita di Alfa Romeo nella regione Medio Oriente e Africa?");
    expect(a.text).toMatch(/^173 percent, secondo/);
  });
});

describe("the group a brand belongs to", () => {
  const meta2: Meta = { file: "955_group.txt", title: "Alfa Romeo non è in vendita", language: "it", author: null, date: "2025-10-10", dateInferred: false, url: null };
  const grown = botWithArticle(meta2, "Questi numeri smentiscono le voci di vendita e rafforzano la posizione di Alfa Romeo all'interno del Gruppo Stellantis.");

  it("answers 'a quale gruppo automobilistico appartiene' and 'which car group' with the owner", () => {
    expect(grown.answer("A quale gruppo automobilistico appartiene Alfa Romeo?").text).toMatch(/^Stellantis, secondo/);
    expect(grown.answer("Which car group does Alfa Romeo belong to?").text).toMatch(/^Stellantis, according to/);
  });
});

describe("which engine, by name", () => {
  it("reads 'which gasoline engine' as asking for an engine by name, not for its power", () => {
    const a = bot.answer("Which gasoline engine could the STLA Large platform take?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("Hurricane");
    expect(bot.answer("How much power does the Hurricane engine have?").answered).toBe(false);
  });
});

describe("a named venue says where", () => {
  const meta3: Meta = { file: "956_museum.txt", title: "Dopo la Milano, le nuove Stelvio e Giulia", language: "it", author: null, date: "2024-04-20", dateInferred: false, url: null };
  const grown = botWithArticle(meta3, "Durante una conferenza stampa al museo Alfa, l'amministratore delegato Imparato ha illustrato le prossime tappe del marchio.");

  it("finds venues by their capitals, not a venue with no name", () => {
    expect(venuesIn("Durante una conferenza stampa al museo Alfa, Imparato ha parlato").map((v) => v.text)).toEqual(["museo Alfa"]);
    expect(venuesIn("fans gathered at the Alfa Romeo Historical Museum in Arese").map((v) => v.text)).toEqual(["the Alfa Romeo Historical Museum"]);
    expect(venuesIn("la visita al suo Museo Storico di Arese").map((v) => v.text)).toEqual(["Museo Storico di Arese"]);
    expect(venuesIn("the fans gathered in the museum, then left")).toEqual([]);
  });

  it("answers where a press conference was held with the venue, also when the question names the cars it was about", () => {
    expect(grown.answer("Dove ha tenuto Imparato la conferenza stampa?").text).toMatch(/^Museo Alfa, secondo/);
    const a = grown.answer("Dove ha tenuto Imparato la conferenza stampa sulle prossime tappe di Alfa, con Stelvio e Giulia?");
    expect(a.parts).toBeUndefined();
    expect(a.citations[0]?.source).toBe("956_museum.txt");
  });
});

describe("today's cars and where a plant may rise (seed articles)", () => {
  it("reads 'le attuali Giulia e Stelvio' as today's cars: the article about them leads, not the one about their successors", () => {
    const a = seedBot.answer("Le attuali Giulia e Stelvio vengono costruite a Pomigliano d'Arco?");
    expect(a.verdict).toBe("no");
    expect(a.citations[0]?.quote).not.toContain("new Giulia and Stelvio");
  });

  it("reads 'dove potrebbe sorgere lo stabilimento' as where it would be built", () => {
    const a = seedBot.answer("Chi è Larry Dominique e dove potrebbe sorgere lo stabilimento americano di Alfa Romeo?");
    expect(a.parts?.[1]?.answered).toBe(true);
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("Belvedere");
  });
});

describe("how long a car stays in production", () => {
  const meta4: Meta = { file: "957_until.txt", title: "Giulia and Stelvio get more time", language: "en", author: null, date: "2026-01-08", dateInferred: false, url: null };
  const grown = botWithArticle(meta4, "“We had planned to close Giulia and Stelvio but we decided to go ahead until the end of 2027,” the chief executive said.");

  it("reads 'remain', 'resteranno' and 'go ahead' as carrying on, and answers until when", () => {
    expect(grown.answer("Fino a quando resteranno in produzione le attuali Giulia e Stelvio?").text).toMatch(/^The end of 2027, secondo/);
    expect(grown.answer("Until when will the Giulia and Stelvio remain in production?").text).toMatch(/^The end of 2027, according to/);
  });
});

describe("a name asked for", () => {
  const meta5: Meta = { file: "958_interview.txt", title: "Il futuro del Biscione secondo Ficili", language: "it", author: null, date: "2026-01-12", dateInferred: false, url: null };
  const grown = botWithArticle(meta5, "In una recente intervista rilasciata ad alVolante, il CEO di Alfa Romeo, Santo Ficili, ha tracciato la rotta del marchio. Tra le novità c'è la serie speciale “Luna Rossa”, nata con il team velico.");

  it("declines when no quote gives a name the question does not already hold", () => {
    expect(grown.answer("Come si chiama il giornalista di alVolante che ha intervistato Santo Ficili?").answered).toBe(false);
  });

  it("answers with a name in quotes", () => {
    const a = grown.answer("Come si chiama la serie speciale nata con il team velico?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("Luna Rossa");
  });
});

describe("on the price list", () => {
  const meta6: Meta = { file: "959_listino.txt", title: "Giulia e Stelvio, il futuro", language: "it", author: null, date: "2026-01-12", dateInferred: false, url: null };
  const grown = botWithArticle(meta6, "Le attuali Giulia e Stelvio continueranno a correre fino alla fine del 2027.");

  it("reads 'restare in listino' as staying on sale, not as a price asked", () => {
    expect(grown.answer("Fino a quando resteranno in listino le attuali Giulia e Stelvio?").text).toMatch(/^Fine del 2027, secondo/);
  });
});

describe("what something is called", () => {
  const meta7: Meta = { file: "960_hornet.txt", title: "Addio all'Alfa Romeo d'America", language: "it", author: null, date: "2026-01-16", dateInferred: false, url: null };
  const grown = botWithArticle(meta7, "Stellantis ferma per sempre la produzione di quella che viene definita in gergo l'Alfa Romeo d'America, la Dodge Hornet.");

  it("reads 'viene definita' as what it is called", () => {
    const a = grown.answer("Qual è l'auto chiamata \"l'Alfa Romeo d'America\"?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("Dodge Hornet");
  });
});

describe("a car's twin, and a launch on a market", () => {
  const meta8: Meta = { file: "961_twin.txt", title: "Stop alla Dodge Hornet", language: "it", author: null, date: "2026-01-16", dateInferred: false, url: null };
  const grown = botWithArticle(meta8, "Stellantis fermerà la produzione della Dodge Hornet, la gemella dell'Alfa Romeo Tonale, lanciata sul mercato USA nel 2023.");

  it("reads 'twin' as 'gemella'", () => {
    expect(grown.answer("The Dodge Hornet is the twin of which Alfa Romeo?").text).toMatch(/^Tonale, according to/);
  });

  it("reads 'launch in the US' as 'lanciata sul mercato USA'", () => {
    expect(grown.answer("When did the Dodge Hornet launch in the US?").text).toMatch(/^2023, according to/);
  });
});

describe("until what date", () => {
  const meta9: Meta = { file: "962_lines.txt", title: "Cassino prepares for the new platform", language: "en", author: null, date: "2023-11-30", dateInferred: false, url: null };
  const grown = botWithArticle(meta9, "Yesterday was the last day of production at the factory, which will keep its production lines closed until January 8, 2024.");

  it("answers 'until what date' with a date something runs until, not another date of the plant", () => {
    const a = grown.answer("Until what date were the Cassino production lines closed?");
    expect(a.text).toMatch(/^January 8, 2024, according to/);
  });
});

describe("weight, timing and the EU", () => {
  // Written for this test in our own words (facts as reported in 2025-2026).
  const weighed = botWithArticle(
    { file: "954_weights.txt", title: "The next Giulia grows", language: "en", author: null, date: "2026-02-01", dateInferred: false, url: null },
    [
      "The next Giulia will be about 4.8 metres long and will weigh 1,950 kg in its electric version.",
      "Santo Ficili said the team is still defining the timing for the new Stelvio and Giulia.",
      "The EU has softened its demand for an all-electric new-car market by 2035.",
    ].join("\n\n"),
  );

  it("answers a weight with a weight, never with a length, and declines it where no article weighs the car", () => {
    expect(weighed.answer("Quanto pesa la nuova Giulia?").text).toMatch(/^1,950 kg/);
    expect(weighed.answer("How much does the new Giulia weigh?").text).toMatch(/^1,950 kg/);
    expect(seedBot.answer("Quanto pesa la Junior?").answered).toBe(false);
  });

  it("reads 'timeline' and 'tempistiche' as asking when", () => {
    expect(seedBot.answer("What is the timeline for the new Giulia?").text).toMatch(/^2026, according to/);
    expect(weighed.answer("Who said they're still defining the timing for the Giulia?").text).toMatch(/Ficili/);
  });

  it("reads the Italian 'UE' as the EU of an English article", () => {
    const a = weighed.answer("Entro che anno l'UE voleva un mercato di auto solo elettriche?");
    expect(a.text).toMatch(/^2035/);
    expect(a.verdict).toBeUndefined();
  });
});
