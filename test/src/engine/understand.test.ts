/**
 * understand: a question's language, slots and their weights, the kind of fact it asks
 * for and its intent, called directly on real questions against the seed corpus.
 */
import { describe, expect, it } from "vitest";
import type { QuerySlot } from "../../../src/engine/understand.js";
import { ask } from "../../helpers/engine.js";
import { bot } from "../../helpers/corpus.js";

const keysOf = (question: string) => ask(question).slots.map((s) => s.keys);
const slotAt = (question: string, at: number) => ask(question).slots.find((s) => s.start === at)?.surface;
const slotOf = (question: string, surface: string): QuerySlot => {
  const slot = ask(question).slots.find((s) => s.surface === surface);
  if (!slot) throw new Error(`test: no slot "${surface}" in "${question}"`);
  return slot;
};

describe("language, intent and named things", () => {
  it("maps 'Dove viene costruita la Tonale?' to production location, Italian, the Tonale", () => {
    const u = ask("Dove viene costruita la Tonale?");
    expect(u).toMatchObject({ language: "it", answerType: "place", orgs: ["alfa_romeo"] });
    expect(u.intent?.def.id).toBe("production_location");
    expect([...u.named]).toEqual(["e:d_tonale"]);
    // Built, or a plant of it: an article's plant says where a model is built.
    expect(keysOf("Dove viene costruita la Tonale?")).toEqual([["c:build", "c:plant"], ["e:d_tonale"]]);
  });

  it("drops modal verbs and negative auxiliaries as chat, in both languages ('deve', 'vuole', 'wasn't')", () => {
    for (const q of ["Quanti modelli deve lanciare Alfa Romeo?", "Quanti modelli vuole lanciare Alfa Romeo?", "Wasn't the Tonale built in Pomigliano?"])
      expect(ask(q).slots.filter((s) => s.unknown).map((s) => s.surface), q).toEqual([]);
  });

  it("reads a roman numeral after a name as a number of it, not a name of its own: 'the Stelvio II' is still answered", () => {
    // An unknown short word is chat shorthand, left out; as a name it would have ended the search.
    expect(ask("Where is the Stelvio II built?").slots.map((s) => s.surface)).toEqual(["Stelvio", "built"]);
    expect(slotOf("Where is the Stelvio Brennero built?", "Brennero").unknownKind).toBe("name");
  });

  it("asks a run of months as one required period: the first half answers no question about the first five months", () => {
    const slot = ask("How many cars did Alfa Romeo register between January and May 2025?").slots.find((s) => s.keys.includes("p:m1-5"));
    expect(slot).toMatchObject({ surface: "between January and May", required: true });
  });

  it("gives the English question the same keys and intent", () => {
    const u = ask("Where is the Tonale built?");
    expect([u.language, u.answerType, u.intent?.def.id]).toEqual(["en", "place", "production_location"]);
    expect(keysOf("Where is the Tonale built?")).toEqual([["e:d_tonale"], ["c:build", "c:plant"]]);
  });

  it("reads who chose Imparato as an Italian question about a person", () => {
    const u = ask("Chi ha scelto Imparato?");
    expect([u.language, u.answerType, u.intent?.def.id]).toEqual(["it", "person", "people_roles"]);
    expect([...u.named]).toEqual(["e:d_jean_philippe_imparato"]);
  });

  it("claims no intent for a question about nothing the corpus holds", () => {
    const u = ask("tell me a joke");
    expect([u.intent, u.answerType]).toEqual([null, "open"]);
    expect(slotOf("tell me a joke", "joke")).toMatchObject({ unknown: true, unknownKind: "word", required: false });
  });

  // Sharing only "a model" with "Where is the Giulia built?" claimed production_location
  // (similarity 0.5); an intent now needs a shared word, and no intent covers prices.
  it("claims no intent for a price question", () => {
    expect(ask("How much does the Junior cost?").intent).toBeNull();
  });
});

