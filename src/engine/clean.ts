/**
 * Raw chat input into a question: markup, control characters and excess length removed,
 * and small talk ("hi", "grazie") told apart from questions.
 */

// Chat markup and invisible characters carry no meaning for the question.
const MARKUP = /<[@#!][^>]*>|@(?:everyone|here)\b|\|\||```|`/g;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
// Greetings, thanks and "what can you do": the help reply, not a decline.
export const SMALL_TALK =
  /^(?:help|aiuto|\?|start|hi|hey|hello|ciao|salve|buongiorno|thanks?|thank you|thx|grazie(?: mille)?|who are you|what are you|what can you do|what do you know|how can you help|chi sei|cosa sai fare|cosa puoi fare|come puoi aiutarmi)[\s!?.]*$/i;

/** Cleans raw input into a question; reports whether it had to be cut. */
export function cleanQuestion(input: unknown, max: number): { text: string; truncated: boolean } {
  let raw = "";
  try {
    raw = typeof input === "string" ? input : String(input ?? "");
  } catch {
    // An object whose toString throws (or has none) is no question at all.
  }
  const wellFormed = raw.toWellFormed();
  const cut = [...wellFormed.slice(0, max * 4)].slice(0, max).join("");
  const truncated = [...wellFormed.slice(0, max * 4 + 1)].length > max;
  const text = cut.replace(CONTROL, " ").replace(MARKUP, " ").replace(/\s+/g, " ").trim();
  return { text, truncated };
}
