/**
 * Facts as news copy states them in articles the engine was never tuned on: a renamed car, an
 * amount taken off a price, a spec beside another engine or another car, a place denied, a car
 * known by a provisional name, periods said from the article's date, a denial, a region the
 * place data lacks. Each article is one a curator might add, written for these tests in our own
 * words (facts as reported in 2022-2026).
 */
import { describe, expect, it } from "vitest";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { createBrandbot } from "../../../src/index.js";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { bot, botWithArticle, corpus, index, withArticle } from "../../helpers/corpus.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string, language: "en" | "it" = "en"): Meta => ({ file, title, language, author: null, date, dateInferred: false, url: null });

describe("names, emissions and lengths in a grown corpus", () => {
  const renamed = [
    "Only days after its debut, the Alfa Romeo Milano has a different name: Junior.",
    "Before the launch the small crossover was widely referred to as Brennero, after the Alpine pass.",
    "The plug-in hybrid Tonale lowers its CO2 emissions to 26-33 grams per km.",
    "La Junior è lunga 4,17 metri, meno della Tonale.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("928_nome.txt", "The Milano becomes the Junior", "2024-04-20"), renamed);

  it.each([
    ["What did Alfa Romeo rename the Milano to?", "different name: Junior"],
    ["What nickname was the small Alfa crossover known by before launch?", "Brennero"],
    ["Quanti grammi di CO2 al km emette la Tonale plug-in?", "26-33 grams per km"],
    ["Quanto è lunga la Junior?", "4,17 metri"],
  ])("%s", (q, said) => {
    const a = grownBot.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.source).toBe("928_nome.txt");
    expect(a.citations[0]?.quote).toContain(said);
  });
});

describe("an amount taken off a price", () => {
  const cut = "Carlos Tavares said Polish production let Stellantis cut €10,000 (A$16,451) off the Milano's price.";
  const grownBot = botWithArticle(meta("929_taglio.txt", "Why the Milano is built in Poland", "2024-04-12"), cut);

  it("is no price: 'What's the starting price of the Milano?' declines", () => {
    expect(grownBot.answer("What's the starting price of the Milano?").answered).toBe(false);
  });

  it("answers how much was knocked off", () => {
    const a = grownBot.answer("How much did building it in Poland knock off the Milano's price?");
    expect(a.citations[0]?.source).toBe("929_taglio.txt");
    // Either currency the article gives is the amount.
    expect(a.text).toMatch(/^(?:€10,000|\$16,451),/);
  });
});