describe("the kind of fact asked for, from the wording", () => {
  it("takes the longest cue: 'in che anno' asks for a year, not a place", () => {
    const u = ask("In che anno arriverà la nuova Giulia?");
    expect([u.answerType, u.intent?.def.id]).toEqual(["year", "launch_timeline"]);
    // "anno" is what the cue already says: it weighs little and is not the missing topic.
    expect(slotOf("In che anno arriverà la nuova Giulia?", "anno")).toMatchObject({ focus: true, implied: true });
  });

  it("marks the counted noun of 'quanti' as the focus, at its offset", () => {
    const u = ask("Quanti ordini ha la Junior?");
    expect([u.answerType, u.intent?.def.id, u.kindAt]).toEqual(["quantity", "sales", 7]);
    expect(u.slots.filter((s) => s.focus).map((s) => s.surface)).toEqual(["ordini"]);
  });

  it("counts the noun after a company: 'how many Alfa Romeo dealerships' counts dealerships", () => {
    const u = ask("How many Alfa Romeo dealerships are there in the US?");
    expect(u.slots.find((s) => s.start === u.kindAt)?.surface).toBe("dealerships");
    expect(u.slots.filter((s) => s.focus).map((s) => s.surface)).toEqual(["dealerships"]);
    // In a which-question the company stays: "which Stellantis model" may be any of the group's models.
    const which = ask("Which Stellantis model will be built in Cassino?");
    expect(which.slots.find((s) => s.start === which.kindAt)?.surface).toBe("Stellantis");
  });

  it("reads the role a question qualifies: 'head of design', and 'heads Alfa Romeo's design team'", () => {
    const qualifier = (q: string) => ask(q).slots.find((s) => s.qualifiedBy)?.qualifiedBy;
    expect(qualifier("Who is the head of design at Alfa Romeo?")).toEqual(["c:design"]);
    expect(qualifier("Who heads Alfa Romeo's design team?")).toEqual(["c:design"]);
    // The company's own head is no qualified role.
    expect(qualifier("Who heads Alfa Romeo?")).toBeUndefined();
  });

  it("lets an article's plant state where a model is built, unless the question names the plant as a topic of its own", () => {
    const slot = (q: string, key: string) => ask(q).slots.find((s) => s.keys.includes(key));
    expect(slot("Where is the Junior built?", "c:build")?.keys).toEqual(["c:build", "c:plant"]);
    // "Which plant": the cue's noun asks the type, as "where" does.
    expect(slot("Which plant builds the Junior?", "c:build")?.keys).toEqual(["c:build", "c:plant"]);
    expect(slot("How many workers does the plant that builds the Junior employ?", "c:build")?.keys).toEqual(["c:build"]);
    // "make possible" is no making.
    expect(slot("What will the new platform make possible?", "c:build")).toBeUndefined();
  });

  it("reads becoming CEO and assuming the role as one event, and unveiling in both languages", () => {
    const keysOf = (q: string) => ask(q).slots.flatMap((s) => s.keys);
    expect(keysOf("When does Antonio Filosa become CEO of Stellantis?")).toContain("c:take_office");
    expect(keysOf("Quando Filosa assume il ruolo di CEO?")).toContain("c:take_office");
    expect(keysOf("In che data Filosa svelerà il piano?")).toContain("c:arrive");
  });

  it("reads 'its own' as padding, not as owners, while 'on its own' and owning keep their meaning", () => {
    const keysOf = (q: string) => ask(q).slots.flatMap((s) => s.keys);
    expect(keysOf("Will Alfa build its own plant in the US?")).not.toContain("c:customer");
    expect(keysOf("How many people own an Alfa?")).toContain("c:customer");
    expect(keysOf("Can the E-Jet fix US sales on its own?")).toContain("c:alone");
    // A motor show is an event, not a question about engines the articles never rate.
    expect(keysOf("At which motor show did Ficili speak?")).not.toContain("c:spec_power");
    expect(keysOf("Al salone di Parigi cosa ha detto Ficili?")).toContain("c:motor_show");
    // Carrying a range is what an article calls supporting it ("the range is mainly supported by the Junior").
    expect(keysOf("Which model is basically carrying Alfa's lineup at the moment?")).toContain("c:support");
    expect(keysOf("Quale modello traina la gamma Alfa?")).toContain("c:support");
    // A place in a ranking is what an ordinal states ("solo il quarto mercato").
    expect(keysOf("Che posizione occupano ora gli Stati Uniti tra i mercati Alfa Romeo?")).toContain("c:rank");
    expect(keysOf("Where do the US rank among Alfa's markets?")).toContain("c:rank");
  });

  it("asks what a person is when the question names only that person", () => {
    expect(ask("Who is Davide Mele?").answerType).toBe("role");
    expect(ask("Who is the CEO now?").answerType).toBe("person");
  });

  it("types a question about profit or an investment's size as money, not a count", () => {
    expect(ask("How much profit was Alfa Romeo looking at for 2023?").answerType).toBe("money");
    expect(ask("How much will Stellantis invest in the US?").answerType).toBe("money");
    expect(ask("Quanto investirà Stellantis negli Stati Uniti?").answerType).toBe("money");
    expect(ask("How much did sales grow?").answerType).toBe("quantity");
  });

  it("types a price question as money", () => {
    expect(ask("How much does the Junior cost?").answerType).toBe("money");
  });

  it("reads 'money' in a money question as the type's own word, not as profit", () => {
    const money = slotOf("How much money is Stellantis putting into Italy?", "money");
    expect([money.keys, money.implied]).toEqual([["t:monei"], true]);
    expect(slotOf("Is Alfa Romeo making money?", "making money").keys).toEqual(["c:profit"]);
  });

  it("asks 'since when', and 'da quando' opening a question, for a time; inside one it is 'since'", () => {
    expect(ask("Since when is the Junior sold in Italy?").answerType).toBe("time");
    // Before a where-word ("si trova") too.
    expect(ask("Da quando si trova la Junior in concessionaria?").answerType).toBe("time");
    expect(ask("Quante auto sono state vendute da quando è arrivato Imparato?").answerType).toBe("quantity");
  });

  it("counts nothing after 'how many' and a preposition, and the noun after 'how many more' or 'quanti dei'", () => {
    expect(ask("How many in the first quarter of 2025?").kindAt).toBe(-1);
    expect(slotAt("How many more workers does Cassino have?", ask("How many more workers does Cassino have?").kindAt)).toBe("more");
    expect(ask("Quanti dei lavoratori sono a Cassino?").kindAt).toBeGreaterThan(0);
  });

  it("reads abbreviated months: 'Jan-Jun' is the first half (the run of months, as 'the first half' is), 'Sept' is September", () => {
    expect(slotOf("How many cars were sold in Jan-Jun 2023?", "Jan-Jun").keys).toEqual(["p:m1-6", "c:first_half"]);
    expect(slotOf("How many cars were sold in the first half of 2023?", "the first half").keys).toEqual(["p:m1-6", "c:first_half"]);
    expect(slotOf("Quante auto in Italia gen-ago 2025?", "gen-ago").keys).toEqual(["p:m1-8"]);
    expect(slotOf("What happened in Sept?", "Sept").keys).toEqual(["c:september"]);
  });

  it("reads 'il made in Italy' in Italian as the label, not as Italy", () => {
    expect(slotOf("Dove è stato celebrato il made in Italy?", "il made in Italy").keys).toEqual(["c:made_in_italy_label"]);
  });

  it("reads being available in both languages ('disponibile')", () => {
    expect(slotOf("La Junior è disponibile anche in versione elettrica?", "disponibile").keys).toEqual(["c:available"]);
    expect(slotOf("Is the Junior available as an electric car?", "available").keys).toEqual(["c:available"]);
  });

  it("reads a quarter however it is written, as a period an answer must state", () => {
    for (const [question, surface] of [["Sales in Q1 2023?", "Q1"], ["Sales in the third quarter?", "third quarter"], ["Vendite nel terzo trimestre?", "terzo trimestre"]] as const) {
      const slot = slotOf(question, surface);
      expect([slot.keys[0], slot.required]).toEqual([surface === "Q1" ? "c:q1" : "c:q3", true]);
    }
  });

  it("knows the operating and financial chiefs in both languages, apart from the CEO", () => {
    expect(slotOf("Who is the COO?", "COO").keys).toEqual(["c:coo"]);
    expect(slotOf("Chi è il direttore operativo?", "direttore operativo").keys).toEqual(["c:coo"]);
    expect(slotOf("Who is the chief financial officer?", "chief financial officer").keys).toEqual(["c:cfo"]);
  });

  it("asks for a name only when the question does not give it right after the word", () => {
    const stated = (q: string) => ask(q).slots.filter((s) => s.stated).map((s) => s.surface);
    expect(stated("What will the new compact SUV be called?")).toEqual(["be called"]);
    expect(stated("Who said a car called Milano cannot be built in Poland?")).toEqual([]);
  });

  it("reads 'which Alfa X' as asking for X when X is a noun, for a model otherwise", () => {
    expect(ask("Which Alfa anniversary does the 33 Stradale coincide with?").answerType).toBe("open");
    expect(ask("Which Alfa is built in Cassino?").answerType).toBe("model");
    expect(ask("Which Alfa won the Mille Miglia?").answerType).toBe("model");
    expect(ask("Which Alfa model is due in 2025?").answerType).toBe("model");
  });

  it("lets the noun after 'in which' or 'which' say the type, not the preposition or a later noun", () => {
    expect(ask("In which segment does the Junior compete?").answerType).toBe("segment");
    expect(ask("In quale segmento compete la Junior?").answerType).toBe("segment");
    expect(ask("Which minister said a car called Milano cannot be built in Poland?").answerType).toBe("person");
    expect(ask("What market share does the Junior have in Italy?").answerType).toBe("quantity");
    expect(ask("In which plant is the Junior built?").answerType).toBe("place");
    // An occasion, a publication or a way is no place: the answer is whatever the sentence says.
    expect(ask("In quale occasione Ficili ha confermato il rinvio della Stelvio?").answerType).toBe("open");
    expect(ask("In which publication did Imparato announce the plan?").answerType).toBe("open");
  });
});

