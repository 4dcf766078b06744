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

  it("leaves other words alone, nouns in -era without the accent included", () => {
    for (const word of ["carriera", "bandiera", "sarà", "verrà", "Belvedere", "tornare"]) expect(italianInfinitive(word)).toBeUndefined();
  });
});
