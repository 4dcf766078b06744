/**
 * `corpus list`: one line per document (file, date, language, sentences, title), read
 * from the built index so the sentence counts are the ones the bot quotes from.
 */
import type { DocumentInfo } from "../../src/types.js";

/** A fixed-width table of the documents, in file order. */
export function formatDocumentList(documents: DocumentInfo[]): string {
  const rows = [...documents]
    .sort((a, b) => a.source.localeCompare(b.source))
    .map((d) => [d.source, d.date ? `${d.date}${d.dateInferred ? "~" : ""}` : "-", d.language, String(d.sentences), d.title]);
  const header = ["file", "date", "lang", "sentences", "title"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 4 ? c : i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line), `${documents.length} documents (~ marks an inferred date)`].join("\n");
}
