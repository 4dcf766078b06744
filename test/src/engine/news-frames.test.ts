/**
 * How news copy frames its facts, in articles the engine was never tuned on: a stretch of months
 * said once for a run of country figures, a year a figure is compared with, a lease by the month,
 * a rank, a place whose name holds a small word, a name written the same in both languages, a
 * denial that settles a yes/no, and the one who did something named last. Articles written for
 * these tests in our own words (facts as reported in 2024-2026).
 */
import { describe, expect, it } from "vitest";
import { bot as seedBot, botWithArticle, index, withArticle } from "../../helpers/corpus.js";
import { analyze } from "../../../src/text/analyze.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string, language: "en" | "it" = "it"): Meta => ({ file, title, language, author: null, date, dateInferred: false, url: null });

describe("one stretch of months framing an article's country figures", () => {
  const europe = [
    "Da gennaio ad agosto 2025 le immatricolazioni Alfa Romeo in Italia sono cresciute del 35%, con 19.750 vetture.",
    "La Tonale segue con 7.288 unità, mentre Giulia e Stelvio, fuori dalla top 50, si fermano a 2.370 esemplari.",
    // What the figures are (registrations) is said only in the sentence that frames the stretch.
    "In Francia il marchio cresce del 55% con 4.215 vetture, con la Junior davanti a tutte.",
  ].join("\n\n");
  const bot = botWithArticle(meta("940_europa.txt", "La Junior traina Alfa Romeo in Europa", "2025-09-06"), europe);

  it("answers a country's figure for the stretch the article named once, earlier, with what the figures are (not the 55%)", () => {
    const a = bot.answer("How many Alfa Romeos were registered in France from January to August 2025?");
    expect(a.citations[0]?.source).toBe("940_europa.txt");
    expect(a.text).toMatch(/^4\.215/);
  });

  it("reads 'Jan–Aug' as that stretch, and splits 'how many X and how many Y were...' sharing the predicate", () => {
    const a = bot.answer("how many Tonales and how many Giulia/Stelvio were registered in Italy Jan–Aug 2025?");
    expect(a.parts?.map((p) => p.text.split(",")[0])).toEqual(["7.288 unità", "2.370 esemplari"]);
  });

  it("never takes a place in a ranking ('top 50') for a count", () => {
    const a = bot.answer("Quante Giulia e Stelvio sono state immatricolate in Italia da gennaio ad agosto 2025?");
    expect(a.text).not.toMatch(/^50\b/);
  });
});

describe("the year a figure is of", () => {
  const plant = [
    "Cassino nel 2024 si è fermata per 60 giorni, con la solidarietà prolungata fino alla fine di aprile 2025. Produzione a quota 26.850 unità, -45% sul 2023.",
  ].join("\n\n");
  const bot = botWithArticle(meta("941_cassino.txt", "Cassino si ferma ancora", "2025-02-10"), plant);

  it("answers for the year the paragraph speaks of", () => {
    const a = bot.answer("How many cars did the Cassino plant build in 2024?");
    expect(a.citations[0]?.source).toBe("941_cassino.txt");
    expect(a.text).toMatch(/^26\.850/);
  });

  it("declines a year the paragraph only runs until ('fino alla fine di aprile 2025'), though the article is of 2025", () => {
    expect(bot.answer("quante auto ha prodotto Cassino in tutto il 2025?").answered).toBe(false);
  });
});

describe("prices by the month and people by their role", () => {
  const us = [
    "Alfa Romeo is offering the gas-only Tonale at American dealers for a lease price of US$399 per month or less.",
    "CEO Santo Ficili confirmed that the new Giulia and Stelvio will arrive in 2028.",
  ].join("\n\n");
  const bot = botWithArticle(meta("942_lease.txt", "Alfa Romeo keeps its gasoline engines", "2025-01-27", "en"), us);

  it("a lease by the month is no price of the car, but answers a question about the lease", () => {
    expect(bot.answer("What's the MSRP of the gas-only Tonale in the US?").answered).toBe(false);
    expect(bot.answer("how much is the Tonale lease a month in the US?").text).toMatch(/^\$399/);
  });

  it("'who is the designer of...' wants the one who designs it, not the CEO the sentence names", () => {
    expect(bot.answer("chi è il designer delle nuove Giulia e Stelvio?").answered).toBe(false);
    expect(bot.answer("who is the designer of the new Giulia?").answered).toBe(false);
  });
});

