/**
 * `add` in a scratch corpus home: what it writes, what it tells the curator, and that
 * every refusal (unreadable file, empty extraction, unknown language, duplicate, fetch
 * failure) is one line and leaves seeds/ and corpus/ exactly as they were.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addArticle } from "../../../adapters/curation/add.js";
import { removeFromCorpus } from "../../../adapters/curation/store.js";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { createReloadingBot, watchCorpus } from "../../../adapters/runtime/reloader.js";
import { silentLogger } from "../../../src/types.js";
import { fixtures, makeHome, makePdf, snapshotHome } from "../../helpers/curation.js";

const homes: string[] = [];
const home = () => {
  const h = makeHome();
  homes.push(h);
  return h;
};
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));
const page = (file: string) => join(fixtures, file);

describe("addArticle", () => {
  it("writes the next seed number with the text's hash, appends the record, and says what it adds", async () => {
    const h = home();
    const result = await addArticle(page("alfa-sales-2026.html"), { home: h });
    if (result.dryRun) throw new Error("not a dry run");
    expect(result.summary).toMatchObject({
      file: "005_f9df97defd260933.txt",
      title: "Alfa Romeo sets a sales goal of 110,000 cars for 2026",
      date: "2025-11-18",
      dateInferred: false,
      language: "en",
    });
    // Named things come from the vocabulary and from what the engine discovers in the articles.
    expect(result.summary.named).toEqual(expect.arrayContaining(["Tonale", "Junior", "Europe"]));
    expect(result.summary.sentences).toBeGreaterThanOrEqual(5);
    expect(result.summary.examples).toHaveLength(2);
    const text = readFileSync(join(h, "seeds", result.summary.file), "utf8");
    expect(text).toContain("The target for 2026 was presented at a dealer meeting in Turin");
    const documents = JSON.parse(readFileSync(join(h, "corpus", "documents.json"), "utf8")).documents;
    expect(documents).toHaveLength(6);
    expect(documents[5]).toEqual({
      file: "005_f9df97defd260933.txt",
      title: "Alfa Romeo sets a sales goal of 110,000 cars for 2026",
      language: "en",
      author: "Marta Bellini",
      date: "2025-11-18",
      dateInferred: false,
      dateNote: "Stated in the article.",
      url: "https://motordesk.example.com/news/alfa-romeo-2026-sales-goal",
    });
  });

  it("adds a PDF and an Italian page, numbering on", async () => {
    const h = home();
    const pdfPath = join(h, "note.pdf");
    writeFileSync(pdfPath, await makePdf());
    const pdf = await addArticle(pdfPath, { home: h });
    const it = await addArticle(page("alfa-stelvio-it.html"), { home: h });
    expect(!pdf.dryRun && pdf.summary.file).toMatch(/^005_[0-9a-f]{16}\.txt$/);
    expect(!it.dryRun && it.summary).toMatchObject({ file: "006_d324a3ba290180c4.txt", language: "it", named: expect.arrayContaining(["Giulia", "Stelvio", "Cassino"]) });
  });

  it("writes nothing on a dry run", async () => {
    const h = home();
    const before = snapshotHome(h);
    const result = await addArticle(page("alfa-tonale-undated.html"), { home: h, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, file: "005_7efc3cce2cc406c9.txt", record: { date: "2022", dateInferred: true } });
    expect(snapshotHome(h)).toEqual(before);
  });

  it("refuses bad input in one line and leaves seeds/ and corpus/ unchanged", async () => {
    const h = home();
    await addArticle(page("alfa-sales-2026.html"), { home: h });
    const before = snapshotHome(h);
    const write = (name: string, content: string) => (writeFileSync(join(h, name), content), join(h, name));
    const french = write("fr.txt", "Le constructeur a confirmé que la nouvelle Giulia sera produite dans l'usine de Cassino. Les syndicats se disent satisfaits, mais ils attendent encore des détails sur le calendrier et sur le nombre de postes qui seront créés pour les ouvriers de la région. ".repeat(3));
    const empty = write("empty.html", "<html><body><nav>Home News</nav><p>Cookies!</p></body></html>");
    const cases: [string, RegExp][] = [
      [join(h, "missing.html"), /^add: cannot read .*missing\.html \(ENOENT\)$/],
      [write("notes.docx", "x"), /^add: .*notes\.docx is not \.html, \.pdf, \.txt or \.md$/],
      [empty, /^add: .*empty\.html yielded no article text \(\d+ letters extracted\)$/],
      [french, /^add: .*fr\.txt is refused: it looks French, and only English and Italian are supported \(use --language en\|it if it is\)$/],
      [page("alfa-sales-2026.html"), /^add: .*alfa-sales-2026\.html is already in the corpus as 005_f9df97defd260933\.txt \(same URL https:\/\/motordesk\.example\.com\/news\/alfa-romeo-2026-sales-goal\)$/],
      ["http://127.0.0.1:9/x", /^fetch: http:\/\/127\.0\.0\.1:9\/x is refused: 127\.0\.0\.1 is a private, loopback or reserved address$/],
    ];
    for (const [source, message] of cases) {
      const error = await addArticle(source, { home: h }).then(() => null, (e: Error) => e);
      expect(error?.message, source).toMatch(message);
      expect(error?.message).not.toContain("\n");
    }
    // The same text under another name and without its URL is still a duplicate.
    const copy = write("copy.txt", readFileSync(join(h, "seeds", "005_f9df97defd260933.txt"), "utf8"));
    await expect(addArticle(copy, { home: h })).rejects.toThrow(/is already in the corpus as 005_f9df97defd260933\.txt \(same text\)$/);
    expect(snapshotHome(h)).toEqual(before);
  });

  it("a running bot watching the home picks the new article up through hot reload", async () => {
    const h = home();
    const load = () => loadBrandbot({ root: h, cacheDir: false });
    const bot = createReloadingBot(await load(), load, silentLogger);
    const watcher = watchCorpus(h, () => void bot.reload(), { debounceMs: 100, logger: silentLogger });
    try {
      expect(bot.sources().map((d) => d.source)).not.toContain("005_7efc3cce2cc406c9.txt");
      await addArticle(page("alfa-tonale-undated.html"), { home: h });
      const deadline = Date.now() + 10_000;
      while (bot.stats().documents < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(bot.lastReload()).toMatchObject({ ok: true, documents: 6 });
      expect(bot.sources().find((d) => d.source === "005_7efc3cce2cc406c9.txt")).toMatchObject({ title: "Why the Tonale stays in Pomigliano", date: "2022", dateInferred: true });
    } finally {
      watcher.close();
    }
  });

  it("removes a document's seed and record together, and refuses an unlisted file", async () => {
    const h = home();
    const original = snapshotHome(h);
    await addArticle(page("alfa-plan-note.txt"), { home: h });
    await removeFromCorpus(h, "005_afee8165cb3f3e2e.txt");
    expect(snapshotHome(h)).toEqual(original);
    await expect(removeFromCorpus(h, "999_nope.txt")).rejects.toThrow('corpus: "999_nope.txt" is not listed in corpus/documents.json (see: brandbot corpus list)');
  });
});
