/**
 * Corpus validation: turns the raw bytes of `seeds/` and the JSON of `corpus/` into a
 * checked corpus, or into a list of every problem with its file and field. Pure: the
 * caller reads the files, so the same check serves start-up, hot reload and
 * `brandbot corpus check`.
 */
import { z } from "zod";
import type { Language } from "../types.js";
import { conceptsTheEngineUses, documentsFileSchema, vocabularyFileSchema, type DocumentMeta, type Vocabulary } from "./schema.js";

/** Raw inputs as read from disk. */
export interface RawCorpus {
  /** Every file found in `seeds/`, by name. */
  seeds: { name: string; bytes: Uint8Array }[];
  /** Contents of `corpus/documents.json` (text), or null when the file is missing. */
  documentsJson: string | null;
  /** Contents of `corpus/vocabulary.json` (text), or null when the file is missing. */
  vocabularyJson: string | null;
  /**
   * Entries of `seeds/` the reader refused without reading them (a folder, a named pipe,
   * a file over the size limit), each with why. They count as present, not as missing.
   */
  refused?: CorpusProblem[];
}

import { MAX_DOCUMENT_BYTES, type CorpusProblem } from "./problems.js";

export { formatProblem, type CorpusProblem } from "./problems.js";

export interface CorpusDocument {
  meta: DocumentMeta;
  text: string;
  language: Language;
}

export interface ValidCorpus {
  documents: CorpusDocument[];
  vocabulary: Vocabulary;
}

export interface ValidateOptions {
  /** Largest accepted document, in bytes; larger ones are refused, not truncated. */
  maxDocumentBytes: number;
}

export const validateDefaults: ValidateOptions = { maxDocumentBytes: MAX_DOCUMENT_BYTES };

function parseJson<T>(file: string, text: string | null, schema: z.ZodType<T>, problems: CorpusProblem[]): T | null {
  if (text === null) {
    problems.push({ file, message: "is missing" });
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `is not valid JSON (${(error as Error).message})` });
    return null;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
    problems.push({ file, field: field || undefined, message: issue.message });
  }
  return null;
}

// ignoreBOM keeps a byte-order mark in the text, so offsets match the file's characters.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeSeed(name: string, bytes: Uint8Array, options: ValidateOptions, problems: CorpusProblem[]): string | null {
  if (bytes.length === 0) return void problems.push({ file: name, message: "is empty" }), null;
  if (bytes.length > options.maxDocumentBytes)
    return void problems.push({ file: name, message: `is ${bytes.length} bytes, over the ${options.maxDocumentBytes}-byte limit` }), null;
  if (bytes.includes(0)) return void problems.push({ file: name, message: "is binary (contains NUL bytes)" }), null;
  try {
    const text = decoder.decode(bytes);
    if (!/\p{L}/u.test(text)) return void problems.push({ file: name, message: "has no text" }), null;
    return text;
  } catch {
    return void problems.push({ file: name, message: "is not valid UTF-8" }), null;
  }
}

function checkVocabulary(vocabulary: Vocabulary, problems: CorpusProblem[]): void {
  const file = "vocabulary.json";
  const seen = (list: { id: string }[], what: string) => {
    const ids = new Set<string>();
    list.forEach((item, i) => {
      if (ids.has(item.id)) problems.push({ file, field: `${what}[${i}].id`, message: `duplicate id "${item.id}"` });
      ids.add(item.id);
    });
    return ids;
  };
  const concepts = seen(vocabulary.concepts, "concepts");
  const entities = seen(vocabulary.entities, "entities");
  seen(vocabulary.intents, "intents");
  vocabulary.entities.forEach((entity, i) =>
    entity.roles.forEach((r, j) => {
      if (!concepts.has(r.role)) problems.push({ file, field: `entities[${i}].roles[${j}].role`, message: `"${r.role}" is not a concept id` });
      if (!entities.has(r.of)) problems.push({ file, field: `entities[${i}].roles[${j}].of`, message: `"${r.of}" is not an entity id` });
    }),
  );
  vocabulary.entities.forEach((entity, i) => {
    if (entity.within !== undefined && !entities.has(entity.within))
      problems.push({ file, field: `entities[${i}].within`, message: `"${entity.within}" is not an entity id` });
  });
  vocabulary.concepts.forEach((concept, i) => {
    concept.implies.forEach((id, j) => {
      if (!concepts.has(id)) problems.push({ file, field: `concepts[${i}].implies[${j}]`, message: `"${id}" is not a concept id` });
    });
    if (concept.units.length > 0 && !concept.measured)
      problems.push({ file, field: `concepts[${i}].units`, message: `"${concept.id}" has units but is not measured: add "measured": true or drop the units` });
  });
  for (const id of conceptsTheEngineUses)
    if (!concepts.has(id)) problems.push({ file, field: "concepts", message: `needs the concept "${id}": the engine relies on it` });
  const d = vocabulary.discovery;
  for (const field of ["vehicleConcepts", "platformConcepts", "plantConcepts", "noveltyConcepts"] as const)
    d[field].forEach((id, j) => {
      if (!concepts.has(id)) problems.push({ file, field: `discovery.${field}[${j}]`, message: `"${id}" is not a concept id` });
    });
  vocabulary.answerTypes.forEach((entry, i) =>
    entry.implies.forEach((id, j) => {
      if (!concepts.has(id)) problems.push({ file, field: `answerTypes[${i}].implies[${j}]`, message: `"${id}" is not a concept id` });
    }),
  );
  vocabulary.intents.forEach((intent, i) =>
    intent.evidence.forEach((id, j) => {
      if (!concepts.has(id) && !entities.has(id))
        problems.push({ file, field: `intents[${i}].evidence[${j}]`, message: `"${id}" is neither a concept nor an entity id` });
    }),
  );
}

/** Validates everything and returns either the corpus or every problem found. */
export function validateCorpus(
  raw: RawCorpus,
  options: Partial<ValidateOptions> = {},
): { corpus: ValidCorpus | null; problems: CorpusProblem[] } {
  const opts = { ...validateDefaults, ...options };
  const problems: CorpusProblem[] = [];
  const docsFile = parseJson("documents.json", raw.documentsJson, documentsFileSchema, problems);
  const vocabulary = parseJson("vocabulary.json", raw.vocabularyJson, vocabularyFileSchema, problems);
  if (vocabulary) checkVocabulary(vocabulary, problems);

  const seeds = new Map(raw.seeds.map((s) => [s.name, s.bytes]));
  const refused = new Set((raw.refused ?? []).map((p) => p.file));
  problems.push(...(raw.refused ?? []));
  const documents: CorpusDocument[] = [];
  const listed = new Set<string>();
  docsFile?.documents.forEach((meta, i) => {
    if (listed.has(meta.file)) {
      problems.push({ file: "documents.json", field: `documents[${i}].file`, message: `duplicate document "${meta.file}"` });
      return;
    }
    listed.add(meta.file);
    const bytes = seeds.get(meta.file);
    if (refused.has(meta.file)) return;
    if (!bytes) {
      problems.push({ file: meta.file, message: `is listed in documents.json (documents[${i}]) but missing from seeds/` });
      return;
    }
    const text = decodeSeed(meta.file, bytes, opts, problems);
    if (text !== null) documents.push({ meta, text, language: meta.language });
  });
  if (docsFile) {
    for (const name of seeds.keys())
      if (!listed.has(name) && !refused.has(name)) problems.push({ file: name, message: "is in seeds/ but not listed in corpus/documents.json" });
  }
  return { corpus: problems.length === 0 && vocabulary ? { documents, vocabulary } : null, problems };
}
