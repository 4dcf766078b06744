/**
 * The buttons under a Slack answer and what they carry: thumbs up / down (the answer's
 * question-log id), "Show context" on each quote (the quote's place in its article) and
 * suggested questions (the question itself). Everything a click needs travels in the
 * button, so any process answering the click can handle it. Pure functions, no Bolt.
 */
import type { types as SlackTypes } from "@slack/bolt";
import type { Citation, Language, QuoteRef } from "../../src/types.js";

export const FEEDBACK_ACTION = { up: "brandbot_feedback_up", down: "brandbot_feedback_down" } as const;
/** Prefix of the "Show context" buttons: `brandbot_context:<n>:<start>:<end>:<source>`. */
export const CONTEXT_ACTION_PREFIX = "brandbot_context:";
/** Prefix of the suggested-question buttons: `brandbot_suggest_<n>`, the question in the value. */
export const SUGGEST_ACTION_PREFIX = "brandbot_suggest_";
/** Blocks that stay at the end when a long message is cut to Slack's block limit. */
export const TAIL_BLOCK_PREFIX = "brandbot_tail";

const ACTION_ID_MAX = 255;
const BUTTON_TEXT_MAX = 75;

const LABELS: Record<Language, { context: string; related: string; closest: string; thanks: string; notStored: string; gone: string }> = {
  en: {
    context: "Show context",
    related: "Related questions",
    closest: "Questions I can answer",
    thanks: "Thanks for the feedback, it goes to the people who curate my articles.",
    notStored: "Thanks! I could not save that feedback, though; the maintainers have been told.",
    gone: "That quote is no longer in my articles (they were updated). Ask again for a fresh answer.",
  },
  it: {
    context: "Mostra contesto",
    related: "Domande correlate",
    closest: "Domande a cui so rispondere",
    thanks: "Grazie del riscontro: arriva a chi cura i miei articoli.",
    notStored: "Grazie! Non sono riuscito a salvare il riscontro; i manutentori sono stati avvisati.",
    gone: "Quella citazione non è più nei miei articoli (sono stati aggiornati). Chiedi di nuovo.",
  },
};

export const interactiveLabels = (language: Language) => LABELS[language];

const plain = (text: string) => ({ type: "plain_text" as const, text: text.length > BUTTON_TEXT_MAX ? `${text.slice(0, BUTTON_TEXT_MAX - 1)}…` : text, emoji: true });

/** The "Show context" accessory for quote `n`, or undefined when its reference would not fit an action id. */
export function contextButton(n: number, citation: Citation, language: Language): SlackTypes.Button | undefined {
  const actionId = `${CONTEXT_ACTION_PREFIX}${n}:${citation.start}:${citation.end}:${citation.source}`;
  if (actionId.length > ACTION_ID_MAX) return undefined;
  return { type: "button", action_id: actionId, text: plain(LABELS[language].context) };
}

/** Reads the quote reference back out of a "Show context" action id. */
export function parseContextAction(actionId: string): QuoteRef | null {
  const m = /^brandbot_context:\d+:(\d+):(\d+):(.+)$/.exec(actionId);
  return m ? { start: Number(m[1]), end: Number(m[2]), source: m[3]! } : null;
}

/** 👍 and 👎; the value is `<question id>:<language>` so the thanks is in the asker's language. */
export function feedbackButtons(questionId: string, language: Language): SlackTypes.Button[] {
  return (["up", "down"] as const).map((vote) => ({
    type: "button",
    action_id: FEEDBACK_ACTION[vote],
    text: plain(vote === "up" ? "👍" : "👎"),
    value: `${questionId}:${language}`,
  }));
}

/** Reads a feedback button's value back. */
export function parseFeedbackValue(value: string): { questionId: string; language: Language } {
  const at = value.lastIndexOf(":");
  const language = value.slice(at + 1) === "it" ? "it" : "en";
  return { questionId: at < 0 ? value : value.slice(0, at), language };
}

/** The label and button row for suggested questions; `escape` is the formatter's Slack escaping. */
export function suggestionBlocks(suggestions: string[], answered: boolean, language: Language, escape: (s: string) => string): SlackTypes.KnownBlock[] {
  if (suggestions.length === 0) return [];
  const label = answered ? LABELS[language].related : LABELS[language].closest;
  return [
    { type: "context", block_id: `${TAIL_BLOCK_PREFIX}_label`, elements: [{ type: "mrkdwn", text: `*${label}*`, verbatim: true }] },
    {
      type: "actions",
      block_id: `${TAIL_BLOCK_PREFIX}_suggest`,
      elements: suggestions.map((q, i) => ({ type: "button", action_id: `${SUGGEST_ACTION_PREFIX}${i}`, text: plain(q), value: escape(q).slice(0, 2000) })),
    },
  ];
}
