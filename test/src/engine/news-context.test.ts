/**
 * What a sentence borrows from the ones around it and how names are read beside each other, in
 * articles the engine was never tuned on: a length whose car and plant were named two sentences
 * back, a spokesman named in apposition after the brand, a town asked for by its kind ("in che
 * comune"), "brands" asked in one language and written in the other, and a second part that
 * opens with its topic. Articles written for these tests in our own words (facts as reported in 2025).
 */
import { describe, expect, it } from "vitest";
import { bot as seedBot, botWithArticle } from "../../helpers/corpus.js";

type Meta = Parameters<typeof botWithArticle>[0];
const meta = (file: string, title: string, date: string): Meta => ({ file, title, language: "it", author: null, date, dateInferred: false, url: null });

describe("context two sentences back, and names in apposition", () => {
  const range = [
    "Alfa Romeo ridisegna la gamma dopo il no ai modelli di grandi dimensioni.",
    "Poi arriverà la nuova Tonale, che nascerà su piattaforma STLA Medium e sarà costruita a Melfi. Sarà ancora un SUV sportivo, ma con uno stile lontano dall'attuale Tonale appena rinnovata. Le dimensioni crescono: si parla di una lunghezza di circa 4,6 metri.",
    "“Il nostro CEO ha 14 brand da seguire”, ha detto il responsabile della comunicazione di Alfa Romeo, Cristiano Fiorio.",
    // Melfi's own paragraph: sentences naming the plant outnumber the one that gives the length.
    "Melfi è oggi il polo elettrico del gruppo in Italia. A Melfi si producono la Jeep Compass e la Lancia Gamma. Melfi ha prodotto meno auto nel 2024 che nel 2023. I sindacati di Melfi chiedono nuovi modelli. A Melfi lavorano circa 5.000 persone. Per Melfi il piano prevede cinque modelli elettrici. Lo stabilimento di Melfi è stato rinnovato per la piattaforma STLA Medium. La produzione a Melfi ripartirà nel 2026.",
  ].join("\n\n");
  const bot = botWithArticle(meta("950_gamma.txt", "La futura gamma Alfa Romeo", "2025-10-20"), range);

  it("answers a length whose car is named a sentence back and whose plant two back", () => {
    const a = bot.answer("quanto sarà lunga la futura tonale prodotta a melfi?");
    expect(a.citations[0]?.source).toBe("950_gamma.txt");
    expect(a.text).toMatch(/^Circa 4,6 metri/);
  });

  it("reads a name in apposition after the brand ('di Alfa Romeo, Cristiano Fiorio') as the person, not a model", () => {
    expect(bot.answer("chi è il responsabile della comunicazione di Alfa Romeo?").text).toMatch(/^Cristiano Fiorio/);
  });

  it("finds 'brand' in an Italian article for 'marchi' and for 'brands'", () => {
    expect(bot.answer("quanti marchi ha da seguire il CEO?").text).toMatch(/^14\b/);
    expect(bot.answer("How many brands does the CEO have to follow?").text).toMatch(/^14\b/);
  });
});

describe("a town asked for by its kind (seed articles)", () => {
  it("'in che comune' is answered with the town, never the country the plant lies in", () => {
    const a = seedBot.answer("In che comune si trova lo stabilimento di Cassino?");
    expect(a.text).toMatch(/^Piedimonte San Germano/);
  });

  it("'which town' likewise", () => {
    expect(seedBot.answer("In which town is the Cassino plant?").text).toMatch(/^Piedimonte San Germano/);
  });
});

describe("a second part that opens with its topic (seed articles)", () => {
  it("', and owners of which old Alfas...' is a second question", () => {
    const a = seedBot.answer("How many orders has the Junior taken, and owners of which old Alfas is it meant to win back?");
    expect(a.parts).toHaveLength(2);
    expect(a.parts?.[0]?.text).toMatch(/50,000/);
  });

  it("without the comma, words before a question word do not split it", () => {
    expect(seedBot.answer("How many orders has the Junior taken and owners of which old Alfas is it meant to win back?").parts).toBeUndefined();
  });
});

