/**
 * Whose a model or a place is: the checks extraction and ranking share (places.ts), on the
 * seed corpus's discovered names.
 */
import { describe, expect, it } from "vitest";
import { modelFits } from "../../../src/engine/places.js";
import { index } from "../../helpers/corpus.js";

describe("modelFits: a model answers for the organisation asked about", () => {
  const lexicon = index.lexicon;

  it("knows the Grecale as Maserati's, so not as Alfa Romeo's", () => {
    expect(lexicon.entities.get("d_grecale")?.within).toBe("maserati");
    expect(modelFits(lexicon, "d_grecale", ["maserati"])).toBe(true);
    expect(modelFits(lexicon, "d_grecale", ["alfa_romeo"])).toBe(false);
  });

  // The articles never say which brands Stellantis holds: a group's model may be any brand's.
  it("lets a group ('which Stellantis model') have the model of any brand", () => {
    expect(lexicon.entities.get("stellantis")?.type).toBe("org");
    expect(modelFits(lexicon, "d_grecale", ["stellantis"])).toBe(true);
  });

  it("lets a model whose brand no article names be anyone's", () => {
    expect(lexicon.entities.get("d_stelvio")?.within).toBeUndefined();
    expect(modelFits(lexicon, "d_stelvio", ["maserati"])).toBe(true);
  });
});
