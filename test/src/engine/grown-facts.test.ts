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
