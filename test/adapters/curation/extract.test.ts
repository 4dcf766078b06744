/**
 * Extraction on pages shaped like real news pages (navigation, cookie banners, captions,
 * related links, comments, JSON-LD and Open Graph), a PDF generated here, text and
 * Markdown: the exact text kept, and the metadata each document states.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../../adapters/curation/source.js";
import { buildRecord } from "../../../adapters/curation/record.js";
import { detectLanguage } from "../../../adapters/curation/language.js";
import { dateInLine } from "../../../adapters/curation/dates.js";
import { fixtures, makePdf } from "../../helpers/curation.js";

const read = (file: string) => new Uint8Array(readFileSync(join(fixtures, file)));
const FURNITURE = ["cookie", "Accept all", "Home", "Most read", "Related articles", "Junior Ibrida review", "giulio_84", "optimistic", "Share on", "photo: Motor Desk", "By Marta", "All rights reserved"];

describe("HTML pages", () => {
  it("keeps the article's paragraphs and nothing of the page around them", async () => {
    const page = await extract(read("alfa-sales-2026.html"), "html", "alfa-sales-2026.html");
    const paragraphs = page.text.split("\n\n");
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toBe("Alfa Romeo sets a sales goal of 110,000 cars for 2026");
    expect(paragraphs[1]).toBe(
      "The sales target for 2026 is 110,000 cars worldwide, Alfa Romeo has told its dealers, a clear step up from the volumes the brand expects to close this year.",
    );
    expect(paragraphs[5]).toMatch(/^Dealers were also told that the order books for the Junior are healthy/);
    for (const noise of FURNITURE) expect(page.text).not.toContain(noise);
  });

  it("reads Open Graph title, published time, author, canonical URL and <html lang>", async () => {
    const page = await extract(read("alfa-sales-2026.html"), "html", "x");
    expect(page).toMatchObject({
      title: "Alfa Romeo sets a sales goal of 110,000 cars for 2026",
      date: "2025-11-18",
      author: "Marta Bellini",
      url: "https://motordesk.example.com/news/alfa-romeo-2026-sales-goal",
      declaredLanguage: "en",
    });
  });

  it("takes the date and author from JSON-LD on an Italian page, and drops the byline, caption and comments", async () => {
    const page = await extract(read("alfa-stelvio-it.html"), "html", "x");
    expect(page).toMatchObject({ title: "Nuova Stelvio, la produzione resta a Cassino", date: "2025-03-12", author: "Luca Ferraris", declaredLanguage: "it" });
    expect(page.text.split("\n\n")[1]).toBe(
      "La nuova Stelvio sarà prodotta nello stabilimento di Cassino, lo stesso che oggi costruisce la Giulia e la Stelvio di attuale generazione.",
    );
    for (const noise of ["di Luca", "davanti allo stabilimento", "Finalmente", "Leggi anche", "cookie", "P.IVA"]) expect(page.text).not.toContain(noise);
    expect(buildRecord("005_x.txt", page, {}, "x", null).language).toBe("it");
  });

  it("marks the date inferred on a page that states none, from the latest year it mentions", async () => {
    const page = await extract(read("alfa-tonale-undated.html"), "html", "x");
    expect(page.date).toBeNull();
    expect(page.declaredLanguage).toBeNull();
    expect(buildRecord("005_x.txt", page, {}, "x", null)).toEqual({
      file: "005_x.txt",
      title: "Why the Tonale stays in Pomigliano",
      language: "en",
      author: null,
      date: "2022",
      dateInferred: true,
      dateNote: "No date stated; the latest year the article mentions.",
      url: null,
    });
    expect(page.text).not.toMatch(/Staff writer|Subscribe|inbox|assembly line|Load comments/);
  });

  it("lets the flags override what the page says, and refuses bad flags by name", async () => {
    const page = await extract(read("alfa-sales-2026.html"), "html", "x");
    const record = buildRecord("005_x.txt", page, { title: "Sales goal", date: "2025-11", language: "en", url: "https://example.org/a" }, "x", null);
    expect(record).toMatchObject({ title: "Sales goal", date: "2025-11", dateInferred: false, url: "https://example.org/a" });
    expect(() => buildRecord("f.txt", page, { date: "18/11/2025" }, "x", null)).toThrow('add: --date "18/11/2025" is not YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => buildRecord("f.txt", page, { language: "fr" }, "x", null)).toThrow('add: --language "fr" is not en or it');
  });
});

describe("PDF", () => {
  it("rebuilds paragraphs from lines, joins a hyphenated word, and reads title, author and date", async () => {
    const pdf = await extract(await makePdf(), "pdf", "note.pdf");
    expect(pdf.text.split("\n\n")).toEqual([
      "Alfa Romeo press note on the Giulia",
      "Published 9 September 2025",
      "The new Giulia will be built at the Cassino plant, where the current Giulia and Stelvio are also made, on a line prepared for the new platform that the sedan will share with other large models of the group.",
      "Production of the sedan is expected to start after the Stelvio, and the brand says the plant will run more shifts once both are built there.",
    ]);
    expect(pdf).toMatchObject({ title: "Alfa Romeo press note on the Giulia", author: "Press Office", date: "2025-09-09" });
  });

  it("names a file that is not a PDF", async () => {
    await expect(extract(new TextEncoder().encode("not a pdf at all"), "pdf", "fake.pdf")).rejects.toThrow(/^add: fake\.pdf is not a readable PDF/);
  });
});

describe("text and Markdown", () => {
  it("unwraps a plain-text file's wrapped lines and finds its date line", async () => {
    const note = await extract(read("alfa-plan-note.txt"), "text", "x");
    expect(note.text.split("\n\n")[2]).toBe(
      "Alfa Romeo expects the Junior to remain its best-selling model in Europe in 2026, helped by the hybrid version that arrived in dealers last year.",
    );
    expect(buildRecord("f.txt", note, {}, "x", null)).toMatchObject({ title: "Alfa Romeo plan note: the Junior and the Tonale in 2026", date: "2026-02-04", dateInferred: false });
  });

  it("strips Markdown markup and takes the title from the first heading", async () => {
    const md = await extract(new TextEncoder().encode("# The **Tonale** line\n\nIt is built in [Pomigliano](https://x.test) by _skilled_ workers.\n\n- one item\n"), "markdown", "x.md");
    expect(md.title).toBe("The Tonale line");
    expect(md.text).toBe("The Tonale line\n\nIt is built in Pomigliano by skilled workers.\n\none item");
  });
});

describe("language and dates", () => {
  it("tells English from Italian and names other languages it refuses", () => {
    expect(detectLanguage("The plant in Cassino will build the new models for the brand, and the workers there are ready for it.")).toEqual({ language: "en" });
    expect(detectLanguage("Lo stabilimento di Cassino produrrà i nuovi modelli del marchio, e gli operai sono pronti per questo lavoro.")).toEqual({ language: "it" });
    expect(detectLanguage("L'usine de Cassino va construire les nouveaux modèles de la marque, et les ouvriers sont prêts pour ce travail.")).toEqual({
      language: null,
      reason: "it looks French, and only English and Italian are supported",
    });
    expect(detectLanguage("Giulia Stelvio")).toMatchObject({ language: null, reason: "too little text (2 words) to tell its language" });
  });

  it("reads dates in English and Italian forms, and refuses impossible ones", () => {
    expect(dateInLine("Published June 2, 2024")).toBe("2024-06-02");
    expect(dateInLine("2 giugno 2024, ore 10:00")).toBe("2024-06-02");
    expect(dateInLine("Updated 31st Dec 2023")).toBe("2023-12-31");
    expect(dateInLine("30 February 2024")).toBeNull();
  });
});

describe("HTML furniture by class name", () => {
  it("keeps a wrapper whose class sounds like furniture when it holds most of the page", async () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} says the Giulia is built in Cassino, and the plant is being prepared for the new platform that comes next.</p>`).join("");
    const html = `<html lang="en"><head><title>Giulia in Cassino</title></head><body><div class="post has-comments">${body}<div class="comment"><p>First!</p></div></div></body></html>`;
    const page = await extract(new TextEncoder().encode(html), "html", "x");
    expect(page.text.split("\n\n")).toHaveLength(5);
    expect(page.text).toContain("Paragraph 4 says the Giulia is built in Cassino");
    expect(page.text).not.toContain("First!");
  });
});
