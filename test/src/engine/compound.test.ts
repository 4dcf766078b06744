import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../adapters/runtime/gazetteer.js";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { createBrandbot } from "../../../src/index.js";
import { bot, corpus, root, withArticle } from "../../helpers/corpus.js";

describe("yes/no questions get a verdict from typed evidence", () => {
  it.each([
    // Contradiction: another place for the same model.
    ["Is the Stelvio built in Pomigliano?", "no", /^No\. Cassino, according to/],
    ["Is the Tonale assembled at the Cassino plant?", "no", /^No\. Pomigliano d'Arco, according to/],
    // Match, even though a newer article names another plant for the Tonale's successor.
    ["Is the Tonale built in Pomigliano?", "yes", /^Yes\. Pomigliano d'Arco, according to/],
    // Change over time: 2026 in the 2024 article, between 2026 and 2028 in the 2025 one.
    ["Will the new Giulia arrive in 2026?", "changed", /^It changed over time\. 2026, according to .*\(2024\)\. Elsewhere: between 2026 and 2028, according to .*\(2025\)\./],
    ["La nuova Stelvio è prevista per il 2025?", "changed", /^È cambiato nel tempo\. 2025, secondo .*\(2024\)\. Altrove: between 2026 and 2028, secondo .*\(2025\)\./],
    // Negation in the quote: "it will not be built from scratch".
    ["Will Alfa Romeo's US plant be built from scratch?", "no", /^No\. According to .*will not be built from scratch/],
    // "that plan now appears shelved": the United States are named, and denied.
    ["Is the Junior coming to America?", "no", /^No\./],
    // Italian; and the issue's own example: the US plan "now appears shelved".
    ["La nuova Tonale nascerà a Pomigliano d'Arco?", "yes", /^Sì\. Pomigliano d'Arco, secondo/],
    ["La Junior arriverà negli Stati Uniti?", "no", /^No\. Secondo .*that plan now appears shelved/],
    ["La Stelvio viene costruita a Pomigliano?", "no", /^No\. Cassino, secondo/],
    // A share the articles never give is another value: "a 34% sales drop" is not "about 20%".
    ["Did Alfa Romeo's US sales drop by about 20% in 2025?", "no", /^No\. 34% sales drop, according to/],
    // An amount in words: "half a million", "mezzo milione" is 500,000, not the 400,000 target.
    ["Was Marchionne's goal half a million Alfa Romeos a year?", "no", /^No\. 400,000 annual registrations, according to/],
    ["Marchionne voleva mezzo milione di Alfa Romeo all'anno?", "no", /^No\. 400,000 annual registrations, secondo/],
    // "33,020 vehicles worldwide, 16,819 of them in Italy alone": the count beside Italy.
    ["Did Alfa Romeo register around 17,000 cars in Italy in the first half of 2025?", "yes", /^Yes\. 16,819, according to/],
    // A segment is its letter, however it is written.
    ["Does the Junior mark Alfa Romeo's return to the C-segment?", "no", /^No\. B-segment, according to/],
    // "first-half" is the first half: the asked count is of a part, so the part's 16,819 is no floor.
    ["Were about 20,000 of Alfa Romeo's first-half 2025 registrations in Italy?", "no", /^No\. 16,819, according to/],
    // The older article's likely plant (Belvedere, misspelt by the asker) against the newer one's Detroit.
    ["Is Alfa Romeo's big electric SUV for the US going to be made at the Belvidere, Illinois plant?", "changed", /^It changed over time\. Detroit, according to .*\(2025\)\. Elsewhere: Belvedere Illinois, according to .*\(2023\)\./],
    // A name no article gives, after a known brand, is a car: the article's other car answers no.
    ["Is the fourth model coming to Cassino probably the heir to the Maserati Quattroporte?", "no", /^No\. According to .*probably the heir to the Levante/],
    // Places nest: a town inside the asked country states it; the country around the asked town is no other value.
    ["Is the Stelvio built in Italy?", "yes", /^Yes\. Cassino, according to/],
    ["Is the Cassino plant actually located in Piedimonte San Germano?", "yes", /^Yes\. Piedimonte San Germano, according to/],
    // A negative auxiliary is no unknown word ("Wasn"), and "Wasn't it X who...?" is a cleft as "Was it X who...?" is.
    ["Wasn't it Carlos Tavares who set the 400,000 annual registrations target for Alfa Romeo?", "no", /^No\. Sergio Marchionne, according to/],
    ["Isn't the Stelvio built in Pomigliano?", "no", /^No\. Cassino, according to/],
    // "Is X where...?" asserts X; the older article's other value ("North America") is no later word than its own Belvedere.
    ["Is Belvedere, Illinois where Alfa Romeo will build its American model?", "changed", /^It changed over time\. Detroit, according to .*\(2025\)\. Elsewhere: Belvedere Illinois, according to .*\(2023\)\./],
    ["Will Alfa Romeo build its American model in Belvedere, Illinois?", "changed", /^It changed over time\. Detroit, according to/],
    // "a Maserati car, probably the heir to the Levante, with a debut scheduled for 2027": the heir
    // to a car not asked about is still the Maserati asked about.
    ["Is the Maserati bound for Cassino due to debut in 2026?", "no", /^No\. 2027, according to/],
    ["Is the Maserati bound for Cassino due to debut in 2027?", "yes", /^Yes\. 2027, according to/],
    // "This car marks the brand's re-entry into the B-segment..., with the ambition to win back
    // old customers": the car is named in the sentence before; the ambition is another clause.
    ["Con la Junior l'Alfa torna nel segmento B?", "yes", /^Sì\. B-segment, secondo/],
    ["Did the Junior mark Alfa's return to the B segment?", "yes", /^Yes\. B-segment, according to/],
    // The platform is the value; the two cars listed are what is asked about.
    ["Will the new Giulia and Stelvio be built on the STLA Large platform?", "yes", /^Yes\. STLA Large, according to/],
    // Going on sale in a market is bringing the car there: "talk of bringing the Junior stateside ... shelved".
    ["Will the Junior go on sale in the United States?", "no", /^No\. According to .*that plan now appears shelved/],
    // Identity: the answer is in the sentence after the one naming the fourth model.
    ["Is the fourth model confirmed for Cassino an Alfa Romeo?", "no", /^No\. Maserati, according to/],
    // A day and month read in the article's year (2 June 2024): "May 31" is the end of May 2024.
    ["Imparato è passato dallo stabilimento di Cassino a fine maggio 2024?", "yes", /^Sì\. May 31, secondo/],
    // China is asserted (the segment only frames it); the quote names the US first.
    ["Secondo Imparato la Cina è il mercato numero uno al mondo per le auto di segmento E?", "no", /^No\. The United States, secondo/],
  ])("%s -> %s", (question, verdict, text) => {
    const a = bot.answer(question);
    expect(a.verdict).toBe(verdict);
    expect(a.text).toMatch(text);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it.each([
    // Approximation: "already close to 50,000 orders" is below 50,000.
    ["La Junior ha già superato i 50.000 ordini?", "no", /^No\. Close to 50,000 orders, secondo/],
    ["Does the Junior have more than 40,000 orders?", "yes", /^Yes\. Close to 50,000 orders, according to/],
    ["Does the Junior have more than 48,000 orders?", null, /close to 50,000 orders.* The articles touch on this but don't settle it\.$/],
    // Direction: "after a 34% sales drop in 2025".
    ["Did Alfa Romeo's sales in the US go up in 2025?", "no", /^No\. According to .*34% sales drop in 2025/],
    ["Le vendite di Alfa Romeo negli Stati Uniti sono calate nel 2025?", "yes", /^Sì\. Secondo .*34% sales drop/],
    // A hedge that opens the clause covers the "not" inside it.
    ["Is Alfa Romeo going to focus its electric cars on sedans rather than SUVs?", null, /cannot be excluded that.* The articles touch on this but don't settle it\.$/],
    // "certainly cannot be enough" denies.
    ["Are the Italian plants enough for Alfa to become a global sales leader?", "no", /^No\. According to .*certainly cannot be enough/],
    // Completeness: "a 100% electric Giulia" answers "fully electric".
    ["Is there going to be a fully electric Giulia?", "yes", /^Yes\. According to .*100% electric Giulia/],
    ["Ci sarà una Giulia completamente elettrica?", "yes", /^Sì\. Secondo .*100% electric Giulia/],
    // Possibility: the 400,000 target does not say it can be hit.
    ["Can Alfa Romeo realistically hit Marchionne's 400,000 sales a year?", null, /don't settle it\.$/],
    ["Alfa Romeo può arrivare a 400.000 vendite l'anno?", null, /set an ambitious target.*non lo stabiliscono\.$/],
    // Exclusion: the Giulia and Stelvio are what Cassino already has, not the asked value.
    ["Will Cassino get more Alfa Romeo models besides the Giulia and Stelvio?", null, /^According to .*don't settle it\.$/],
    // Part of a period: the first half's 33,020 is a floor for the year.
    ["Will Alfa Romeo register more than 100,000 cars in 2025?", null, /first half of 2025.*don't settle it\.$/],
    ["Did Alfa Romeo register more than 30,000 cars worldwide in 2025?", "yes", /^Yes\. 33,020 vehicles, according to/],
    // A target is not what happened; a range is a range.
    ["Has Alfa Romeo reached 400,000 sales?", null, /set an ambitious target.*don't settle it\.$/],
    ["Did Alfa Romeo sell more than 80,000 cars in 2024?", null, /expects to sell between 80 and 90 thousand cars.*don't settle it\.$/],
    ["Did Alfa Romeo expect to sell 80-90 thousand cars in 2024?", "yes", /^Yes\. Between 80 and 90 thousand cars, according to/],
    // A model named for comparison ("like the Tonale") is not what is asked about.
    ["Will the new Giulia and Stelvio be built in Pomigliano like the Tonale?", "no", /^No\. Cassino, according to/],
    ["Le nuove Giulia e Stelvio saranno prodotte a Pomigliano come la Tonale?", "no", /^No\. Cassino, secondo/],
    // Identity: the corpus's own brand after "an"/"un'" is the value asked about.
    ["Is the Grecale an Alfa Romeo?", "no", /^No\. Maserati, according to/],
    ["La Grecale è un'Alfa Romeo?", "no", /^No\. Maserati, secondo/],
    // A question whose own verb denies: the quote's "shelved" agrees.
    ["Was the plan to bring the Junior to the US dropped?", "yes", /^Yes\. According to .*appears shelved/],
    ["Il piano di portare la Junior negli Stati Uniti è stato accantonato?", "yes", /^Sì\. Secondo .*appears shelved/],
    // Subject agreement: the E-SUV and the Junior are different items of one list.
    ["Is the Junior an SUV?", null, /a large E-SUV.*don't settle it\.$/],
    // Selling in a market is bringing the car there: the sentence on the shelved US plan answers,
    // not the article's own question ("...can Stellantis achieve Marchionne's dream?").
    ["Will the Junior be sold in America?", "no", /^No\. According to .*that plan now appears shelved/],
  ])("%s -> %s", (question, verdict, text) => {
    const a = bot.answer(question);
    expect(a.verdict).toBe(verdict);
    expect(a.text).toMatch(text);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("counts what 'how many' names, not the years of a rate: 'how many cars a year' is not '113 years of history'", () => {
    expect(bot.answer("How many cars a year will the Cassino plant build?").answered).toBe(false);
    expect(bot.answer("How many years of history does Alfa Romeo have?").text).toMatch(/^113, according to/);
  });

  it("takes an English fragment that puts a value after a preposition as yes/no, and nothing else", () => {
    expect(bot.answer("Tonale made in Pomigliano?")).toMatchObject({ verdict: "yes", text: expect.stringMatching(/^Yes\. Pomigliano d'Arco, according to/) });
    expect(bot.answer("Stelvio built in Pomigliano?")).toMatchObject({ verdict: "no", text: expect.stringMatching(/^No\. Cassino, according to/) });
    expect(bot.answer("Giulia launch date?").verdict).toBeUndefined();
    expect(bot.answer("wich maserati is built at cassino right now?").verdict).toBeUndefined();
  });

  it("reads 'che' after the start as a conjunction: 'È vero che...?' is a yes/no question, 'In che anno...?' is not", () => {
    expect(bot.answer("È vero che la Junior arriverà negli Stati Uniti?").verdict).toBe("no");
    expect(bot.answer("Alfa Romeo punterà sulle berline piuttosto che sui SUV?").verdict).toBeNull();
    expect(bot.answer("In che anno debutterà la Maserati prodotta a Cassino?").verdict).toBeUndefined();
  });

  it("reads a question word after a longer preposition as asking which: 'Entro che anno...?', 'Fino a quando...?' take no verdict", () => {
    expect(bot.answer("Entro che anno arriverà la nuova Giulia?").verdict).toBeUndefined();
    expect(bot.answer("Fino a quando la Giulia sarà prodotta a Cassino?").verdict).toBeUndefined();
    expect(bot.answer("Entro il 2026 arriverà la nuova Giulia?").verdict).not.toBeUndefined();
  });

  it("takes a place asked \"also\" as asked beside the others: a later article's other place is no change", () => {
    const a = bot.answer("Durante quel giro negli stabilimenti Imparato è passato anche da una concessionaria a San Giorgio a Liri?");
    expect(a.verdict).toBe("yes");
    expect(a.text).toMatch(/^Sì\. San Giorgio a Liri/);
    expect(bot.answer("Did Imparato also stop at a dealer in San Giorgio a Liri?").verdict).toBe("yes");
  });

  it("says no from another value only when no article states the asked one too: visits add up", () => {
    // The 2021 article names San Giorgio first, and also Cassino, Pomigliano and the Arese museum.
    for (const [question, value] of [
      ["Ha Imparato visitato Pomigliano?", /Pomigliano/],
      ["Did Imparato visit the Arese museum?", /Museo Storico Alfa Romeo di Arese/],
    ] as const) {
      const a = bot.answer(question);
      expect(a.verdict).toBe("yes");
      expect(a.citations[0]?.quote).toMatch(value);
    }
  });

  it("does not answer a question about a model's successor with the model itself", () => {
    // "the Tonale SUV will continue to be assembled in Pomigliano" is today's Tonale; its successor is "likely" Melfi.
    const a = bot.answer("Will whatever replaces the Tonale also be made in Pomigliano?");
    expect(a.verdict).toBe("no");
    expect(a.citations[0]?.quote).toContain("the successor to the Tonale, likely to be built in Melfi");
    // The hedge is shown, not just the value: the sentence itself is the answer.
    expect(a.text).toMatch(/^No\. According to “.+” \(2025\): .*likely to be built in Melfi/u);
  });

  it("leaves a hedged value open when it is the value asked about", () => {
    expect(bot.answer("Will the Tonale successor be made in Melfi?").verdict).toBeNull();
  });

  it("leaves open what someone is only considering: 'sta ragionando sulla possibilità di un autentico tour mondiale'", () => {
    for (const q of ["Imparato farà un tour mondiale delle concessionarie?", "Will Imparato tour Alfa Romeo's dealerships around the world?"]) {
      const a = bot.answer(q);
      expect(a.verdict).toBeNull();
      expect(a.citations[0]?.quote).toContain("sta infatti ragionando sulla possibilità");
      expect(a.text).toMatch(/(?:don't settle it|non lo stabiliscono)\.$/);
    }
  });

  it("takes no direction from a plan: 'its global growth plan' says nothing of growing", () => {
    const a = bot.answer("Is Alfa Romeo growing in Italy?");
    expect(a.citations[0]?.quote).toMatch(/global growth plan/);
    expect(a.verdict).toBeNull();
  });

  it("judges 'a Belvedere, in Illinois' against a quote that names neither place ('...produced in Detroit')", () => {
    const a = bot.answer("L'Alfa produrrà il suo E-SUV per l'America a Belvedere, in Illinois?");
    // The 2023 article's "BelvedereIllinois" plant is never called the E-SUV's, so only the newer plan judges it.
    expect(a.verdict).toBe("no");
    expect(a.text).toMatch(/^No\. Detroit/);
  });

  it("reads a count written as a word as the number asserted ('just three models?' against 'those four models')", () => {
    expect(bot.answer("is cassino going to end up building just three models?").verdict).toBe("no");
    expect(bot.answer("Cassino costruirà quattro modelli?").verdict).toBe("yes");
    // Not a yes/no question: "which two" still asks for two answers.
    expect(bot.answer("Which two countries are the largest markets for E-segment cars?").answered).toBe(true);
  });

  it("reads a lead-in before the comma as no noun asked of ('Prima di Alfa, Imparato ha rilanciato Peugeot?')", () => {
    expect(bot.answer("Prima di Alfa, Imparato ha rilanciato Peugeot?").verdict).toBe("yes");
  });

  it("says no when the quote gives the asked name another rank ('the top market?' 'the second is China')", () => {
    expect(bot.answer("Does Imparato reckon China is the top market for E-segment cars?").verdict).toBe("no");
    expect(bot.answer("È la Cina il primo mercato del segmento E?").verdict).toBe("no");
    expect(bot.answer("Is the US the first market for the E-segment?").verdict).toBe("yes");
    // "second-largest" is the second rank; "the top three" is a group, not one rank.
    expect(bot.answer("Is China the second-largest market for E-segment cars?").verdict).not.toBe("no");
    expect(bot.answer("Is China among the top three markets for the E-segment?").verdict).not.toBe("no");
  });

  it("asks whether one person named beside a role holds it ('Larry Dominique è il CEO?': no, he is a vice president; Imparato is)", () => {
    const a = bot.answer("Larry Dominique è il CEO di Alfa Romeo?");
    expect(a.verdict).toBe("no");
    // What the asked person is comes first, from a quote of its own; who holds the role follows.
    expect(a.text).toMatch(/^No\. Larry Dominique, senior vice president of Alfa Romeo/);
    expect(a.text).toMatch(/Jean-Philippe Imparato/);
    expect(a.citations[0]?.source.slice(0, 3)).toBe("002");
    expect(a.citations[1]?.source.slice(0, 3)).toBe("000");
    // Asked of another person ("...a scegliere Imparato come CEO?"), the one who chose leads, not what Marchionne is.
    const b = bot.answer("È stato Sergio Marchionne a scegliere Imparato come CEO di Alfa Romeo?");
    expect(b.verdict).toBe("no");
    expect(b.citations[0]?.source.slice(0, 3)).toBe("004");
    // A role that only titles the person asked about ("Stellantis CEO Carlos Tavares") asks about an act: who does it leads.
    const c = bot.answer("Will Stellantis CEO Carlos Tavares be the one presenting the group's new industrial plan in early 2026?");
    expect(c.verdict).toBe("no");
    expect(c.citations[0]?.source.slice(0, 3)).toBe("001");
  });

  it("'Is Alfa going to hit 400k sales a year by 2030?' is unsettled, with the quote giving 400,000, not one that only says 2030", () => {
    const a = bot.answer("Is Alfa actually going to hit 400k sales a year by 2030?");
    expect(a.verdict).toBeNull();
    expect(a.citations[0]?.quote).toContain("400,000");
  });

  it("answers a question that offers a choice with the one the articles give, and no verdict", () => {
    const a = bot.answer("Is the Stelvio built in Cassino or Pomigliano?");
    expect(a.verdict ?? null).toBeNull();
    expect(a.text).toMatch(/^Cassino, according to/);
    const b = bot.answer("La Tonale è prodotta a Cassino o a Pomigliano?");
    expect(b.verdict ?? null).toBeNull();
    expect(b.text).toMatch(/^Pomigliano d'Arco, secondo/);
    // "...or not?" still asks whether.
    expect(bot.answer("Is the Stelvio built in Cassino or not?").verdict).toBe("yes");
  });

  it("reads '33k+' as at least 33,000, and a forecast of 80-90 thousand as no 'around 100k' that was said", () => {
    expect(bot.answer("did alfa really register 33k+ cars worldwide in the first half of 2025?").text).toMatch(/^Yes\. 33,020 vehicles, according to/);
    expect(bot.answer("Quick check: did Imparato say Alfa would sell around 100k cars in 2024?").text).toMatch(/^No\. Between 80 and 90 thousand cars, according to/);
  });

  it("'Will Alfa Romeo reach 400,000 sales a year?': a target stated is no sign it will be reached, so no verdict", () => {
    const a = bot.answer("Will Alfa Romeo reach 400,000 sales a year?");
    expect(a.answered).toBe(true);
    expect(a.verdict).toBeNull();
  });

  it("takes no change from another person a quote names about something else ('è stato Tavares a scegliere Imparato?')", () => {
    expect(bot.answer("è stato Tavares a scegliere Imparato per guidare l'Alfa?").verdict).toBe("yes");
  });

  it("reads 'unlikely' as saying no, a purpose ('per crescere') as no direction asked, and 'would...?' as asking what would be", () => {
    expect(bot.answer("Is the E-Jet supposed to be the big volume seller for Alfa in the US?").verdict).toBe("no");
    expect(bot.answer("per crescere nel mondo all'alfa bastano gli stabilimenti di cassino e pomigliano?").verdict).toBe("no");
    expect(bot.answer("would a US factory be the first time ever Alfa builds cars in America?").verdict).toBe("yes");
  });

  it("hears 'as pointed out by X' as X speaking ('the Corporate Affairs guy talking about Cassino')", () => {
    expect(bot.answer("Who's the Stellantis Corporate Affairs guy talking about Cassino?").text).toMatch(/^Davide Mele/);
  });

  it("declines when the quotes name the subject but never what is asked of it", () => {
    // "the successor to the Tonale, likely to be built in Melfi" says nothing about electric.
    expect(bot.answer("Will the Tonale successor be fully electric?")).toMatchObject({ answered: false, verdict: null, citations: [] });
    // China is named as a market a sentence before one about building in the United States.
    expect(bot.answer("Alfa Romeo produrrà auto in Cina?")).toMatchObject({ answered: false, verdict: null, citations: [] });
  });

  it("gives no verdict to questions that are not yes/no, or when the articles do not cover it", () => {
    expect(bot.answer("Where is the Giulia built?").verdict).toBeUndefined();
    const uncovered = bot.answer("Is the Giulia built in Turin?");
    expect(uncovered.verdict).not.toBe("yes");
    expect(bot.answer("Will the Junior get a Quadrifoglio version?")).toMatchObject({ answered: false, verdict: null });
  });

  it("never gives a verdict without a quote (property)", () => {
    const subjects = ["Giulia", "Stelvio", "Tonale", "Junior", "E-SUV", "Grecale", "Peugeot"];
    const values = ["Cassino", "Pomigliano", "Melfi", "Detroit", "2025", "2026", "2027", "Italy", "China", "Turin", "STLA Large"];
    const numbers = ["30,000", "50.000", "70,000", "400,000", "100.000", "2025"];
    const forms = [
      "Is the {s} built in {v}?",
      "Will the {s} arrive in {v}?",
      "La {s} nascerà a {v}?",
      "Does the {s} use {v}?",
      "Has the {s} already exceeded {n} orders?",
      "La {s} ha quasi {n} ordini?",
      "Did {s} sales go up in {n}?",
      "Le vendite della {s} sono calate nel {n}?",
      "Will {v} get more models besides the {s}?",
      "{v} avrà altri modelli oltre alla {s}?",
      "Can the {s} reach {n} sales?",
      "Is the {s} fully electric?",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom(...subjects), fc.constantFrom(...values), fc.constantFrom(...numbers), (form, s, v, n) => {
        const a = bot.answer(form.replace("{s}", s).replace("{v}", v).replace("{n}", n));
        if (a.verdict === "yes" || a.verdict === "no" || a.verdict === "changed") {
          expect(a.answered).toBe(true);
          expect(a.citations.length).toBeGreaterThan(0);
          expect(a.citations.every((c) => c.quote.trim().length > 0)).toBe(true);
        }
      }),
      { numRuns: 400, seed: 14 },
    );
  });
});

describe("a plant named by its town is the question's subject, not a place asserted", () => {
  it("'Lo stabilimento di Belvedere è ancora attivo?' is not asked where something is built", () => {
    for (const q of ["Lo stabilimento Stellantis di Belvedere è ancora in piena attività?", "Is the Belvedere plant still active?"]) {
      const a = bot.answer(q);
      expect(a.verdict).not.toBe("changed");
      expect(a.citations[0]?.source).toBe("002_48358ebcfcf48ce8.txt");
      expect(a.text).not.toMatch(/Cassino/);
    }
  });

  it("a town after the verb is still the place asserted", () => {
    expect(bot.answer("Is the Stelvio built at the Cassino plant?").verdict).toBe("yes");
  });
});

describe("two questions in one are answered part by part", () => {
  it("splits at a comma that opens a second question ('Chi presenterà il piano..., quando è atteso?')", () => {
    const a = bot.answer("Chi presenterà il nuovo piano industriale di Stellantis, quando è atteso?");
    expect(a.parts?.map((p) => p.answered)).toEqual([true, true]);
    expect(a.text).toMatch(/^\(1\) Antonio Filosa, .*\(2\) Early 2026, /);
    // A relative word after a comma opens no second question.
    expect(bot.answer("Chi guida Alfa Romeo, che ha lanciato la Junior?").parts).toBeUndefined();
    expect(bot.answer("Quando arriverà la nuova Stelvio, come annunciato da Imparato?").parts).toBeUndefined();
  });

  it("answers each named thing of 'Where are the Stelvio and the Junior built?' and says which the articles lack", () => {
    const a = bot.answer("Where are the Stelvio and the Junior built?");
    expect(a.answered).toBe(true);
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["Where are the Stelvio built?", true],
      ["Where are the Junior built?", false],
    ]);
    expect(a.text).toMatch(/^\(1\) Cassino, according to .*\(2\) The documents I have don't cover this part\.$/);
    expect(a.citations[0]?.source).toBe("000_0ec8988f766c771a.txt");
  });

  it("keeps a word for which car with its name, and a name that says which one with the next ('Tonale successor and the US E-SUV')", () => {
    const a = bot.answer("Tonale successor and the US E-SUV: where is each one going to be built?");
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["Tonale successor: where is each one going to be built?", true],
      ["US E-SUV: where is each one going to be built?", true],
    ]);
    // One sentence places both, and the whole's answer gives only one of them: each part says its own.
    expect(a.text).toMatch(/^\(1\) Melfi, according to .*\(2\) Detroit, according to /);
  });

  it("takes a maker before its model with the model: 'the Tonale and the Maserati Grecale' are two models", () => {
    const a = bot.answer("Where are the Tonale and the Maserati Grecale built?");
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["Where are the Tonale built?", true],
      ["Where are the Maserati Grecale built?", true],
    ]);
    // The Grecale is assembled in the Cassino plant's shops, which the 2024 article's title places in Cassino.
    expect(a.text).toMatch(/^\(1\) Pomigliano d'Arco, according to .*\(2\) Cassino, according to “Imparato in Cassino/);
  });

  it("answers as one a quote that names the two models together without their maker", () => {
    // Written for this test.
    const text = "Maserati confirmed its plans for the plant.\n\nThe Grecale and Levante are built at Cassino, the company said.";
    const meta = { file: "913_maserati.txt", title: "Maserati at Cassino", language: "en" as const, author: null, date: "2026-04", dateInferred: false, url: null };
    const grown = createBrandbot(withArticle(corpus, meta, text), { gazetteer: loadGazetteer() });
    const a = grown.answer("Where are the Maserati Grecale and Levante built?");
    expect(a.parts).toBeUndefined();
    expect(a.text).toBe("Cassino, according to “Maserati at Cassino” (April 2026).");
  });

  it("splits '..., and which ...' and carries the subject into the second part", () => {
    const a = bot.answer("When does the new Giulia arrive and which platform will it use?");
    expect(a.parts?.map((p) => p.question)).toEqual(["When does the new Giulia arrive?", "Which platform will it use (Giulia)?"]);
    expect(a.parts?.[0]?.text).toMatch(/^2026, according to/);
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("STLA Large platform");
    expect(a.citations.length).toBeLessThanOrEqual(3);
  });

  it("carries what the first part asks about, not who said it", () => {
    const en = bot.answer("How many orders does the Junior have according to Imparato, and where will it be built?");
    expect(en.parts?.map((p) => p.question)).toEqual(["How many orders does the Junior have according to Imparato?", "Where will it be built (Junior)?"]);
    const italian = bot.answer("Quanti ordini ha la Junior secondo Imparato, e dove viene costruita?");
    expect(italian.parts?.[1]?.question).toBe("Dove viene costruita (Junior)?");
  });

  it("asks a part as written when the names it carried find nothing, if it stands as a question of its own", () => {
    const a = bot.answer("Which segment does the Junior put Alfa back into, and how often does the plan say new models will come out?");
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["Which segment does the Junior put Alfa back into?", true],
      ["How often does the plan say new models will come out?", true],
    ]);
    expect(a.parts?.[1]?.text).toMatch(/^One new model a year, according to/);
    // "what does it cost?" alone asks nothing of its own: the Giulia's price stays undeclared.
    expect(bot.answer("Where is the Giulia built, and what does it cost?").parts?.map((p) => p.answered)).toEqual([true, false]);
  });

  it("never asks a part that points back with 'there' or 'lì' without what it points to", () => {
    // Asked alone, "how many cars will Alfa sell in 2025?" finds the worldwide first-half count: no answer to "there".
    for (const q of ["Where will the E-SUV be built, and how many cars will Alfa sell there in 2025?", "Dove sarà costruita la E-SUV, e quante auto venderà Alfa lì nel 2025?"])
      expect(bot.answer(q).parts?.map((p) => p.answered)).toEqual([true, false]);
  });

  it("asks 'When and where...?' as two questions with the same words", () => {
    const a = bot.answer("When and where did Imparato visit the plant?");
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["When did Imparato visit the plant?", true],
      ["Where did Imparato visit the plant?", true],
    ]);
    expect(a.text).toMatch(/^\(1\) May 31, according to .*\(2\) Cassino, according to/);
  });

  it("carries the first part's year into a second that points back to it, and answers that part only with its own evidence", () => {
    const a = bot.answer("How many cars did Alfa Romeo expect to sell in 2024, and how many did it actually sell that year?");
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["How many cars did Alfa Romeo expect to sell in 2024?", true],
      ["How many did it actually sell that year (2024)?", false],
    ]);
    expect(a.text).toMatch(/^\(1\) Between 80 and 90 thousand cars, according to .*\(2\) The documents I have don't cover this part\.$/);
  });

  it("declines a later part asking something else of the same things when it gets the earlier part's very answer", () => {
    const a = bot.answer("What was the 2024 sales target, and what were the sales that year?");
    expect(a.parts?.map((p) => [p.question, p.answered])).toEqual([
      ["What was the 2024 sales target?", true],
      ["What were the sales that year (2024)?", false],
    ]);
    // The same thing asked twice in other words keeps its answer.
    expect(bot.answer("Where is the Tonale built, and where is it assembled?").parts?.map((p) => p.answered)).toEqual([true, true]);
    // One quote may answer two parts differently: who presents the plan, and when.
    expect(bot.answer("Who will present Stellantis' new industrial plan, and when?").parts?.map((p) => p.answered)).toEqual([true, true]);
  });

  it("reads a bare '..., and when?' as the first part's question with the new question word", () => {
    const a = bot.answer("Who set the 400,000 target and when?");
    expect(a.parts?.map((p) => p.question)).toEqual(["Who set the 400,000 target?", "When set the 400,000 target?"]);
    expect(a.parts?.[1]?.text).toMatch(/^When the Giulia was first unveiled, according to/);
  });

  it("splits a part opened by short prepositions before its question word ('e fino a quando', 'and since when')", () => {
    expect(bot.answer("Where is the Junior built, and until when will the Giulia be made?").parts?.map((p) => p.question)).toEqual([
      "Where is the Junior built?",
      "Until when will the Giulia be made?",
    ]);
    // A bare "and since when?" asks the first part's question again.
    expect(bot.answer("Where is the Tonale built, and since when?").parts?.map((p) => p.question)).toEqual(["Where is the Tonale built?", "Since when is the Tonale built?"]);
    expect(bot.answer("Dove viene costruita la Tonale, e da quanto tempo?").parts?.[1]?.question).toBe("Da quanto tempo viene costruita la Tonale?");
  });

  it("splits Italian parts joined by 'e' before a question word", () => {
    const a = bot.answer("Su quale piattaforma nasceranno le future Giulia e Stelvio e in quale stabilimento?");
    expect(a.parts?.length).toBe(2);
    expect(a.parts?.every((p) => p.answered)).toBe(true);
  });

  it("keeps a later part answered from the earlier part's quote when the quote says all of its own concepts", () => {
    const a = bot.answer("Cosa porta la STLA Large a Cassino in termini di costi e che tipo di modelli permetterà di produrre?");
    expect(a.parts?.map((p) => p.answered)).toEqual([true, true]);
  });

  it("answers 'who is it aimed at' with an audience, not a person's name, in either part", () => {
    const a = bot.answer("who's the junior aimed at, and why isn't it coming to the US after all?");
    expect(a.parts?.map((p) => p.answered)).toEqual([true, true]);
    expect(bot.answer("a chi è rivolta la Junior?").answered).toBe(true);
  });

  it("reads a second part that is only an ordinal as the first part's question of that one, answered from the same quote", () => {
    // "segmento E e qual è": the capital E is the segment's letter, the lower-case "e" the joiner.
    const a = bot.answer("Secondo Imparato qual è il primo mercato al mondo per il segmento E e qual è il secondo?");
    expect(a.parts?.map((p) => p.question)).toEqual([
      "Secondo Imparato qual è il primo mercato al mondo per il segmento E?",
      "Secondo Imparato qual è il secondo mercato al mondo per il segmento E?",
    ]);
    expect(a.parts?.every((p) => p.answered)).toBe(true);
    expect(bot.answer("Which is the first market for the E-segment, and which is the second?").parts?.[1]?.question).toBe("Which is the second market for the E-segment?");
  });
});

describe("a verdict over articles of different dates", () => {
  // Our own article (2026): the next Stelvio moves to 2028, while the 2024 seed article says 2025.
  const text = readFileSync(join(root, "test/fixtures/articles/stelvio-2028.txt"), "utf8");
  const meta = { file: "901_stelvio.txt", title: "The next Stelvio slips to 2028", language: "en" as const, author: null, date: "2026-01", dateInferred: false, url: null };
  const grown = { ...corpus, documents: [...corpus.documents, { meta, language: "en" as const, text }] };
  const grownBot = createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });

  it("says it changed when an older article states the asked year and a newer one another", () => {
    // "a 2025 launch": a year before an event is the time asserted, not a label of the car.
    expect(grownBot.answer("Is the next-generation Stelvio still a 2025 launch?").verdict).toBe("changed");
    const a = grownBot.answer("Will the new Stelvio launch in 2025?");
    expect(a.verdict).toBe("changed");
    // The newest leads, the older follows, each dated.
    expect(a.text).toMatch(/^It changed over time\. 2028, according to “The next Stelvio slips to 2028” \(January 2026\)\. Elsewhere: 2025, according to .*\(2024\)/);
  });
});

describe("what someone meant to do, and a yes/no part beside a second question", () => {
  it.each([
    // "pensava di vendere", "voleva vendere": the plan is asked, and the 2024 forecast settles it.
    ["Alfa Romeo pensava di vendere più di 100.000 auto nel 2024?", "no"],
    ["Alfa Romeo voleva vendere più di 100.000 auto nel 2024?", "no"],
    // Sales made are another thing: a forecast does not settle them.
    ["Alfa Romeo ha venduto più di 100.000 auto nel 2024?", null],
  ])("%s -> %s", (q, verdict) => {
    expect(bot.answer(q).verdict ?? null).toBe(verdict);
  });

  it("splits a yes/no first part from a second question after a comma, and the first part keeps its verdict", () => {
    const a = bot.answer("Is the Stelvio built in Cassino, and when will the new Giulia arrive?");
    expect(a.parts?.map((p) => p.question)).toEqual(["Is the Stelvio built in Cassino?", "When will the new Giulia arrive?"]);
    expect(a.parts?.[0]?.text).toMatch(/^Yes\. Cassino, according to/);
    expect(a.parts?.[1]?.text).toMatch(/2026/);
  });

  it("in Italian too; 'il marchio' is the second part's own subject, so it carries no car from the first", () => {
    const a = bot.answer("Dove nasce la Stelvio, e quanti anni di storia ha il marchio?");
    expect(a.parts?.[1]?.question).toBe("Quanti anni di storia ha il marchio?");
    expect(a.parts?.[1]?.text).toMatch(/^113,/);
    const b = bot.answer("Per l'elettrico Alfa Romeo punterà sui SUV o sulle berline, e quanti anni di storia ha il marchio?");
    expect(b.parts).toHaveLength(2);
  });

  it("splits two questions sent in one message, with or without a joiner after the question mark", () => {
    const a = bot.answer("Che concessionaria ha visitato Imparato dalle parti di Cassino? E quanti anni di storia ha l'Alfa Romeo?");
    expect(a.parts?.map((p) => p.question)).toEqual(["Che concessionaria ha visitato Imparato dalle parti di Cassino?", "Quanti anni di storia ha l'Alfa Romeo?"]);
    expect(a.parts?.[0]?.citations[0]?.quote).toContain("concessionaria Eco Liri");
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("113 years of history");
    const b = bot.answer("Where is the Stelvio built? When does the new Giulia arrive?");
    expect(b.parts?.map((p) => p.question)).toEqual(["Where is the Stelvio built?", "When does the new Giulia arrive?"]);
    // An exclamation of surprise asks nothing: one question.
    expect(bot.answer("Really? Where is the Tonale built?").parts).toBeUndefined();
  });

  it("a pronoun after a yes/no first part points to its subject, not to the place it asserts", () => {
    const a = bot.answer("Is the Giulia built in Cassino? And when will it arrive?");
    expect(a.parts?.[1]?.question).toBe("When will it arrive (Giulia)?");
    // A future question is not dated by a past event ("When the Giulia was first unveiled").
    expect(a.parts?.[1]?.text).toMatch(/^2026, according to/);
  });

  it("a lead-in before a comma is no question of its own", () => {
    expect(bot.answer("prima degli stabilimenti, dove era andato a sorpresa il nuovo ceo").parts).toBeUndefined();
  });
});

describe("a pronoun in the second part points to the first part's person", () => {
  it("'Who is Davide Mele and what did he say...?': the second part asks what Mele said, though it names a platform of its own", () => {
    const a = bot.answer("Who is Davide Mele and what did he say the STLA Large platform in Cassino will allow?");
    expect(a.parts?.map((p) => p.question)).toEqual(["Who is Davide Mele?", "What did he say the STLA Large platform in Cassino will allow (Davide Mele)?"]);
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("greater production flexibility");
  });
});

describe("a plural pronoun in a part that names something else points back to the first part's things", () => {
  it("'...and which Maserati will join them on that line?': the one that will join the Giulia and Stelvio, not the one built there now", () => {
    const a = bot.answer("Where is the STLA Large platform for the future Giulia and Stelvio going, and which Maserati will join them on that line?");
    expect(a.parts?.[1]?.question).toBe("Which Maserati will join them on that line (STLA Large, Giulia, Stelvio)?");
    expect(a.parts?.[1]?.text).toMatch(/^The heir to the Levante, according to/);
  });
});

describe("a second part with no subject of its own asks about what the first asks for", () => {
  it("'Quale concessionaria ... e in quale località si trova?': where the dealer is, not where Imparato went", () => {
    const a = bot.answer("Quale concessionaria ha visitato Imparato e in quale località si trova?");
    expect(a.parts?.[1]?.question).toBe("In quale località si trova (concessionaria, Imparato)?");
    expect(a.parts?.[1]?.text).toMatch(/^San Giorgio a Liri,/);
  });

  it("'...e quante auto vende ogni anno?': the dealer's sales are not given, so that part is declined, not answered with the brand's", () => {
    const a = bot.answer("Quale concessionaria ha visitato Imparato vicino a Cassino e quante auto vende ogni anno?");
    expect(a.parts?.[0]?.answered).toBe(true);
    expect(a.parts?.[1]?.answered).toBe(false);
  });
});

describe("what a second part points back to", () => {
  it("Italian drops the pronoun: 'Chi è Davide Mele e cosa ha detto della piattaforma STLA Large?' asks what Mele said", () => {
    const a = bot.answer("Chi è Davide Mele e cosa ha detto della piattaforma STLA Large?");
    expect(a.parts?.[1]?.question).toBe("Cosa ha detto della piattaforma STLA Large (Davide Mele)?");
    expect(a.parts?.[1]?.citations[0]?.quote).toContain("greater production flexibility");
  });

  it("'...e in quale località si trova quello stabilimento?' asks where the plant named first is, a town, not a country", () => {
    const a = bot.answer("Quando debutterà a Cassino la Maserati erede della Levante, e in quale località si trova quello stabilimento?");
    expect(a.parts?.[1]?.question).toBe("In quale località si trova quello stabilimento (Cassino)?");
    expect(a.parts?.[1]?.text).toMatch(/^Piedimonte San Germano,/);
  });
});
