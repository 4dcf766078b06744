/**
 * "Show context" rendered for Slack: the source, the sentences before the quote, the quote
 * in bold, the sentences after, all escaped like every other outgoing text.
 */
import type { QuoteContext } from "../../src/types.js";
import { escapeSlackText, formatNotice, SLACK_LIMITS, trimSlackText, type SlackMessage } from "./format.js";
import { interactiveLabels } from "./interactive.js";

/** The private reply to a "Show context" click; a notice when the quote is gone. */
export function formatContext(ctx: QuoteContext | null, language: "en" | "it"): SlackMessage {
  if (!ctx) return formatNotice(interactiveLabels(language).gone);
  const around = (spans: QuoteContext["before"]) => spans.map((s) => escapeSlackText(s.text.trim())).join(" ");
  // Bold per line: Slack's *...* does not span line breaks; a literal * would end it early.
  const quote = escapeSlackText(ctx.quote.text.trim()).replace(/\*/g, "∗").split(/\r?\n/).filter((l) => l.trim()).map((l) => `*${l.trim()}*`).join("\n");
  const body = [around(ctx.before), quote, around(ctx.after)].filter(Boolean).join(" ");
  const source = `${escapeSlackText(ctx.title)}${ctx.date ? ` · ${ctx.date}` : ""} · ${escapeSlackText(ctx.source)}`;
  return {
    text: trimSlackText(escapeSlackText(ctx.quote.text), SLACK_LIMITS.fallbackText),
    blocks: [
      { type: "context", elements: [{ type: "mrkdwn", text: trimSlackText(source, SLACK_LIMITS.contextText), verbatim: true }] },
      { type: "section", text: { type: "mrkdwn", text: trimSlackText(body, SLACK_LIMITS.sectionText), verbatim: true } },
    ],
  };
}
