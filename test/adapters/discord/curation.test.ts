/**
 * `/add-article url:<link>` through real discord.js and the fake Discord: an admin's add
 * is fetched from a page server on 127.0.0.1 into a scratch home and answered at once
 * by the running bot; another member gets a polite refusal and nothing is written.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildDiscordCommands } from "../../../adapters/discord/commands.js";
import { loadBrandbot } from "../../../adapters/runtime/load.js";
import { createReloadingBot } from "../../../adapters/runtime/reloader.js";
import { silentLogger } from "../../../src/types.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { askInteraction, FAKE_IDS } from "../../fakes/discord/payloads.js";
import { createRecordingLogger, startAdapter } from "../../fakes/discord/harness.js";
import { fixtureRoute, makeHome, servePages, snapshotHome } from "../../helpers/curation.js";

const home = makeHome();
const logger = createRecordingLogger();
let pages: Awaited<ReturnType<typeof servePages>>;
let fake: FakeDiscord;
let adapter: Awaited<ReturnType<typeof startAdapter>>;

beforeAll(async () => {
  pages = await servePages({ "/stelvio": fixtureRoute("alfa-stelvio-it.html", "text/html; charset=utf-8") });
  const load = () => loadBrandbot({ root: home, cacheDir: false });
  fake = await FakeDiscord.start();
  adapter = await startAdapter(fake, createReloadingBot(await load(), load, silentLogger), {
    logger,
    curation: { home, admins: new Set([FAKE_IDS.human]), fetch: { allowLoopback: true } },
  });
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await pages?.close();
  rmSync(home, { recursive: true, force: true });
});

/** An `/add-article` INTERACTION_CREATE, from the admin or from another member. */
function addInteraction(url: string, userId: string = FAKE_IDS.human) {
  const base = askInteraction("unused");
  return {
    ...base,
    member: { ...base.member, user: { ...base.member.user, id: userId } },
    data: { id: FAKE_IDS.command, name: "add-article", type: 1, options: [{ name: "url", type: 3, value: url }] },
  };
}

/** Dispatches an interaction and resolves with the content of the edited deferred reply. */
async function run(interaction: ReturnType<typeof addInteraction> | ReturnType<typeof askInteraction>): Promise<string> {
  fake.dispatch("INTERACTION_CREATE", interaction, FAKE_IDS.guild);
  const callback = await fake.waitForRequest((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
  const edit = await fake.waitForRequest((r) => r.method === "PATCH" && r.path === `/webhooks/${FAKE_IDS.application}/${interaction.token}/messages/@original`, 15_000);
  return JSON.stringify(edit.body);
}

describe("/add-article", () => {
  test("is published next to /ask, with a required url option", () => {
    const add = buildDiscordCommands().find((c) => c.name === "add-article");
    expect(add?.options).toMatchObject([{ name: "url", type: 3, required: true }]);
  });

  test("refuses a member who is not an admin, privately, and writes nothing", async () => {
    const before = snapshotHome(home);
    const reply = await run(addInteraction(`${pages.base}/stelvio`, "400000000000000077"));
    expect(reply).toContain("Sorry, only the bot's admins can add articles.");
    expect(logger.entries.some((e) => e.msg === "curation: add refused, the user is not an admin" && (e.obj as { adapter?: string }).adapter === "discord")).toBe(true);
    expect(snapshotHome(home)).toEqual(before);
  });

  test("adds an admin's link and the bot answers from it at once", async () => {
    const reply = await run(addInteraction(`${pages.base}/stelvio`));
    expect(reply).toContain("Added “Nuova Stelvio, la produzione resta a Cassino” (2025-03-12) as 005_d324a3ba290180c4.txt");
    const answer = await run(askInteraction("Dove verrà prodotta la nuova Stelvio?"));
    expect(answer).toContain("La nuova Stelvio sarà prodotta nello stabilimento di Cassino");
    expect(answer).toContain("Nuova Stelvio, la produzione resta a Cassino");
  });
});
