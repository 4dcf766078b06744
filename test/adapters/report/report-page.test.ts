/**
 * `brandbot report --json` and `--html` end to end: the CLI on a question log written in
 * the test, its JSON checked against the figures, its page opened in real headless
 * Chromium (Debian's) on a laptop-sized and a phone-sized screen: no console errors, no
 * network request, every chart drawn with the bars the figures call for, and screenshots
 * written to the test's temp folder. Also: an empty log gives a page that says so, and a
 * log that cannot be read gives one line naming it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticleText } from "../../../adapters/runtime/article-text.js";
import { openQuestionLog } from "../../../adapters/runtime/question-log.js";
import { reportFigures, type ReportFigures } from "../../../adapters/runtime/report-figures.js";
import { corpusMentions } from "../../../adapters/runtime/report-names.js";
import { silentLogger } from "../../../src/types.js";
import { chromiumSkipReason, launchChromium, skipUnlessChromium } from "../../helpers/chromium.js";
import { root } from "../../helpers/corpus.js";
import { writeSampleLog } from "../../helpers/sample-log.js";

// The page callbacks below run in the browser; the project's type library has no DOM, so
// the little of it they use is declared here.
interface BrowserElement {
  innerText: string;
  getBoundingClientRect(): { width: number; height: number };
  querySelectorAll(selector: string): Iterable<BrowserElement>;
}
declare const document: { querySelectorAll(selector: string): Iterable<BrowserElement>; documentElement: { scrollWidth: number } };

const dir = mkdtempSync(join(tmpdir(), "brandbot-report-"));
// KEEP_TEST_OUTPUT=1 keeps the pages and screenshots to look at.
afterAll(() => (process.env.KEEP_TEST_OUTPUT ? process.stderr.write(`report pages and screenshots kept in ${dir}\n`) : rmSync(dir, { recursive: true, force: true })));

function brandbot(args: string[], db: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "", LOG_LEVEL: "", DATABASE_URL: "", BRANDBOT_DB: db },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const db = join(dir, "questions.sqlite");
await writeSampleLog(db, Date.now());
const emptyDb = join(dir, "empty.sqlite");
openQuestionLog(emptyDb, silentLogger)!.close();

describe("brandbot report --json", () => {
  it("prints the figures of the period, the same as computed from the log's rows", async () => {
    const { code, stdout, stderr } = brandbot(["report", "--json", "--since", "30d"], db);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as ReportFigures;
    expect(printed.period).toBe("30d");
    expect(printed.totals).toEqual({ questions: 10, answered: 4, answeredPct: 40, declined: 6, thumbsUp: 3, thumbsDown: 3, users: 6, followUps: 1 });
    expect(printed.unanswered.map((u) => [u.count, u.question, u.notInArticles])).toEqual([
      [4, "Who is the CEO of Fiat", ["Fiat"]],
      [1, "Quanto costa l'Alfa Romeo Junior?", []],
      [1, "What's the top speed of the Giulia Quadrifoglio?", ["Quadrifoglio"]],
    ]);
    const log = openQuestionLog(db, silentLogger, { readonly: true })!;
    const since = Date.parse(printed.since!);
    const articles = await readArticleText(root);
    const expected = reportFigures(await log.rows(since), { now: Date.parse(printed.generatedAt), since, period: "30d", mentions: corpusMentions(articles.texts), titles: articles.titles });
    log.close();
    expect(printed).toEqual(expected);
  });

  it("names a log it cannot read in one line", () => {
    const notADatabase = join(dir, "not-a-database.sqlite");
    writeFileSync(notADatabase, "this is not SQLite, just text long enough to have a header".repeat(20));
    const broken = brandbot(["report", "--json"], notADatabase);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toBe(`report: cannot read the question log at ${notADatabase}: file is not a database\n`);

    const folder = join(dir, "a-folder.sqlite");
    mkdirSync(folder);
    const unopenable = brandbot(["report", "--html", join(dir, "never.html")], folder);
    expect(unopenable.code).toBe(1);
    expect(unopenable.stderr).toMatch(new RegExp(`^report: cannot (open|read) the question log at ${folder}: [^\\n]+\\n$`));
  });
});

describe("the Chromium helper", () => {
  it("skips with a reason where the browser is missing, but never in CI, where the test must fail instead", () => {
    expect(chromiumSkipReason({}, ["/nowhere/chromium"])).toMatch(/^Chromium not found \(looked for \/nowhere\/chromium and CHROMIUM_PATH\): the browser tests did not run\./);
    expect(chromiumSkipReason({ CI: "true" }, ["/nowhere/chromium"])).toBeNull();
    expect(chromiumSkipReason({ CHROMIUM_PATH: "/opt/chromium" }, ["/nowhere/chromium"])).toBeNull();
  });
});

const skip = skipUnlessChromium();

describe.skipIf(skip !== null)("brandbot report --html, opened in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => browser?.close());

  /** Opens a page from disk, recording console errors and every request but the page itself. */
  async function open(file: string, viewport: { width: number; height: number }) {
    const page = await browser.newPage();
    const url = pathToFileURL(file).href;
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    page.on("pageerror", (e) => void errors.push(String(e)));
    await page.setRequestInterception(true);
    page.on("request", (r) => {
      if (r.url() === url) return void r.continue();
      requests.push(r.url());
      void r.abort();
    });
    await page.setViewport(viewport);
    await page.goto(url, { waitUntil: "load" });
    return { page, errors, requests };
  }

  /** For each chart, the bars (or rects) of its visible SVG and whether that SVG is shown. */
  const bars = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        ["per-day", "by-intent", "by-language", "latency"].map((id) => {
          const shown = [...document.querySelectorAll(`#${id} svg[aria-label]`)].filter((svg) => svg.getBoundingClientRect().width > 0);
          const svg = shown[0];
          const rects = svg ? [...svg.querySelectorAll('g[aria-label="bar"] rect, g[aria-label="rect"] rect')] : [];
          return [id, { shown: shown.length, bars: rects.length, drawn: rects.filter((r) => r.getBoundingClientRect().height > 0).length, width: Math.round(svg?.getBoundingClientRect().width ?? 0) }];
        }),
      ),
    );

  it("shows the figures and charts on a laptop and a phone, with no console error and no network request", async () => {
    const file = join(dir, "report.html");
    const { code, stdout } = brandbot(["report", "--html", file, "--since", "30d"], db);
    expect(code).toBe(0);
    expect(stdout).toBe(`report: wrote ${file} (10 questions, 40% answered)\n`);
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script|<link|@import|url\(|src="http/);

    const laptop = await open(file, { width: 1280, height: 900 });
    const cards = await laptop.page.$$eval(".card", (cs) => cs.map((c) => (c as unknown as BrowserElement).innerText.replace(/\s+/g, " ").trim()));
    expect(cards).toEqual(["QUESTIONS 10 1 follow-up", "ANSWERED 40% 4 answered · 6 not", "FEEDBACK 3 3 votes on answers", "PEOPLE 6 distinct (hashed) users", "WHERE ASKED Slack 6 Discord 3 Terminal 1"]);
    // Bars: days x answered/declined that had questions (3 days, both each); intents and languages likewise; every latency bucket.
    expect(await bars(laptop.page)).toEqual({
      "per-day": { shown: 1, bars: 6, drawn: 6, width: expect.any(Number) },
      "by-intent": { shown: 1, bars: 4, drawn: 4, width: expect.any(Number) },
      "by-language": { shown: 1, bars: 4, drawn: 4, width: expect.any(Number) },
      latency: { shown: 1, bars: 8, drawn: 5, width: expect.any(Number) },
    });
    const rows = await laptop.page.$$eval("section table tbody tr", (trs) => trs.map((tr) => (tr as unknown as BrowserElement).innerText.replace(/\s+/g, " ").trim()));
    expect(rows).toEqual([
      "4× Who is the CEO of Fiat also asked as: “who is the ceo of fiat”, “Who is the CEO of Fiat?”, “Who is teh CEO of Fiat?” Fiat",
      "1× Quanto costa l'Alfa Romeo Junior? none found",
      "1× What's the top speed of the Giulia Quadrifoglio? Quadrifoglio",
      expect.stringMatching(/^2 0 and the Tonale\? → Where is the Tonale built\? production location · \d+ \w+ \d{4} Alfa Romeo's sales targets for 2024, in the CEO's view 000_0ec8988f766c771a\.txt Imparato in Cassino/),
      expect.stringMatching(/^1 1 What is the 2024 sales target\? sales · /),
    ]);
    await laptop.page.screenshot({ path: join(dir, "report-laptop.png"), fullPage: true });
    expect(laptop.errors).toEqual([]);
    expect(laptop.requests).toEqual([]);

    const phone = await open(file, { width: 390, height: 844 });
    const phoneBars = await bars(phone.page);
    expect(Object.values(phoneBars).map((b) => [b.shown, b.bars])).toEqual([
      [1, 6],
      [1, 4],
      [1, 4],
      [1, 8],
    ]);
    // Nothing wider than the screen: no sideways scrolling.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: join(dir, "report-phone.png"), fullPage: true });
    expect(phone.errors).toEqual([]);
    expect(phone.requests).toEqual([]);
  }, 60_000);

  it("an empty log gives a page saying nobody asked anything yet", async () => {
    const file = join(dir, "empty.html");
    const { code, stdout } = brandbot(["report", "--html", file], emptyDb);
    expect(code).toBe(0);
    expect(stdout).toBe(`report: wrote ${file} (0 questions, 0% answered)\n`);
    const { page, errors, requests } = await open(file, { width: 1280, height: 800 });
    expect(await page.$eval("main", (m) => (m as unknown as BrowserElement).innerText)).toContain("No questions in this period\n\nNobody has asked brandbot anything yet.");
    expect(await page.$$("svg[aria-label]")).toHaveLength(0);
    await page.screenshot({ path: join(dir, "report-empty.png") });
    expect([errors, requests]).toEqual([[], []]);
  }, 30_000);
});