describe("names as the article writes them", () => {
  const visit = [
    "Imparato si è recato presso la concessionaria Eco Liri di San Giorgio a Liri, tra le più attive d'Italia.",
    "Il motore V6 della Giulia Quadrifoglio Luna Rossa si concede un upgrade a 520 cavalli.",
  ].join("\n\n");
  const bot = botWithArticle(meta("943_visita.txt", "La visita di Imparato", "2025-03-03"), visit);

  it("a town whose name holds a small word is one place", () => {
    const a = bot.answer("la concessionaria che ha visitato imparato stava a cassino?");
    expect(a.verdict).toBe("no");
    expect(a.text).toContain("San Giorgio a Liri");
  });

  it("a name in an English question finds the Italian article's word ('Quadrifoglio')", () => {
    const u = analyze("How much power does the Giulia Quadrifoglio have?", "en", index.lexicon, { mode: "question" });
    expect(u.find((s) => s.surface === "Quadrifoglio")?.keys).toEqual(["t:quadrifoglio", "t:quadrifogl"]);
  });

  it("an upgrade is a rise: 'è salito a 520 cavalli?' is a yes", () => {
    expect(bot.answer("il V6 della Giulia Quadrifoglio è salito a 520 cavalli?").verdict).toBe("yes");
  });
});

describe("yes/no settled by the quote's own words", () => {
  const two = "There is one main explanation for the gap: Alfa Romeo doesn't sell the Junior in the U.S., a cheaper alternative to its larger models.";
  const bot = botWithArticle(meta("944_usa.txt", "Alfa Romeo struggles in the US", "2025-07-24", "en"), two);

  it("a quote that says the whole of it and denies it is a no", () => {
    const a = bot.answer("Is the Junior sold in the US?");
    expect(a.verdict).toBe("no");
    expect(a.citations[0]?.source).toBe("944_usa.txt");
  });
});

describe("the one who did it, named last (seed articles)", () => {
  it.each([
    ["was the 400,000 target set by marchionne?", "yes"],
    ["l'obiettivo delle 400mila alfa all'anno l'aveva fissato tavares?", "no"],
    ["did marchionne set the 400,000 target?", "yes"],
    ["did tavares set the 400,000 target?", "no"],
  ])("%s -> %s", (q, verdict) => {
    const a = seedBot.answer(q);
    expect(a.verdict).toBe(verdict);
    expect(a.text).toContain("Marchionne");
  });

  it("'400mila' is 400,000, as '400 mila' is", () => {
    const slots = analyze("l'obiettivo delle 400mila vetture", "it", index.lexicon, { mode: "question" });
    expect(slots.find((s) => s.kind === "number")?.keys).toEqual(["n:400", "n:400000"]);
  });
});

describe("a car the article names but nothing types", () => {
  const dream = "The French CEO wants to talk about what comes next: the new Giulia and Stelvio, of course, but also his secret dream - to resurrect the Duetto.";
  const bot = botWithArticle(meta("946_sogno.txt", "Imparato on the models to come", "2024-03-14", "en"), dream);

  it("'the Duetto', beside the verb asked about, answers which model", () => {
    const a = bot.answer("Which old Alfa model does the CEO dream of bringing back?");
    expect(a.text).toMatch(/^Duetto,/);
  });
});

