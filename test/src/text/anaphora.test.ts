/** opensPointingBack: which openings take the sentence before as context. */
import { describe, expect, it } from "vitest";
import { callsBackAPlant, opensPointingBack, opensWithACar } from "../../../src/text/anaphora.js";
import { index } from "../../helpers/corpus.js";

const opens = (text: string) => opensPointingBack(text, index.lexicon);

describe("openings that point back", () => {
  it("reads words and phrases of the vocabulary, in both languages", () => {
    expect(opens("It will be built in Melfi.")).toBe(true);
    expect(opens("The new model will exceed 4.60 meters in length.")).toBe(true);
    expect(opens("Both models will arrive later than planned.")).toBe(true);
    expect(opens("Il nuovo modello arriverà nel 2028.")).toBe(true);
    expect(opens("Di questo modello Imparato ha confermato che sarà solo elettrico.")).toBe(true);
  });

  it("looks past an opening quote mark or bracket", () => {
    expect(opens("“It is the right car for Europe,” Ficili said.")).toBe(true);
    expect(opens("(The new model is not expected before 2028.)")).toBe(true);
  });

  it("takes whole words only, and no plain description", () => {
    expect(opens("Italy remains the brand's first market.")).toBe(false);
    expect(opens("The car market in Europe fell by 3 percent.")).toBe(false);
    expect(opens("The new models of the group arrive in 2027.")).toBe(false);
  });
});

describe("a sentence that opens with a car named by its kind", () => {
  it("is about the car named before it ('The crossover will be built...', 'La berlina avrà...')", () => {
    expect(opensWithACar("The crossover will be produced at a Stellantis plant in Tychy, Poland.")).toBe(true);
    expect(opensWithACar("La berlina avrà anche una versione a benzina.")).toBe(true);
    expect(opensWithACar("“The new model will arrive in 2027,” he said.")).toBe(true);
  });

  it("is not a sentence about the car trade, a car's attribute or a plan ('The car market...', 'The car's price...', 'The model year...')", () => {
    expect(opensWithACar("The car market in Europe fell by 3 percent.")).toBe(false);
    expect(opensWithACar("The car's price starts at 35,000 euros.")).toBe(false);
    expect(opensWithACar("The model year 2025 brings new colours.")).toBe(false);
    expect(opensWithACar("Il modello di business cambia.")).toBe(false);
    expect(opensWithACar("Italy remains the brand's first market.")).toBe(false);
  });
});

describe("a factory called back by its kind", () => {
  it("finds 'the plant', 'lo stabilimento', 'l'impianto' anywhere in the sentence", () => {
    expect(callsBackAPlant("Moreover, the arrival of new Alfa Romeo models at the plant in the future cannot be ruled out.")).toBe(true);
    expect(callsBackAPlant("Lo stabilimento lavorerà su tre turni.")).toBe(true);
    expect(callsBackAPlant("Nell'impianto arriveranno nuove linee, e quest'impianto crescerà.")).toBe(true);
  });

  it("is not a plant named for the first time, nor a plan", () => {
    expect(callsBackAPlant("A new plant will be built in Detroit.")).toBe(false);
    expect(callsBackAPlant("The planters and the plan were unchanged.")).toBe(false);
    expect(callsBackAPlant("Uno stabilimento nuovo sorgerà in Polonia.")).toBe(false);
  });
});
