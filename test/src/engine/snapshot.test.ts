/**
 * Index snapshots and the start-up cache: a restored index must answer exactly as a
 * freshly built one, the cache key must follow every input byte, and a damaged, stale or
 * unwritable cache must never stop the bot (it rebuilds and carries on).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheKey, engineVersion, readCachedIndex, snapshotPath, writeCachedIndex } from "../../../adapters/runtime/index-cache.js";
import { loadBrandbot, loadCorpus, projectRoot, readRawCorpus } from "../../../adapters/runtime/load.js";
import { ingestDefaults } from "../../../src/corpus/ingest.js";
import { createBrandbot } from "../../../src/engine/brandbot.js";
import { buildCorpusIndex } from "../../../src/engine/corpus-index.js";
import { restoreIndex, serializeIndex, SNAPSHOT_FORMAT } from "../../../src/engine/snapshot.js";
import { searchShards } from "../../../src/engine/retrieve.js";
import type { Logger } from "../../../src/types.js";
import { devQuestions } from "../../bench/questions.js";

const root = projectRoot();
const corpus = await loadCorpus(root);
const scratch = mkdtempSync(join(tmpdir(), "brandbot-snapshot-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function recordingLogger(): Logger & { messages: string[] } {
  const messages: string[] = [];
  const log = (_obj: object, msg?: string) => void messages.push(msg ?? "");
  return { messages, debug: log, info: log, warn: log, error: log };
}

describe("index snapshot", () => {
  const fresh = buildCorpusIndex(corpus);
  const text = serializeIndex(fresh, "key-1");
  const restored = restoreIndex(text, "key-1");

  it("round-trips: a restored index answers every dev question exactly as a fresh one", () => {
    const freshBot = createBrandbot(corpus, { index: fresh });
    const restoredBot = createBrandbot(restored.corpus, { index: restored });
    for (const q of devQuestions) expect(restoredBot.answer(q), q).toEqual(freshBot.answer(q));
    expect(restoredBot.stats()).toEqual(freshBot.stats());
  });

  it("restores the same sentences, frequencies and search results", () => {
    expect(restored.sentences.length).toBe(fresh.sentences.length);
    for (const [a, b] of fresh.sentences.map((s, i) => [s, restored.sentences[i]!] as const)) {
      expect(b.text).toBe(a.text);
      expect(b.slots).toEqual(a.slots);
      expect([...b.keys]).toEqual([...a.keys]);
      expect(b.features).toEqual(a.features);
      expect(b.prev).toBe(a.prev);
    }
    expect([...restored.df]).toEqual([...fresh.df]);
    expect([...restored.words.entries()]).toEqual([...fresh.words.entries()]);
    expect(restored.shards.map((s) => s.docs)).toEqual(fresh.shards.map((s) => s.docs));
    for (const q of ["e:giulia c:build", "e:imparato", "c:plant e:cassino n:2027"]) {
      const query = { combineWith: "OR" as const, queries: q.split(" ") };
      expect(searchShards(restored.shards, query)).toEqual(searchShards(fresh.shards, query));
    }
  });

  it("refuses a snapshot stored under another key, of another format, or damaged", () => {
    expect(() => restoreIndex(text, "key-2")).toThrow(/^snapshot: was stored for key "key-1"/);
    expect(() => restoreIndex(text.replace(`"format":${SNAPSHOT_FORMAT}`, '"format":99'), "key-1")).toThrow(/^snapshot: has format 99/);
    expect(() => restoreIndex(text.slice(0, text.length / 2), "key-1")).toThrow(/^snapshot: is not valid JSON/);
    const json = JSON.parse(text) as { columns: Record<string, string> };
    json.columns.slotEnd = Buffer.from(new Int32Array([1, 2, 3]).buffer).toString("base64");
    expect(() => restoreIndex(JSON.stringify(json), "key-1")).toThrow(/^snapshot: column "slotEnd" has 3 entries/);
  });
});

describe("index cache", () => {
  it("changes its key when one seed byte changes, and only then", async () => {
    const raw = await readRawCorpus(root);
    const version = await engineVersion();
    const key = cacheKey(raw, version, ingestDefaults);
    expect(cacheKey(await readRawCorpus(root), version, ingestDefaults)).toBe(key);
    const first = raw.seeds[0]!;
    const bytes = new Uint8Array(first.bytes);
    bytes[10] = (bytes[10]! + 1) % 256;
    const changed = { ...raw, seeds: [{ ...first, bytes }, ...raw.seeds.slice(1)] };
    expect(cacheKey(changed, version, ingestDefaults)).not.toBe(key);
    expect(cacheKey({ ...raw, vocabularyJson: `${raw.vocabularyJson} ` }, version, ingestDefaults)).not.toBe(key);
    expect(cacheKey(raw, `${version}x`, ingestDefaults)).not.toBe(key);
    expect(cacheKey(raw, version, { ...ingestDefaults, captionMaxWords: 7 })).not.toBe(key);
  });

  it("writes a snapshot on first start and restores it on the next", async () => {
    const dir = join(scratch, "warm");
    const first = recordingLogger();
    const bot1 = await loadBrandbot({ root, cacheDir: dir, logger: first });
    expect(readdirSync(dir).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    const second = recordingLogger();
    const bot2 = await loadBrandbot({ root, cacheDir: dir, logger: second });
    expect(second.messages).toContain("index restored from snapshot");
    expect(first.messages).not.toContain("index restored from snapshot");
    for (const q of devQuestions) expect(bot2.answer(q)).toEqual(bot1.answer(q));
  });

  it.each([
    ["garbage", () => "not json at all"],
    ["truncated", (valid: string) => valid.slice(0, valid.length - 100)],
    ["stale (another key)", (valid: string) => valid.replace(/"key":"[0-9a-f]+"/, `"key":"${"0".repeat(64)}"`)],
    ["empty", () => ""],
  ])("ignores a %s snapshot, rebuilds and replaces it", async (_name, damage) => {
    const dir = join(scratch, `damaged-${_name.split(" ")[0]}`);
    await loadBrandbot({ root, cacheDir: dir });
    const [file] = readdirSync(dir).filter((f) => f.endsWith(".json"));
    const path = join(dir, file!);
    const valid = readFileSync(path, "utf8");
    writeFileSync(path, damage(valid));
    const logger = recordingLogger();
    const bot = await loadBrandbot({ root, cacheDir: dir, logger });
    expect(logger.messages).toContain("index cache: unusable snapshot, rebuilding");
    expect(bot.answer("Where is the Tonale made?").answered).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(valid);
  });

  it("never fails the command when the cache cannot be written", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    const logger = recordingLogger();
    const bot = await loadBrandbot({ root, cacheDir: join(file, "cache"), logger });
    expect(bot.answer("Where is the Tonale made?").answered).toBe(true);
    expect(logger.messages).toContain("index cache: cannot write snapshot, skipping (start-up will rebuild)");
    const index = buildCorpusIndex(corpus);
    expect(await writeCachedIndex(index, "k".repeat(64), { dir: join(file, "cache") })).toBe(false);
    expect(await readCachedIndex("k".repeat(64), { dir: join(file, "cache") })).toBeNull();
  });

  it("keeps only the newest few snapshots", async () => {
    const dir = join(scratch, "prune");
    const index = buildCorpusIndex(corpus);
    for (const c of "abcde") {
      expect(await writeCachedIndex(index, c.repeat(64), { dir, keep: 2 })).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 15)); // distinct modification times
    }
    expect(readdirSync(dir).sort()).toEqual([snapshotPath("", "d".repeat(64)), snapshotPath("", "e".repeat(64))].map((p) => p.replace(/^\//, "")));
  });
});