describe("a plug-in hybrid's figures (our own words, facts as reported in 2022)", () => {
  const phev = [
    "The Tonale Plug-In Hybrid Q4 pairs a petrol engine at the front with a rear electric motor hooked up to a 15.5 kWh battery.",
    "Flat out, the Tonale PHEV does 128 mph (206 km/h) in hybrid mode.",
    "The Q4 has a claimed electric range of over 50 miles (80 km) on the WLTP urban cycle.",
  ].join("\n\n");
  const bot = botWithArticle(meta("947_phev.txt", "Alfa's first plug-in hybrid", "2022-11-10", "en"), phev);

  it("a hybrid's electric motor is part of it: its battery answers 'che capacità ha la batteria della Tonale plug-in?'", () => {
    expect(bot.answer("che capacità ha la batteria della Tonale Q4 plug-in?").text).toMatch(/^15\.5 kWh/);
  });

  it("a speed is no range: 'how far on electric power alone' is the 80 km", () => {
    expect(bot.answer("how far can the Tonale plug-in hybrid go on electric power alone?").text).toMatch(/^(?:over )?(?:50 miles|80 km)/);
  });

  it("'in che colori' asks for colours, not a place", () => {
    const colours = botWithArticle(meta("948_colori.txt", "Tributo Italiano", "2024-05-02"), "La serie speciale Tributo Italiano offre la scelta fra i colori Rosso Alfa, Verde Montreal e Bianco Alfa.");
    const a = colours.answer("in che colori si può avere la serie speciale Tributo Italiano?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Verde Montreal");
  });
});

describe("counts by the hour or the year, and numbers that are names (our own words, facts as reported in 2022-2023)", () => {
  const plant = [
    "A pieno regime a Pomigliano si potranno realizzare fino a 23 Tonale ogni ora.",
    "Per gli anni a venire, con la produzione a pieno regime, si parla di valori che vanno da 40mila a 70mila unità.",
    "Da qui sono passate nove Alfa Romeo tra cui 145, 147, 159, GT, e lo stabilimento non trova ancora piena occupazione per i dipendenti.",
    "Nel 1923 Ugo Sivocci vinceva la Targa Florio; in Australia, nel 1998, Alfa vendette solo 311 auto.",
  ].join("\n\n");
  const bot = botWithArticle(meta("949_pomigliano.txt", "La nuova Pomigliano", "2022-03-29"), plant);

  it("a count by the hour does not answer 'how many a year'", () => {
    expect(bot.answer("how many tonales a year could pomigliano make once it's at full production?").text).toMatch(/^(?:da 40mila a )?70mila/);
  });

  it("'145, 147, 159, GT' are cars, so no count of workers", () => {
    expect(bot.answer("how many workers are employed at the Pomigliano plant?").answered).toBe(false);
  });

  it("an English question meets the Italian simple past and imperfect ('win' / 'vinceva', 'vendette')", () => {
    expect(bot.answer("when did Ugo Sivocci win the Targa Florio?").text).toMatch(/^1923/);
    expect(bot.answer("in che anno Alfa vendette solo 311 auto in Australia?").text).toMatch(/^1998/);
  });
});

describe("an edition's run and a month's registrations (our own words, facts as reported in 2023-2025)", () => {
  const edition = [
    "Le Giulia e Stelvio Quadrifoglio 100º Anniversario sono mosse dallo stesso 2.9 V6 biturbo delle precedenti Quadrifoglio.",
    "Disponibili in tre tinte, sono realizzate entrambe in soli 100 esemplari.",
  ].join("\n\n");
  const month = [
    "Il Biscione ha chiuso il mese di marzo con risultati da considerare positivi.",
    "Nel mese concluso da poco, Alfa Romeo ha messo a segno 3.924 immatricolazioni, con una crescita del 45% sullo stesso periodo del 2024.",
  ].join("\n\n");

  it("an engine's size ('2.9 V6') counts no cars; the run is in 'esemplari'", () => {
    const bot = botWithArticle(meta("950_anniversario.txt", "Quadrifoglio 100º Anniversario", "2023-06-01"), edition);
    expect(bot.answer("how many Giulia Quadrifoglio 100th Anniversario cars will be built?").text).toMatch(/^100 esemplari/);
    // "100th" names the edition: the amount asserted is the 500.
    expect(bot.answer("were more than 500 of each Giulia and Stelvio Quadrifoglio 100th Anniversario made?").verdict).toBe("no");
  });

  it("a year the figure is compared with ('stesso periodo del 2024') leaves the article's own month and year", () => {
    const bot = botWithArticle({ ...meta("951_marzo.txt", "Alfa Romeo, un marzo 2025 da record", "2025-04-02"), title: "Alfa Romeo, un marzo 2025 da record in Italia" }, month);
    expect(bot.answer("quante auto ha immatricolato Alfa Romeo in Italia a marzo 2025?").text).toMatch(/^3\.924/);
  });
});

