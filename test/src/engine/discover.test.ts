import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { ingestDefaults } from "../../../src/corpus/ingest.js";
import { discoverEntities } from "../../../src/engine/discover/index.js";
import { emptyGazetteer } from "../../../src/engine/discover/gazetteer.js";
import { createBrandbot } from "../../../src/index.js";
import { botWithArticle, corpus, root, withArticle } from "../../helpers/corpus.js";

// An article written for this test (facts as reported in 2024-2025, our own words): names the
// vocabulary has never held, a plant abroad, a CEO, a platform and a future model.
const text = readFileSync(join(root, "test/fixtures/articles/tychy-junior.txt"), "utf8");
const tychy = { file: "900_tychy.txt", title: "Alfa Romeo's small SUV keeps its Polish home", language: "en" as const, author: null, date: "2025-03", dateInferred: false, url: null };
const grown = withArticle(corpus, tychy, text);
const gazetteer = loadGazetteer();

/** `base` with one more article, written in a test, with the Tychy article's record under another file name. */
const withRecord = (base: typeof corpus, file: string, text: string) => withArticle(base, { ...tychy, file }, text);
const found = discoverEntities(grown, gazetteer, ingestDefaults);
const byName = (name: string) => found.find((e) => e.aliases.includes(name));

describe("discovery of named things from the articles", () => {
  it("types a CEO from 'Alfa Romeo CEO X' with the role and employer, and his surname as an alias", () => {
    expect(byName("Santo Ficili")).toMatchObject({ type: "person", aliases: ["Santo Ficili", "Ficili"] });
    expect(byName("Santo Ficili")?.roles).toEqual(expect.arrayContaining([{ role: "ceo", of: "alfa_romeo" }, { role: "head", of: "alfa_romeo" }]));
  });

  it("types a town from the gazetteer and links it to its country", () => {
    const tychy = byName("Tychy");
    expect(tychy).toMatchObject({ type: "place" });
    const poland = found.find((e) => e.id === tychy?.within);
    expect(poland?.aliases).toEqual(expect.arrayContaining(["Poland", "Polonia"]));
  });

  it("types a town the place data lacks from the region after it, and names it by the town alone too", () => {
    // The 2023 seed article glues the two words: "...the recently inactive Stellantis plant in BelvedereIllinois."
    const town = byName("BelvedereIllinois");
    expect(town).toMatchObject({ type: "place", name: "Belvedere Illinois" });
    expect(town?.aliases).toContain("Belvedere");
    expect(found.find((e) => e.id === town?.within)?.name).toBe("Illinois");
  });

  it("types models and platforms from the words around them", () => {
    expect(byName("Brennero")?.type).toBe("model");
    expect(byName("STLA Large")?.type).toBe("platform");
    expect(byName("E-SUV")?.type).toBe("model");
  });

  it("types a platform named a few words before its platform word ('CMP/eCMP modular platform')", () => {
    // Our own words (facts as reported in 2022).
    const text = "The small SUV will be built in Tychy and will use the CMP/eCMP modular platform of the group.";
    const withCmp = withRecord(grown, "905_cmp.txt", text);
    expect(discoverEntities(withCmp, gazetteer, ingestDefaults).find((e) => e.aliases.includes("CMP"))?.type).toBe("platform");
  });

  it("finds a name set in quotes mid-sentence, though a quote also opens sentences ('il motore a benzina “Hurricane”')", () => {
    // Our own words (facts as reported in 2026).
    const text = "Al manager è stato chiesto se la nuova Stelvio potrebbe usare il motore a benzina “Hurricane” del gruppo.";
    const withQuoted = withRecord(grown, "907_quoted.txt", text);
    expect(discoverEntities(withQuoted, gazetteer, ingestDefaults).some((e) => e.aliases.includes("Hurricane"))).toBe(true);
    // A quoted sentence's first word is still no name: “Despite...” opens one.
    const opening = withRecord(grown, "908_opening.txt", "Il manager ha detto: “Despite the delay we keep the plan.” Poi ha lasciato la sala.");
    expect(discoverEntities(opening, gazetteer, ingestDefaults).some((e) => e.aliases.includes("Despite"))).toBe(false);
  });

  it("types a platform an Italian adjective stands between ('piattaforma modulare STLA Small')", () => {
    // Our own words (facts as reported in 2025).
    const text = "Dal punto di vista tecnico, la scelta della piattaforma modulare STLA Small è un elemento chiave.";
    const withSmall = withRecord(grown, "906_small.txt", text);
    expect(discoverEntities(withSmall, gazetteer, ingestDefaults).find((e) => e.aliases.includes("STLA Small"))?.type).toBe("platform");
  });

  it("takes a role's organisation from the side the role stands on, not from any name in the sentence", () => {
    // Our own words: the group CEO is named before a mention of Alfa Romeo later in the sentence.
    const quote = "Stellantis CEO Antonio Filosa will present the plan in May. The brand must wait for the investor day, when our new group CEO, Antonio Filosa, will present a plan not only for Alfa Romeo.";
    const withQuote = withRecord(grown, "902_filosa.txt", quote);
    const filosa = discoverEntities(withQuote, gazetteer, ingestDefaults).find((e) => e.aliases.includes("Antonio Filosa"));
    expect(filosa?.roles).toEqual(expect.arrayContaining([{ role: "ceo", of: "stellantis" }]));
    expect(filosa?.roles).not.toContainEqual({ role: "ceo", of: "alfa_romeo" });
  });

  it("takes no single ordinary word of the vocabulary for a name, however it is written ('Paese', 'PHEV')", () => {
    // Our own words, in the way Italian articles capitalise the country and spell out acronyms.
    const text = "Nel nostro Paese la Tonale PHEV vende bene. Secondo Ficili il Paese resta il primo mercato, e la PHEV piace.";
    const names = discoverEntities(withRecord(grown, "906_paese.txt", text), gazetteer, ingestDefaults).flatMap((e) => e.aliases);
    expect(names).not.toContain("Paese");
    expect(names).not.toContain("PHEV");
    expect(names).toContain("Ficili");
  });

  it("reads a word inside a title ('Chief Operating Officer Enlarged Europe') as no person", () => {
    // Our own words.
    const text = "Last autumn Santo Ficili took over from Jean-Philippe Imparato, who became Chief Operating Officer Enlarged Europe at Stellantis.";
    const withTitle = withRecord(grown, "903_title.txt", text);
    const people = discoverEntities(withTitle, gazetteer, ingestDefaults).filter((e) => e.type === "person").flatMap((e) => e.aliases);
    expect(people).not.toContain("Operating");
    expect(people).not.toContain("Enlarged");
    expect(people).toContain("Santo Ficili");
  });

  it("names a model with the number it is nearly always written after ('33 Stradale'), and no town", () => {
    // Our own words (facts as reported in 2023-2024).
    const text =
      "The 33 Stradale will be built in Arese. Alfa Romeo will build only 33 units of the 33 Stradale. " +
      "The GT 1300 Junior inspired the name of the Junior. The Junior is built in Tychy, and the Junior sells well.";
    const withStradale = withRecord(grown, "904_stradale.txt", text);
    const names = discoverEntities(withStradale, gazetteer, ingestDefaults);
    expect(names.find((e) => e.aliases.includes("Stradale"))).toMatchObject({ type: "model", name: "33 Stradale", aliases: ["33 Stradale", "Stradale"] });
    // Once "GT 1300 Junior", three times plain: the Junior keeps its name (and the vocabulary's entity).
    expect(names.some((e) => e.aliases.includes("1300 Junior"))).toBe(false);
    // The number inside the name is no amount: the count is the other 33.
    const bot = createBrandbot(withStradale, { gazetteer });
    const a = bot.answer("How many 33 Stradale will be built?");
    expect(a.text).toMatch(/^33 units, according to/);
    expect(a.citations[0]?.quote).toBe("Alfa Romeo will build only 33 units of the 33 Stradale.");
  });

  it("names an event with the possessive it is always written after ('America's Cup'), so no answer reads it as the United States", () => {
    // Our own words (facts as reported in 2025).
    const text =
      "Alfa Romeo will sponsor Luna Rossa at the 2027 America’s Cup. The partnership was announced in Arese. " +
      "The America’s Cup of 2027 will be sailed in Naples. The Junior is built in Stellantis’s Tychy plant, and Stellantis’s Tychy plant is busy.";
    // On the seed articles only: the Tychy article of the other tests names the town plainly.
    const withCup = withRecord(corpus, "906_cup.txt", text);
    const names = discoverEntities(withCup, gazetteer, ingestDefaults);
    expect(names.find((e) => e.aliases.includes("Cup"))).toMatchObject({ name: "America’s Cup" });
    // A town keeps its own name, however often a possessive comes before it.
    expect(names.find((e) => e.aliases.includes("Tychy"))?.name).toBe("Tychy");
    const bot = createBrandbot(withCup, { gazetteer });
    expect(bot.answer("Where was the partnership for the America's Cup announced?").text).toMatch(/^Arese, according to/);
  });

  it("knows an Italian city by its Italian name and its English one, and a place's possessive before a name as part of that name", () => {
    expect(gazetteer.place("Torino")).toBe(gazetteer.place("Turin"));
    // "Roma" is also a town in the US: the Italian name is Italy's capital, and Rome's alias.
    expect(gazetteer.place("Roma")).toBe(gazetteer.place("Rome"));
    expect(gazetteer.place("Roma")?.country).toBe("IT");
    expect(gazetteer.place("Napoli")?.aliases).toEqual(["Naples", "Napoli"]);
    // Our own words (facts as reported in 2025): the Cup is named once, so only its possessive tells it from America.
    const text =
      "TORINO (ITALPRESS) – Alfa Romeo sarà partner di Luna Rossa nella prossima America’s Cup, che nel 2027 si correrà nel golfo di Napoli. " +
      "La collaborazione è stata presentata al museo di Arese.";
    const withCup = withArticle(corpus, { ...tychy, file: "907_coppa.txt", language: "it" }, text);
    expect(discoverEntities(withCup, gazetteer, ingestDefaults).find((e) => e.aliases.includes("Napoli"))).toMatchObject({ type: "place", within: "italy" });
    const bot = createBrandbot(withCup, { gazetteer });
    expect(bot.answer("Dove si correrà l'America's Cup?").text).toMatch(/^Napoli, secondo/);
    expect(bot.answer("Where will the 2027 America's Cup take place?").text).toMatch(/^Napoli, according to/);
    expect(bot.answer("Will the America's Cup be held in Naples?")).toMatchObject({ verdict: "yes", text: expect.stringMatching(/^Yes\. Napoli/) });
  });

  it("types no event as a person, whatever given name opens it ('Paris Motor Show')", () => {
    // Our own words (facts as reported in 2024): "Paris" is a given name too, and a role word follows the name once.
    const text = "At the Paris Motor Show, the manager gave an interview about his new role. Santo Ficili, the new CEO, spoke at the 2024 Paris Motor Show.";
    const withShow = withRecord(grown, "908_show.txt", text);
    const names = discoverEntities(withShow, gazetteer, ingestDefaults);
    // Named after its city, the show is where things happen there.
    expect(names.find((e) => e.aliases.includes("Paris Motor Show"))).toMatchObject({ type: "place", within: "d_france" });
    expect(names.find((e) => e.aliases.includes("Santo Ficili"))?.type).toBe("person");
    expect(createBrandbot(withShow, { gazetteer }).answer("Where did the manager give an interview about his new role?").text).toMatch(/^Paris Motor Show, according to/);
    // A small town of the same name lends no event its place: "Geneva" is also a town of 20,000 in the US.
    const geneva = discoverEntities(withRecord(grown, "909_geneva.txt", "Imparato spoke at the Geneva Motor Show about the Junior."), gazetteer, ingestDefaults);
    expect(geneva.find((e) => e.aliases.includes("Geneva Motor Show"))?.type).not.toBe("place");
  });

  it("knows a name spelled out in the articles by its initials ('WEC'), unless the articles write the initials as a word", () => {
    // Our own words (facts as reported in 2022): the series is spelled out, the question uses its initials.
    const text = "Alfa Romeo could consider other categories such as Formula E or the World Endurance Championship. The dealers joined the Advanced Industrial Mobility group last year. Their aim is growth, and Advanced Industrial Mobility helps.";
    const withSeries = withRecord(grown, "910_series.txt", text);
    const names = discoverEntities(withSeries, gazetteer, ingestDefaults);
    expect(names.find((e) => e.aliases.includes("World Endurance Championship"))?.aliases).toContain("WEC");
    // "aim" is a word of the articles: "AIM" would read it as the dealers' group.
    expect(names.find((e) => e.aliases.includes("Advanced Industrial Mobility"))?.aliases).not.toContain("AIM");
    expect(createBrandbot(withSeries, { gazetteer }).answer("What other categories could Alfa Romeo consider besides the WEC?").citations[0]?.source).toBe("910_series.txt");
  });

  it("knows a town by its first word when the text alone makes that word a place ('the plant in Pomigliano')", () => {
    // Our own words (facts as reported in 2025).
    const text = "The Tonale is assembled at the plant in Pomigliano. Over 100,000 Tonales have left the Pomigliano d'Arco line since 2022. Pomigliano also builds the Panda.";
    const names = discoverEntities(withRecord(grown, "911_tonale.txt", text), gazetteer, ingestDefaults);
    expect(names.filter((e) => e.aliases.includes("Pomigliano")).map((e) => e.name)).toEqual(["Pomigliano d'Arco"]);
  });

  it("knows a name by its last words when one longer name ends with them ('Touring Superleggera')", () => {
    const text = "Each car is built by the coachbuilder Carrozzeria Touring Superleggera. La vettura nasce nella carrozzeria Touring Superleggera di Rho.";
    const names = discoverEntities(withRecord(grown, "912_touring.txt", text), gazetteer, ingestDefaults);
    expect(names.filter((e) => e.aliases.includes("Touring Superleggera")).map((e) => e.name)).toEqual(["Carrozzeria Touring Superleggera"]);
  });

  it("takes no car's name for a surname: 'the B-SUV Junior' leaves the Junior a model", () => {
    // Our own words (facts as reported in 2025); the seeds name the Junior as a car throughout.
    const text = "Imparato launched the Tonale, the 33 Stradale and more recently the B-SUV Junior, now the core of its sales.";
    const names = discoverEntities(withRecord(grown, "913_junior.txt", text), gazetteer, ingestDefaults);
    expect(names.filter((e) => e.aliases.includes("Junior")).map((e) => [e.name, e.type])).toEqual([["Junior", "model"]]);
  });

  it("takes a name opening with a car's name for that car's version, not a person with a given name ('Giulia Quadrifoglio')", () => {
    // Our own words (facts as reported in 2025).
    const text = "The Giulia Quadrifoglio keeps its V6 for a last edition. Every Quadrifoglio is numbered.";
    const names = discoverEntities(withRecord(grown, "914_qv.txt", text), gazetteer, ingestDefaults);
    expect(names.find((e) => e.name === "Giulia Quadrifoglio")?.type).toBe("model");
  });

  it("takes given names written alone for the one person whose name opens with them ('Jean-Philippe')", () => {
    // The 2021 seed article calls Imparato "Jean-Philippe" once; no other person bears the name.
    const names = discoverEntities(corpus, gazetteer, ingestDefaults);
    expect(names.filter((e) => e.aliases.includes("Jean-Philippe")).map((e) => e.name)).toEqual(["Jean-Philippe Imparato"]);
    expect(names.some((e) => e.name === "Jean-Philippe")).toBe(false);
  });

  it("lets a given name settle a tie for a person ('a new CEO to replace Carlos Tavares')", () => {
    const text = "Stellantis is looking for a new CEO to replace Carlos Tavares, who resigned in December.";
    const names = discoverEntities(withRecord(corpus, "915_ceo.txt", text), gazetteer, ingestDefaults);
    expect(names.find((e) => e.name === "Carlos Tavares")?.type).toBe("person");
  });

  it("reads a surname one letter off, with the same given names, as a misspelling of the name the corpus writes more ('Imperato')", () => {
    const text = "Alfa Romeo CEO Jean-Philippe Imperato says the brand will not sponsor another Formula 1 team. Imperato added that endurance racing is being studied.";
    const names = discoverEntities(withRecord(corpus, "916_f1.txt", text), gazetteer, ingestDefaults);
    const ceo = names.find((e) => e.aliases.includes("Jean-Philippe Imperato"));
    expect(ceo?.name).toMatch(/^Jean.Philippe Imparato$/u);
    expect(ceo?.aliases).toEqual(expect.arrayContaining(["Imparato", "Imperato"]));
    expect(names.filter((e) => e.type === "person" && /Imp[ae]rato/u.test(e.name))).toHaveLength(1);
  });

  it("types a name in apposition after a brand and a comma as no model of that brand ('di Alfa Romeo, Cristiano Fiorio')", () => {
    const text = "“Il marchio non è in vendita”, ha detto il responsabile della comunicazione di Alfa Romeo, Cristiano Fiorio.";
    const names = discoverEntities(withRecord(corpus, "917_fiorio.txt", text), gazetteer, ingestDefaults);
    expect(names.find((e) => e.name === "Cristiano Fiorio")?.type).toBe("person");
  });

  it("without a gazetteer, a town is only a place where the text says so", () => {
    const bare = discoverEntities(grown, emptyGazetteer, ingestDefaults);
    expect(bare.find((e) => e.aliases.includes("Tychy"))?.type).not.toBe("person");
  });
});

