/**
 * Block Kit rendering of core answers. Pure functions, no Bolt at runtime, so the
 * escaping and Slack's size limits can be unit-tested without a server.
 */
import type { types as SlackTypes } from "@slack/bolt";
import { presentText } from "../runtime/present.js";
import type { Answer, Citation, Language } from "../../src/types.js";
import { contextButton, feedbackButtons, suggestionBlocks, TAIL_BLOCK_PREFIX } from "./interactive.js";

/** Slack's documented limits; exceeding them makes the whole message fail, so we trim instead. */
export const SLACK_LIMITS = {
  sectionText: 3000,
  contextText: 3000,
  blocks: 50,
  buttonValue: 2000,
  /** Notification/fallback text: kept short so push previews stay readable. */
  fallbackText: 3000,
} as const;

/** The Share button's action id: the handler and the formatter must agree on it. */
export const SHARE_ACTION_ID = "brandbot_share";

/** A Block Kit message body, ready for `respond`, `chat.postMessage` or an ack. */
export interface SlackMessage {
  text: string;
  blocks: SlackTypes.KnownBlock[];
}

/** How an answer is presented; the same answer renders privately, shared, or in a thread. */
export interface FormatOptions {
  /** Echo the question first: slash command text is invisible to everyone, even the asker, after sending. */
  echoQuestion?: boolean;
  /** Offer the "Share in channel" button (private slash command answers only). */
  shareable?: boolean;
  /** Slack user id of the asker, shown as "asked by" when an answer is shared publicly. */
  askedBy?: string;
  /**
   * The buttons of a live answer: 👍/👎 (when it has a question-log id), "Show context" on
   * each quote, and suggested questions. Left out, the answer is rendered plain.
   */
  interactive?: { questionId: string | null; suggestions: string[] };
}

const LABELS: Record<Language, { share: string; askedBy: string; youAsked: string; topics: string; examples: string; estimated: string; shortened: string; omitted: string }> = {
  en: { share: "Share in channel", askedBy: "asked by", youAsked: "You asked", topics: "What I cover", examples: "Try asking", estimated: "date estimated", shortened: "Your question was long, so I only read its beginning.", omitted: "More content was left out to fit Slack's limits." },
  it: { share: "Condividi nel canale", askedBy: "chiesto da", youAsked: "Hai chiesto", topics: "Di cosa parlo", examples: "Prova a chiedere", estimated: "data stimata", shortened: "La domanda era lunga: ho letto solo l'inizio.", omitted: "Altro contenuto omesso per i limiti di Slack." },
};

/**
 * Escapes Slack's three control characters. Without this, text such as `<!channel>`
 * or `<@U123>` inside a quote or an echoed question would ping people.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Undoes Slack's escaping of incoming message text, so the engine sees what the user typed. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Cuts already-escaped text to `max` characters with an ellipsis, never splitting an
 * entity like `&amp;` (a half entity would render as garbage).
 */
export function trimSlackText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/&[a-z]{0,3}$/, "");
  return `${cut}…`;
}

const mrkdwn = (text: string, max: number) => ({ type: "mrkdwn" as const, text: trimSlackText(text, max), verbatim: true });
const section = (text: string): SlackTypes.SectionBlock => ({ type: "section", text: mrkdwn(text, SLACK_LIMITS.sectionText) });
const context = (text: string): SlackTypes.ContextBlock => ({ type: "context", elements: [mrkdwn(text, SLACK_LIMITS.contextText)] });

/** A quote as a Slack blockquote: every line needs its own `>` or the quote ends at the first newline. */
function quoteBlock(citation: Citation, accessory?: SlackTypes.Button): SlackTypes.SectionBlock {
  const quoted = escapeSlackText(citation.quote.trim()).split(/\r?\n/).map((line) => `>${line}`).join("\n");
  return accessory ? { ...section(quoted), accessory } : section(quoted);
}

