/**
 * The Block Kit formatter on its own: escaping, blockquotes, and trimming to Slack's
 * limits (3,000 characters per section text, 50 blocks) instead of failing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeSlackText, formatAnswer, limitBlocks, SLACK_LIMITS, trimSlackText, unescapeSlackText } from "../../../adapters/slack/format.js";
import type { Answer, Citation } from "../../../src/types.js";

const citation = (quote: string, extra: Partial<Citation> = {}): Citation => ({
  source: "000.txt", title: "Title", quote, date: "2024-05-01", dateInferred: false, url: "https://example.com/a?x=1&y=2", start: 0, end: quote.length, ...extra,
});
const answer = (extra: Partial<Answer> = {}): Answer => ({
  question: "where is the Giulia built?", kind: "answer", answered: true, intent: "plants", language: "en", text: "At Cassino.", citations: [citation("produced at the Cassino plant")], ...extra,
});
const texts = (blocks: unknown[]) => JSON.stringify(blocks);

describe("slack formatter", () => {
  it("escapes &, < and > and round-trips with unescape", () => {
    expect(escapeSlackText("a & b <!channel> <@U123> >")).toBe("a &amp; b &lt;!channel&gt; &lt;@U123&gt; &gt;");
    fc.assert(fc.property(fc.string(), (s) => unescapeSlackText(escapeSlackText(s)) === s));
  });

  it("renders the answer, each quote as a blockquote with its source and date, and a Share button", () => {
    const { text, blocks } = formatAnswer(answer({ citations: [citation("line one\nline <two>", { dateInferred: true })] }), { shareable: true, echoQuestion: true });
    expect(text).toBe("At Cassino.");
    expect(blocks.map((b) => b.type)).toEqual(["context", "section", "section", "context", "actions"]);
    expect(texts(blocks)).toContain('"text":">line one\\n>line &lt;two&gt;"');
    expect(texts(blocks)).toContain("<https://example.com/a?x=1&amp;y=2|Title> · 2024-05-01 (date estimated)");
    expect(texts(blocks)).toContain('"text":"Share in channel"');
  });

  it("offers no Share button on declines and shows topics and examples instead", () => {
    const declined = answer({ answered: false, citations: [], text: "Not covered.", help: { message: "Not covered.", topics: ["plants"], examples: ["who is the CEO?"] } });
    const { blocks } = formatAnswer(declined, { shareable: true });
    expect(blocks.some((b) => b.type === "actions")).toBe(false);
    expect(texts(blocks)).toContain("• who is the CEO?");
  });

  it("shows the core's message without its inline lists, since the topics follow as bullets", () => {
    const help = { message: "I quote my sources.", topics: ["plants (Cassino)"], examples: ["x"] };
    const declined = answer({ answered: false, citations: [], text: "I quote my sources. I can answer: plants (Cassino). Try: x", help });
    const body = texts(formatAnswer(declined).blocks);
    expect(body).toContain('"text":"I quote my sources."');
    expect(body).not.toContain("I can answer:");
  });

  it("uses Italian labels for Italian answers", () => {
    const { blocks } = formatAnswer(answer({ language: "it" }), { askedBy: "U9", shareable: true });
    expect(texts(blocks)).toContain("chiesto da <@U9>");
    expect(texts(blocks)).toContain("Condividi nel canale");
  });

  it("trims every section text to 3,000 characters, never splitting an entity", () => {
    const long = "&".repeat(10_000);
    const { blocks, text } = formatAnswer(answer({ text: long, citations: [citation("x".repeat(10_000))] }));
    for (const block of blocks) {
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(text).toMatch(/^(&amp;)+…$/);
    expect(trimSlackText("ab&amp;cd", 5)).toBe("ab…");
    expect(trimSlackText("short", 5)).toBe("short");
  });

  it("keeps a message to 50 blocks, keeping the Share button last and noting the cut", () => {
    const many = answer({ citations: Array.from({ length: 60 }, (_, i) => citation(`quote ${i}`)) });
    const { blocks } = formatAnswer(many, { shareable: true });
    expect(blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(blocks.at(-1)?.type).toBe("actions");
    expect(texts([blocks.at(-2)])).toContain("left out to fit Slack's limits");
    expect(limitBlocks([{ type: "divider" }], "cut", 1)).toHaveLength(1);
  });

  it("caps the Share button's value at 2,000 characters", () => {
    const { blocks } = formatAnswer(answer({ question: "<".repeat(5000) }), { shareable: true });
    const value = texts(blocks).match(/"value":"([^"]*)"/)?.[1] ?? "";
    expect(value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    expect(value).toMatch(/^(&lt;)+…$/);
  });
});