describe("the year an article reports on, from a figure measured against the year before", () => {
  const results = [
    "Sessantamila immatricolazioni nel mondo. Un balzo del 18% rispetto al 2024.",
    "In Europa il marchio cresce del 25%, in Spagna del 60%, in Germania del 19%.",
  ].join("\n\n");
  const bot = botWithArticle(meta("951_risultati.txt", "Alfa Romeo torna a crescere", "2026-02-10"), results);

  it("dates the article's market figures in the year after the one compared with, though it never names it", () => {
    const a = bot.answer("How much did Alfa Romeo grow in Spain in 2025?");
    expect(a.citations[0]?.source).toBe("951_risultati.txt");
    expect(a.citations[0]?.quote).toMatch(/Spagna del 60%/);
  });

  it("reads 'rispetto al 2024' as the year compared with, not the year of the figure", () => {
    expect(bot.answer("Di quanto sono cresciute le immatricolazioni nel mondo nel 2025?").text).toMatch(/18%/);
  });
});

describe("a newspaper named by its common noun ('La Gazzetta dello Sport')", () => {
  const interview = "In una video intervista rilasciata a La Gazzetta dello Sport durante la 1000 Miglia 2024, Imparato ha detto che il marchio venderà tra 80 e 90 mila auto.";
  const bot = botWithArticle(meta("952_gazzetta.txt", "Imparato: le vendite del 2024", "2024-06-12"), interview);

  it("answers which newspaper from the sentence that names it", () => {
    const a = bot.answer("a quale giornale ha dato l'intervista Imparato nel 2024?");
    expect(a.citations[0]?.source).toBe("952_gazzetta.txt");
  });
});


