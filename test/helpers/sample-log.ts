/**
 * A question log with known contents for the report tests: eleven questions over four UTC
 * days (one of them 40 days back, outside `--since 30d`), in English and Italian, through
 * Slack, Discord and the REPL, with thumbs up and down, one follow-up, and one unanswered
 * question asked four ways (case, punctuation, a spelling slip).
 */
import { openQuestionLog, type QuestionEntry, type QuestionLog } from "../../adapters/runtime/question-log.js";
import { silentLogger } from "../../src/types.js";

const DAY = 86_400_000;
const GIULIA = "000_0ec8988f766c771a.txt";
const SALES = "001_33d768776d9d5d5b.txt";
const IMPARATO = "003_64c93fd37247ca6c.txt";

type Entry = Omit<QuestionEntry, "id" | "at" | "via" | "resolvedQuestion"> & { resolvedQuestion?: string; days: number; minute: number };

const entries: (Entry & { votes?: [string, "up" | "down"][] })[] = [
  { days: 40, minute: 0, adapter: "slack", user: "u-old", language: "en", intent: "sales", answered: true, question: "How many cars did Alfa sell?", sources: [SALES], latencyMs: 9 },
  { days: 3, minute: 0, adapter: "slack", user: "u1", language: "en", intent: "production_location", answered: true, question: "Where is the Giulia built?", sources: [GIULIA], latencyMs: 3.2, votes: [["u2", "up"]] },
  {
    days: 3, minute: 1, adapter: "slack", user: "u1", language: "en", intent: "production_location", answered: true, question: "and the Tonale?",
    resolvedQuestion: "Where is the Tonale built?", sources: [GIULIA, IMPARATO], latencyMs: 4.1, votes: [["u1", "down"], ["u3", "down"]],
  },
  { days: 3, minute: 2, adapter: "discord", user: "u3", language: "en", intent: null, answered: false, question: "Who is the CEO of Fiat?", sources: [], latencyMs: 2.5 },
  { days: 2, minute: 0, adapter: "discord", user: "u4", language: "it", intent: "people_roles", answered: true, question: "Chi ha scelto Imparato?", sources: [IMPARATO], latencyMs: 7.5, votes: [["u4", "up"]] },
  { days: 2, minute: 1, adapter: "repl", user: "u1", language: "en", intent: null, answered: false, question: "who is the ceo of fiat", sources: [], latencyMs: 1.8 },
  { days: 2, minute: 2, adapter: "slack", user: "u5", language: "en", intent: null, answered: false, question: "What's the top speed of the Giulia Quadrifoglio?", sources: [], latencyMs: 12 },
  { days: 1, minute: 0, adapter: "slack", user: "u4", language: "it", intent: null, answered: false, question: "Quanto costa l'Alfa Romeo Junior?", sources: [], latencyMs: 30 },
  { days: 1, minute: 1, adapter: "slack", user: "u2", language: "en", intent: "sales", answered: true, question: "What is the 2024 sales target?", sources: [SALES], latencyMs: 26, votes: [["u1", "down"], ["u5", "up"]] },
  { days: 1, minute: 2, adapter: "slack", user: "u6", language: "en", intent: null, answered: false, question: "Who is the CEO of Fiat", sources: [], latencyMs: 2 },
  { days: 1, minute: 3, adapter: "discord", user: "u1", language: "en", intent: null, answered: false, question: "Who is teh CEO of Fiat?", sources: [], latencyMs: 60 },
];

/** When each sample question was asked, for a report made at `now` (noon UTC, `days` days back, a minute apart). */
export const askedAt = (now: number, days: number, minute: number) => Math.floor(now / DAY) * DAY - days * DAY + 12 * 3_600_000 + minute * 60_000;

/** Records the sample questions and votes in `log` (SQLite or PostgreSQL) as if asked before `now`. */
export async function recordSampleLog(log: QuestionLog, now: number): Promise<void> {
  for (const [i, e] of entries.entries()) {
    const at = askedAt(now, e.days, e.minute);
    const { days: _days, minute: _minute, votes, resolvedQuestion, ...entry } = e;
    log.record({ ...entry, id: `q${i}`, at, via: null, resolvedQuestion: resolvedQuestion ?? null });
    for (const [user, vote] of votes ?? []) if (!(await log.feedback(`q${i}`, user, vote, at + 1000))) throw new Error(`sample-log: vote on q${i} not stored`);
  }
}

/** Writes the sample log in a SQLite file at `path` as if its questions were asked before `now`. */
export async function writeSampleLog(path: string, now: number): Promise<void> {
  const log = openQuestionLog(path, silentLogger)!;
  await recordSampleLog(log, now);
  log.close();
}

/** The UTC day `days` before `now`, as the report writes it. */
export const dayBefore = (now: number, days: number) => new Date(Math.floor(now / DAY) * DAY - days * DAY).toISOString().slice(0, 10);
