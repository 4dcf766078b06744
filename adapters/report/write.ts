/**
 * `brandbot report --json` and `--html FILE`: the figures of a period from the question
 * log's rows and the articles' text, printed as JSON and/or written as a page.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readArticleText } from "../runtime/article-text.js";
import type { LoggedQuestion } from "../runtime/question-log.js";
import { reportFigures } from "../runtime/report-figures.js";
import { corpusMentions } from "../runtime/report-names.js";

export interface FigureReportOptions {
  now: number;
  /** Start of the period, null for all time. */
  since: number | null;
  period: string | null;
  /** Project root (for the articles). */
  root: string;
  /** How long the log keeps questions, said on the page. */
  logDays: number;
  json: boolean;
  /** Where to write the page, relative to the working directory. */
  html: string | undefined;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Prints and/or writes the reports for `rows`, the questions of the period; returns the exit code. */
export async function writeFigureReports(rows: LoggedQuestion[], o: FigureReportOptions): Promise<number> {
  const articles = await readArticleText(o.root);
  const figures = reportFigures(rows, { now: o.now, since: o.since, period: o.period, mentions: corpusMentions(articles.texts), titles: articles.titles });
  if (o.json) o.out(`${JSON.stringify(figures, null, 2)}\n`);
  if (o.html === undefined) return 0;
  const { renderReportHtml } = await import("./html.js");
  const file = resolve(o.html);
  try {
    writeFileSync(file, renderReportHtml(figures, { logDays: o.logDays }));
  } catch (error) {
    o.err(`report: cannot write the page to ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const t = figures.totals;
  (o.json ? o.err : o.out)(`report: wrote ${file} (${t.questions} questions, ${t.answeredPct ?? 0}% answered)\n`);
  return 0;
}
