/**
 * Builds the discord.js client for one process (or one shard) and wires the handlers,
 * logging every gateway hiccup so an operator can see reconnects without a debugger.
 */
import { Client, Events, GatewayIntentBits, MessageFlags, Partials, RESTEvents } from "discord.js";
import type { AdapterDeps, RunningAdapter } from "../runtime/index.js";
import { BUSY_NOTE, withinGate } from "../runtime/work-gate.js";
import type { DiscordConfig } from "./config.js";
import { createInteractionHandler, createMessageHandler, NO_PINGS } from "./handlers.js";
import { createThreadMemory } from "./threads.js";

/**
 * Exactly what brandbot needs: guild and DM messages, and their text. MessageContent is a
 * privileged intent that must also be switched on in the Developer Portal (see docs/discord.md).
 */
export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
] as const;

/** The fix for the two start-up failures every new user meets, appended to the error. */
function connectHint(error: unknown): string {
  const message = (error as Error)?.message ?? "";
  if (/disallowed intents/i.test(message)) {
    return ": switch on Message Content Intent under Privileged Gateway Intents on the Bot page of the Developer Portal";
  }
  if (/invalid token/i.test(message)) return ": DISCORD_TOKEN was rejected; reset the token on the Bot page and update .env";
  return "";
}

/** A started or startable Discord connection; `client` is exposed for health checks and tests. */
export interface DiscordAdapter extends RunningAdapter {
  client: Client;
  /** Logs in and resolves once the guilds are cached, so the first mention is not dropped. */
  start(): Promise<void>;
}

/**
 * Creates the client and its handlers without connecting. Inside a ShardingManager child,
 * discord.js picks the shard ids up from the environment the manager sets.
 */
export function createDiscordAdapter(deps: AdapterDeps, config: DiscordConfig): DiscordAdapter {
  const { logger } = deps;
  const client = new Client({
    intents: [...DISCORD_INTENTS],
    // DM channels are never in the cache, so without this partial every DM would be dropped.
    partials: [Partials.Channel],
    // Default for anything that forgets to pass its own: brandbot never pings.
    allowedMentions: NO_PINGS,
    // If the question is deleted before we answer, post the answer anyway rather than fail.
    failIfNotExists: false,
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });

  routeQuestions(client, deps);
  // Our own destroy() also closes the gateway; only unplanned drops deserve a warning.
  const lifecycle = { stopping: false };
  logConnection(client, deps.logger, lifecycle);

  let started = false;
  return {
    name: "discord",
    client,
    async start() {
      if (started) throw new Error("discord: adapter already started: create a new adapter to reconnect");
      started = true;
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(config.token);
        await ready;
      } catch (error) {
        await client.destroy();
        // discord.js errors never contain the token, so the cause is safe to keep.
        throw new Error(`discord: could not connect: ${(error as Error).message.replace(/\.$/, "")}${connectHint(error)}`, { cause: error });
      }
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shardIds: client.shard?.ids ?? [0] }, "discord: connected");
    },
    async stop() {
      lifecycle.stopping = true;
      await client.destroy();
      logger.info({}, "discord: disconnected");
    },
  };
}

/** Messages and interactions go to their handlers through the shared cap on work in flight. */
function routeQuestions(client: Client, deps: AdapterDeps): void {
  const { logger } = deps;
  // One memory of which message belongs to which conversation, shared by messages and buttons.
  const memory = createThreadMemory();
  const onMessage = createMessageHandler(deps, memory);
  const onInteraction = createInteractionHandler(deps, memory);
  // A failed reply must never become an unhandled rejection that ends the process.
  // Past the cap, a question gets a short "busy" note.
  const busy = { content: BUSY_NOTE, allowedMentions: NO_PINGS };
  client.on(Events.MessageCreate, (message) => {
    const addressed = !message.author.bot && (!message.inGuild() || (client.user !== null && message.mentions.users.has(client.user.id)));
    withinGate(deps.gate, () => onMessage(message), async () => addressed && message.reply(busy)).catch((error: unknown) =>
      logger.error({ err: error, channel: message.channelId }, "discord: could not answer message"),
    );
  });
  client.on(Events.InteractionCreate, (interaction) => {
    const turnAway = async () => interaction.isRepliable() && interaction.reply({ ...busy, flags: MessageFlags.Ephemeral });
    withinGate(deps.gate, () => onInteraction(interaction), turnAway).catch((error: unknown) =>
      logger.error({ err: error, interaction: interaction.id }, "discord: could not answer interaction"),
    );
  });
}

/** Every gateway and REST hiccup in the log, so an operator sees reconnects and rate limits. */
function logConnection(client: Client, logger: AdapterDeps["logger"], lifecycle: { stopping: boolean }): void {
  client.on(Events.ShardDisconnect, (event, shard) => lifecycle.stopping || logger.warn({ shard, code: event.code }, "discord: gateway disconnected"));
  client.on(Events.ShardReconnecting, (shard) => lifecycle.stopping || logger.warn({ shard }, "discord: gateway reconnecting"));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, "discord: gateway resumed"));
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, "discord: gateway error"));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, "discord: warning"));
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord: client error"));
  // A surprise 429 only shows up as a response; a known bucket limit shows up as RateLimited.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    logger.warn({ route: request.route, method: request.method, retryAfter: response.headers.get("retry-after") }, "discord: rate limited, waiting");
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "discord: rate limited, waiting"),
  );
}
