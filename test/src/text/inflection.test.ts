import { describe, expect, it } from "vitest";
import { italianInfinitive } from "../../../src/text/inflection.js";

describe("italianInfinitive", () => {
  it("reads future and conditional forms as their infinitive", () => {
    expect(italianInfinitive("tornerà")).toBe("tornare");
    expect(italianInfinitive("Arriverà")).toBe("arrivare");
    expect(italianInfinitive("costruiranno")).toBe("costruire");
    expect(italianInfinitive("torneremo")).toBe("tornare");
    expect(italianInfinitive("venderebbe")).toBe("vendare");
  });

  it("reads the simple past and the imperfect news tells history in as their infinitive", () => {
    expect(italianInfinitive("vendette")).toBe("vendere");
    expect(italianInfinitive("vendettero")).toBe("vendere");
    expect(italianInfinitive("vinceva")).toBe("vincere");
    expect(italianInfinitive("lanciò")).toBe("lanciare");
    expect(italianInfinitive("annunciarono")).toBe("annunciare");
    for (const word of ["sette", "aveva", "ottava", "definitiva", "perché", "lunedì", "però"]) expect(italianInfinitive(word)).toBeUndefined();
  });

  it("leaves other words alone, nouns in -era without the accent included", () => {
    for (const word of ["carriera", "bandiera", "sarà", "verrà", "Belvedere", "tornare"]) expect(italianInfinitive(word)).toBeUndefined();
  });
});