describe("a part of a year asked for, and how much of a delay", () => {
  const plan = [
    "Nel 2025 debutterà la nuova Stelvio, attesa nel secondo trimestre dell'anno, e nel 2026 toccherà alla nuova Giulia.",
    "The new Stelvio was due in 2025, but it has been pushed back for two years while the brand reworks it.",
  ].join("\n\n");
  const bot = botWithArticle(meta("953_piano.txt", "Il piano dei lanci Alfa Romeo", "2025-11-02"), plan);

  it("answers 'which quarter' only with a quarter, never a bare year", () => {
    expect(bot.answer("in which quarter of 2025 is the new Stelvio due?").text).toMatch(/^Secondo trimestre dell'anno/);
    expect(bot.answer("In quale trimestre del 2025 arriva la nuova Stelvio?").text).toMatch(/^Secondo trimestre/);
  });

  it("answers 'by how much ... pushed back' with the delay's length", () => {
    expect(bot.answer("By how much has the new Stelvio been pushed back?").text).toMatch(/^Two years/);
  });
});

describe("acceleration is its own spec, apart from speed", () => {
  const specs = [
    "La Giulia tocca i 307 km/h, mentre lo Stelvio brucia lo 0-100 in 3,8 secondi.",
    "The mild hybrid pairs a 1.5-litre petrol engine with a seven-speed dual-clutch transmission.",
  ].join("\n\n");
  const bot = botWithArticle(meta("954_specs.txt", "Quadrifoglio, i numeri", "2026-01-15"), specs);

  it("answers an acceleration question from the sentence that times it", () => {
    const a = bot.answer("In quanto fa lo 0-100 lo Stelvio?");
    expect(a.text).toMatch(/^3,8 secondi/);
  });

  it("declines an acceleration the articles never give, though a sentence says 'seven-speed'", () => {
    expect(bot.answer("What's the 0-62mph time of the mild hybrid?").answered).toBe(false);
  });
});

describe("declines that share plain words with the articles", () => {
  const charging = "These models will have an 800-volt architecture, ensuring fast charging and a longer range.";
  const bot = botWithArticle(meta("955_ricarica.txt", "Le nuove Alfa a 800 volt", "2025-06-01"), charging);

  it("reads 'fast charging' as no top speed", () => {
    expect(bot.answer("what's the top speed of the new Stelvio").answered).toBe(false);
  });

  it("declines 'who won' when no article speaks of winning, whatever else it names ('il Giro d'Italia 2024')", () => {
    expect(bot.answer("Chi ha vinto il Giro d'Italia 2024?").answered).toBe(false);
  });

  it("declines a question whose only known word is a plain one ('a good recipe for carbonara')", () => {
    expect(bot.answer("what's a good recipe for carbonara?").answered).toBe(false);
  });
});

describe("until when", () => {
  const run = "La 33 Stradale è nata nel 2022 e ne sono previsti soltanto 33 esemplari (la produzione andrà avanti fino al 2027).";
  const bot = botWithArticle(meta("956_stradale.txt", "La 33 Stradale in strada", "2026-01-20"), run);

  it("answers 'fino a quando' only with the time something runs until, not the year it began", () => {
    expect(bot.answer("Fino a quando durerà la produzione della 33 Stradale?").text).toMatch(/^2027/);
    expect(bot.answer("Until when will the 33 Stradale be built?").text).toMatch(/^2027/);
  });
});

describe("a car named by its kind, and a town used as a car's name", () => {
  const enMeta: Meta = { file: "951_name.txt", title: "Alfa Romeo on the row over its new crossover's name", language: "en", author: null, date: "2024-04-20", dateInferred: false, url: null };
  const article = [
    "Alfa Romeo on the row over its new crossover's name",
    "Alfa Romeo's chief executive asked politicians to care about jobs rather than car names, after a row that forced the brand to rename its new crossover.",
    "The car was renamed from Milano to Junior within a week of its launch, after a minister said the law lets only products made in Italy carry Italian place names.",
    // Two sentences: a paragraph this long is linked to the one before only by its opening.
    "The crossover will be built at a Stellantis factory in Tychy, Poland. The rule is usually applied to cheese such as Parmigiano Reggiano.",
    "The Junior comes with either twin electric motors for a maximum 280hp or an inline four-cylinder with up to 136hp.",
  ].join("\n\n");
  const bot = botWithArticle(enMeta, article);

  it("answers where the Junior is built from a sentence that calls it 'the crossover'", () => {
    for (const q of ["Where is the Junior built?", "dove viene prodotta la Junior?"]) {
      const a = bot.answer(q);
      expect(a.text).toMatch(/^Tychy/);
      expect(a.citations[0]?.quote).toMatch(/The crossover will be built at a Stellantis factory in Tychy/);
    }
  });

  it("never answers 'where' with a town that is only a car's old name", () => {
    expect(bot.answer("Where is the Junior built?").text).not.toMatch(/Milano/);
  });

  it("gives a figure to the engine before it, not to the next one past 'or'", () => {
    expect(bot.answer("How much power does the twin-motor electric Junior make?").text).toMatch(/^(?:A maximum )?280hp/);
  });
});

describe("a model named a sentence back and called 'questo modello', and a span of two years with articles", () => {
  const article = [
    "Alfa Romeo, a Pomigliano la rivale della Cupra Formentor",
    "Il nuovo modello sarà un crossover sportivo costruito a Pomigliano, rivale diretto della Cupra Formentor.",
    "L'obiettivo con questo modello che potrebbe arrivare tra il 2028 e il 2029 è arricchire la gamma.",
    "Poi nel 2030 arriverà anche un grande SUV elettrico.",
  ].join("\n\n");
  const bot = botWithArticle(meta("952_rivale.txt", "Alfa Romeo, a Pomigliano la rivale della Cupra Formentor", "2025-10-20"), article);

  it("answers when the Formentor's rival arrives with the whole span, from the sentence that calls it 'questo modello'", () => {
    const a = bot.answer("Quando potrebbe arrivare la rivale Alfa della Cupra Formentor?");
    expect(a.text).toMatch(/^Tra il 2028 e il 2029/);
  });
});

describe("a purpose clause in the question (seed articles)", () => {
  it("'per vedere i lavori...' says why, not what is asked: the day of the visit is answered", () => {
    const a = seedBot.answer("che giorno è andato Imparato a Cassino per vedere i lavori della STLA Large?");
    expect(a.text).toMatch(/^May 31/);
  });
});

describe("another company's figure is not the brand's", () => {
  const enMeta = (file: string): Meta => ({ file, title: "Alfa Romeo's future in the US", language: "en", author: null, date: "2024-10-15", dateInferred: false, url: null });
  const group = "Stellantis recently reported a 20% year-over-year drop in U.S. brand sales during the third quarter of 2024.";

  it("answers the brand's own figure, not the group's in the sentence before", () => {
    const bot = botWithArticle(enMeta("953_us.txt"), ["Alfa Romeo's future in the US", `${group} Alfa Romeo's U.S. sales fell 29% in the third quarter of 2024.`].join("\n\n"));
    expect(bot.answer("How much did Alfa Romeo's US sales fall in Q3 2024?").text).toMatch(/^29%/);
  });

  it("declines rather than give the group's figure as the brand's", () => {
    const bot = botWithArticle(enMeta("954_us.txt"), ["Alfa Romeo's future in the US", group].join("\n\n"));
    const a = bot.answer("How much did Alfa Romeo's US sales fall year over year in Q3 2024?");
    expect(a.text).not.toMatch(/^20%/);
  });
});

describe("a refuted report says the opposite of what it reports", () => {
  const enMeta: Meta = { file: "955_giulia.txt", title: "New Stelvio delayed, Giulia not cancelled", language: "en", author: null, date: "2025-06-10", dateInferred: false, url: null };
  const bot = botWithArticle(enMeta, ["New Stelvio delayed, Giulia not cancelled", "The new Stelvio will arrive later than planned. As for the new Alfa Romeo Giulia, rumors suggesting the project had been cancelled were denied."].join("\n\n"));

  it("'Has the new Giulia been cancelled?' is a no when the rumor of its cancellation was denied", () => {
    const a = bot.answer("Has Alfa Romeo cancelled the new Giulia?");
    expect(a.verdict).toBe("no");
    expect(a.citations[0]?.quote).toMatch(/were denied/);
  });

  it("so is a reversal said not to have happened ('has not been cancelled')", () => {
    const meta2: Meta = { ...enMeta, file: "956_giulia.txt", title: "Stelvio delay confirmed" };
    const notCancelled = botWithArticle(meta2, ["Stelvio delay confirmed", "The new Stelvio is late, but the new Alfa Romeo Giulia has not been cancelled."].join("\n\n"));
    expect(notCancelled.answer("Has Alfa Romeo cancelled the new Giulia?").verdict).toBe("no");
  });
});


describe("a car named only to place another", () => {
  const text = [
    "La Junior supera i 50 mila ordini",
    "La corsa della Junior non si ferma: gli ordini hanno superato quota 50 mila in un anno. Il modello si vende in 38 paesi.",
    "Il marchio valuta ora un modello compatto che si collocherebbe tra Junior e Tonale, lungo circa 4,3 metri. Di questo modello si dice che potrebbe nascere a Pomigliano.",
  ].join("\n\n");
  const bot = botWithArticle(meta("951_junior.txt", "La Junior supera i 50 mila ordini", "2025-08-23"), text);

  it("does not take the model placed 'tra Junior e Tonale' for the Junior, nor lend it the title's Junior", () => {
    const a = bot.answer("Dove viene prodotta la Junior?");
    expect(a.text).not.toMatch(/^Pomigliano/);
    expect(a.citations.some((c) => c.source === "951_junior.txt")).toBe(false);
  });

  it("answers for that model when the question places it by the same cars", () => {
    const a = bot.answer("Dove potrebbe nascere il modello tra Junior e Tonale?");
    expect(a.text).toMatch(/Pomigliano d'Arco, secondo «La Junior supera i 50 mila ordini»/);
  });
});

describe("cars of the group's other brands, for a plant or a platform they share", () => {
  const text = [
    "The revamp keeps the big chassis meant for the next large Alfas. The STLA Large platform already underpins the electric Jeep Wagoneer S and the new Dodge Charger.",
    "From next year the Jeep Compass and the DS 7 will roll off the lines at Melfi.",
  ].join("\n\n");
  const bot = botWithArticle({ ...meta("952_platforms.txt", "Platforms and plants of the group", "2025-11-02"), language: "en" }, text);

  it("answers which cars a platform already carries with another brand's cars", () => {
    const a = bot.answer("Which cars already sit on the STLA Large platform?");
    expect(a.citations[0]?.source).toBe("952_platforms.txt");
    expect(a.citations[0]?.quote).toContain("Jeep Wagoneer S");
  });

  it("still answers 'which Alfa model' with Alfa's own cars only", () => {
    expect(bot.answer("Which Alfa Romeo models will use the STLA Large platform?").citations[0]?.source).not.toBe("952_platforms.txt");
  });
});
