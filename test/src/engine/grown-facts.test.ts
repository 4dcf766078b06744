/**
 * Facts stated the way news copy states them, in an article added to the seeds: a year said as
 * "this year", a role held "from 2016 to 2021", a fall given as a percentage beside a count, and a
 * newer article that names the asked person only in the sentence before. The articles are
 * written for these tests (facts as reported in 2024 and 2025, in our own words).
 */
import { describe, expect, it } from "vitest";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { createBrandbot } from "../../../src/index.js";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { corpus, withArticle } from "../../helpers/corpus.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string, dateInferred = false): Meta => ({ file, title, language: "en", author: null, date, dateInferred, url: null });

const dealers = [
  "Alfa Romeo dealers in the United States are having a hard year.",
  "Things would be worse without its newest model. The Tonale accounted for more than half of the brand's sales in the third quarter this year.",
  "Sales of the Giulia and Stelvio dropped by 31% in the first eight months of 2025, with just 4,254 registrations.",
].join("\n\n");

const career = [
  "Jean-Philippe Imparato now devotes his time to Maserati.",
  "Managing Director of Peugeot from 2016 to 2021, he moved the brand upmarket.",
  "The departure of Carlos Tavares at the end of 2024 changed his plans. For a year he ran Stellantis Europe, until the arrival of Antonio Filosa as Group CEO in June 2025.",
].join("\n\n");

const tavares = "Stellantis is looking for a CEO to replace Carlos Tavares, who resigned on December 1, 2024.";

const stradale = [
  "The new 33 Stradale is limited to 33 cars, and a report says prices start at €3 million.",
  "Each 33 Stradale will be built by the Milan coachbuilder Carrozzeria Touring Superleggera.",
  "La 33 Stradale nasce nella carrozzeria Touring Superleggera di Rho.",
].join("\n\n");

const ordini = "Ficili ricorda che a livello globale la crescita è del 35%, trainata dalla Junior, che ha ricevuto 55 mila ordini dal lancio.";

const feuell = [
  "Alfa Romeo will keep selling petrol cars in the United States.",
  "The report quoted Chris Feuell, head of Alfa Romeo North America, who took the job in December.",
  "Over 100,000 examples of the Tonale have rolled off the Pomigliano d'Arco production line since 2022.",
].join("\n\n");

const targets = "Stellantis set the Junior a target of at least 100,000 sales a year.";

const appointed = [
  "Santo Ficili has been appointed as the new CEO of Maserati and Alfa Romeo.",
  "He praised the work of Jean-Philippe Imparato and said he would follow the path Imparato had laid out.",
].join("\n\n");

const flagship = "The outgoing chief confirmed the flagship would be an SUV, but he left the final call to his replacement Gianluca Fontana.";

const japan = "In Japan, where it went on sale in June for the brand's anniversary, the Junior is already among the five best sellers of its class. Dealers there say a second model may follow.\n\nThe Junior is third among premium compact SUVs in Europe. In Turkey, launched last spring, it already leads the premium electric compact SUVs.";

const vigilia = [
  "La nuova 33 Stradale è stata presentata al museo di Arese alla vigilia del Gp di Monza.",
  "«È la prima fuoriserie del marchio dal 1969» ha detto Jean-Philippe Imparato, ceo di Alfa Romeo.",
].join("\n\n");

const anniversary = [
  "For the 100th anniversary of the Quadrifoglio, Alfa Romeo will release special editions of the Giulia and Stelvio.",
  "Each will be limited to 100 units.",
  "The four-leaf clover emblem was first painted on an Alfa Romeo racing car in 1923.",
  "Alfa Romeo announced its return to F1 in 2017, as title sponsor of the Sauber team.",
  "Il programma BottegaFuoriserie nasce in collaborazione tra Alfa Romeo e Maserati.",
].join("\n\n");

// Many sentences say where the Tonale sells without a figure; the one with the figure says "in" rather than "sold".
const markets = [
  "The Tonale is sold in markets across Europe.",
  "Dealers say the Tonale sold well in markets where it arrived early.",
  "The Tonale has sold strongly in its biggest markets.",
  "In newer markets the Tonale sold fewer cars than hoped.",
  "The Tonale sold better in premium markets than in others.",
  "Sales of the Tonale in Latin American markets started slowly.",
  "The Tonale is sold through dealers in most markets.",
  "Some markets sold the Tonale only as a hybrid.",
  "The Tonale is now present in 37 markets.",
].join(" ");

