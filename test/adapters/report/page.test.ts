/**
 * The report page as text: whatever people typed is escaped, nothing outside the file is
 * referenced, and the period reads in words.
 */
import { describe, expect, it } from "vitest";
import { renderReportHtml } from "../../../adapters/report/html.js";
import { periodWords } from "../../../adapters/report/page.js";
import type { LoggedQuestion } from "../../../adapters/runtime/log-rows.js";
import { reportFigures } from "../../../adapters/runtime/report-figures.js";

const NOW = Date.parse("2026-11-30T10:00:00Z");
const row = (question: string, answered: boolean, down = 0): LoggedQuestion => ({
  id: question,
  at: NOW - 3_600_000,
  adapter: "slack",
  via: null,
  user: "u1",
  language: "en",
  intent: answered ? "sales" : null,
  answered,
  question,
  resolvedQuestion: null,
  sources: answered ? ['<img src="x">.txt'] : [],
  latencyMs: 3,
  up: 0,
  down,
});

describe("the report page", () => {
  it("escapes what people typed and references nothing outside the file", () => {
    const figures = reportFigures([row('<script>alert("x")</script> Who owns Ferrari & Co?', false), row("What are <b>sales</b>?", true, 1)], {
      now: NOW,
      since: NOW - 7 * 86_400_000,
      period: "7d",
      mentions: () => false,
    });
    const html = renderReportHtml(figures);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Who owns Ferrari &amp; Co?");
    expect(html).toContain("What are &lt;b&gt;sales&lt;/b&gt;?");
    expect(html).toContain("&lt;img src=&quot;x&quot;&gt;.txt");
    expect(html).not.toMatch(/<script|<img|<b>sales|<link|src="http|href="http|url\(/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain("Last 7 days: 23 Nov 2026 – 30 Nov 2026");
    expect(html).toContain('<span class="chip">Ferrari</span> <span class="chip">Co</span>');
  });

  it("reads --since in words", () => {
    expect([periodWords("30d"), periodWords("1w"), periodWords("12h"), periodWords("1m")]).toEqual(["30 days", "1 week", "12 hours", "1 minute"]);
  });
});
