/**
 * The figures of `brandbot report --html` and `--json`, computed from the question log's
 * rows alone (a pure function: no clock, no I/O), so the page, the JSON and the tests
 * agree by construction. Days are UTC days.
 */
import type { LoggedQuestion } from "./log-rows.js";

export type { LatencyBucket, LatencyFigures } from "./report-latency.js";
import { groupQuestions } from "./report-groups.js";
import { latencyFigures, type LatencyFigures } from "./report-latency.js";
import { namesNotInArticles } from "./report-names.js";

/** Counts of questions and how many were answered, with the share in percent (null for none). */
export interface Share {
  questions: number;
  answered: number;
  answeredPct: number | null;
}

export interface UnansweredGroup {
  /** The most asked way of writing it (ties: the most recent). */
  question: string;
  count: number;
  /** Other ways it was written, most asked first. */
  variants: string[];
  last: string;
  /** Names it asks about that no article mentions. */
  notInArticles: string[];
}

export interface DownvotedAnswer {
  question: string;
  resolvedQuestion: string | null;
  intent: string | null;
  at: string;
  up: number;
  down: number;
  sources: { file: string; title: string | null }[];
}

/** Everything the report shows; also what `--json` prints. */
export interface ReportFigures {
  generatedAt: string;
  /** Start of the period (ISO), null for all time. */
  since: string | null;
  /** The period as asked (`30d`), null for all time. */
  period: string | null;
  totals: Share & { declined: number; thumbsUp: number; thumbsDown: number; users: number; followUps: number };
  byAdapter: (Share & { adapter: string })[];
  perDay: { day: string; answered: number; declined: number }[];
  byIntent: (Share & { intent: string | null; up: number; down: number })[];
  byLanguage: (Share & { language: string })[];
  latency: LatencyFigures;
  unanswered: UnansweredGroup[];
  thumbsDown: DownvotedAnswer[];
}

export interface FigureOptions {
  now: number;
  since: number | null;
  period: string | null;
  /** Whether any article mentions a name (see corpusMentions). */
  mentions: (name: string) => boolean;
  /** Article titles by file, to show sources by name. */
  titles?: Record<string, string>;
  /** Rows in each table; 20 unless told. */
  limit?: number;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => iso(ms).slice(0, 10);
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const share = (questions: number, answered: number): Share => ({ questions, answered, answeredPct: pct(answered, questions) });

function countBy<K>(rows: LoggedQuestion[], key: (r: LoggedQuestion) => K): Map<K, LoggedQuestion[]> {
  const out = new Map<K, LoggedQuestion[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const answeredIn = (rows: LoggedQuestion[]) => rows.filter((r) => r.answered).length;
const sum = (rows: LoggedQuestion[], key: "up" | "down") => rows.reduce((s, r) => s + r[key], 0);
const byQuestionsThenName = <T extends { questions: number }>(name: (t: T) => string) => (a: T, b: T) => b.questions - a.questions || name(a).localeCompare(name(b));

/** Every UTC day from the period's start (or the first question) to today, with answered and declined counts. */
function perDay(rows: LoggedQuestion[], options: FigureOptions): ReportFigures["perDay"] {
  if (rows.length === 0) return [];
  const first = Math.floor((options.since ?? rows[0]!.at) / DAY);
  const last = Math.floor(Math.max(options.now, rows.at(-1)!.at) / DAY);
  const days = Array.from({ length: last - first + 1 }, (_, i) => ({ day: dayOf((first + i) * DAY), answered: 0, declined: 0 }));
  for (const r of rows) {
    const d = days[Math.floor(r.at / DAY) - first];
    if (d) d[r.answered ? "answered" : "declined"]++;
  }
  return days;
}

function unanswered(rows: LoggedQuestion[], options: FigureOptions, limit: number): UnansweredGroup[] {
  return groupQuestions(rows.filter((r) => !r.answered))
    .slice(0, limit)
    .map((g) => ({
      question: g.variants[0]!.text,
      count: g.count,
      variants: g.variants.slice(1).map((v) => v.text),
      last: iso(g.last),
      notInArticles: namesNotInArticles(g.variants.map((v) => v.text), options.mentions),
    }));
}

function thumbsDown(rows: LoggedQuestion[], options: FigureOptions, limit: number): DownvotedAnswer[] {
  return rows
    .filter((r) => r.down > 0)
    .sort((a, b) => b.down - a.down || b.at - a.at)
    .slice(0, limit)
    .map((r) => ({
      question: r.question,
      resolvedQuestion: r.resolvedQuestion,
      intent: r.intent,
      at: iso(r.at),
      up: r.up,
      down: r.down,
      sources: r.sources.map((file) => ({ file, title: options.titles?.[file] ?? null })),
    }));
}

/** The report's figures for `rows` (the questions of the period, oldest first). */
export function reportFigures(rows: LoggedQuestion[], options: FigureOptions): ReportFigures {
  const limit = options.limit ?? 20;
  const answered = answeredIn(rows);
  const intents = [...countBy(rows, (r) => r.intent)].map(([intent, rs]) => ({ intent, ...share(rs.length, answeredIn(rs)), up: sum(rs, "up"), down: sum(rs, "down") }));
  return {
    generatedAt: iso(options.now),
    since: options.since === null ? null : iso(options.since),
    period: options.period,
    totals: {
      ...share(rows.length, answered),
      declined: rows.length - answered,
      thumbsUp: sum(rows, "up"),
      thumbsDown: sum(rows, "down"),
      users: new Set(rows.map((r) => r.user)).size,
      followUps: rows.filter((r) => r.resolvedQuestion !== null).length,
    },
    byAdapter: [...countBy(rows, (r) => r.adapter)].map(([adapter, rs]) => ({ adapter, ...share(rs.length, answeredIn(rs)) })).sort(byQuestionsThenName((a) => a.adapter)),
    perDay: perDay(rows, options),
    // Declines have no intent: they sort last, whatever their count.
    byIntent: intents.sort((a, b) => Number(a.intent === null) - Number(b.intent === null) || byQuestionsThenName<(typeof intents)[number]>((i) => i.intent ?? "")(a, b)),
    byLanguage: [...countBy(rows, (r) => r.language)].map(([language, rs]) => ({ language, ...share(rs.length, answeredIn(rs)) })).sort(byQuestionsThenName((l) => l.language)),
    latency: latencyFigures(rows.map((r) => r.latencyMs)),
    unanswered: unanswered(rows, options, limit),
    thumbsDown: thumbsDown(rows, options, limit),
  };
}
