/**
 * Turns an engine Answer into a Discord embed. Discord rejects a whole message when any
 * limit is exceeded, so every string is measured here and trimmed or split, never sent raw.
 */
import { escapeMarkdown, type APIEmbed, type APIEmbedField } from "discord.js";
import { presentText } from "../runtime/present.js";
import type { Answer, Citation, Language } from "../../src/types.js";

/** Alfa Romeo red, so answers are recognisable in a busy channel. */
export const BRAND_COLOUR = 0x9b1b30;

/** Discord's documented message and embed limits, in UTF-16 code units (a safe upper bound). */
export const DISCORD_LIMITS = {
  content: 2000,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
} as const;

const labels = {
  en: {
    topics: "What I cover",
    examples: "Try asking",
    continued: "(cont.)",
    link: "Read the article",
    inferred: "date inferred",
    noDate: "undated",
    truncated: "Your question was shortened to the maximum length.",
    omitted: "More quotes were left out to fit Discord's limits.",
  },
  it: {
    topics: "Di cosa parlo",
    examples: "Prova a chiedere",
    continued: "(segue)",
    link: "Leggi l'articolo",
    inferred: "data stimata",
    noDate: "senza data",
    truncated: "La domanda è stata accorciata alla lunghezza massima.",
    omitted: "Altre citazioni sono state omesse per rispettare i limiti di Discord.",
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * Cuts `text` to at most `max` code units, ending in an ellipsis when cut, without
 * splitting a surrogate pair (a half emoji renders as garbage).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return text.slice(0, cut).trimEnd() + "…";
}

/** Splits `text` into pieces of at most `max` code units, preferring to break between words. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = max;
    // Never separate a surrogate pair or a markdown escape from the character it escapes.
    while (cut > 1 && /[\uD800-\uDBFF\\]/.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, "");
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Plain message content (cool-down notes, fallbacks) trimmed to the 2,000 limit. */
export function formatContent(text: string): string {
  return truncate(text, DISCORD_LIMITS.content);
}

function citationHeading(citation: Citation, language: Language): string {
  const date = citation.date ?? labels[language].noDate;
  const when = citation.dateInferred ? `${date}, ${labels[language].inferred}` : date;
  return `${citation.title} (${when})`;
}

/** One citation as one or more fields: long quotes continue in "(cont.)" fields rather than being cut. */
function citationFields(citation: Citation, language: Language): APIEmbedField[] {
  const heading = citationHeading(citation, language);
  // Angle brackets keep Discord from unfurling a preview of every cited article.
  const link = citation.url && citation.url.length <= 512 ? `\n[${labels[language].link}](<${citation.url}>)` : "";
  const chunks = splitText(`“${escapeMarkdown(citation.quote)}”`, DISCORD_LIMITS.fieldValue - link.length);
  return chunks.map((chunk, i) => ({
    name: truncate(i === 0 ? heading : `${heading} ${labels[language].continued}`, DISCORD_LIMITS.fieldName),
    value: i === chunks.length - 1 ? chunk + link : chunk,
  }));
}

function helpFields(answer: Answer): APIEmbedField[] {
  if (!answer.help) return [];
  const text = labels[answer.language];
  const list = (items: string[]) => truncate(items.map((item) => `• ${escapeMarkdown(item)}`).join("\n"), DISCORD_LIMITS.fieldValue);
  return [
    answer.help.topics.length > 0 ? { name: text.topics, value: list(answer.help.topics) } : null,
    answer.help.examples.length > 0 ? { name: text.examples, value: list(answer.help.examples) } : null,
  ].filter((field): field is APIEmbedField => field !== null);
}

/**
 * The reply embed: the direct answer as the description, each verbatim quote as a field
 * titled with its source and date, help topics on declines, in the brand colour.
 * Guaranteed within every Discord embed limit whatever the answer holds.
 */
export function formatAnswerEmbed(answer: Answer): APIEmbed {
  const text = labels[answer.language];
  // Help and declines: the core's message alone, as topics and examples follow as fields.
  const shown = answer.help ? escapeMarkdown(answer.help.message) : presentText(answer, { bold: (t) => `**${t}**`, escape: escapeMarkdown });
  const description = truncate(shown, DISCORD_LIMITS.description);
  const candidates = [...answer.citations.flatMap((c) => citationFields(c, answer.language)), ...helpFields(answer)];
  const footerNotes = answer.truncated ? [text.truncated] : [];
  // Reserve room for the omission note up front so adding it can never break the total.
  let budget = DISCORD_LIMITS.embedTotal - description.length - text.truncated.length - text.omitted.length - 1;
  const fields: APIEmbedField[] = [];
  for (const field of candidates) {
    const size = field.name.length + field.value.length;
    if (fields.length === DISCORD_LIMITS.fields || size > budget) {
      footerNotes.push(text.omitted);
      break;
    }
    fields.push(field);
    budget -= size;
  }
  // Discord rejects an embed with an empty description, and the engine's text is never meant to be empty.
  const embed: APIEmbed = { color: BRAND_COLOUR, description: description || "…" };
  if (fields.length > 0) embed.fields = fields;
  if (footerNotes.length > 0) embed.footer = { text: footerNotes.join(" ") };
  return embed;
}

/** Total characters Discord counts against the 6,000 embed limit; exported for tests and logs. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (embed.title ?? "").length + (embed.description ?? "").length + fields + (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
}
