/**
 * How every adapter lays out an answer's text: a yes/no verdict first in bold, and for a
 * two-part question each part under its own heading. Markup and escaping are the adapter's
 * own (Slack mrkdwn, Discord markdown, a terminal's bold), passed in.
 */
import type { Answer } from "../../src/types.js";

export interface Markup {
  bold(text: string): string;
  escape(text: string): string;
}

/** The verdict's own sentence ("No.", "It changed over time.") and the rest of the text. */
export function splitVerdict(answer: Answer): { verdict: string | null; rest: string } {
  if (answer.verdict == null) return { verdict: null, rest: answer.text };
  const end = answer.text.indexOf(". ");
  return end < 0 ? { verdict: null, rest: answer.text } : { verdict: answer.text.slice(0, end + 1), rest: answer.text.slice(end + 2) };
}

/** The answer's text with its verdict in bold, or its parts under bold headings. */
export function presentText(answer: Answer, m: Markup): string {
  if (answer.parts?.length) return answer.parts.map((p) => `${m.bold(m.escape(p.question))}\n${m.escape(p.text)}`).join("\n\n");
  const { verdict, rest } = splitVerdict(answer);
  return verdict ? `${m.bold(m.escape(verdict))} ${m.escape(rest)}` : m.escape(answer.text);
}