const planLate = "By mid-2026 Filosa will present a new industrial plan for all fourteen brands of the group, analysts say.";

const rethink = "Alfa Romeo rethinks Giulia and Stelvio ahead of 2028 launch\n\nThe brand wants both cars to sell in larger numbers than the ones they replace.";

const fiveMonths = "Alfa Romeo registered 27,695 cars between January and May 2025, and grew fastest in France (+65%).";

const plants = "The new Giulia and Stelvio will be produced in Cassino, while the Tonale is made in Pomigliano. Both will sit on the STLA Large platform rather than move to the smaller STLA Medium platform.";

const grown = [
  // Dated by the curator from its content: its year is no scene of its own, so only "this year" gives 2024.
  meta("910_dealers.txt", "Alfa Romeo dealers in the U.S. sell few cars", "2024-12", true),
  meta("911_career.txt", "Imparato leaves Stellantis Europe for Maserati", "2025-10-08"),
  meta("912_search.txt", "Stellantis looks for a new CEO", "2025-02-25"),
  meta("913_stradale.txt", "The new 33 Stradale", "2023-08"),
  { ...meta("914_ordini.txt", "Ficili: la Junior va oltre le attese", "2025-10-17"), language: "it" as const },
  meta("915_feuell.txt", "Alfa Romeo keeps its petrol engines", "2025-10-15"),
  meta("916_targets.txt", "A target for the Junior", "2025-03"),
  meta("917_appointed.txt", "Ficili takes over Alfa Romeo and Maserati", "2024-10-18"),
  meta("918_flagship.txt", "A large SUV at the top of the range", "2024-10-14"),
  // Dated to the month only, in the year of a seed article dated only "2024".
  meta("919_plants.txt", "Where the next Alfas will be built", "2024-06"),
  meta("920_japan.txt", "The Junior in Japan", "2026-03-05"),
  { ...meta("921_vigilia.txt", "Torna la 33 Stradale", "2023-08-31"), language: "it" as const },
  meta("922_anniversary.txt", "A century of the Quadrifoglio", "2023-06"),
  meta("923_markets.txt", "The Tonale around the world", "2025-05"),
  meta("924_plan.txt", "The plan moves to mid-2026", "2025-11-21"),
  meta("925_rethink.txt", "A rethink for the Giulia and Stelvio", "2026-01"),
  meta("926_five_months.txt", "Five months of growth", "2025-06"),
].reduce((c, m, i) => withArticle(c, m, [dealers, career, tavares, stradale, ordini, feuell, targets, appointed, flagship, plants, japan, vigilia, anniversary, markets, planLate, rethink, fiveMonths][i] as string), corpus);
const index = buildCorpusIndex(grown, undefined, {}, loadGazetteer());
const bot = createBrandbot(grown, { index });

