/**
 * HTTP mode receiver: Bolt's own HTTPReceiver (which verifies signatures and rejects
 * stale timestamps) plus the one check Bolt lacks, and a health route.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver } from "@slack/bolt";
import type { Brandbot, Logger } from "../../src/types.js";
import type { Logger as BoltLogger } from "@slack/bolt";
import { healthReport } from "../runtime/health.js";

/** Slack's replay window; Bolt enforces it for the past only. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** What the guarded receiver needs; `now` is injectable so tests can pin the clock. */
export interface GuardedReceiverOptions {
  signingSecret: string;
  bot: Brandbot;
  logger: Logger;
  boltLogger: BoltLogger;
  now?: () => number;
  /** Largest body read; Bolt reads this much before it can check the signature. */
  maxBodyBytes: number;
  /** The state store and question log backends and whether they answer (see AdapterDeps.backends). */
  backends?: () => Promise<Record<string, unknown>>;
}

/**
 * True when the request claims a timestamp too far ahead. Bolt accepts those, which would
 * let a captured request be replayed for as long as the attacker's clock offset allows.
 */
export function isTimestampInFuture(header: string | string[] | undefined, nowMs: number): boolean {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
}

/**
 * Creates the HTTP receiver for `/slack/events`, rejecting future timestamps with 401
 * before Bolt sees the request, and serving `GET /healthz` for load balancers.
 */
export function createGuardedHttpReceiver(options: GuardedReceiverOptions): HTTPReceiver {
  const now = options.now ?? Date.now;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: "/slack/events",
    logger: options.boltLogger,
    bodyLimit: options.maxBodyBytes,
    customRoutes: [
      {
        path: "/healthz",
        method: ["GET"],
        handler: async (_req: IncomingMessage, res: ServerResponse) => {
          const body = await healthReport(options, "slack");
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        },
      },
    ],
  });
  // Bolt's server calls `receiver.requestListener` per request, so wrapping it puts our
  // check in front while signature verification stays entirely Bolt's.
  const boltListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (isTimestampInFuture(req.headers["x-slack-request-timestamp"], now())) {
      options.logger.warn(
        { component: "slack", timestamp: req.headers["x-slack-request-timestamp"] },
        "slack: rejected a request whose timestamp is more than 5 minutes in the future",
      );
      res.writeHead(401);
      res.end();
      return;
    }
    boltListener(req, res);
  };
  return receiver;
}
