/**
 * The corpus on disk as the curator changes it: `seeds/NNN_<hash>.txt` plus its record in
 * `corpus/documents.json`. A change is checked with the same validation start-up uses
 * before anything is written; the seed is created exclusively (never over an existing
 * file) and documents.json is replaced by rename, so a failure leaves both as they were.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { validateCorpus, formatProblem, type ValidCorpus } from "../../src/index.js";
import { readRawCorpus } from "../runtime/load.js";
import { CurationError } from "./extracted.js";

type RawRecord = Record<string, unknown> & { file: string; url?: string | null };

/** documents.json as written, records untouched, so unrelated records stay byte-identical. */
export async function readRecords(home: string): Promise<RawRecord[]> {
  const path = join(home, "corpus", "documents.json");
  try {
    const data = JSON.parse(await readFile(path, "utf8")) as { documents?: RawRecord[] };
    return Array.isArray(data.documents) ? data.documents : [];
  } catch (error) {
    throw new CurationError(`corpus: cannot read ${path} (${(error as Error).message}); run brandbot corpus check`);
  }
}

/** The first 16 hex digits of the text's SHA-256: the seed's name and its duplicate check. */
export const textHash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);

/** `NNN_<hash>.txt` with the number after the highest already in seeds/. */
export async function nextSeedName(home: string, text: string): Promise<string> {
  const names = await readdir(join(home, "seeds")).catch(() => [] as string[]);
  const highest = Math.max(-1, ...names.map((n) => /^(\d+)_/.exec(n)).filter((m) => m !== null).map((m) => Number(m[1])));
  return `${String(highest + 1).padStart(3, "0")}_${textHash(text)}.txt`;
}

const sameUrl = (a: string, b: string) => a.replace(/#.*$/, "").replace(/\/+$/, "") === b.replace(/#.*$/, "").replace(/\/+$/, "");

/** Names the existing document with the same text or the same URL, if there is one. */
export async function findDuplicate(home: string, text: string, url: string | null): Promise<string | null> {
  const records = await readRecords(home);
  if (url) {
    const byUrl = records.find((r) => typeof r.url === "string" && sameUrl(r.url, url));
    if (byUrl) return `${byUrl.file} (same URL ${url})`;
  }
  const hash = textHash(text);
  const byName = records.find((r) => r.file.endsWith(`_${hash}.txt`));
  if (byName) return `${byName.file} (same text)`;
  for (const record of records) {
    const existing = await readFile(join(home, "seeds", record.file), "utf8").catch(() => null);
    if (existing !== null && textHash(existing) === hash) return `${record.file} (same text)`;
  }
  return null;
}

const documentsJson = (records: RawRecord[]) => `${JSON.stringify({ documents: records }, null, 2)}\n`;

/** Validates the corpus as it would be after the change; throws listing what would break. */
async function validateChange(home: string, records: RawRecord[], seeds: { add?: { name: string; text: string }; remove?: string }): Promise<ValidCorpus> {
  const raw = await readRawCorpus(home);
  const seedList = raw.seeds.filter((s) => s.name !== seeds.remove);
  if (seeds.add) seedList.push({ name: seeds.add.name, bytes: new TextEncoder().encode(seeds.add.text) });
  const { corpus, problems } = validateCorpus({ ...raw, seeds: seedList, documentsJson: documentsJson(records) });
  if (!corpus) throw new CurationError(`corpus: the change would break the corpus: ${problems.map(formatProblem).join("; ")}`);
  return corpus;
}

async function writeRecords(home: string, records: RawRecord[]): Promise<void> {
  const path = join(home, "corpus", "documents.json");
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, documentsJson(records), { flag: "wx" });
  await rename(temp, path);
}

/** Adds a seed and its record after checking the whole corpus; returns the checked corpus. */
export async function addToCorpus(home: string, name: string, text: string, record: RawRecord): Promise<ValidCorpus> {
  const records = [...(await readRecords(home)), record];
  const corpus = await validateChange(home, records, { add: { name, text } });
  const seed = join(home, "seeds", name);
  await writeFile(seed, text, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    throw new CurationError(`add: cannot create ${seed} (${error.code ?? error.message})`);
  });
  try {
    await writeRecords(home, records);
  } catch (error) {
    await rm(seed, { force: true });
    throw new CurationError(`add: cannot update corpus/documents.json (${(error as Error).message}); nothing was added`);
  }
  return corpus;
}

/** Removes a document's seed and record together; refuses a file that is not listed. */
export async function removeFromCorpus(home: string, file: string): Promise<RawRecord> {
  const records = await readRecords(home);
  const record = records.find((r) => r.file === file);
  if (!record) throw new CurationError(`corpus: "${file}" is not listed in corpus/documents.json (see: brandbot corpus list)`);
  const remaining = records.filter((r) => r !== record);
  await validateChange(home, remaining, { remove: file });
  await writeRecords(home, remaining);
  await rm(join(home, "seeds", file), { force: true });
  return record;
}