describe("spelling and capitals do not change the reading", () => {
  it("reads 'wher is the giula bilt' as where the Giulia is built", () => {
    const u = ask("wher is the giula bilt");
    expect([u.language, u.answerType, u.intent?.def.id]).toEqual(["en", "place", "production_location"]);
    expect(keysOf("wher is the giula bilt")).toEqual([["e:d_giulia"], ["c:build", "c:plant"]]);
  });

  it("reads a question in capitals as the same question, the name still required", () => {
    expect(keysOf("WHERE IS THE GIULIA BUILT")).toEqual(keysOf("Where is the Giulia built?"));
    expect(slotOf("WHERE IS THE GIULIA BUILT", "GIULIA").required).toBe(true);
  });
});

describe("weights and what an answer must match", () => {
  it("requires named models and numbers, and weighs the rarer name more", () => {
    const q = "How many Juniors have been ordered in 2025?";
    expect(ask(q).slots.map((s) => [s.surface, s.required])).toEqual([
      ["Juniors", true],
      ["ordered", false],
      ["2025", true],
    ]);
    expect(slotOf("Where is the Tonale built?", "Tonale").weight).toBeGreaterThan(slotOf("Where is the Giulia built?", "Giulia").weight);
  });

  it("does not require the corpus's own brand, and weighs it little", () => {
    const q = "Where is Alfa Romeo based, according to Imparato?";
    expect(slotOf(q, "Alfa Romeo")).toMatchObject({ generic: true, required: false });
    expect(slotOf(q, "Alfa Romeo").weight).toBeLessThan(slotOf(q, "based").weight / 10);
  });

  it("halves and frees a name that only says who said it ('according to Imparato')", () => {
    const source = slotOf("Where is Alfa Romeo based, according to Imparato?", "Imparato");
    const subject = slotOf("Chi ha scelto Imparato?", "Imparato");
    expect(source.required).toBe(false);
    expect(source.weight).toBeCloseTo(subject.weight / 2, 10);
  });

  it("frees a cited outlet after ', per' whatever words of its name come first ('per Auto Express')", () => {
    expect(slotOf("When will the new Giulia arrive, per Stellantis?", "Stellantis").required).toBe(false);
    expect(slotOf("When will the new Giulia arrive, per CEO Imparato?", "Imparato").required).toBe(false);
    // Without the comma, "per" is "for each" or Italian "for": the name stays required.
    expect(slotOf("Quanto costa la Giulia per Imparato?", "Imparato").required).toBe(true);
  });

  it("makes 'now' implied (it says when, not what) and reads the CEO as Alfa Romeo's", () => {
    expect(slotOf("Who is the CEO now?", "now")).toMatchObject({ implied: true, required: false, keys: ["c:present"] });
    // "Is X still...?" asks about the present too: the newest source leads.
    expect(slotOf("Is Imparato still the CEO?", "still")).toMatchObject({ implied: true, keys: ["c:present"] });
    expect(slotOf("Who is the CEO now?", "CEO").keys).toEqual(["c:ceo", "r:ceo@alfa_romeo"]);
  });
});

