/**
 * `brandbot report --html`: the figures drawn as charts and laid out as one page. Loaded
 * only for `--html`, so the charting library and its DOM never weigh on the other commands.
 */
import type { ReportFigures } from "../runtime/report-figures.js";
import { latencyChart, perDayChart, shareChart } from "./charts.js";
import { intentName, languageName, renderPage, type Charts, type PageNotes } from "./page.js";

/** Chart widths in SVG pixels: drawn near the size they are shown, so text stays 11-12 px on a laptop and on a phone. */
const WIDE = 900;
const HALF = 440;
const PHONE = 360;

/** A chart drawn twice, for a laptop and for a phone; the page's style shows one. */
const both = (draw: (width: number) => string, wide: number) => ({ wide: draw(wide), narrow: draw(PHONE) });

/** The report page for `figures`, charts included. */
export function renderReportHtml(figures: ReportFigures, about: PageNotes = {}): string {
  if (figures.totals.questions === 0) return renderPage(figures, {}, about);
  const charts: Charts = {
    perDay: both((w) => perDayChart(figures.perDay, w), WIDE),
    byIntent: both((w) => shareChart(figures.byIntent, (i) => intentName(i.intent), w, "Questions by intent, answered and declined"), HALF),
    byLanguage: both((w) => shareChart(figures.byLanguage, (l) => languageName(l.language), w, "Questions by language, answered and declined"), HALF),
    latency: both((w) => latencyChart(figures.latency.buckets, w), WIDE),
  };
  return renderPage(figures, charts, about);
}