describe("answering about an article the vocabulary has never seen", () => {
  const bot = createBrandbot(grown, { gazetteer });

  it.each([
    ["Where is the Junior built?", /^Tychy, according to “Alfa Romeo's small SUV keeps its Polish home”/],
    ["Who is the CEO of Alfa Romeo?", /Santo Ficili/],
    ["When will the Brennero arrive?", /^2026, according to/],
    ["Dove viene costruita la Junior?", /^Tychy, secondo/],
  ])("%s", (question, text) => {
    const a = bot.answer(question);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(text);
  });

  it("still declines what the new article does not say", () => {
    expect(bot.answer("How much does the Brennero cost?").answered).toBe(false);
    expect(bot.answer("Where was Santo Ficili born?").answered).toBe(false);
  });
});

describe("a model number written once is part of the name", () => {
  // Written for this test: the supercar is named once, with its number.
  const once = "Imparato said the Junior would sit in the same line-up as the ultra-exclusive 33 Stradale, built by hand in Milan.";
  const names = discoverEntities(withRecord(corpus, "905_once.txt", once), gazetteer, ingestDefaults);

  it("types '33 Stradale' as a model, by its number, and answers no who-question with it", () => {
    expect(names.find((e) => e.aliases.includes("Stradale"))).toMatchObject({ type: "model", aliases: ["33 Stradale", "Stradale"] });
    const bot = createBrandbot(withRecord(corpus, "905_once.txt", once), { gazetteer });
    expect(bot.answer("Who designed the Junior?").answered).toBe(false);
  });
});

describe("a plant that takes a car's demand says where it is built", () => {
  // Written for this test, after an Italian interview: the plant sentence has no verb of building.
  const plant = ["Imparato ha parlato della Junior al Quotidiano Nazionale.", "La fabbrica di Tychy in Polonia è molto flessibile e segue la domanda della Junior Ibrida e di quella elettrica."].join("\n\n");
  const meta = { file: "908_tychy_it.txt", title: "La Junior e la sua fabbrica", language: "it" as const, author: null, date: "2024-05", dateInferred: false, url: null };
  const bot = createBrandbot(withArticle(corpus, meta, plant), { gazetteer });

  it("answers 'In quale fabbrica...' and 'In which factory...' with it: the cue's own noun does not block the plant reading", () => {
    expect(bot.answer("In quale fabbrica viene costruita la Junior?").text).toMatch(/^Tychy, secondo/);
    expect(bot.answer("In which factory is the Junior built?").text).toMatch(/^Tychy, according to/);
  });
});

describe("a variant's name still names its model", () => {
  // Written for this test: the plant is given only for a trim whose full name is new.
  const variant = [
    "Alfa Romeo adds a cheaper hybrid to its smallest range.",
    "The Junior Ibrida Speciale goes on sale in Italy this spring, priced below the electric version.",
    "Every Junior Ibrida Speciale comes from the Stellantis factory in Tychy, Poland.",
  ].join("\n\n");
  const bot = createBrandbot(withRecord(corpus, "904_variant.txt", variant), { gazetteer });

  it("starts no name at a sentence's first word when the corpus writes it in lower case elsewhere", () => {
    const names = discoverEntities(withRecord(corpus, "904_variant.txt", variant), gazetteer, ingestDefaults).flatMap((e) => e.aliases);
    expect(names).toContain("Junior Ibrida Speciale");
    expect(names.filter((n) => n.startsWith("Every"))).toEqual([]);
  });

  it("answers where the Junior is built from the sentence about the Junior Ibrida Speciale", () => {
    expect(bot.answer("Where is the Junior built?").text).toMatch(/^Tychy, according to “Alfa Romeo's small SUV keeps its Polish home”/);
    expect(bot.answer("Dove viene prodotta la Junior?").text).toMatch(/^Tychy, secondo/);
  });
});

describe("names whose words mislead (articles in our own words, facts as reported in 2024)", () => {
  const text = [
    "Questa serie speciale offre i colori Rosso Alfa, Verde Montreal e Bianco Alfa, ed è stata presentata a Trivero, la cittadina del Biellese.",
    "Arriva la nuova proposta Tributo Italiano, dopo le versioni Quadrifoglio di Stelvio e Giulia.",
    "Imparato ha visitato la concessionaria Eco Liri di San Giorgio a Liri.",
  ].join("\n\n");
  const entities = discoverEntities(withRecord(grown, "907_tributo.txt", text), gazetteer, ingestDefaults);
  const named = (name: string) => entities.find((e) => e.aliases.includes(name));

  it("a town in apposition ('Trivero, la cittadina del...') is a place; a colour ending in the brand's word before it is no brand", () => {
    expect(named("Trivero")?.type).toBe("place");
  });

  it("a small town's name used for a car ('versioni Quadrifoglio di Stelvio e Giulia') stays the car", () => {
    expect(named("Stelvio")?.type).toBe("model");
  });

  it("an adjective the vocabulary writes in lower case, capitalised inside a name, is part of it ('Tributo Italiano')", () => {
    expect(named("Tributo Italiano")).toBeDefined();
  });

  it("a town whose name holds a small word is one place, when the gazetteer knows the whole", () => {
    expect(named("San Giorgio a Liri")).toMatchObject({ type: "place", within: "italy" });
    expect(named("San Giorgio")).toBeUndefined();
  });
});

describe("a part of a region (our own words, facts as reported in 2024)", () => {
  const text = "The recent closure of one of Northern California’s largest Alfa Romeo dealerships has made things worse.";
  const entities = discoverEntities(withRecord(grown, "909_dealer.txt", text), gazetteer, ingestDefaults);

  it("'Northern California' is a region (a market), not a person", () => {
    expect(entities.find((e) => e.aliases.includes("Northern California"))?.type).toBe("market");
  });
});

describe("a role of the brand before a name (our own words, facts as reported in 2025)", () => {
  const text = "Per unire i due marchi, le parole del capo marketing del Biscione Cristiano Fiorio: hanno tanti valori in comune.";
  const entities = discoverEntities(withRecord(grown, "908_luna.txt", text), gazetteer, ingestDefaults);

  it("'il capo marketing del Biscione Cristiano Fiorio' names a person, not an Alfa Romeo model", () => {
    expect(entities.find((e) => e.aliases.includes("Cristiano Fiorio"))?.type).toBe("person");
  });

  it("answers who heads marketing with that person", () => {
    const meta = { file: "908_luna.txt", title: "Alfa Romeo e Luna Rossa", language: "it" as const, author: null, date: "2025-06-10", dateInferred: false, url: null };
    const grownBot = botWithArticle(meta, text);
    expect(grownBot.answer("Who is the head of marketing at Alfa Romeo?").text).toMatch(/^Cristiano Fiorio, according to “Alfa Romeo e Luna Rossa”/);
  });
});

describe("a trim is no person, and a company's longer name still names it (our own words, facts as reported in 2022-2024)", () => {
  const text = [
    "An early taster of the flagship 278bhp Elettrica Veloce at the Balocco test track left us impressed.",
    "The Veloce sits above the Speciale in the range.",
    "Alfa Romeo communicates that its partnership with Sauber Motorsport will end within the end of 2023, after Sauber said it would welcome Audi.",
  ].join("\n\n");
  const grownCorpus = withRecord(grown, "908_trim.txt", text);
  const entities = discoverEntities(grownCorpus, gazetteer, ingestDefaults);

  it("'Elettrica Veloce' is no person though 'Veloce' stands alone: its first word is an ordinary word", () => {
    expect(entities.find((e) => e.aliases.includes("Elettrica Veloce"))?.type).not.toBe("person");
  });

  it("a sentence naming 'Sauber Motorsport' names Sauber, so it answers a question about Sauber", () => {
    const bot = createBrandbot(grownCorpus);
    const a = bot.answer("when does the Alfa Romeo Sauber partnership end?");
    expect(a.citations[0]?.quote).toContain("end of 2023");
  });
});

describe("a sub-heading written as a sentence names things too (our own words, facts as reported in 2025)", () => {
  const text = ["Ma quale Italia: ecco dove nasce il SUV", "Il marchio ha sempre prodotto in Italia.", "Alfa Romeo Junior: la produzione è in Polonia", "Il governo ha chiesto di cambiare il nome."].join("\n\n");
  const titleCase = ["Ma quale Italia: ecco dove nasce il SUV", "Il marchio ha sempre prodotto in Italia.", "Where The Junior Is Built In Polonia", "Il governo ha chiesto di cambiare il nome."].join("\n\n");
  const poland = (t: string) => discoverEntities(withRecord(corpus, "954_polonia.txt", t), gazetteer, ingestDefaults).find((e) => e.aliases.includes("Polonia"));

  it("a country named once, in a sentence-case sub-heading, is known (a country is a market)", () => {
    expect(poland(text)).toMatchObject({ name: "Poland", type: "market" });
  });

  it("a title-case heading's capitals mark nothing", () => {
    expect(poland(titleCase)).toBeUndefined();
  });
});