describe("what the corpus never mentions", () => {
  it("marks an unknown brand as a missing name and asks about its CEO, not Alfa Romeo's", () => {
    const u = ask("Who is the CEO of Ferrari?");
    expect(u.orgs).toEqual(["ferrari"]);
    expect(slotOf("Who is the CEO of Ferrari?", "Ferrari")).toMatchObject({ unknown: true, unknownKind: "name", required: true });
  });

  it("marks a spec the articles never state as required, stated and settling", () => {
    expect(slotOf("What is the top speed of the Giulia?", "top speed")).toMatchObject({
      keys: ["c:speed"],
      stated: true,
      required: true,
      unknown: true,
      unknownKind: "name",
    });
  });
});

describe("roles and the people who hold them", () => {
  it("reads a role of the brand as whoever holds it, in both languages", () => {
    expect(slotOf("Who is the CEO of Alfa Romeo?", "CEO").keys).toContain("r:ceo@alfa_romeo");
    // "Capo" is any head, as "head" is: the CEO is one (a CEO is also the brand's head).
    expect(slotOf("Chi è il capo di Alfa Romeo?", "capo").keys).toContain("r:head@alfa_romeo");
  });

  it("reads a role of something other than a company as another role: nobody holds it by being CEO", () => {
    expect(slotOf("Who is Alfa Romeo's head of design?", "head").keys).toEqual(["c:head"]);
    expect(slotOf("Chi è il capo della produzione di Cassino?", "capo").keys).toEqual(["c:head"]);
  });
});

