/**
 * `--shards auto` end to end: discord.js's ShardingManager forks real shard processes running
 * adapters/discord/shard.ts (through tsx, since dist/ may not be built), which load the real
 * engine and connect to the fake Discord.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import { resolveShardCount, startDiscordShards } from "../../../adapters/discord/sharding.js";
import type { RunningAdapter } from "../../../adapters/runtime/index.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { botUser, FAKE_IDS, messageCreate } from "../../fakes/discord/payloads.js";
import { createRecordingLogger, createStubBot, TEST_TOKEN } from "../../fakes/discord/harness.js";
import { createRateLimiter } from "../../../src/rate-limit.js";

const shardEntry = fileURLToPath(new URL("../../../adapters/discord/shard.ts", import.meta.url));
let fake: FakeDiscord;
let shards: RunningAdapter | undefined;
const savedLogLevel = process.env.LOG_LEVEL;
const savedDb = process.env.BRANDBOT_DB;
const savedBurst = process.env.RATE_LIMIT_BURST;
const dataDir = mkdtempSync(join(tmpdir(), "brandbot-shards-"));

beforeAll(async () => {
  // Shard processes inherit this process's environment; keep their info logs out of the test
  // output and their question log out of the project's .data/.
  process.env.LOG_LEVEL = "warn";
  process.env.BRANDBOT_DB = join(dataDir, "questions.sqlite");
  // Shards must honour the shared settings, not build a default limiter of their own.
  process.env.RATE_LIMIT_BURST = "1";
  fake = await FakeDiscord.start();
  fake.recommendedShards = 2;
});

afterAll(async () => {
  if (savedLogLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLogLevel;
  if (savedDb === undefined) delete process.env.BRANDBOT_DB;
  else process.env.BRANDBOT_DB = savedDb;
  if (savedBurst === undefined) delete process.env.RATE_LIMIT_BURST;
  else process.env.RATE_LIMIT_BURST = savedBurst;
  await shards?.stop();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test("a bad --shards value is named", async () => {
  await expect(resolveShardCount({ token: TEST_TOKEN, applicationId: null, apiUrl: fake.apiUrl }, 0)).rejects.toThrow(
    "discord: --shards 0 is not valid: use a whole number of at least 1, or auto",
  );
});

test("--shards auto asks DISCORD_API_URL for the count, spawns one process per shard, and the owning shard answers", { timeout: 60_000 }, async () => {
  const config = { token: TEST_TOKEN, applicationId: null, apiUrl: fake.apiUrl };
  const deps = { bot: createStubBot(() => ({}) as never), logger: createRecordingLogger(), limiter: createRateLimiter(), env: {} };
  shards = await startDiscordShards(deps, config, "auto", { file: shardEntry, execArgv: ["--import", "tsx"], spawnDelayMs: 0 });

  const identifies = fake.gateway.filter((p) => p.op === 2);
  expect(identifies.map((p) => p.d.shard).sort()).toEqual([[0, 2], [1, 2]]);
  expect(identifies.every((p) => p.d.token === TEST_TOKEN && p.d.intents === 37377)).toBe(true);

  const message = messageCreate(`<@${botUser.id}> where is the Giulia built?`, { mentions: [botUser] });
  fake.dispatch("MESSAGE_CREATE", message, FAKE_IDS.guild);
  const reply = await fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === message.id, 15_000);
  expect(JSON.stringify(reply.body.embeds)).toContain("the new Giulia and Stelvio will be produced at the Cassino plant");
  // RATE_LIMIT_BURST=1 reached the shard: the same user's second question waits.
  const again = messageCreate(`<@${botUser.id}> where is the Tonale built?`, { mentions: [botUser] });
  fake.dispatch("MESSAGE_CREATE", again, FAKE_IDS.guild);
  const note = await fake.waitForRequest((r) => r.method === "POST" && r.body?.message_reference?.message_id === again.id, 15_000);
  expect(note.body.content).toMatch(/^Easy there! You can ask me another question in \d+s\.$/);

  await shards.stop();
  shards = undefined;
  expect(deps.logger.entries.filter((e) => e.msg === "discord: shard launched")).toHaveLength(2);
});