describe("a power figure is of the engine it stands beside", () => {
  const farewell = [
    "2024 is the last chance to order a Giulia Quadrifoglio with a 505-horsepower bi-turbo V-6.",
    "Lower-spec 2.0-liter engine versions of the Giulia will stay in production for now.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("930_addio.txt", "Farewell to the combustion Quadrifoglio", "2024-02-16"), farewell);

  it("answers the V6's horsepower with the figure joined to its unit by a hyphen", () => {
    const a = grownBot.answer("How much horsepower does the V6 in the Giulia Quadrifoglio make?");
    expect(a.citations[0]?.source).toBe("930_addio.txt");
    expect(a.text).toMatch(/^505-horsepower/);
  });

  it("declines the next electric car's horsepower: neither the V6's figure nor a displacement answers", () => {
    expect(grownBot.answer("How much horsepower will the next electric Giulia Quadrifoglio have?").answered).toBe(false);
  });
});

describe("a place denied, and a car named like a city", () => {
  const protest = [
    "The Italian government protested because the Milano is not built in Milan, or even Italy.",
    "Instead it will be made in Tychy, Poland, alongside the Jeep Avenger.",
    "In announcing the change, the brand states, “Despite Alfa Romeo believing that the name meets all legal requirements, Alfa Romeo has decided to change it from Milano to Junior.”",
  ].join("\n\n");
  const grown = withArticle(corpus, meta("931_protesta.txt", "The Milano protest", "2024-04-16"), protest);
  const index = buildCorpusIndex(grown, undefined, {}, loadGazetteer());
  const grownBot = createBrandbot(grown, { index });

  it("never answers where with a place the article denies, or with the car's own name", () => {
    const a = grownBot.answer("Where is the Milano built?");
    expect(a.citations[0]?.source).toBe("931_protesta.txt");
    expect(a.text).toMatch(/^(?:Tychy|Poland)\b/);
  });

  it("reads 'the brand states' as a verb, and a quoted sentence's first word as no name", () => {
    const keys = index.sentences.filter((s) => s.text.startsWith("In announcing")).flatMap((s) => s.slots.flatMap((x) => x.keys));
    expect(keys).not.toContain("e:usa");
    expect(keys.some((k) => k.includes("despite"))).toBe(false);
  });
});

describe("a car the article introduces by its provisional name", () => {
  // Our own words (facts as reported in September 2025).
  // The naming sentence comes last, far from the facts: no sentence before them lends the name.
  const alfetta = [
    "Alfa Romeo prepara un nuovo crossover compatto.",
    "Il nuovo crossover nascerà a Pomigliano nel 2028, sulla piattaforma modulare STLA Small.",
    "Lo stabilimento campano riceverà altri modelli del gruppo.",
    "La nuova vettura, identificata con il nome provvisorio di Alfetta, si collocherà tra la Junior e la Tonale.",
  ].join("\n\n");
  const grownBot = botWithArticle({ ...meta("932_alfetta.txt", "Un crossover tra Junior e Tonale", "2025-09-30"), language: "it" }, alfetta);

  it.each([
    ["Dove verrà prodotta l'Alfetta?", /^Pomigliano/],
    ["Su quale piattaforma nascerà l'Alfetta?", /^STLA Small/],
  ])("answers '%s' from the sentences that call it 'the new crossover'", (q, start) => {
    const a = grownBot.answer(q);
    expect(a.citations[0]?.source).toBe("932_alfetta.txt");
    expect(a.text).toMatch(start);
  });
});

describe("a period said from the article's own date", () => {
  // Our own words (facts as reported in January 2026).
  const piano = "Entro la metà dell'anno il CEO di Stellantis Antonio Filosa presenterà il nuovo piano industriale del gruppo.";
  const grownBot = botWithArticle({ ...meta("933_piano.txt", "Il piano di Filosa", "2026-01-15"), language: "it" }, piano);

  it("answers 'entro quando' with the middle of the article's year, ahead of an older article's 'early 2026'", () => {
    const a = grownBot.answer("Entro quando Filosa presenterà il nuovo piano industriale di Stellantis?");
    expect(a.citations[0]?.source).toBe("933_piano.txt");
    expect(a.text).toMatch(/^Metà 2026, secondo/);
  });

  it("declines the precise day, which no article gives, and still answers a day one does", () => {
    expect(grownBot.answer("In che giorno preciso Filosa presenterà il nuovo piano industriale?").answered).toBe(false);
    expect(grownBot.answer("On what date did Imparato visit the Cassino plant?").text).toMatch(/^May 31/);
  });
});

describe("at the earliest", () => {
  // Our own words (facts as reported in January 2026).
  const attesa = "Ficili ha confermato che le nuove generazioni di Giulia e Stelvio, che arriveranno non prima del 2028, saranno costruite a Cassino.";
  const grownBot = botWithArticle({ ...meta("934_attesa.txt", "Giulia e Stelvio, l'attesa si allunga", "2026-01-15"), language: "it" }, attesa);

  it("answers 'al più presto' with the article that says 'non prima del', ahead of older dates", () => {
    const a = grownBot.answer("Da quale anno al più presto arriveranno le nuove Giulia e Stelvio?");
    expect(a.citations[0]?.source).toBe("934_attesa.txt");
    expect(a.text).toMatch(/^2028, secondo/);
  });
});

describe("a model named in full and in short", () => {
  // Our own words (facts as reported in October 2025).
  const prova = [
    "Con la Junior Ibrida Q4, Alfa Romeo ha portato la trazione integrale sulla sua compatta.",
    "Sulla versione Q4 di Junior lavora un sistema che non ha un collegamento meccanico tra i due assi.",
    "I consumi restano contenuti, con emissioni di CO₂ sotto i 120 g/km.",
    "Al volante, la Junior Q4 convince per agilità e precisione.",
  ].join("\n\n");
  const grownBot = botWithArticle({ ...meta("935_q4.txt", "Junior Ibrida Q4, la prova", "2025-10-05"), language: "it" }, prova);

  it("reads 'Junior Ibrida Q4' as the 'Junior Q4' too, and 'CO₂' as 'CO2'", () => {
    const a = grownBot.answer("Quanto CO₂ emette la Junior Q4?");
    expect(a.citations[0]?.source).toBe("935_q4.txt");
    expect(a.citations[0]?.quote).toContain("120 g/km");
  });
});

describe("a yes needs what the question asserts, not just its names", () => {
  // Our own words (facts as reported in November 2022).
  const hornet = [
    "The Tonale's sister model, the Dodge Hornet, will get a 2.0-liter engine.",
    "The Hornet will also be sold with the same plug-in drivetrain as the Tonale.",
    "Production of both is planned at the Stellantis factory in Pomigliano, Italy.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("936_hornet.txt", "The Tonale's American sister", "2022-11-17"), hornet);

  it.each(["Are the Tonale plug-in and the Dodge Hornet built in the same factory?", "Tonale plug-in e Dodge Hornet escono dalla stessa fabbrica?"])(
    "does not say yes to '%s' with the quote about a shared drivetrain",
    (q) => {
      const a = grownBot.answer(q);
      expect(a.citations[0]?.quote).toContain("same plug-in drivetrain");
      expect(a.verdict).toBeNull();
    },
  );
});

describe("a spec figure is of the car named nearest it", () => {
  // Our own words (facts as reported in October 2024).
  const veloce = [
    "The Junior already sells more than the Giulia in Europe.",
    "In the United States the Giulia Quadrifoglio has been withdrawn from sale.",
    "In particular, the electric Veloce version with 280 HP has impressed critics.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("937_veloce.txt", "The Junior outsells the Giulia", "2024-10-24"), veloce);

  it("declines the Giulia Quadrifoglio's horsepower, answers the Veloce's", () => {
    expect(grownBot.answer("How much horsepower will the new Giulia Quadrifoglio have?").answered).toBe(false);
    expect(grownBot.answer("How much horsepower does the Junior Veloce have?").text).toMatch(/^280 HP/);
  });
});

describe("the next car's plan, now", () => {
  // Our own words (facts as reported in October 2025).
  const successors = "So the successors of the Giulia and Stelvio are not expected to enter production before mid-2028.";
  const grownBot = botWithArticle(meta("938_successori.txt", "Giulia and Stelvio stay on until 2027", "2025-10-15"), successors);

  it("lets the newest article about the asked cars' successors lead a question about the next ones", () => {
    const a = grownBot.answer("When is production of the next Giulia and Stelvio now expected to start?");
    expect(a.citations[0]?.source).toBe("938_successori.txt");
    expect(a.text).toMatch(/^Mid-2028/);
  });
});

describe("a denial in the quote", () => {
  // Our own words (facts as reported in March 2024).
  const refuted = "Imparato refuted the idea that the new Giulia would share many parts with the Dodge Charger Daytona.";
  const grownBot = botWithArticle(meta("939_smentita.txt", "The new Giulia is no Charger", "2024-03-09"), refuted);

  it("says no when the article reports the idea refuted", () => {
    const a = grownBot.answer("Will the next Giulia basically be a Dodge Charger Daytona with an Alfa badge?");
    expect(a.citations[0]?.source).toBe("939_smentita.txt");
    expect(a.verdict).toBe("no");
  });
});

describe("a region the place data lacks, and a stop counted in days", () => {
  // Our own words (facts as reported in September 2025).
  const tychy = [
    "Anche lo stabilimento di Tychy, in Polonia, dove nascono Junior, Avenger e 600, si ferma.",
    "La fabbrica chiuderà per 9 giorni.",
    "Lo stabilimento di Tychy è tra i più grandi in Polonia e dà lavoro a molti nella regione della Slesia.",
  ].join("\n\n");
  const grownBot = botWithArticle({ ...meta("940_tychy_stop.txt", "Si ferma anche Tychy", "2025-09-25"), language: "it" }, tychy);

  it.each([
    ["In quale regione della Polonia si trova lo stabilimento di Tychy?", /^Slesia/],
    ["Per quanti giorni si ferma la fabbrica di Tychy?", /^9\b/],
  ])("%s", (q, start) => {
    const a = grownBot.answer(q);
    expect(a.citations[0]?.source).toBe("940_tychy_stop.txt");
    expect(a.text).toMatch(start);
  });
});

describe("a figure in a spec's unit states the spec", () => {
  // Our own words (facts as reported in March 2024).
  const volts = "The CEO also confirmed that the new Giulia would have an 800 V architecture and a range of up to 700 km.";
  const grownBot = botWithArticle(meta("941_volt.txt", "The new Giulia's technology", "2024-03-09"), volts);

  it("answers the voltage asked as 'what voltage architecture' with the figure, and declines a battery size", () => {
    const a = grownBot.answer("What voltage architecture will the next-gen Giulia use?");
    expect(a.citations[0]?.source).toBe("941_volt.txt");
    expect(a.text).toMatch(/^800 V/);
    expect(grownBot.answer("What is the battery capacity of the new Giulia?").answered).toBe(false);
  });
});

describe("cars built beside the asked one", () => {
  // Our own words (facts as reported in 2024).
  const mates = "At the Tychy plant in Poland the Alfa Romeo Junior is built next to its platform-mates, the Jeep Avenger and the Fiat 600.";
  const grownBot = botWithArticle(meta("942_mates.txt", "The Junior's Polish home", "2024-04-16"), mates);

  it("answers with another maker's car when the question asks for the others", () => {
    const a = grownBot.answer("Which other cars are built alongside the Junior at the Tychy plant?");
    expect(a.citations[0]?.source).toBe("942_mates.txt");
    expect(a.text).toMatch(/^Avenger/);
  });
});

describe("an article's own month, combustion engines and what a car is based on", () => {
  const update = [
    "Orders for the Alfa Romeo Junior have now passed 60,000 since the launch, the brand said this week.",
    "Until at least 2035 every new Alfa Romeo will also be sold with petrol engines, not only as an electric car.",
    "The Junior is based on the e-CMP platform it shares with the Jeep Avenger.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("930_ordini.txt", "The Junior passes 60,000 orders", "2025-09-10"), update);

  it.each([
    // No sentence names September: the article's date does.
    ["Quanti ordini aveva la Junior a settembre 2025?", "60,000"],
    // "Combustion engines" are petrol engines, not a question about engine power (which is declined).
    ["Until what year will new Alfa Romeos also be offered with combustion engines?", "2035"],
    // "Based on" is what a car is built on, not where a company is based.
    ["Which platform is the Junior based on?", "e-CMP"],
  ])("%s", (q, said) => {
    const a = grownBot.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.source).toBe("930_ordini.txt");
    // The short answer opens the reply, so its first letter is a capital ("E-CMP").
    expect(a.text.toLowerCase()).toContain(said.toLowerCase());
  });

  it("still declines a month no article is dated or speaks of", () => {
    expect(grownBot.answer("Quanti ordini aveva la Junior a marzo 2025?").answered).toBe(false);
  });
});

describe("a count stated as 'over' a figure", () => {
  const interview = "In the interview the CEO said the Junior has already collected over 43,000 orders across Europe.";
  const grownBot = botWithArticle(meta("931_intervista.txt", "The CEO on the radio", "2025-07-22"), interview);

  it.each([
    // News copy's "over 43,000" is just above it (a writer with 50,000 would say so): no "more than 50,000".
    ["Does the Junior already have more than 50,000 orders?", "no"],
    ["Does the Junior already have more than 40,000 orders?", "yes"],
    // Just above 43,000 may or may not pass 45,000, and the seed's "close to 50,000" would: not settled.
    ["Does the Junior already have more than 45,000 orders?", null],
  ])("%s -> %s", (q, verdict) => {
    expect(grownBot.answer(q).verdict).toBe(verdict);
  });
});

describe("prices of one version among several", () => {
  const prices = [
    "The Junior is also sold in the UK now: the Elettrica EV version starts from £33,895, with the upper Speciale and the faster Veloce costing £35,695 and £42,295.",
    "In Italia la Junior elettrica costa 39.500 euro, la ibrida 29.900 euro.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("932_prezzi.txt", "Junior prices for Britain", "2024-06-05"), prices);

  it("gives the price beside the version asked, not the one after the next comma", () => {
    const a = grownBot.answer("How much is the Junior Elettrica in the UK?");
    expect(a.text).toMatch(/^£33,895, according to/);
  });

  it("declines a hybrid's UK price when only the EV versions are priced there", () => {
    expect(grownBot.answer("How much does the Junior hybrid cost in the UK?").answered).toBe(false);
  });

  it("reads an Italian noun fragment ('prezzo della...?') as asking the price, not whether", () => {
    const a = grownBot.answer("prezzo della junior ibrida?");
    expect(a.verdict).toBeUndefined();
    expect(a.text).toMatch(/^29\.900 euro, secondo/);
  });
});

describe("the speaker of a quoted remark", () => {
  // Our own words (facts as reported in July 2025).
  const remark = [
    "Until recently the next Giulia and Stelvio were planned as electric only. Now the brand's chief executive Santo Ficili says that has changed. Tariffs and a slower move to electric cars call for flexibility.",
    "He goes on. “My dream is to keep the Quadrifoglio alive.”",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("943_remark.txt", "Ficili on the Quadrifoglio", "2025-07-15"), remark);

  it("names the speaker from the sentences before the remark, and quotes from the speaker's name", () => {
    const a = grownBot.answer("Who wants to keep the Quadrifoglio alive?");
    expect(a.text).toMatch(/^Santo Ficili, according to/);
    expect(a.citations[0]?.quote).toMatch(/^Now the brand's chief executive Santo Ficili says .*keep the Quadrifoglio alive\./s);
  });

  it("takes the person nearest the verb of saying, not the first one named", () => {
    const handover = "Jean-Philippe Imparato handed the brand over to Santo Ficili, who says the plan has changed.\n\nHe goes on. “My dream is to keep the Quadrifoglio alive.”";
    const a = botWithArticle(meta("946_handover.txt", "A new chief", "2025-07-15"), handover).answer("Who wants to keep the Quadrifoglio alive?");
    expect(a.text).toMatch(/^Santo Ficili, according to/);
  });
});

describe("an article named by its month", () => {
  // Our own words (facts as reported in January 2025).
  const report = "Stelvio and Giulia lost fewer sales, and their new generations are expected in 2025 and 2026.";
  const grownBot = botWithArticle(meta("944_report.txt", "Alfa Romeo's 2024 sales", "2025-01-10"), report);

  it("asks for years with 'in which years' and reads 'per the January 2025 report' as the article dated January 2025", () => {
    const a = grownBot.answer("In which years were the new Stelvio and Giulia expected to arrive, per the January 2025 sales report?");
    expect(a.citations[0]?.source).toBe("944_report.txt");
    expect(a.citations[0]?.quote).toContain("2025 and 2026");
    expect(a.text).toMatch(/^20(?:25|26)\b/);
  });
});

describe("a date the next sentence points back to", () => {
  // Our own words (facts as reported in February 2026).
  const plan = "Fans and insiders are waiting for the big day of May 21, 2026. It is on that date that chief executive Antonio Filosa will reveal the final plans for the brand.";
  const grownBot = botWithArticle(meta("945_plan.txt", "Waiting for the plan", "2026-02-10"), plan);

  it("answers when with the date of the sentence before 'on that date', quoting both", () => {
    const a = grownBot.answer("When will Antonio Filosa reveal the final plans for the brand?");
    expect(a.text).toMatch(/^May 21, 2026, according to/);
    expect(a.citations[0]?.quote).toMatch(/^Fans and insiders .*reveal the final plans for the brand\.$/);
  });

  it("keeps a sentence's own date over the one before", () => {
    const own = "The car was shown on April 10, 2024. On that day the crowd cheered, and Imparato announced the new name Junior on April 15, 2024.";
    const a = botWithArticle(meta("947_own.txt", "A new name", "2024-04-16"), own).answer("When did Imparato announce the new name Junior?");
    expect(a.text).toMatch(/^April 15, 2024/);
  });
});

describe("who speaks is not who does", () => {
  // Our own words (facts as reported in December 2023).
  const hint = "In 2027 a new large SUV will become the brand's flagship. Imparato hinted that the design of this new model is at an advanced stage.";
  const grownBot = botWithArticle(meta("948_hint.txt", "A flagship for 2027", "2023-12-19"), hint);

  it("declines who designs a car when the article only says who hinted at its design", () => {
    expect(grownBot.answer("Who is designing Alfa Romeo's new large flagship SUV?").answered).toBe(false);
  });
});

describe("a time in another clause of the sentence", () => {
  // Our own words (facts as reported in October 2025).
  const tonale = "Le rivoluzioni nel mondo dell'auto hanno tempi lunghi. Per Alfa Romeo il restyling della Tonale, il C-Suv della gamma, rappresenta un piccolo passo verso il futuro. Un modello importante, che ha superato dal lancio le 100 mila immatricolazioni e che nei primi mesi del 2025 ha totalizzato 13 mila esemplari venduti.";
  const grownBot = botWithArticle(meta("949_tonale.txt", "Nuova Tonale, un primo passo", "2025-10-18", "it"), tonale);

  it("does not answer when from a clause ('e che nei primi mesi del 2025...') other than the one about the launch", () => {
    expect(grownBot.answer("Quando arriverà la nuova Tonale nelle concessionarie?").answered).toBe(false);
  });
});

describe("a number written with a name, and a role no seed person holds", () => {
  const revival = "More than 50 years after Alfa Romeo built the first 33 Stradale, a road version of its Tipo 33 endurance racer, the brand revives it.";
  const grownBot = botWithArticle(meta("931_rinascita.txt", "The 33 Stradale returns", "2023-08-30"), revival);

  it("'Tipo 33' is a name: how many will be built is not said, so it declines", () => {
    expect(grownBot.answer("Quanti esemplari della nuova 33 Stradale verranno prodotti?").answered).toBe(false);
  });

  it("a role discovery reads ('minister') asks for a person before any article's person is seen holding it", () => {
    expect(index.lexicon.roleConcepts.has("minister")).toBe(true);
  });
});

describe("a section's sub-heading, and a date with a floor", () => {
  // Our own words: a sub-heading names the car, and the sentences under it do not.
  const section = [
    "Un SUV italiano costruito all'estero",
    "Il marchio ha sempre prodotto in Italia, fino a oggi.",
    "Alfa Romeo Junior: si produce in Polonia",
    "Avrebbe dovuto prendere il nome di Milano in un primo tempo, ma il Governo ha chiesto di cambiarlo.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("950_sezione.txt", "Un SUV italiano costruito all'estero", "2025-03-01", "it"), section);

  it.each(["What was the Junior originally supposed to be called?", "Come doveva chiamarsi inizialmente la Junior?"])("%s: the sentence under the heading answers", (q) => {
    const a = grownBot.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.source).toBe("950_sezione.txt");
    expect(a.citations[0]?.quote).toContain("nome di Milano");
  });

  const shut = "Production at the Cassino plant has been shut down again, and it won't restart until at least August 29, 2025, the union said.";
  const shutBot = botWithArticle(meta("951_fermo.txt", "Cassino shut for the summer", "2025-07-24"), shut);

  it("'until at least August 29' says until when", () => {
    const a = shutBot.answer("Until when is the Cassino plant shut down?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^August 29, 2025/);
  });
});

describe("a name given only as a yardstick", () => {
  // Our own words: the new SUV is made in Melfi; the Junior is only what it is measured against.
  const yardstick = [
    "Alfa Romeo: il nuovo SUV prodotto a Melfi potrebbe aiutare tanto quanto la Junior",
    "Il nuovo modello nascerà sulla piattaforma STLA Medium.",
  ].join("\n\n");
  const built = ["Ma quale Italia: ecco dove nasce il SUV", "Il marchio ha sempre prodotto in Italia.", "Alfa Romeo Junior: la produzione è in Polonia", "Un'auto prodotta in Polonia non poteva chiamarsi Milano, per il governo."].join("\n\n");
  const grown = withArticle(withArticle(corpus, meta("952_melfi.txt", "Alfa Romeo: il nuovo SUV prodotto a Melfi potrebbe aiutare tanto quanto la Junior", "2025-05-01", "it"), yardstick), meta("953_tychy.txt", "Ma quale Italia: ecco dove nasce il SUV", "2025-02-01", "it"), built);
  const grownBot = createBrandbot(grown, { gazetteer: loadGazetteer() });

  it.each(["Where is the Alfa Romeo Junior made?", "In quale paese viene prodotta l'Alfa Romeo Junior?"])("%s: not where the car measured against it is made", (q) => {
    const a = grownBot.answer(q);
    expect(a.citations[0]?.source).toBe("953_tychy.txt");
    expect(a.text).not.toMatch(/Melfi/);
  });
});

describe("a small percentage, with the word that hedges it", () => {
  // Our own words (facts as reported in April 2025).
  const shares = "Stellantis shares jumped nearly 4% in Milan after the news, while the 25% tariffs still weigh on the group. Roughly 35% to 40% of Maserati's buyers are in the U.S.";
  const grownBot = botWithArticle(meta("955_borsa.txt", "Stellantis asks consultants for help", "2025-04-10"), shares);

  it("'How much did Stellantis shares jump?' is answered by 'nearly 4%' (a 4 is a number, not 'fourth')", () => {
    const a = grownBot.answer("How much did Stellantis shares jump in Milan?");
    expect(a.text).toMatch(/^Nearly 4%,/);
  });

  it("a range of percentages is one amount", () => {
    expect(grownBot.answer("What share of Maserati's buyers are in the US?").text).toMatch(/^Roughly 35% to 40%,/);
  });
});

describe("a stock's fall, a hyphenated span of days, and a role held by someone else", () => {
  // Our own words (facts as reported in April 2025).
  const market = [
    "Stellantis shares jumped nearly 4% in Milan after the news. The company's stock is still down about 33% this year.",
    "The White House announced a 90-day pause on most of the new tariffs, but not on the 25% duty on cars.",
    "A spokesperson for the two brands confirmed the study of the tariffs imposed by President Donald Trump.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("956_dazi.txt", "Stellantis weighs the tariffs", "2025-04-10"), market);

  it("'Quanto ha perso il titolo...?' asks the stock's fall: the 33% down, not the 4% jump", () => {
    expect(grownBot.answer("Quanto ha perso il titolo Stellantis quest'anno?").text).toMatch(/^About 33%,/);
  });

  it("'How long is the pause?' is answered with its unit, hyphen and all", () => {
    expect(grownBot.answer("How long is the pause on the tariffs?").text).toMatch(/^90-day,/);
  });

  it.each(["Who is the spokesperson for the two brands?", "Come si chiama il portavoce che ha confermato lo studio sui dazi?"])("%s: a president is no spokesperson, so it declines", (q) => {
    expect(grownBot.answer(q).answered).toBe(false);
  });

  it("'What's the name of the CEO?' asks for a person, whose name the quote need not call a name", () => {
    const a = grownBot.answer("What's the name of Alfa Romeo's CEO?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Jean-Philippe Imparato,/);
  });
});

describe("the latest word across two sentences, a title after a comma and 'the', and 'should have' is no cause", () => {
  // Our own words (facts as reported in January 2026 and January 2025).
  const delay = "Nuova Alfa Romeo Stelvio: secondo il CEO Santo Ficili arriverà in ritardo di qualche anno. Si parla del 2028 come anno più probabile di debutto.";
  const head = "“We are moving from a BEV-only strategy to a multi-energy one,” said Chris Feuell, the head of Alfa Romeo North America, in an interview.";
  const grown = withArticle(withArticle(corpus, meta("957_ritardo.txt", "La nuova Stelvio cambia rotta", "2026-01-09", "it"), delay), meta("958_feuell.txt", "No EV-only Alfa by 2027", "2025-01-27"), head);
  const grownBot = createBrandbot(grown, { gazetteer: loadGazetteer() });

  it("'When is the new Stelvio likely to debut now?': the 2026 article leads, though its year is in the sentence after the name", () => {
    const a = grownBot.answer("When is the new Stelvio most likely to debut now?");
    expect(a.citations[0]?.source).toBe("957_ritardo.txt");
    expect(a.text).toMatch(/^2028,/);
  });

  it("'said Chris Feuell, the head of Alfa Romeo North America' names today's head, ahead of the 2023 one", () => {
    const a = grownBot.answer("Who is the head of Alfa Romeo North America?");
    expect(a.text).toMatch(/^Chris Feuell,/);
  });

  it("'avrebbe dovuto' (should have) gives no reason; 'in quanto' (because) does", () => {
    const renamed = "Avrebbe dovuto chiamarsi Milano, ma il governo ha chiesto il cambio del nome.\n\nLa Milano non poteva essere prodotta in Polonia, in quanto era vista come pubblicità ingannevole.";
    const a = botWithArticle(meta("959_nome.txt", "Il nome della Junior", "2024-04-16", "it"), renamed).answer("Perché il governo ha chiesto di cambiare il nome Milano?");
    expect(a.citations.map((c) => c.quote).join(" ")).toContain("pubblicità ingannevole");
  });
});

describe("what happened is not what was planned", () => {
  it.each(["Quante auto ha venduto Alfa Romeo nel 2024?", "How many cars did Alfa Romeo actually sell in 2024?"])("%s: the 2024 forecast (80-90 thousand) is no answer, so it declines", (q) => {
    expect(bot.answer(q).answered).toBe(false);
  });

  it("a question about the pledge itself is answered by it", () => {
    const pledge = "The Italian government has pledged to invest €1.6 billion in Stellantis's plants.";
    const a = botWithArticle(meta("960_impegno.txt", "Stellantis commits to its Italian plants", "2024-12-18"), pledge).answer("How much has the Italian government pledged to invest in Stellantis?");
    expect(a.text).toMatch(/^€1\.6 billion,/);
  });
});

describe("owning, in either language", () => {
  it("'Quali altri marchi possiede Stellantis?' is answered by an English 'which also owns Fiat, Jeep and Peugeot'", () => {
    const owns = "Alfa Romeo, part of the Stellantis group which also owns Fiat, Jeep and Peugeot, is working on a hybrid Stelvio.";
    const a = botWithArticle(meta("961_gruppo.txt", "A hybrid for the new Stelvio", "2025-05-30"), owns).answer("Quali altri marchi possiede Stellantis oltre ad Alfa Romeo?");
    expect(a.citations[0]?.source).toBe("961_gruppo.txt");
    expect(a.text).toMatch(/Peugeot/);
  });
});

describe("a chief executive heads the company, not a part of it", () => {
  // Our own words (facts as reported in May 2025).
  const ceo = "Stellantis on Wednesday appointed its North American chief Antonio Filosa as its new CEO. Earlier this month, the head of the carmaker's European operations said the plan would be updated.";
  const grownBot = botWithArticle(meta("962_filosa.txt", "Stellantis names a new CEO", "2025-05-28"), ceo);

  it("'Chi guida il gruppo Stellantis?' is answered by its CEO", () => {
    expect(grownBot.answer("Chi guida il gruppo Stellantis?").text).toMatch(/^Antonio Filosa,/);
  });

  it("'the head of Stellantis' European operations' is not named, so it declines", () => {
    expect(grownBot.answer("What's the name of the head of Stellantis' European operations?").answered).toBe(false);
  });
});

describe("a wait counted in years", () => {
  const text = "The wait for the next Giulia will stretch by at least two more years, the brand's chief said in Brussels.";
  const grownBot = botWithArticle(meta("931_attesa.txt", "The next Giulia slips again", "2026-01-20"), text);

  it.each([
    ["How many more years will we have to wait for the new Giulia?", /^At least two more years, according to “The next Giulia slips again”/],
    ["Quanti anni ancora bisognerà aspettare per la nuova Giulia?", /^At least two more years, secondo «The next Giulia slips again»/],
  ])("%s", (q, text) => {
    const a = grownBot.answer(q);
    expect(a.text).toMatch(text);
    expect(a.citations[0]?.quote).toContain("at least two more years");
  });
});

describe("a role of the company the question names", () => {
  const text = "Eugenio Franzetti will report directly to Santo Ficili, CEO of Alfa Romeo and COO of Maserati.";
  const grownBot = botWithArticle(meta("932_marketing.txt", "A new head of marketing", "2025-12-11"), text);

  it("declines the CEO of a company whose role the sentence gives another company's holder", () => {
    expect(grownBot.answer("Chi è l'amministratore delegato di Maserati?").answered).toBe(false);
    expect(grownBot.answer("Who is Maserati's CEO?").answered).toBe(false);
    const own = grownBot.answer("Who is the CEO of Alfa Romeo?");
    expect(own.text).toMatch(/^Santo Ficili, according to “A new head of marketing”/);
  });
});

describe("a stop counted in words", () => {
  const text = "The Cassino lines will stop for forty days, which will be used to mount the new line for the STLA Large platform.";
  const grownBot = botWithArticle(meta("933_fermo.txt", "Cassino prepares its new line", "2023-11-20"), text);

  it("answers how many days with the count written in words", () => {
    const a = grownBot.answer("How many days will the Cassino lines stop?");
    expect(a.text).toMatch(/^Forty days, according to “Cassino prepares its new line”/);
    expect(grownBot.answer("Per quanti giorni si fermeranno le linee di Cassino?").text).toMatch(/^Forty days, secondo «Cassino prepares its new line»/);
  });
});

describe("reopening in either language", () => {
  const text = "On January 8th the assembly line will be restarted and production of the Maserati Grecale will resume in Cassino.";
  const grownBot = botWithArticle(meta("934_riapertura.txt", "Cassino after the stop", "2023-11-22"), text);

  it("reads riapertura as restarting", () => {
    const a = grownBot.answer("Quale Maserati partirà in produzione a Cassino alla riapertura delle linee?");
    expect(a.text).toMatch(/^Grecale, secondo «Cassino after the stop»/);
  });
});

describe("a standard asked by its name", () => {
  const text = "The Tonale has received a mild facelift, with engines updated to the Euro 6e emissions standard.";
  const grownBot = botWithArticle(meta("935_tonale.txt", "The Tonale gets a facelift", "2025-11-14"), text);

  it("answers 'what emissions standard' with the sentence that names it, not a figure", () => {
    const a = grownBot.answer("What emissions standard are the facelifted Tonale engines updated to?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("Euro 6e emissions standard");
  });
});

describe("a role in apposition after a quoted speaker", () => {
  const text = "“We started talking about it back in 2007,” explains Max Sirena, the team director of Luna Rossa.";
  const grownBot = botWithArticle(meta("936_luna.txt", "Alfa Romeo sails with Luna Rossa", "2025-06-10"), text);

  it("answers who holds the role with the speaker the sentence gives it", () => {
    expect(grownBot.answer("Who is the team director of Luna Rossa?").text).toMatch(/^Max Sirena, according to “Alfa Romeo sails with Luna Rossa”/);
  });
});

describe("the name of a thing asked for", () => {
  const text = "Alfa Romeo has opened its new dealership in Hong Kong, Azzurri Automobile, which also sells Fiat and Abarth.";
  const grownBot = botWithArticle(meta("937_hk.txt", "Alfa Romeo grows in Hong Kong", "2023-09-01"), text);

  it("takes 'the name' as what is asked, not a word an article must say", () => {
    const a = grownBot.answer("What's the name of Alfa Romeo's new dealer in Hong Kong?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("Azzurri Automobile");
  });

  it("asks a person's name for one who does something, and declines when no article names one", () => {
    expect(grownBot.answer("What's the name of the Junior's designer?").answered).toBe(false);
  });
});

describe("a plant's part under a title that names the plant's town", () => {
  const text = "Santo Ficili toured the site on Monday. The visit took in the assembly halls, where the Fiat Panda is built today.";
  const grownBot = botWithArticle(meta("938_visita.txt", "Ficili in Pomigliano to see the new line", "2025-03-10"), text);

  it("answers where with the town the title names, the part's sentence quoted", () => {
    const a = grownBot.answer("Where is the Fiat Panda built?");
    expect(a.text).toMatch(/^Pomigliano d'Arco, according to “Ficili in Pomigliano to see the new line”/);
    expect(a.citations[0]?.quote).toContain("assembly halls, where the Fiat Panda is built today");
  });
});

describe("where a person said something, from the sentence before that names them", () => {
  const text =
    "The next Giulia is back in the spotlight after remarks by Santo Ficili at the Brussels Motor Show. The brand's CEO confirmed that the new generation will not arrive before 2028.";
  const grownBot = botWithArticle(meta("939_bruxelles.txt", "The next Giulia waits longer", "2026-01-22"), text);

  it("answers with the place the sentence before gives, quoting both", () => {
    const a = grownBot.answer("Where did Ficili talk about the 2028 timeline for the new Giulia?");
    expect(a.text).toMatch(/^Brussels Motor Show, according to “The next Giulia waits longer”/);
    expect(a.citations[0]?.quote).toContain("Brussels Motor Show. The brand's CEO confirmed");
  });
});