function sourceLine(citation: Citation, labels: (typeof LABELS)[Language]): string {
  const title = escapeSlackText(citation.title).replace(/\|/g, "¦");
  // A link label must not contain `|`, and an URL with `>` would end the link early.
  const linked = citation.url && !/[\s<>|]/.test(citation.url) ? `<${escapeSlackText(citation.url)}|${title}>` : title;
  const date = citation.date ? ` · ${citation.date}${citation.dateInferred ? ` (${labels.estimated})` : ""}` : "";
  return `${linked}${date}`;
}

/** A block that belongs to the message's tail: the buttons, and the label of the suggestions. */
const isTail = (block: SlackTypes.KnownBlock) => block.type === "actions" || (block.block_id ?? "").startsWith(TAIL_BLOCK_PREFIX);

/**
 * Keeps a message within the block cap by dropping body blocks from the end, keeping the
 * trailing buttons (Share, feedback, suggestions) and saying that something was left out.
 */
export function limitBlocks(blocks: SlackTypes.KnownBlock[], omittedNote: string, max: number = SLACK_LIMITS.blocks): SlackTypes.KnownBlock[] {
  if (blocks.length <= max) return blocks;
  let from = blocks.length;
  while (from > 0 && isTail(blocks[from - 1]!)) from -= 1;
  const tail = blocks.slice(from);
  const body = blocks.slice(0, blocks.length - tail.length);
  return [...body.slice(0, max - tail.length - 1), context(omittedNote), ...tail];
}

/** Renders one core answer (answer, decline or help) as a Slack message. */
export function formatAnswer(answer: Answer, options: FormatOptions = {}): SlackMessage {
  const labels = LABELS[answer.language];
  const question = escapeSlackText(answer.question.trim());
  const blocks: SlackTypes.KnownBlock[] = [];
  if (options.askedBy !== undefined) {
    blocks.push(context(`${labels.askedBy} <@${options.askedBy}>${question ? `: ${question}` : ""}`));
  } else if (options.echoQuestion && question) {
    blocks.push(context(`${labels.youAsked}: ${question}`));
  }
  // Help and declines: the core's message alone, as the topics and examples follow as bullets.
  blocks.push(section(answer.help ? escapeSlackText(answer.help.message) : presentText(answer, { bold: (t) => `*${t}*`, escape: escapeSlackText })));
  if (answer.truncated) blocks.push(context(labels.shortened));
  const live = options.interactive;
  answer.citations.forEach((citation, i) => {
    const button = live && answer.answered ? contextButton(i + 1, citation, answer.language) : undefined;
    blocks.push(quoteBlock(citation, button), context(sourceLine(citation, labels)));
  });
  if (answer.help) {
    const bullets = (items: string[]) => items.map((item) => `• ${escapeSlackText(item)}`).join("\n");
    if (answer.help.topics.length > 0) blocks.push(section(`*${labels.topics}*\n${bullets(answer.help.topics)}`));
    if (answer.help.examples.length > 0) blocks.push(section(`*${labels.examples}*\n${bullets(answer.help.examples)}`));
  }
  const buttons: SlackTypes.Button[] = [];
  if (options.shareable && answer.answered) {
    buttons.push({
      type: "button",
      action_id: SHARE_ACTION_ID,
      text: { type: "plain_text", text: labels.share },
      // The question travels in the button (re-answering on click is cheap and deterministic),
      // escaped like all outgoing text; the Share handler unescapes it.
      value: trimSlackText(escapeSlackText(answer.question), SLACK_LIMITS.buttonValue),
    });
  }
  if (live?.questionId) buttons.push(...feedbackButtons(live.questionId, answer.language));
  if (buttons.length > 0) blocks.push({ type: "actions", block_id: `${TAIL_BLOCK_PREFIX}_buttons`, elements: buttons });
  if (live) blocks.push(...suggestionBlocks(live.suggestions, answer.answered, answer.language, escapeSlackText));
  return { text: trimSlackText(escapeSlackText(answer.text), SLACK_LIMITS.fallbackText), blocks: limitBlocks(blocks, labels.omitted) };
}

/** A short plain message (rate-limit note, apology), escaped like everything else we send. */
export function formatNotice(text: string): SlackMessage {
  return { text: escapeSlackText(text), blocks: [section(escapeSlackText(text))] };
}
