/**
 * `/brand add <url>` through real Bolt (HTTP mode) and the fake Slack: an admin's add
 * fetches the page from a server on 127.0.0.1, writes it to a scratch home, and the
 * running bot answers from it at once (hot reload); anyone else is refused politely,
 * the attempt is logged, and nothing is written.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { createReloadingBot } from "../../../adapters/runtime/reloader.js";
import { silentLogger } from "../../../src/types.js";
import { slashCommand, startHarness, TEST_SIGNING_SECRET, type Harness } from "../../fakes/slack/harness.js";
import { postSigned } from "../../fakes/slack/sign.js";
import { fixtureRoute, makeHome, servePages, snapshotHome } from "../../helpers/curation.js";

const home = makeHome();
let pages: Awaited<ReturnType<typeof servePages>>;
let harness: Harness;

beforeAll(async () => {
  pages = await servePages({ "/article": fixtureRoute("alfa-sales-2026.html", "text/html") });
  const load = () => loadBrandbot({ root: home, cacheDir: false });
  const bot = createReloadingBot(await load(), load, silentLogger);
  harness = await startHarness({ bot, curation: { home, admins: new Set(["UADMIN"]), fetch: { allowLoopback: true } } });
});
afterAll(async () => {
  await harness?.close();
  await pages?.close();
  rmSync(home, { recursive: true, force: true });
});

async function slash(text: string, user: string, id: string): Promise<string> {
  const form = { ...slashCommand(harness.fake, text, id), user_id: user };
  const res = await postSigned(`${harness.base}/slack/events`, { form }, { secret: TEST_SIGNING_SECRET });
  expect(res.status).toBe(200);
  return JSON.stringify((await harness.fake.waitForResponse(id, () => true, 15_000)).body);
}

describe("/brand add", () => {
  it("refuses a non-admin politely, logs the attempt, and writes nothing", async () => {
    const before = snapshotHome(home);
    const reply = await slash(`add <${pages.base}/article>`, "U1", "refused");
    expect(reply).toContain("Sorry, only the bot's admins can add articles. Ask one of them to add it for you.");
    const logged = harness.logger.entries.find((e) => e.msg === "curation: add refused, the user is not an admin");
    expect(logged?.level).toBe("warn");
    expect(logged?.obj).toMatchObject({ component: "curation", adapter: "slack", url: `${pages.base}/article` });
    expect(JSON.stringify(logged?.obj)).not.toContain("U1\"");
    expect(snapshotHome(home)).toEqual(before);
  });

  it("adds an admin's link, answers with title, date and example questions, and the bot answers from it at once", async () => {
    const reply = await slash(`add <${pages.base}/article>`, "UADMIN", "added");
    expect(reply).toContain("Added “Alfa Romeo sets a sales goal of 110,000 cars for 2026” (2025-11-18) as 005_f9df97defd260933.txt");
    expect(reply).toMatch(/Try: “[^”]+\?” or “[^”]+\?”/);
    const answer = await slash("What is the sales target for 2026?", "U1", "asked");
    expect(answer).toContain("Alfa Romeo sets a sales goal of 110,000 cars for 2026");
    expect(answer).toContain("005_f9df97defd260933.txt");
  });

  it("tells an admin why a link cannot be added", async () => {
    const again = await slash(`add <${pages.base}/article>`, "UADMIN", "again");
    expect(again).toContain(`Could not add ${pages.base}/article: add: ${pages.base}/article is already in the corpus as 005_f9df97defd260933.txt (same URL`);
  });
});
