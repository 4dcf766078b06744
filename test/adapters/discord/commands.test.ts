import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { registerDiscordCommands } from "../../../adapters/discord/cli.js";
import { createRateLimiter } from "../../../src/rate-limit.js";
import type { AdapterDeps } from "../../../adapters/runtime/index.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { createRecordingLogger, createStubBot, TEST_TOKEN } from "../../fakes/discord/harness.js";

const applicationId = "100000000000000001";
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

const deps = (env: Record<string, string | undefined>): AdapterDeps => ({
  bot: createStubBot(() => {
    throw new Error("not used");
  }),
  logger: createRecordingLogger(),
  limiter: createRateLimiter(),
  env,
});

describe("registerDiscordCommands", () => {
  test("PUTs /ask (a required question, an optional ephemeral flag) and /add-article to the guild", async () => {
    const summary = await registerDiscordCommands(deps({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: fake.apiUrl }), {
      guildId: "200000000000000001",
    });
    expect(summary).toBe("discord: registered /ask, /add-article in guild 200000000000000001 (available now)");
    const put = await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/applications/${applicationId}/guilds/200000000000000001/commands`);
    expect(put.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(put.body).toHaveLength(2);
    const [ask, add] = put.body;
    expect(add).toMatchObject({ name: "add-article", type: 1, contexts: [0, 1], options: [{ name: "url", type: 3, required: true }] });
    expect(ask).toMatchObject({ name: "ask", type: 1, contexts: [0, 1] });
    expect(ask.options).toMatchObject([
      { name: "question", type: 3, required: true, max_length: 500 },
      { name: "ephemeral", type: 5, required: false },
    ]);
  });

  test("without --guild registers globally", async () => {
    const summary = await registerDiscordCommands(deps({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: fake.apiUrl }));
    expect(summary).toBe("discord: registered /ask, /add-article globally (may take up to an hour to appear)");
    await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/applications/${applicationId}/commands`);
  });

  test("a missing application id or a bad guild id is named before any request", async () => {
    const before = fake.requests.length;
    await expect(registerDiscordCommands(deps({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl }))).rejects.toThrow(
      "discord: DISCORD_APPLICATION_ID is missing: copy the Application ID from the General Information page of your application",
    );
    await expect(
      registerDiscordCommands(deps({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: fake.apiUrl }), { guildId: "general" }),
    ).rejects.toThrow('discord: guild id "general" is not a server id');
    expect(fake.requests.length).toBe(before);
  });
});
