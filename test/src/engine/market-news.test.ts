/**
 * Market news the engine was never tuned on: growth rates by month, a market share measured
 * against the year before, brands overtaken, a showroom closed in a part of a state, a car of
 * another maker that buyers prefer, a car built elsewhere than the ones beside it. Each article is
 * written for these tests in our own words (facts as reported in 2023-2024).
 */
import { describe, expect, it } from "vitest";
import { botWithArticle, corpus, withArticle } from "../../helpers/corpus.js";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { createBrandbot } from "../../../src/index.js";

type Meta = Parameters<typeof withArticle>[1];
const meta = (file: string, title: string, date: string, language: "en" | "it"): Meta => ({ file, title, language, author: null, date, dateInferred: false, url: null });

describe("an Italian report of growth in Europe, asked in both languages", () => {
  const report = [
    "Alfa Romeo apre il 2023 in forte crescita in Europa.",
    "A gennaio le immatricolazioni del marchio in Europa sono aumentate del 98,2 per cento, a febbraio del 115,4 per cento. La quota di mercato è passata allo 0,5 per cento dallo 0,3 per cento registrato nel 2022. Grazie a questi numeri in Europa il Biscione ha superato Lancia e Lexus.",
    "In tutto, a febbraio in Europa Alfa Romeo ha immatricolato 3.102 unità.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("940_europa.txt", "Alfa Romeo cresce in Europa a inizio 2023", "2023-03", "it"), report);

  it("'go up' asks for the growth, not for a count", () => {
    const a = grownBot.answer("How much did Alfa Romeo registrations in Europe go up in February 2023?");
    expect(a.text).toMatch(/^115,4 per cento, according to/);
  });

  it("a year a figure is measured from ('dallo 0,3 per cento registrato nel 2022') is not the year it speaks of", () => {
    const a = grownBot.answer("Che quota di mercato ha raggiunto Alfa Romeo in Europa nel 2023?");
    expect(a.text).toMatch(/^0,5 per cento, secondo/);
  });

  it("'overtake' is 'superare'", () => {
    const a = grownBot.answer("Which brands did Alfa Romeo overtake in Europe in 2023?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("ha superato Lancia e Lexus");
  });
});

describe("dealers and buyers abroad", () => {
  const report = [
    "Alfa Romeo dealers are having a hard time across the United States.",
    "The Alfa Romeo showroom in Marin, California, has only six new cars left to sell.",
    "Last month even the biggest Alfa Romeo showroom in Southern California, in Costa Mesa, shut down for good.",
    "In China the brand, on sale there since 2017, kept growing until 2019.",
    "Buyers there favour the stretched versions of the BMW X3.",
    "The next Giulia and Stelvio will both be made in Italy, at Cassino (unlike the Milano, which will come from a factory in Poland).",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("941_mercati.txt", "Alfa Romeo's hard markets", "2024-03-20", "en"), report);

  it("a part of a state ('Southern California') is that state, and 'chiuso' is 'shut down'", () => {
    const a = grownBot.answer("Quale concessionaria Alfa Romeo nel sud della California ha chiuso?");
    expect(a.citations[0]?.quote).toContain("in Costa Mesa, shut down");
  });

  it("'until what year' takes the year something ran until, not another year of the sentence", () => {
    expect(grownBot.answer("Until what year did Alfa Romeo grow in China?").text).toMatch(/^2019, according to/);
  });

  it("a code glued to a letter after a maker ('BMW X3') is a car, and answers a question that names no maker", () => {
    expect(grownBot.answer("Which car do Chinese buyers favour in stretched versions?").text).toMatch(/^X3, according to/);
  });

  it("a country in a parenthesis about another car is that car's place, though the sentence names a town first", () => {
    expect(grownBot.answer("Where will the Milano be assembled?").text).toMatch(/^Poland, according to/);
    expect(grownBot.answer("Where will the next Stelvio be made?").text).toMatch(/^Cassino, according to/);
  });
});

describe("a new chief executive on the range", () => {
  const interview = [
    "At the Geneva show, Alfa Romeo's new chief executive spoke to reporters about the range.",
    "“I consider myself a real Alfista, someone who lives for this brand,” Santo Ficili said.",
    "The next Giulia and Stelvio will launch with electric powertrains first, and hybrid ones will follow a year later.",
    "Le future Alfa Romeo avranno soltanto tre allestimenti: Sprint, Veloce e Quadrifoglio.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("942_gamma.txt", "Ficili on the next Alfa Romeo range", "2025-03-04", "en"), interview);

  it("'call himself' is how someone describes himself, and a 'when' inside the question opens a clause", () => {
    const a = grownBot.answer("What does Santo Ficili call himself when he talks about the brand?");
    expect(a.citations[0]?.quote).toContain("real Alfista");
  });

  it("a question offering two powertrains asks which, and gets no yes", () => {
    const a = grownBot.answer("Will the next Giulia and Stelvio be electric or hybrid?");
    expect(a.verdict ?? null).toBeNull();
    expect(a.citations[0]?.quote).toContain("electric powertrains first");
  });

  it("'trim levels' are 'allestimenti'", () => {
    expect(grownBot.answer("What trim levels will future Alfa Romeo cars have?").citations[0]?.quote).toContain("Sprint, Veloce e Quadrifoglio");
  });
});

describe("a car called back by its kind", () => {
  const plans = [
    "The autumn announcements will cover the Stelvio and the Giulia, but also the Tonale. The compact SUV will get a facelift, and work on its next generation has begun.",
    "Eugenio Franzetti succede a Cristiano Fiorio alla guida del marketing di Alfa Romeo.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("943_piani.txt", "Alfa Romeo's autumn plans", "2025-08-27", "en"), plans);

  it("'The compact SUV' is the car the sentence before names last, quoted with it", () => {
    const en = grownBot.answer("Which compact SUV is getting a facelift?");
    expect(en.text).toMatch(/^Tonale, according to/);
    expect(en.citations[0]?.quote).toContain("but also the Tonale. The compact SUV will get a facelift");
    expect(grownBot.answer("Quale SUV compatto riceverà un restyling?").text).toMatch(/^Tonale, secondo/);
  });

  it("'l'erede della 33 Stradale' asks about the successor, which a sentence about the 33 Stradale alone does not give", () => {
    const launches = botWithArticle(meta("946_lanci.txt", "Alfa Romeo's launches", "2024-03-14", "en"), "First the Tonale, then the 33 Stradale and soon the Milano, which will be unveiled on 10 April.");
    expect(launches.answer("Quando verrà presentata l'erede della 33 Stradale?").answered).toBe(false);
    expect(launches.answer("When will the Milano be unveiled?").text).toMatch(/^10 April, according to/);
  });

  it("a 'deal' is a partnership", () => {
    const deal = botWithArticle(meta("945_vela.txt", "Alfa Romeo e la vela", "2025-06-10", "it"), "“Una collaborazione che unisce due storie italiane”, ha detto Santo Ficili, CEO di Alfa Romeo, presentando la partnership con il team velico.");
    expect(deal.answer("Who's the Alfa Romeo CEO quoted about the sailing deal?").text).toMatch(/^Santo Ficili, according to/);
  });

  it("'succede a' is replacing", () => {
    expect(grownBot.answer("Who did Eugenio Franzetti replace?").text).toMatch(/^Cristiano Fiorio, according to/);
  });
});

describe("what a count is of", () => {
  const report = [
    "A febbraio in Europa Alfa Romeo ha immatricolato appena 3.102 unità.",
    "Lo stabilimento di Pomigliano non produceva un'Alfa Romeo da quando la 159 è uscita di produzione nel 2011. Tre anni dopo l'annuncio, il Tonale è entrato in produzione.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("944_conti.txt", "Numeri di Alfa Romeo", "2023-03-10", "it"), report);

  it("one market's figure is no worldwide total", () => {
    expect(grownBot.answer("How many cars did Alfa Romeo sell worldwide in 2023?").citations.some((c) => c.source === "944_conti.txt")).toBe(false);
  });

  it("'la 159' is a car, not a count, and a year that frames a count does not make it a question of years", () => {
    expect(grownBot.answer("Quanti Tonale sono stati prodotti a Pomigliano nel primo anno?").answered).toBe(false);
  });
});

describe("an events and editions digest, in our own words (facts as reported in 2025-2026)", () => {
  const digest = [
    "Alfa Romeo and Maserati have joined forces on a new venture called BottegaFuoriserie, devoted to one-off and few-off cars. The project will be led by Cristiano Fiorio, who will coordinate both brands.",
    "Only two examples of the Giulia Collezione will arrive in the UK, and none of the Stelvio.",
    "The venture is organised into four evocatively named divisions. The Tonale (like its American cousin, the Dodge Hornet) sold well at first and then slowed down. By the end of the summer the Junior was close to 60,000 orders.",
  ].join("\n\n");
  const investorDay = "Stellantis illustrerà il nuovo piano strategico all'Investor Day, in programma il 21 maggio ad Auburn Hills, in Michigan.";
  const grown = withArticle(
    withArticle(corpus, meta("941_digest.txt", "Fuoriserie and Collezione", "2025-11-10", "en"), digest),
    meta("942_investor.txt", "Stellantis presenterà il piano all'Investor Day", "2026-01-29", "it"),
    investorDay,
  );
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

  it("who heads a named venture the sentence before names: 'the new' describes it, and the project is the one named", () => {
    expect(grownBot.answer("Who is in charge of the new BottegaFuoriserie project?").text).toMatch(/^Cristiano Fiorio, according to/);
  });

  it("counts a number word written a couple of words before the noun counted", () => {
    expect(grownBot.answer("How many divisions is BottegaFuoriserie split into?").text).toMatch(/^Four evocatively named divisions, according to/);
  });

  it("'what is X called?' asks for the name, which no sentence need call so", () => {
    const a = grownBot.answer("What's the American cousin of the Alfa Romeo Tonale called?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain("the Dodge Hornet");
  });

  it("'close to' a figure is no closure, and 'what figure' asks for an amount", () => {
    expect(grownBot.answer("The Junior's orders were getting close to what figure by the end of the summer?").text).toMatch(/^(?:close to )?60,000 orders, according to/i);
  });

  it("'coming to' a country is 'arrive in' it", () => {
    expect(grownBot.answer("how many Giulia Collezione are coming to the UK?").text).toMatch(/^(?:Only )?two examples, according to/i);
  });

  it("an event 'in programma' somewhere takes place there, asked 'dove si terrà' or 'which state is hosting'", () => {
    expect(grownBot.answer("Dove si terrà l'Investor Day di Stellantis?").text).toMatch(/^Auburn Hills, secondo/);
    const state = grownBot.answer("Which US state is hosting the Stellantis Investor Day?");
    expect(state.answered).toBe(true);
    expect(state.citations[0]?.quote).toContain("in Michigan");
  });
});

describe("a year-to-date report by market, in Italian (our own words, facts as reported in June 2025)", () => {
  const report = [
    "Con 27.695 immatricolazioni tra gennaio e maggio 2025, Alfa Romeo cresce soprattutto in Italia (+32%), Francia (+65%) e Germania (+20%).",
    "Un mercato dove le cose restano difficili è quello americano. Un tempo il secondo mercato per il marchio a livello globale, adesso conta appena 2.828 immatricolazioni in cinque mesi, con le vendite diminuite del 28%.",
  ].join("\n\n");
  const grownBot = botWithArticle(meta("943_mercati.txt", "Alfa Romeo, i mercati a maggio", "2025-06-10", "it"), report);

  it("'a livello globale' that ranks a market does not make the next figure the world's", () => {
    expect(grownBot.answer("How many Alfas were registered in the US in the first five months of 2025?").text).toMatch(/^(?:appena )?2\.828 immatricolazioni, according to/);
  });

  it("a change in brackets is the market's written before it, not the one after", () => {
    expect(grownBot.answer("How much did Alfa Romeo grow in Germany from January to May 2025?").text).toMatch(/^\+?20%, according to/);
    expect(grownBot.answer("Di quanto è cresciuta Alfa Romeo in Francia tra gennaio e maggio 2025?").text).toMatch(/^\+?65%, secondo/);
  });

  it("a market given only its own change in brackets owns none of the sentence's counts", () => {
    expect(grownBot.answer("How many cars did Alfa Romeo register in Germany from January to May 2025?").answered).toBe(false);
  });
});

describe("a plant stop told in Italian (our own words, facts as reported in September 2025)", () => {
  const report = [
    "Stellantis ha dovuto fermare la produzione in sei stabilimenti europei per adeguarla alla domanda.",
    "Tra questi c'è anche Tychy, in Polonia, dove si producono Alfa Romeo Junior, Jeep Avenger e Fiat 600.",
  ].join(" ");
  const grownBot = botWithArticle(meta("944_tychy.txt", "Si ferma anche Tychy", "2025-09-25", "it"), report);

  it("counts the plants a place adjective scopes, and a number after a maker's name is a car ('Fiat 600')", () => {
    expect(grownBot.answer("In how many European plants did Stellantis have to stop production?").text).toMatch(/^Sei stabilimenti(?: europei)?, according to/);
  });
});