describe("who owns something", () => {
  it("needs a sentence that says it is owned: the owning word is stated, not only weighed", () => {
    const owns = ask("Who owns the Alfa Romeo dealership in San Rafael?").slots.find((s) => s.surface === "owns");
    expect(owns).toMatchObject({ keys: ["c:ownership"], stated: true });
    // Another type of question leaves the word to the ranking's weights.
    expect(ask("Is the dealership in San Rafael owned by Stellantis?").slots.find((s) => s.keys.includes("c:ownership"))?.stated).toBe(false);
  });
});

describe("when someone took office", () => {
  it("needs the taking of office or the appointment stated, not a date of something else the person did", () => {
    const become = ask("When did Imparato become CEO of Alfa Romeo?").slots.find((s) => s.keys.includes("c:take_office"));
    expect(become?.stated).toBe(true);
    expect(ask("When was Imparato appointed CEO?").slots.find((s) => s.keys.includes("c:choose"))?.stated).toBe(true);
    // Not a time question: the word is weighed as any other.
    expect(ask("Who became CEO of Alfa Romeo?").slots.find((s) => s.keys.includes("c:take_office"))?.stated).toBe(false);
  });

  it("declines when no article dates the appointment", () => {
    expect(bot.answer("When did Imparato become CEO of Alfa Romeo?").answered).toBe(false);
  });
});
