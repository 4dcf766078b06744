/**
 * Terminal rendering of an answer: the direct answer, then each quote with its source.
 * Colour only when writing to a TTY, so pipes and files get plain text.
 */
import { styleText } from "node:util";
// Straight from compose.js: src/index.js would load the validator (zod) on every `ask`.
import { formatDate } from "../../src/core.js";
import type { Answer, Citation, DocumentInfo, QuoteContext } from "../../src/types.js";

type Style = Parameters<typeof styleText>[0];

/** A painter that colours on a terminal and does nothing elsewhere. */
export function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => styleText(style, text) : (_style, text) => text;
}

function wrap(text: string, width: number, indent = ""): string {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width - indent.length) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out.join("\n");
}

function sourceLine(c: Citation, language: Answer["language"]): string {
  const date = formatDate(c.date, language);
  const when = date ? ` · ${date}${c.dateInferred ? (language === "it" ? " (data stimata)" : " (date inferred)") : ""}` : "";
  return `— ${c.title}${when} · ${c.source}`;
}

/** Renders an answer for a terminal `width` columns wide. */
export function formatAnswerForTerminal(answer: Answer, options: { color: boolean; width?: number }): string {
  const paint = painter(options.color);
  const width = Math.max(40, Math.min(options.width ?? 100, 100));
  // Parts each under their own heading; a verdict leads in bold (the whole answer text is bold already).
  const head = answer.parts?.length
    ? answer.parts.map((p) => `${paint("underline", wrap(p.question, width))}\n${wrap(p.text, width)}`).join("\n\n")
    : wrap(answer.text, width);
  const parts = [answer.answered ? paint("bold", head) : paint("yellow", head)];
  for (const c of answer.citations) {
    parts.push(`${paint("cyan", wrap(`“${c.quote}”`, width, "  "))}\n${paint("dim", wrap(sourceLine(c, answer.language), width, "    "))}`);
  }
  return parts.join("\n\n");
}

/** Renders "Show context": the source, then the sentences around the quote, the quote itself in quotation marks. */
export function formatContextForTerminal(ctx: QuoteContext, options: { color: boolean; width?: number }): string {
  const paint = painter(options.color);
  const width = Math.max(40, Math.min(options.width ?? 100, 100));
  const date = formatDate(ctx.date, ctx.language);
  const head = paint("dim", wrap(`— ${ctx.title}${date ? ` · ${date}` : ""} · ${ctx.source}`, width));
  const around = (spans: QuoteContext["before"]) => spans.map((s) => wrap(s.text, width, "  "));
  const quote = paint("cyan", wrap(`“${ctx.quote.text}”`, width, "  "));
  return [head, ...around(ctx.before), quote, ...around(ctx.after)].join("\n");
}

/** Renders suggested questions as the numbered list the REPL's `:1`, `:2`... commands ask. */
export function formatSuggestions(suggestions: string[], answered: boolean, options: { color: boolean }): string {
  if (suggestions.length === 0) return "";
  const paint = painter(options.color);
  const title = answered ? "Related questions" : "Questions I can answer";
  return [paint("dim", `${title}:`), ...suggestions.map((s, i) => `  ${paint("magenta", `:${i + 1}`)}  ${s}`)].join("\n");
}

/** Renders the document list for `:sources`. */
export function formatSources(docs: DocumentInfo[], options: { color: boolean }): string {
  const paint = painter(options.color);
  return docs
    .map((d) => {
      const date = d.date ? `${d.date}${d.dateInferred ? " (inferred)" : ""}` : "undated";
      return `${paint("bold", d.source)}  ${d.title}\n    ${d.language} · ${date} · ${d.sentences} sentences${d.url ? ` · ${d.url}` : ""}`;
    })
    .join("\n");
}

const contractCitation = (c: Citation) => ({ source: c.source, title: c.title, quote: c.quote, date: c.date });

/** The contract's JSON line: one object per question, stable keys; `resolvedQuestion` is added only for a resolved follow-up. */
export function toContractJson(answer: Answer): string {
  return JSON.stringify({
    // Input may hold lone surrogates; the output is always well-formed Unicode.
    question: answer.question.toWellFormed(),
    answered: answer.answered,
    intent: answer.intent,
    language: answer.language,
    text: answer.text,
    citations: answer.citations.map(contractCitation),
    verdict: answer.verdict ?? null,
    ...(answer.parts
      ? { parts: answer.parts.map((p) => ({ question: p.question.toWellFormed(), answered: p.answered, text: p.text, citations: p.citations.map(contractCitation) })) }
      : {}),
    ...(answer.resolvedQuestion ? { resolvedQuestion: answer.resolvedQuestion.toWellFormed() } : {}),
  });
}
