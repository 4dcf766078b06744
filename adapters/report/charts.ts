/**
 * The report's charts, drawn by Observable Plot into a server-side DOM (linkedom) and
 * serialised as static SVG: the page needs no script to show them and opens from a mail
 * attachment. Plot was chosen over hand-drawn SVG for its scales, axes, stacking and
 * accessible marks (each mark is a group labelled with its kind, each bar has a tooltip);
 * over ECharts and Vega for its small, declarative API and plain SVG output. linkedom is
 * a fraction of jsdom's weight and is all Plot needs (it measures no text).
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ReportFigures, Share } from "../runtime/report-figures.js";

/** The colours shared by the charts and the page's legend. */
export const COLOURS = { answered: "#3565b0", declined: "#e3802f", neutral: "#6b7a90" } as const;

const FONT = { fontSize: "12px", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", overflow: "visible" };
const status = { domain: ["answered", "declined"], range: [COLOURS.answered, COLOURS.declined] };

type PlotOptions = Parameters<typeof Plot.plot>[0];

function render(options: PlotOptions, width: number, label: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({ ...options, document: document as unknown as NonNullable<PlotOptions>["document"], width, style: FONT, ariaLabel: label });
  return (svg as unknown as { outerHTML: string }).outerHTML;
}

const DAY = 86_400_000;

/** Questions per day, answered and declined stacked; one bar per day and status that has questions. */
export function perDayChart(perDay: ReportFigures["perDay"], width: number): string {
  const cells = perDay.flatMap((d) =>
    (["answered", "declined"] as const).filter((s) => d[s] > 0).map((s) => ({ date: new Date(`${d.day}T00:00:00Z`), status: s, count: d[s], day: d.day })),
  );
  const first = Date.parse(`${perDay[0]!.day}T00:00:00Z`);
  const last = Date.parse(`${perDay.at(-1)!.day}T00:00:00Z`) + DAY;
  const few = perDay.length <= 14;
  return render(
    {
      height: 240,
      marginLeft: 40,
      x: { type: "utc", domain: [new Date(first), new Date(last)], label: null, ...(few ? { ticks: "day", tickFormat: "%b %-d" } : {}) },
      y: { label: "questions", grid: true, tickFormat: ",d", ...(maxOf(perDay.map((d) => d.answered + d.declined)) < 5 ? { ticks: maxOf(perDay.map((d) => d.answered + d.declined)) } : {}) },
      color: status,
      marks: [
        Plot.rectY(cells, { x: "date", interval: "day", y: "count", fill: "status", inset: few ? 6 : 0.5, title: (c: (typeof cells)[number]) => `${c.day}: ${c.count} ${c.status}` }),
        Plot.ruleY([0]),
      ],
    },
    width,
    "Questions per day, answered and declined",
  );
}

const maxOf = (values: number[]) => Math.max(0, ...values);

/** Horizontal bars per category, answered and declined stacked, the answered share written after each bar. */
export function shareChart<T extends Share>(rows: T[], name: (row: T) => string, width: number, label: string): string {
  const cells = rows.flatMap((r) =>
    [
      { name: name(r), status: "answered", count: r.answered },
      { name: name(r), status: "declined", count: r.questions - r.answered },
    ].filter((c) => c.count > 0),
  );
  const order = rows.map(name);
  return render(
    {
      height: 34 + 30 * rows.length,
      marginLeft: 12 + 7 * maxOf(order.map((n) => n.length)),
      marginRight: 84,
      x: { label: "questions", grid: true, tickFormat: ",d", ...(maxOf(rows.map((r) => r.questions)) < 5 ? { ticks: maxOf(rows.map((r) => r.questions)) } : {}) },
      y: { domain: order, label: null },
      color: status,
      marks: [
        Plot.barX(cells, { y: "name", x: "count", fill: "status", insetTop: 4, insetBottom: 4, title: (c: (typeof cells)[number]) => `${c.name}: ${c.count} ${c.status}` }),
        Plot.text(rows, { y: name, x: "questions", text: (r: T) => (r.answeredPct === null ? "" : `${r.answeredPct}% answered`), dx: 6, textAnchor: "start", fill: "currentColor" }),
        Plot.ruleX([0]),
      ],
    },
    width,
    label,
  );
}

/** How long answers took: one bar per latency bucket, empty buckets included so the scale reads the same every time. */
export function latencyChart(buckets: ReportFigures["latency"]["buckets"], width: number): string {
  return render(
    {
      height: width < 600 ? 240 : 220,
      marginLeft: 40,
      marginBottom: width < 600 ? 56 : 30,
      x: { domain: buckets.map((b) => b.label), label: null, padding: 0.15, ...(width < 600 ? { tickRotate: -30 } : {}) },
      y: { label: "questions", grid: true, tickFormat: ",d", ...(maxOf(buckets.map((b) => b.count)) < 5 ? { ticks: maxOf(buckets.map((b) => b.count)) } : {}) },
      marks: [Plot.barY(buckets, { x: "label", y: "count", fill: COLOURS.neutral, title: (b: (typeof buckets)[number]) => `${b.label}: ${b.count}` }), Plot.ruleY([0])],
    },
    width,
    "Time to answer",
  );
}
