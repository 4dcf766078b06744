/**
 * The buttons under every Discord answer and what their custom ids carry: 👍/👎 (the
 * answer's question-log id), one "Context" button per quote (the quote's place in its
 * article) and suggested questions (the question itself). Everything a click needs is in
 * the id (at most 100 characters), so any shard can handle the click. Also renders "Show
 * context" as an embed. Pure functions over discord.js types.
 */
import { ButtonStyle, ComponentType, escapeMarkdown, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from "discord.js";
import type { Answer, Language, QuoteContext, QuoteRef } from "../../src/types.js";
import { BRAND_COLOUR, DISCORD_LIMITS, truncate } from "./format.js";

const CUSTOM_ID_MAX = 100;
const LABEL_MAX = 80;

/** A parsed button click. */
export type ButtonAction =
  | { kind: "vote"; vote: "up" | "down"; questionId: string; language: Language }
  | { kind: "context"; ref: QuoteRef }
  | { kind: "ask"; question: string };

const labels = {
  en: { context: "Context", thanks: "Thanks for the feedback, it goes to the people who curate my articles.", notStored: "Thanks! I could not save that feedback, though; the maintainers have been told.", gone: "That quote is no longer in my articles (they were updated). Ask again for a fresh answer." },
  it: { context: "Contesto", thanks: "Grazie del riscontro: arriva a chi cura i miei articoli.", notStored: "Grazie! Non sono riuscito a salvare il riscontro; i manutentori sono stati avvisati.", gone: "Quella citazione non è più nei miei articoli (sono stati aggiornati). Chiedi di nuovo." },
} satisfies Record<Language, Record<string, string>>;

export const buttonLabels = (language: Language) => labels[language];

type Button = APIButtonComponentWithCustomId;
type Row = APIActionRowComponent<Button>;
const button = (customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): Button => ({
  type: ComponentType.Button,
  style,
  custom_id: customId,
  label: truncate(label, LABEL_MAX),
});

/**
 * Row one: 👍 👎 (when the answer was logged) and "Context 1..3"; row two: suggested
 * questions. A button whose id would not fit is left out rather than sent broken.
 */
export function answerComponents(answer: Answer, questionId: string | null, suggestions: string[]): Row[] {
  const first: Button[] = [];
  if (questionId) {
    first.push(button(`bb:up:${answer.language}:${questionId}`, "👍"), button(`bb:down:${answer.language}:${questionId}`, "👎"));
  }
  if (answer.answered) {
    answer.citations.forEach((c, i) => first.push(button(`bb:ctx:${i + 1}:${c.start}:${c.end}:${c.source}`, `${labels[answer.language].context} ${i + 1}`)));
  }
  const second = suggestions.map((q, i) => button(`bb:ask:${i + 1}:${q}`, q, ButtonStyle.Primary));
  return [first, second]
    .map((buttons) => buttons.filter((b) => b.custom_id.length <= CUSTOM_ID_MAX).slice(0, 5))
    .filter((buttons) => buttons.length > 0)
    .map((components) => ({ type: ComponentType.ActionRow, components }));
}

/** Reads a button's custom id back; null for ids that are not brandbot's. */
export function parseCustomId(customId: string): ButtonAction | null {
  let m = /^bb:(up|down):(en|it):(.+)$/.exec(customId);
  if (m) return { kind: "vote", vote: m[1] as "up" | "down", language: m[2] as Language, questionId: m[3]! };
  m = /^bb:ctx:\d+:(\d+):(\d+):(.+)$/.exec(customId);
  if (m) return { kind: "context", ref: { start: Number(m[1]), end: Number(m[2]), source: m[3]! } };
  m = /^bb:ask:\d+:(.+)$/s.exec(customId);
  if (m) return { kind: "ask", question: m[1]! };
  return null;
}

/** "Show context" as an embed: the article's title, the sentences around the quote, the quote in bold. */
export function formatContextEmbed(ctx: QuoteContext): APIEmbed {
  const around = (spans: QuoteContext["before"]) => spans.map((s) => escapeMarkdown(s.text.trim())).join(" ");
  const quote = `**${escapeMarkdown(ctx.quote.text.trim())}**`;
  const description = [around(ctx.before), quote, around(ctx.after)].filter(Boolean).join(" ");
  return {
    color: BRAND_COLOUR,
    title: truncate(ctx.title, 256),
    description: truncate(description, DISCORD_LIMITS.description),
    footer: { text: truncate(`${ctx.date ? `${ctx.date} · ` : ""}${ctx.source}`, DISCORD_LIMITS.footer) },
  };
}
