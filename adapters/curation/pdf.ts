/**
 * PDFs (press releases, plan presentations): text through unpdf, a maintained build of
 * Mozilla's PDF.js that needs no canvas or worker. PDF.js gives positioned runs of text;
 * lines are rebuilt from its end-of-line marks and paragraphs from vertical gaps wider
 * than the page's usual line spacing, so quotes keep the article's paragraphs.
 */
import { joinParagraphs, type Extracted } from "./extracted.js";
import { dateLineInText } from "./dates.js";

interface Line {
  text: string;
  y: number;
}

interface TextItem {
  str?: string;
  transform?: number[];
  hasEOL?: boolean;
}

function linesOf(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let text = "";
  let y: number | null = null;
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    if (y === null && item.str.trim()) y = item.transform?.[5] ?? 0;
    text += item.str;
    if (item.hasEOL) {
      if (text.trim()) lines.push({ text: text.trim(), y: y ?? 0 });
      text = "";
      y = null;
    }
  }
  if (text.trim()) lines.push({ text: text.trim(), y: y ?? 0 });
  return lines;
}

/** Groups one page's lines into paragraphs at gaps clearly wider than its typical line gap. */
function paragraphsOf(lines: Line[]): string[] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 4)] ?? 0;
  const paragraphs: string[] = [];
  let current = "";
  lines.forEach((line, i) => {
    const gap = i === 0 ? 0 : lines[i - 1]!.y - line.y;
    if (current && (gap > usual * 1.4 || gap < 0)) {
      paragraphs.push(current);
      current = "";
    }
    // A word hyphenated across lines is one word again; other line ends are spaces.
    current = !current ? line.text : /\p{L}-$/u.test(current) ? `${current.slice(0, -1)}${line.text}` : `${current} ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** "D:20240602103000+02'00'" (the PDF date format) to "2024-06-02". */
function pdfDate(value: unknown): string | null {
  const m = typeof value === "string" ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Extracts the text of every page and the title, author and date the PDF states. */
export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  const { getDocumentProxy } = await import("unpdf");
  // Verbosity 0: PDF.js would otherwise print repair warnings about damaged files to stderr.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const paragraphs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      paragraphs.push(...paragraphsOf(linesOf(content.items as TextItem[])));
    }
    const text = joinParagraphs(paragraphs);
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const stated = (key: string) => (typeof info[key] === "string" && (info[key] as string).trim()) || null;
    return {
      text,
      title: stated("Title") ?? (text.split("\n")[0]?.trim() || null),
      // The creation date is when the file was made, so a date line in the text comes first.
      date: dateLineInText(text) ?? pdfDate(info.CreationDate),
      author: stated("Author"),
      url: null,
      declaredLanguage: null,
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
