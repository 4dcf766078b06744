/**
 * The HTML page of `brandbot report --html`: one self-contained file (inline style, no
 * script, no font or image to fetch) that reads on a laptop and on a phone and can be
 * forwarded as a mail attachment. Charts arrive as finished SVG (charts.ts).
 */
import type { DownvotedAnswer, ReportFigures, UnansweredGroup } from "../runtime/report-figures.js";
import { COLOURS } from "./charts.js";
import { STYLE } from "./style.js";

/** One chart's SVG drawn for a laptop (`wide`) and for a phone (`narrow`). */
export interface ChartSvg {
  wide: string;
  narrow: string;
}

/** The SVG of each chart; absent when there is nothing to draw. */
export interface Charts {
  perDay?: ChartSvg;
  byIntent?: ChartSvg;
  byLanguage?: ChartSvg;
  latency?: ChartSvg;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML: questions are typed by anyone. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const n = (v: number) => v.toLocaleString("en-GB");

/** "production_location" -> "production location"; a decline has no intent. */
export const intentName = (intent: string | null) => (intent === null ? "not answered" : intent.replace(/_/g, " "));
export const languageName = (code: string) => `${languageNames.of(code) ?? code} (${code})`;
const adapterName = (a: string) => (a === "repl" ? "Terminal" : a.charAt(0).toUpperCase() + a.slice(1));

const UNIT_WORDS: Record<string, string> = { m: "minute", h: "hour", d: "day", w: "week" };
/** "30d" -> "30 days", as `--since` was given. */
export function periodWords(period: string): string {
  const m = /^\s*(\d+)\s*([mhdw])\s*$/i.exec(period);
  if (!m) return period;
  const count = Number(m[1]);
  return `${count} ${UNIT_WORDS[m[2]!.toLowerCase()]}${count === 1 ? "" : "s"}`;
}

function periodLine(f: ReportFigures): string {
  const made = `made ${timeFormat.format(new Date(f.generatedAt))} UTC`;
  if (f.since === null) return `All questions to ${dateFormat.format(new Date(f.generatedAt))} · ${made}`;
  return `Last ${esc(periodWords(f.period ?? ""))}: ${dateFormat.format(new Date(f.since))} – ${dateFormat.format(new Date(f.generatedAt))} · ${made}`;
}

function card(label: string, value: string, note = ""): string {
  return `<div class="card"><div class="label">${label}</div><div class="value">${value}</div>${note ? `<div class="note">${note}</div>` : ""}</div>`;
}

function headline(f: ReportFigures): string {
  const t = f.totals;
  const adapters = f.byAdapter.map((a) => `<li><span>${esc(adapterName(a.adapter))}</span><b>${n(a.questions)}</b></li>`).join("");
  return `<section class="cards" aria-label="Headline figures">
${card("Questions", n(t.questions), t.followUps === 1 ? "1 follow-up" : `${n(t.followUps)} follow-ups`)}
${card("Answered", t.answeredPct === null ? "–" : `${t.answeredPct}%`, `${n(t.answered)} answered · ${n(t.declined)} not`)}
${card("Feedback", `<span class="vote">${THUMB_UP} ${n(t.thumbsUp)}</span> <span class="vote">${THUMB_DOWN} ${n(t.thumbsDown)}</span>`, "votes on answers")}
${card("People", n(t.users), "distinct (hashed) users")}
<div class="card"><div class="label">Where asked</div><ul class="adapters">${adapters}</ul></div>
</section>`;
}

// Thumbs as inline SVG (Material Icons "thumb_up", Apache-2.0): an emoji needs a colour-emoji font the reader may lack.
const THUMB = "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";
const thumb = (label: string, colour: string, flip: boolean) =>
  `<svg class="thumb" viewBox="0 0 24 24" width="20" height="20" role="img" aria-label="${label}"${flip ? ' transform="rotate(180)"' : ""}><title>${label}</title><path fill="${colour}" d="${THUMB}"/></svg>`;
const THUMB_UP = thumb("thumbs up", "#2f855a", false);
const THUMB_DOWN = thumb("thumbs down", "#c53030", true);

const legend = `<p class="legend"><span class="swatch" style="background:${COLOURS.answered}"></span>answered <span class="swatch" style="background:${COLOURS.declined}"></span>not answered <span class="utc">· days in UTC</span></p>`;

function figure(id: string, title: string, svg: ChartSvg | undefined, note = ""): string {
  if (!svg) return "";
  return `<figure class="chart" id="${id}"><figcaption><h2>${title}</h2>${note}</figcaption><div class="wide">${svg.wide}</div><div class="narrow">${svg.narrow}</div></figure>`;
}

function unansweredRow(u: UnansweredGroup): string {
  const variants = u.variants.length ? `<div class="variants">also asked as: ${u.variants.slice(0, 4).map((v) => `“${esc(v)}”`).join(", ")}${u.variants.length > 4 ? ` and ${u.variants.length - 4} more` : ""}</div>` : "";
  const names = u.notInArticles.length ? u.notInArticles.map((name) => `<span class="chip">${esc(name)}</span>`).join(" ") : `<span class="muted">none found</span>`;
  return `<tr><td class="num" data-label="asked">${n(u.count)}×</td><td>${esc(u.question)}${variants}</td><td data-label="not in any article">${names}</td></tr>`;
}

function downRow(d: DownvotedAnswer): string {
  const asked = d.resolvedQuestion ? `${esc(d.question)} <span class="muted">→ ${esc(d.resolvedQuestion)}</span>` : esc(d.question);
  const sources = d.sources.length ? `<ul class="sources">${d.sources.map((s) => `<li>${s.title ? `${esc(s.title)} <span class="muted">${esc(s.file)}</span>` : esc(s.file)}</li>`).join("")}</ul>` : `<span class="muted">no sources</span>`;
  return `<tr><td class="num" data-label="thumbs down">${n(d.down)}</td><td class="num" data-label="thumbs up">${n(d.up)}</td><td>${asked}<div class="variants">${esc(intentName(d.intent))} · ${dateFormat.format(new Date(d.at))}</div></td><td data-label="sources quoted">${sources}</td></tr>`;
}

function table(title: string, intro: string, head: string, rows: string[], empty: string): string {
  const body = rows.length ? `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows.join("\n")}</tbody></table></div>` : `<p class="muted">${empty}</p>`;
  return `<section><h2>${title}</h2><p class="intro">${intro}</p>${body}</section>`;
}

function body(f: ReportFigures, charts: Charts): string {
  const l = f.latency;
  const latencyNote = l.p50 === null ? "" : `<p class="intro">median ${l.p50} ms · 90% within ${l.p90} ms · 99% within ${l.p99} ms · slowest ${l.max} ms</p>`;
  return `${headline(f)}
${figure("per-day", "Questions per day", charts.perDay, legend)}
<div class="pair">${figure("by-intent", "By intent", charts.byIntent, `<p class="intro">What people asked about; questions not answered have no intent.</p>`)}
${figure("by-language", "By language", charts.byLanguage, `<p class="intro">The language each question was asked in.</p>`)}</div>
${figure("latency", "Time to answer", charts.latency, latencyNote)}
${table(
  "Most asked questions the articles do not answer",
  "Questions written differently (case, punctuation, spelling) are counted together. <b>Not in any article</b>: the names the question asks about that no article mentions — what to look for in a new article (see “Adding an article” in the README).",
  `<th class="num">asked</th><th>question</th><th>not in any article</th>`,
  f.unanswered.map(unansweredRow),
  "Every question of this period was answered.",
)}
${table(`Answers marked down ${THUMB_DOWN}`, "The answers people gave a thumbs down, with the articles they quoted: check the quotes still say what the answer claims.", `<th class="num">${THUMB_DOWN}</th><th class="num">${THUMB_UP}</th><th>question</th><th>sources quoted</th>`, f.thumbsDown.map(downRow), "No answer was given a thumbs down.")}`;
}

/** What the page says about the log itself. */
export interface PageNotes {
  /** How long the log keeps questions (BRANDBOT_LOG_DAYS). */
  logDays?: number;
}

/** The whole page for `figures`; an empty period gives a page that says so. */
export function renderPage(f: ReportFigures, charts: Charts, notes: PageNotes = {}): string {
  const kept = notes.logDays === undefined ? "" : ` The log keeps questions for ${notes.logDays} days.`;
  const empty = `<section class="empty"><h2>No questions in this period</h2><p>Nobody has asked brandbot anything ${f.since === null ? "yet" : "in this period"}. Questions asked in Slack, Discord or the terminal (<code class="nowrap">npx brandbot repl</code>) appear here.</p></section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>brandbot · questions report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><p class="kicker">brandbot</p><h1>What people asked</h1><p class="period">${periodLine(f)}</p></header>
${f.totals.questions === 0 ? empty : body(f, charts)}
<footer>Made by <code>brandbot report --html</code> from the question log. Users are counted by a one-way hash of their id; no names are kept.${kept}</footer>
</main>
</body>
</html>
`;
}