describe("a year said relative to the article's date", () => {
  it("indexes 'this year' in a December 2024 article as 2024", () => {
    const s = index.sentences.find((x) => x.text.includes("third quarter this year"));
    expect(s?.slots.find((x) => x.surface === "this year")?.keys).toEqual(["n:2024"]);
  });

  it("so a question naming 2024 finds the sentence that says 'this year'", () => {
    const a = bot.answer("Which model made up more than half of Alfa's sales in the third quarter of 2024?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.source).toBe("910_dealers.txt");
    expect(a.text).toMatch(/^Tonale, according to “Alfa Romeo dealers in the U.S. sell few cars”/);
    expect(a.citations[0]?.quote).toContain("this year");
  });
});

describe("roles and periods", () => {
  it("reads a managing director as someone who ran the company, for the whole period", () => {
    const a = bot.answer("When did Imparato run Peugeot?");
    expect(a.text).toMatch(/^From 2016 to 2021, according to “Imparato leaves Stellantis Europe for Maserati”/);
  });

  it("answers no to a year inside the period, with the period", () => {
    const a = bot.answer("Did Imparato run Peugeot until 2019?");
    expect(a.verdict).toBe("no");
    expect(a.text).toContain("From 2016 to 2021");
  });
});

describe("a newer article leads only when it names what is asked itself", () => {
  it("answers when Tavares quit from the sentence that names him, not the newer one after it", () => {
    const a = bot.answer("When did Carlos Tavares quit as Stellantis CEO?");
    expect(a.text).toMatch(/^December 1, 2024, according to “Stellantis looks for a new CEO”/);
  });
});

describe("a percentage asked is judged against percentages", () => {
  it.each([
    ["says yes to the percentage the clause gives beside a count, and shows it", "Did Giulia and Stelvio sales drop by 31% in the first eight months of 2025?", "yes", /^Yes\. 31%, according to/],
    ["says no to another percentage, with the one stated", "Did Giulia and Stelvio sales drop by 40% in the first eight months of 2025?", "no", /^No\. 31%, according to/],
    ["still judges a count by the count", "Did Alfa sell 4,254 Giulia and Stelvio in the first eight months of 2025?", "yes", /^Yes\. .*4,254/],
  ])("%s", (_what, question, verdict, text) => {
    const a = bot.answer(question);
    expect(a.verdict).toBe(verdict);
    expect(a.text).toMatch(text);
  });
});

describe("what a thing costs, and names written in part", () => {
  it("answers what a car costs from the sentence that gives its price", () => {
    expect(bot.answer("any idea what the 33 Stradale costs?").text).toContain("prices start at €3 million");
  });

  it("knows a name by its last words: 'Touring Superleggera' is the coachbuilder the article names in full", () => {
    expect(index.lexicon.entities.get("d_carrozzeria_touring_superleggera")?.aliases).toContain("Touring Superleggera");
    const a = bot.answer("Does Touring Superleggera build the 33 Stradale?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.source).toBe("913_stradale.txt");
  });
});

describe("an asserted count is judged as the count of what it names, whatever the words", () => {
  it("reads '75 mila ordini' as orders and says no with the 55 mila the article gives", () => {
    const a = bot.answer("La Junior ha raccolto 75 mila ordini dal lancio?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. 55 mila ordini, secondo/);
  });

  it("takes '55 mila' for 55,000", () => {
    const a = bot.answer("Has the Junior received 55,000 orders since launch?");
    expect(a.verdict).not.toBe("no");
    expect(a.text).toContain("55 mila ordini");
  });
});

describe("who holds a role, and the newest article stating the same place", () => {
  it("answers with the person given the asked role in apposition, though the sentence quotes them", () => {
    expect(bot.answer("Who is the head of Alfa Romeo North America?").text).toMatch(/^Chris Feuell, according to “Alfa Romeo keeps its petrol engines”/);
  });

  it("lets the newest article lead when it names the same plant, under any of its names", () => {
    const a = bot.answer("Which factory builds the Tonale?");
    expect(a.text).toMatch(/^Pomigliano d'Arco, according to “Alfa Romeo keeps its petrol engines”/);
  });
});

describe("targets that are floors", () => {
  it("reads 'a target of at least 100,000' as a floor, which 150,000 does not contradict", () => {
    expect(bot.answer("Did Stellantis set the Junior a target of 150,000 sales a year?").verdict).not.toBe("no");
    expect(bot.answer("Did Stellantis set the Junior a target of 80,000 sales a year?").verdict).not.toBe("yes");
  });
});

describe("a new holder of a role succeeds the last", () => {
  it("answers who took over from Imparato with the new CEO, named in the sentence before Imparato", () => {
    const a = bot.answer("Who took over from Imparato as CEO of Alfa Romeo?");
    expect(a.text).toMatch(/^Santo Ficili, according to “Ficili takes over Alfa Romeo and Maserati”/);
  });

  it("knows an Italian given name, so 'his replacement Gianluca Fontana' is a person", () => {
    const a = bot.answer("Who is the outgoing chief's replacement?");
    expect(a.text).toMatch(/^Gianluca Fontana, according to “A large SUV at the top of the range”/);
  });
});

describe("an article is newer only when its dates say so", () => {
  it("lets the newest article lead when asked outright for today's word, though it says less", () => {
    const a = bot.answer("When are the next-generation Giulia and Stelvio now expected to debut?");
    expect(a.citations[0]?.source).toBe("925_rethink.txt");
  });

  it("lets an article of November 2025 lead one dated only 2025 on when the plan comes", () => {
    // The seed article dated "2025" expects the plan "in early 2026".
    expect(bot.answer("When is Filosa presenting the new industrial plan?").text).toMatch(/^Mid-2026, according to “The plan moves to mid-2026”/);
  });

  it("keeps the better quote first when one article is dated June 2024 and the other only 2024", () => {
    const a = bot.answer("Where are the new Giulia and Stelvio going to be built?");
    expect(a.citations[0]?.source).toBe("919_plants.txt");
    expect(a.text).toMatch(/^Cassino, according to “Where the next Alfas will be built”/);
  });
});

describe("a month with no day or year", () => {
  it("answers when with the month a launch happened in ('went on sale in June')", () => {
    expect(bot.answer("When did the Junior launch in Japan?").text).toMatch(/^June, according to “The Junior in Japan”/);
  });

  it("never reads 'may' the verb as a month", () => {
    expect(bot.answer("When will a second model follow in Japan?").text).not.toMatch(/^May\b/);
  });
});

describe("who held a role, asked first and then when", () => {
  it("answers 'who was the CEO when...' with a person, never another name beside the car", () => {
    const a = bot.answer("Chi era l'amministratore delegato di Alfa Romeo ai tempi del lancio della nuova 33 Stradale?");
    expect(a.text).toMatch(/^Jean-Philippe Imparato, secondo «Torna la 33 Stradale»/);
  });
});

describe("ordinals are no counts the question names", () => {
  it("answers how many of the 100th-anniversary edition will be made with the 100 units", () => {
    const a = bot.answer("How many Giulia Quadrifoglio 100th anniversary cars will be made?");
    expect(a.text).toMatch(/^100 units, according to “A century of the Quadrifoglio”/);
  });

  it("finds '100th anniversary' for a question about 100 years", () => {
    expect(bot.answer("What will Alfa Romeo release for 100 years of the Quadrifoglio?").citations[0]?.quote).toMatch(/100th anniversary of the Quadrifoglio/);
  });
});

describe("words of the trade in other words", () => {
  it("reads a badge as an emblem, Formula 1 as F1 and partnering as a collaboration", () => {
    expect(bot.answer("What year did the clover badge first appear on an Alfa Romeo?").text).toMatch(/^1923, according to “A century of the Quadrifoglio”/);
    expect(bot.answer("In which year did Alfa Romeo announce its comeback to Formula 1?").text).toMatch(/^2017, according to “A century of the Quadrifoglio”/);
    expect(bot.answer("Which brand is Alfa Romeo partnering with on BottegaFuoriserie?").text).toMatch(/^Maserati, according to “A century of the Quadrifoglio”/);
  });
});

describe("a place put first frames the whole sentence", () => {
  it("says yes when 'In Turkey, launched last spring, it already leads...' answers a question about Turkey", () => {
    const a = bot.answer("Does the Junior already lead the premium electric compact SUVs in Turkey?");
    expect(a.verdict).toBe("yes");
    expect(a.citations[0]?.quote).toMatch(/In Turkey, launched last spring/);
  });
});

describe("an alternative set aside is not stated", () => {
  it("says no to the platform after 'rather than move to'", () => {
    const a = bot.answer("Will the new Giulia and Stelvio move to the STLA Medium platform?");
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. STLA Large, according to/);
  });
});

describe("the sentences that hold the asked type are scored, however many say more without it", () => {
  it("answers how many markets from the one sentence with a count", () => {
    expect(bot.answer("In how many markets is the Tonale sold?").text).toMatch(/^37, according to “The Tonale around the world”/);
  });
});

describe("the first months of a year, in other words", () => {
  it("answers about the first five months from a sentence that says 'between January and May'", () => {
    expect(bot.answer("How many cars did Alfa Romeo register in the first five months of 2025?").text).toMatch(/^27,695 cars, according to “Five months of growth”/);
    expect(bot.answer("Di quanto sono cresciute le vendite in Francia nei primi cinque mesi del 2025?").citations[0]?.source).toBe("926_five_months.txt");
  });
});

describe("a launch put off says when it comes", () => {
  // Our own words for a report of February 2026: the two cars are put off to 2028, said without any word of arriving.
  const rinvio = "Le nuove Stelvio e Giulia sono state rinviate al 2028. La nuova dirigenza ha deciso di ripensare il progetto.";
  const delayed = withArticle(corpus, { ...meta("927_rinvio.txt", "Stelvio e Giulia, si riparte da capo", "2026-02-09"), language: "it" }, rinvio);
  const delayedBot = createBrandbot(delayed, { index: buildCorpusIndex(delayed, undefined, {}, loadGazetteer()) });

  it("answers when the new Stelvio and Giulia come with the year they were postponed to, from the newest article", () => {
    for (const q of ["Quando arrivano le nuove Stelvio e Giulia?", "When is the new Stelvio coming?"]) {
      const a = delayedBot.answer(q);
      expect(a.citations[0]?.source).toBe("927_rinvio.txt");
      expect(a.text).toMatch(/^2028, /);
    }
  });
});

describe("names, emissions and lengths in a grown corpus", () => {
  const renamed = [
    "Only days after its debut, the Alfa Romeo Milano has a different name: Junior.",
    "Before the launch the small crossover was widely referred to as Brennero, after the Alpine pass.",
    "The plug-in hybrid Tonale lowers its CO2 emissions to 26-33 grams per km.",
    "La Junior è lunga 4,17 metri, meno della Tonale.",
  ].join("\n\n");
  const grown = withArticle(corpus, meta("928_nome.txt", "The Milano becomes the Junior", "2024-04-20"), renamed);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, meta("929_taglio.txt", "Why the Milano is built in Poland", "2024-04-12"), cut);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, meta("930_addio.txt", "Farewell to the combustion Quadrifoglio", "2024-02-16"), farewell);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

  it("never answers where with a place the article denies, or with the car's own name", () => {
    const a = grownBot.answer("Where is the Milano built?");
    expect(a.citations[0]?.source).toBe("931_protesta.txt");
    expect(a.text).toMatch(/^(?:Tychy|Poland)\b/);
  });

  it("reads 'the brand states' as a verb, and a quoted sentence's first word as no name", () => {
    const index = buildCorpusIndex(grown, undefined, {}, loadGazetteer());
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
  const grown = withArticle(corpus, { ...meta("932_alfetta.txt", "Un crossover tra Junior e Tonale", "2025-09-30"), language: "it" }, alfetta);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, { ...meta("933_piano.txt", "Il piano di Filosa", "2026-01-15"), language: "it" }, piano);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, { ...meta("934_attesa.txt", "Giulia e Stelvio, l'attesa si allunga", "2026-01-15"), language: "it" }, attesa);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, { ...meta("935_q4.txt", "Junior Ibrida Q4, la prova", "2025-10-05"), language: "it" }, prova);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, meta("936_hornet.txt", "The Tonale's American sister", "2022-11-17"), hornet);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, meta("937_veloce.txt", "The Junior outsells the Giulia", "2024-10-24"), veloce);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

  it("declines the Giulia Quadrifoglio's horsepower, answers the Veloce's", () => {
    expect(grownBot.answer("How much horsepower will the new Giulia Quadrifoglio have?").answered).toBe(false);
    expect(grownBot.answer("How much horsepower does the Junior Veloce have?").text).toMatch(/^280 HP/);
  });
});

