import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createReloadingBot, watchCorpus } from "../../../adapters/runtime/reloader.js";
import { loadCorpus } from "../../../adapters/runtime/load.js";
import { createBrandbot } from "../../../src/index.js";
import { silentLogger } from "../../../src/types.js";
import { root } from "../../helpers/corpus.js";

const TARGET = "What is Alfa Romeo's sales target for 2024?";
let dir: string;
const load = async () => createBrandbot(await loadCorpus(dir));
const documentsFile = () => join(dir, "corpus", "documents.json");

function unlist(file: string): void {
  const docs = JSON.parse(readFileSync(documentsFile(), "utf8")) as { documents: { file: string }[] };
  docs.documents = docs.documents.filter((d) => d.file !== file);
  writeFileSync(documentsFile(), JSON.stringify(docs));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "brandbot-reload-"));
  cpSync(join(root, "seeds"), join(dir, "seeds"), { recursive: true });
  cpSync(join(root, "corpus"), join(dir, "corpus"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("createReloadingBot", () => {
  it("swaps in the new index when an article is removed, and back when it returns", async () => {
    const bot = createReloadingBot(await load(), load, silentLogger);
    expect(bot.answer(TARGET).answered).toBe(true);
    const article = readFileSync(join(dir, "seeds", "000_0ec8988f766c771a.txt"));
    rmSync(join(dir, "seeds", "000_0ec8988f766c771a.txt"));
    unlist("000_0ec8988f766c771a.txt");
    const status = await bot.reload();
    expect(status).toMatchObject({ ok: true, documents: 4 });
    expect(bot.answer(TARGET).answered).toBe(false);

    writeFileSync(join(dir, "seeds", "000_0ec8988f766c771a.txt"), article);
    cpSync(join(root, "corpus", "documents.json"), documentsFile());
    expect(await bot.reload()).toMatchObject({ ok: true, documents: 5 });
    expect(bot.answer(TARGET).citations[0]?.source).toBe("000_0ec8988f766c771a.txt");
  });

  it("answers about an article added while running, lists it in the help topics, and forgets both when it goes", async () => {
    const bot = createReloadingBot(await load(), load, silentLogger);
    const asked = "Where is the Junior assembled?";
    const whereTopic = () => bot.help("en").help?.topics[0] ?? "";
    expect(bot.answer(asked).answered).toBe(false);
    expect(whereTopic()).not.toContain("Tychy");

    cpSync(join(root, "test/fixtures/articles/tychy-junior.txt"), join(dir, "seeds", "900_tychy.txt"));
    const docs = JSON.parse(readFileSync(documentsFile(), "utf8")) as { documents: object[] };
    docs.documents.push({ file: "900_tychy.txt", title: "Alfa Romeo's small SUV keeps its Polish home", language: "en", author: null, date: "2025-03", url: null });
    writeFileSync(documentsFile(), JSON.stringify(docs));
    expect(await bot.reload()).toMatchObject({ ok: true, documents: 6 });
    expect(bot.answer(asked)).toMatchObject({ answered: true, citations: [{ source: "900_tychy.txt" }] });
    expect(bot.answer(asked).text).toMatch(/^Tychy/);
    expect(whereTopic()).toMatch(/^where models are built \(.*Tychy.*\)$/);

    rmSync(join(dir, "seeds", "900_tychy.txt"));
    unlist("900_tychy.txt");
    expect(await bot.reload()).toMatchObject({ ok: true, documents: 5 });
    expect(bot.answer(asked).answered).toBe(false);
    expect(whereTopic()).not.toContain("Tychy");
  });

  it("keeps serving the last good index when a reload fails validation, and says why", async () => {
    const bot = createReloadingBot(await load(), load, silentLogger);
    writeFileSync(join(dir, "seeds", "099_unlisted.txt"), "An article nobody listed.");
    const status = await bot.reload();
    expect(status.ok).toBe(false);
    expect(status.error).toBe("corpus: 099_unlisted.txt: is in seeds/ but not listed in corpus/documents.json");
    expect(bot.lastReload()).toEqual(status);
    expect(bot.stats().documents).toBe(5);
    expect(bot.answer(TARGET).answered).toBe(true);
  });

  it("finishes an answer on the index it started with", async () => {
    const bot = createReloadingBot(await load(), load, silentLogger);
    const reloading = bot.reload();
    // Answering is synchronous: nothing can swap the index in the middle of an answer.
    const during = bot.answer(TARGET);
    await reloading;
    expect(during.answered).toBe(true);
  });
});

describe("watchCorpus", () => {
  it("calls back once for a burst of changes to seeds/", async () => {
    let calls = 0;
    const watcher = watchCorpus(dir, () => calls++, { debounceMs: 100, logger: silentLogger });
    try {
      writeFileSync(join(dir, "seeds", "a.txt"), "x");
      writeFileSync(join(dir, "seeds", "b.txt"), "y");
      await new Promise((r) => setTimeout(r, 600));
      expect(calls).toBe(1);
    } finally {
      watcher.close();
    }
  });
});

describe("createReloadingBot under back-to-back reloads", () => {
  it("runs reloads one after another and ends on the newest", async () => {
    let calls = 0;
    let active = 0;
    let maxActive = 0;
    const base = await load();
    const slowLoad = async () => {
      calls++;
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
      return base;
    };
    const bot = createReloadingBot(base, slowLoad, silentLogger);
    const results = await Promise.all([bot.reload(), bot.reload(), bot.reload()]);
    expect(calls).toBe(3);
    expect(maxActive).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});
