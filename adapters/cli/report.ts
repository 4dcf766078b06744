/**
 * `brandbot report [--since 7d]`: what the question log says the corpus is missing, for
 * the person who curates `corpus/` and `seeds/`: the most frequent unanswered questions,
 * the answers people gave a thumbs down, and counts by intent and by language. Plain text
 * tables on stdout; `--json` prints the full figures and `--html FILE` writes them as a page
 * with charts (adapters/report/, loaded only then). Reads the log without ever creating or
 * changing it.
 */
import { openLogForReport } from "../runtime/open-log.js";
import type { LoggedQuestion, LogReport } from "../runtime/question-log.js";
import { withoutControls } from "../runtime/stored-text.js";

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses `30m`, `12h`, `7d`, `2w` into milliseconds; throws naming the bad value. */
export function parseSince(value: string): number {
  const m = /^\s*(\d+)\s*([mhdw])\s*$/i.exec(value);
  if (!m || Number(m[1]) <= 0) throw new Error(`report: --since must be a positive number followed by m, h, d or w (e.g. 7d), got "${value}"`);
  return Number(m[1]) * UNITS[m[2]!.toLowerCase()]!;
}

/** A plain text table: a header row, a rule, then rows; columns padded to their widest cell. */
export function table(header: string[], rows: (string | number)[][], numeric: boolean[] = []): string {
  // Stored text is printed to a terminal: no escape sequence from a question may reach it.
  const cells = [header, ...rows.map((r) => r.map((cell) => withoutControls(String(cell))))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) => r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

const cut = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${Math.round((part / whole) * 100)}%`);

/** Renders a report as the text `brandbot report` prints. */
export function formatReport(r: LogReport, label: string): string {
  const out = [`Questions ${label}: ${r.total} asked, ${r.answered} answered (${percent(r.answered, r.total)}).`];
  out.push("", "Most frequent unanswered questions");
  out.push(r.unanswered.length ? table(["count", "question"], r.unanswered.map((u) => [u.count, cut(u.question)]), [true]) : "  (none)");
  out.push("", "Answers with thumbs down");
  out.push(
    r.thumbsDown.length
      ? table(
          ["down", "up", "intent", "question", "sources"],
          r.thumbsDown.map((d) => [d.down, d.up, d.intent ?? "(declined)", cut(d.resolvedQuestion ? `${d.question} → ${d.resolvedQuestion}` : d.question, 60), d.sources.join(", ") || "-"]),
          [true, true],
        )
      : "  (none)",
  );
  out.push("", "By intent");
  out.push(
    r.byIntent.length
      ? table(["intent", "questions", "answered", "👍", "👎"], r.byIntent.map((i) => [i.intent ?? "(declined)", i.questions, i.answered, i.up, i.down]), [false, true, true, true, true])
      : "  (none)",
  );
  out.push("", "By language");
  out.push(
    r.byLanguage.length
      ? table(["language", "questions", "answered", "answered %"], r.byLanguage.map((l) => [l.language, l.questions, l.answered, percent(l.answered, l.questions)]), [false, true, true, true])
      : "  (none)",
  );
  return out.join("\n");
}

/** How `report` was asked for: `since` as typed (`7d`), `html` the page to write, `json` to print the figures. */
export interface ReportCommand {
  since: string | undefined;
  env: Record<string, string | undefined>;
  root: string;
  /** How long the log keeps questions (BRANDBOT_LOG_DAYS), to say which period a report can cover. */
  logDays?: number;
  now?: number;
  html?: string | undefined;
  json?: boolean;
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");

/** Runs `report`; returns the exit code. */
export async function runReport(options: ReportCommand): Promise<number> {
  const window = options.since === undefined ? undefined : parseSince(options.since);
  // PostgreSQL when DATABASE_URL is set, else the SQLite file; either gives the same report.
  const opened = await openLogForReport(options.env, options.root);
  if ("problem" in opened) {
    process.stderr.write(`${oneLine(opened.problem)}\n`);
    return 1;
  }
  const { log } = opened;
  const now = options.now ?? Date.now();
  const since = window === undefined ? null : now - window;
  const logDays = options.logDays ?? 180;
  const figures = options.html !== undefined || options.json;
  let read: { rows: LoggedQuestion[] } | { report: LogReport };
  try {
    read = figures ? { rows: await log.rows(since ?? 0) } : { report: await log.report(since ?? 0) };
  } catch (error) {
    process.stderr.write(`report: cannot read the question log at ${log.path}: ${oneLine(error)}\n`);
    return 1;
  } finally {
    await log.close();
  }
  if ("report" in read) {
    const label = since === null ? "of all time" : `since ${new Date(since).toISOString().slice(0, 16).replace("T", " ")} UTC (${options.since!.trim()})`;
    process.stdout.write(`${formatReport(read.report, label)}\n`);
    // The log forgets: say which period a report can cover at most.
    process.stdout.write(`\nThe log keeps questions for ${logDays} days (BRANDBOT_LOG_DAYS): this report covers at most since ${new Date(now - logDays * 86_400_000).toISOString().slice(0, 10)}.\n`);
    return 0;
  }
  const { writeFigureReports } = await import("../report/write.js");
  const out = (text: string) => void process.stdout.write(text);
  const err = (text: string) => void process.stderr.write(text);
  return writeFigureReports(read.rows, { now, since, period: options.since?.trim() ?? null, root: options.root, logDays, json: options.json ?? false, html: options.html, out, err });
}
