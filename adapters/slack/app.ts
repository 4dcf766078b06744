/**
 * Builds the Bolt app for a validated config: Socket Mode when an app-level token is
 * configured (no public URL needed), otherwise HTTP on `/slack/events`.
 */
import type { AddressInfo } from "node:net";
import type { Server, ServerOptions } from "node:http";
import { App } from "@slack/bolt";
import type { webApi } from "@slack/bolt";
import type { AdapterDeps } from "../runtime/index.js";
import type { SlackConfig } from "./config.js";
import { registerBrandbotHandlers } from "./handlers.js";
import { createBoltLogger, redactTokens } from "./logger.js";
import { createGuardedHttpReceiver } from "./receiver.js";
import { createRespondFetch } from "./respond-fetch.js";

/** Where the adapter ended up listening, for the start-up log line and for tests. */
export type SlackListening = { mode: "socket" } | { mode: "http"; port: number; path: "/slack/events" };

/** A built but not yet started Slack adapter. */
export interface SlackAdapter {
  /** The Bolt app, exposed for tests and for adding listeners. */
  app: App;
  mode: "socket" | "http";
  /** Verifies the token (auth.test), then connects (Socket Mode) or listens (HTTP). */
  start(listen?: { host?: string }): Promise<SlackListening>;
  stop(): Promise<void>;
}

/** Knobs that are not user configuration: tests use them to disable Socket Mode's retries. */
export interface SlackAdapterOptions {
  clientOptions?: webApi.WebClientOptions;
  /** Clock for the future-timestamp check, in milliseconds. */
  now?: () => number;
  /**
   * Admits a `response_url` that is neither Slack's nor on SLACK_API_URL's origin. Only
   * benchmarks set it (their response receiver is a separate server); no setting reaches it.
   */
  allowResponseUrl?: (url: URL) => boolean;
}

/** Creates the Slack adapter; nothing touches the network until `start`. */
export function createSlackAdapter(deps: AdapterDeps, config: SlackConfig, options: SlackAdapterOptions = {}): SlackAdapter {
  const boltLogger = createBoltLogger(deps.logger);
  const clientOptions: webApi.WebClientOptions = { ...options.clientOptions };
  if (config.apiUrl !== undefined) clientOptions.slackApiUrl = config.apiUrl;
  // Answers reach response_urls over keep-alive node:http(s), not fetch (see respond-fetch.ts).
  clientOptions.fetch ??= createRespondFetch(clientOptions.slackApiUrl ?? "https://slack.com/api/");
  const socketMode = config.appToken !== undefined;
  // Deferred so a bad token surfaces as a rejected start() we can explain, not as an
  // unhandled rejection from the constructor's auth.test.
  // No convoStore: Bolt's per-conversation state is unused (conversations live in the state store).
  const common = { token: config.botToken, logger: boltLogger, clientOptions, deferInitialization: true, convoStore: false } as const;
  let app: App;
  if (socketMode) {
    app = new App({ ...common, appToken: config.appToken, socketMode: true });
  } else {
    if (config.signingSecret === undefined) throw new Error("slack: SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests");
    const receiver = createGuardedHttpReceiver({
      signingSecret: config.signingSecret,
      bot: deps.bot,
      logger: deps.logger,
      boltLogger,
      now: options.now,
      maxBodyBytes: config.http.maxBodyBytes,
      backends: deps.backends,
    });
    app = new App({ ...common, receiver });
  }
  // Loopback response_urls only for a fake Slack on this machine (benchmarks run real processes).
  const allow = options.allowResponseUrl ?? (config.loopbackResponseUrls ? (url: URL) => url.hostname === "127.0.0.1" : undefined);
  const responseUrls = { ...(config.apiUrl ? { apiOrigin: new URL(config.apiUrl).origin } : {}), ...(allow ? { allow } : {}) };
  registerBrandbotHandlers(app, deps, { command: config.command, responseUrls });
  let started = false;

  return {
    app,
    mode: socketMode ? "socket" : "http",
    async start(listen = {}) {
      try {
        await app.init();
      } catch (error) {
        const reason = redactTokens(error instanceof Error ? error.message : String(error));
        throw new Error(`slack: auth.test failed (${reason}): check SLACK_BOT_TOKEN and that the app is installed`, { cause: error });
      }
      if (socketMode) {
        await app.start();
        started = true;
        return { mode: "socket" };
      }
      const server = (await app.start({ port: config.port, host: listen.host }, serverLimits(config.http))) as Server;
      server.maxConnections = config.http.maxConnections;
      started = true;
      return { mode: "http", port: (server.address() as AddressInfo).port, path: "/slack/events" };
    },
    async stop() {
      // Bolt's receivers throw when stopped twice; shutdown paths may well call us twice.
      if (!started) return;
      started = false;
      await app.stop();
    },
  };
}

/**
 * Node's defaults let a client trickle a request for minutes; these end it after the
 * configured time. The check runs every second so a timeout is kept to about that precision.
 */
function serverLimits(limits: SlackConfig["http"]): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
  };
}
