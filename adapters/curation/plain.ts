/**
 * Plain text and Markdown: the text as written, with Markdown's markup removed so quotes
 * read as prose. A leading `# Heading` (or the first line) is the title.
 */
import { joinParagraphs, type Extracted } from "./extracted.js";

function stripMarkdown(block: string): string {
  return block
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, "$2");
}

/**
 * Splits a block at the line breaks that end a sentence or a heading-like short line, and
 * joins the others: those are an editor's wrapping, and a sentence must stay one line.
 */
function unwrap(block: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const line of block.split("\n").map((l) => l.trim())) {
    if (!line) continue;
    current = current ? `${current} ${line}` : line;
    if (/[.!?…:"'”’»)]$/.test(line) || line.split(/\s+/).length <= 8) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}

/** Extracts a `.txt` or `.md` document; paragraphs are blocks separated by blank lines. */
export function extractPlain(source: string, markdown: boolean): Extracted {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blocks = text.split(/\n\s*\n/);
  const heading = markdown ? /^#\s+.+$/m.exec(text)?.[0] : undefined;
  const paragraphs = (markdown ? blocks.map(stripMarkdown) : blocks).flatMap(unwrap);
  const body = joinParagraphs(paragraphs);
  return { text: body, title: (heading ? stripMarkdown(heading).trim() : body.split("\n")[0]?.trim()) || null, date: null, author: null, url: null, declaredLanguage: null };
}
