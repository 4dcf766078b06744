/**
 * `GET /healthz`: what a load balancer or an orchestrator asks a replica. Slack's HTTP mode
 * serves it on its own port (adapters/slack/receiver.ts); Socket Mode and Discord open no
 * port of their own, so BRANDBOT_HEALTH_PORT starts this small server for them. Both say the
 * same things: the bot's counts, its last reload, and which state store and question log it
 * uses and whether each answers. Never why not (that names hosts): details go to the log.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Brandbot } from "../../src/types.js";
import type { AdapterDeps, RunningAdapter } from "./index.js";

/** The body of `/healthz`; `adapter` names what serves it ("slack", or "slack+discord"). */
export async function healthReport(deps: { bot: Brandbot; backends?: (() => Promise<object>) | undefined }, adapter: string): Promise<Record<string, unknown>> {
  const backends = deps.backends ? await deps.backends().catch(() => ({})) : {};
  return { ok: true, adapter, ...deps.bot.stats(), lastReload: lastReload(deps.bot), ...backends };
}

/**
 * When (and whether) a hot-reloading bot last rebuilt its index: status, counts and time
 * only. Why a reload failed names files on the server; that goes to the log, not to anyone
 * who can reach the port.
 */
function lastReload(bot: Brandbot): { ok: boolean; at: string; documents: number; sentences: number } | null {
  if (!("lastReload" in bot)) return null;
  const status = (bot as { lastReload(): { ok: boolean; at: string; documents: number; sentences: number } | null }).lastReload();
  return status && { ok: status.ok, at: status.at, documents: status.documents, sentences: status.sentences };
}

/**
 * Serves `GET /healthz` (JSON) on `port`, everything else 404; resolves once listening, with
 * the port (0 picks a free one). Under `--workers` every worker listens on the same port and
 * node:cluster hands each check to one of them.
 */
export async function startHealthServer(deps: AdapterDeps, options: { port: number; adapter: string; host?: string }): Promise<RunningAdapter & { port: number }> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/healthz") {
      res.writeHead(404).end();
      return;
    }
    void healthReport(deps, options.adapter).then((body) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  // A health check is a few bytes; nobody needs minutes to send one.
  server.headersTimeout = 5_000;
  server.requestTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(`health: cannot listen on BRANDBOT_HEALTH_PORT ${options.port} (${error.code ?? error.message}): choose a free port`, { cause: error })),
    );
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  deps.logger.info({ component: "health", port }, `health: GET /healthz on port ${port}`);
  return {
    name: "health",
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
