import { describe, expect, it } from "vitest";
import { formatProblem, validateCorpus, type RawCorpus } from "../../../src/index.js";
import { readRawCorpus } from "../../../adapters/runtime/load.js";
import { root } from "../../helpers/corpus.js";

const real = await readRawCorpus(root);
const utf8 = (s: string) => new TextEncoder().encode(s);

function withChanges(change: (docs: { documents: Record<string, unknown>[] }, raw: RawCorpus) => void): RawCorpus {
  const raw: RawCorpus = { ...real, seeds: [...real.seeds] };
  const docs = JSON.parse(real.documentsJson ?? "{}") as { documents: Record<string, unknown>[] };
  change(docs, raw);
  return { ...raw, documentsJson: JSON.stringify(docs) };
}

const problems = (raw: RawCorpus) => validateCorpus(raw).problems.map(formatProblem);

describe("validateCorpus", () => {
  it("accepts the project's corpus", () => {
    const { corpus, problems: found } = validateCorpus(real);
    expect(found).toEqual([]);
    expect(corpus?.documents.map((d) => d.meta.file)).toEqual(real.seeds.map((s) => s.name));
  });

  it("names a seed that is not valid UTF-8, binary or empty", () => {
    const raw = withChanges((_d, r) => {
      r.seeds[0] = { name: r.seeds[0]!.name, bytes: new Uint8Array([0x41, 0xff, 0xfe, 0x41]) };
      r.seeds[1] = { name: r.seeds[1]!.name, bytes: new Uint8Array([0x41, 0x00, 0x42]) };
      r.seeds[2] = { name: r.seeds[2]!.name, bytes: new Uint8Array() };
    });
    expect(problems(raw)).toEqual([
      "corpus: 000_0ec8988f766c771a.txt: is not valid UTF-8",
      "corpus: 001_33d768776d9d5d5b.txt: is binary (contains NUL bytes)",
      "corpus: 002_48358ebcfcf48ce8.txt: is empty",
    ]);
  });

  it("refuses a huge document instead of truncating it", () => {
    const { problems: found } = validateCorpus(real, { maxDocumentBytes: 1000 });
    expect(found[0]?.message).toMatch(/^is 3112 bytes, over the 1000-byte limit$/);
  });

  it("names the field of bad metadata: missing title, bad date, duplicate", () => {
    const raw = withChanges((d) => {
      d.documents[0]!.title = "";
      d.documents[1]!.date = "2024-13-40";
      d.documents.push({ ...d.documents[2]! });
    });
    expect(problems(raw)).toEqual([
      "corpus: documents.json documents[0].title: is required",
      "corpus: documents.json documents[1].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
  });

  it("reads null in an optional field as absent, as a script writing records often does", () => {
    const raw = withChanges((d) => {
      Object.assign(d.documents[0]!, { author: null, url: null, dateNote: null });
    });
    const { corpus, problems: found } = validateCorpus(raw);
    expect(found).toEqual([]);
    expect(corpus?.documents[0]?.meta).toMatchObject({ author: null, url: null, dateNote: null });
  });

  it("reports duplicates, listed-but-missing and present-but-unlisted documents", () => {
    const raw = withChanges((d, r) => {
      d.documents.push({ ...d.documents[2]! });
      d.documents.push({ file: "009_missing.txt", title: "Gone", language: "en" });
      r.seeds.push({ name: "010_extra.txt", bytes: utf8("An extra article.") });
    });
    expect(problems(raw)).toEqual([
      'corpus: documents.json documents[5].file: duplicate document "002_48358ebcfcf48ce8.txt"',
      "corpus: 009_missing.txt: is listed in documents.json (documents[6]) but missing from seeds/",
      "corpus: 010_extra.txt: is in seeds/ but not listed in corpus/documents.json",
    ]);
  });

  it("reports missing or malformed JSON files", () => {
    expect(problems({ ...real, vocabularyJson: null })).toEqual(["corpus: vocabulary.json: is missing"]);
    expect(problems({ ...real, documentsJson: "{" })[0]).toMatch(/^corpus: documents.json: is not valid JSON/);
  });

  it("checks that intent evidence names a known concept or entity", () => {
    const vocabulary = JSON.parse(real.vocabularyJson ?? "{}") as { intents: { evidence: string[] }[] };
    vocabulary.intents[0]!.evidence.push("no_such_thing");
    const found = problems({ ...real, vocabularyJson: JSON.stringify(vocabulary) });
    expect(found).toEqual([`corpus: vocabulary.json intents[0].evidence[2]: "no_such_thing" is neither a concept nor an entity id`]);
  });

  it("checks that a concept implies only known concepts", () => {
    const vocabulary = JSON.parse(real.vocabularyJson ?? "{}") as { concepts: { id: string; implies?: string[] }[] };
    const at = vocabulary.concepts.findIndex((c) => c.id === "plant");
    vocabulary.concepts[at]!.implies = ["build", "no_such_concept"];
    const found = problems({ ...real, vocabularyJson: JSON.stringify(vocabulary) });
    expect(found).toEqual([`corpus: vocabulary.json concepts[${at}].implies[1]: "no_such_concept" is not a concept id`]);
  });

  it("names units on a concept that is not measured", () => {
    const vocabulary = JSON.parse(real.vocabularyJson ?? "{}") as { concepts: { id: string; units?: string[] }[] };
    const at = vocabulary.concepts.findIndex((c) => c.id === "plant");
    vocabulary.concepts[at]!.units = ["m2"];
    const found = problems({ ...real, vocabularyJson: JSON.stringify(vocabulary) });
    expect(found).toEqual([`corpus: vocabulary.json concepts[${at}].units: "plant" has units but is not measured: add "measured": true or drop the units`]);
  });
});