describe("the next car's plan, now", () => {
  // Our own words (facts as reported in October 2025).
  const successors = "So the successors of the Giulia and Stelvio are not expected to enter production before mid-2028.";
  const grown = withArticle(corpus, meta("938_successori.txt", "Giulia and Stelvio stay on until 2027", "2025-10-15"), successors);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

  it("lets the newest article about the asked cars' successors lead a question about the next ones", () => {
    const a = grownBot.answer("When is production of the next Giulia and Stelvio now expected to start?");
    expect(a.citations[0]?.source).toBe("938_successori.txt");
    expect(a.text).toMatch(/^Mid-2028/);
  });
});

describe("a denial in the quote", () => {
  // Our own words (facts as reported in March 2024).
  const refuted = "Imparato refuted the idea that the new Giulia would share many parts with the Dodge Charger Daytona.";
  const grown = withArticle(corpus, meta("939_smentita.txt", "The new Giulia is no Charger", "2024-03-09"), refuted);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, { ...meta("940_tychy_stop.txt", "Si ferma anche Tychy", "2025-09-25"), language: "it" }, tychy);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, meta("941_volt.txt", "The new Giulia's technology", "2024-03-09"), volts);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

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
  const grown = withArticle(corpus, meta("942_mates.txt", "The Junior's Polish home", "2024-04-16"), mates);
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

  it("answers with another maker's car when the question asks for the others", () => {
    const a = grownBot.answer("Which other cars are built alongside the Junior at the Tychy plant?");
    expect(a.citations[0]?.source).toBe("942_mates.txt");
    expect(a.text).toMatch(/^Avenger/);
  });
});
