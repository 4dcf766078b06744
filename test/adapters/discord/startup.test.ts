/** Start-up failures a new user actually meets must end start() with the fix, not hang. */
import { afterEach, beforeEach, expect, test } from "vitest";
import { runDiscord } from "../../../adapters/discord/cli.js";
import { createRateLimiter } from "../../../src/rate-limit.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { createRecordingLogger, createStubBot, startAdapter, TEST_TOKEN } from "../../fakes/discord/harness.js";

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  await fake.close();
});

const bot = createStubBot(() => {
  throw new Error("not used");
});

test("a gateway refusal of the Message Content intent (close 4014) fails start with the portal fix", async () => {
  fake.identifyCloseCode = 4014;
  await expect(startAdapter(fake, bot)).rejects.toThrow(
    "discord: could not connect: Used disallowed intents: switch on Message Content Intent under Privileged Gateway Intents on the Bot page of the Developer Portal",
  );
});

test("a rejected token (401) fails start naming DISCORD_TOKEN, without echoing the token", async () => {
  fake.respondOnce({ method: "GET", path: /^\/gateway\/bot$/, status: 401, body: { message: "401: Unauthorized", code: 0 } });
  const logger = createRecordingLogger();
  const error = await startAdapter(fake, bot, { logger }).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toBe(
    "discord: could not connect: An invalid token was provided: DISCORD_TOKEN was rejected; reset the token on the Bot page and update .env",
  );
  expect((error as Error).message + JSON.stringify(logger.entries)).not.toContain(TEST_TOKEN);
});

test("runDiscord reads its settings from deps.env, connects, and stop() closes the gateway", async () => {
  const logger = createRecordingLogger();
  const env = { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl };
  const running = await runDiscord({ bot, logger, limiter: createRateLimiter(), env });
  expect(running.name).toBe("discord");
  expect(logger.entries.find((e) => e.msg === "discord: connected")?.obj).toMatchObject({ user: "brandbot", guilds: 1 });
  await running.stop();
  expect(logger.entries.at(-1)?.msg).toBe("discord: disconnected");
  expect(logger.entries.some((e) => e.level === "warn")).toBe(false);
});

test("runDiscord with a bad environment fails before connecting, naming the variable", async () => {
  await expect(runDiscord({ bot, logger: createRecordingLogger(), limiter: createRateLimiter(), env: {} })).rejects.toThrow(
    "discord: DISCORD_TOKEN is missing",
  );
  expect(fake.requests).toHaveLength(0);
});