describe("'only' in a yes/no question (our own words, facts as reported in 2024)", () => {
  const bot = botWithArticle(meta("952_tributo.txt", "Tributo Italiano per Tonale, Stelvio e Giulia", "2024-05-02"), "La serie speciale Tributo Italiano arriva su Tonale, Stelvio e Giulia, la prima disponibile su tutta la gamma.");

  it("the asked value among others of its kind is a no", () => {
    expect(bot.answer("is the Tributo Italiano special series only offered on the Giulia?").verdict).toBe("no");
    expect(bot.answer("is the Tributo Italiano special series offered on the Giulia?").verdict).toBe("yes");
  });
});

describe("a yes/no second part after a comma (seed articles)", () => {
  it("'who heads alfa in north america, and will the US plant be built from scratch?' is two parts", () => {
    const a = seedBot.answer("who heads alfa in north america, and will the US plant be built from scratch?");
    expect(a.parts?.length).toBe(2);
    expect(a.parts?.[0]?.text).toMatch(/^Larry Dominique/);
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("will not be built from scratch");
  });

  it("a second part may open with an auxiliary of two words ('..., e ci sarà una Giulia 100% elettrica?')", () => {
    const a = seedBot.answer("Secondo Imparato qual è il primo mercato al mondo per il segmento E, e ci sarà una Giulia 100% elettrica?");
    expect(a.parts?.length).toBe(2);
    expect(a.parts?.[0]?.citations[0]?.quote).toContain("the US market");
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("100% electric Giulia");
  });

  it("'it' in the second part is what the first part asks about: the dealer's sales, not the brand's", () => {
    const a = seedBot.answer("where is the dealership Imparato visited near Cassino, and how many cars does it sell per year?");
    expect(a.parts?.[0]?.text).toMatch(/^San Giorgio a Liri/);
    expect(a.parts?.[1]?.answered).toBe(false);
  });

  it("without the comma, 'and' inside one question does not split it", () => {
    expect(seedBot.answer("Where are the Giulia and Stelvio built?").parts).toBeUndefined();
  });
});

describe("a whole year's figure for part of one (our own words, facts as reported in 2025)", () => {
  const bot = botWithArticle(meta("953_tonale.txt", "Tonale: what the figures say", "2025-05-10", "en"), "By 2024 production had more than halved, and the first quarter of 2025 suggests around 20,000 units over the year if the pace holds.");

  it("'over the year' does not answer the first quarter", () => {
    expect(bot.answer("How many Tonales were produced in the first quarter of 2025?").answered).toBe(false);
    expect(bot.answer("How many Tonales will be produced in 2025?").text).toMatch(/20,000 units/);
  });
});

describe("a percentage asked against a percentage stated (our own words, facts as reported in 2025)", () => {
  const bot = botWithArticle(meta("954_francia.txt", "La Junior traina Alfa Romeo in Europa", "2025-09-06"), "Tra gennaio e agosto 2025, in Francia il marchio cresce del 55% con 4.215 vetture.");

  it("'more than 50%' is a yes for 55%, 'more than 60%' a no", () => {
    expect(bot.answer("Has Alfa Romeo grown by more than 50% in France between January and August 2025?").verdict).toBe("yes");
    expect(bot.answer("Has Alfa Romeo grown by more than 60% in France between January and August 2025?").verdict).toBe("no");
  });
});
