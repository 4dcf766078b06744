/**
 * A local stand-in for Slack: the Web API (`/api/:method`), response URLs
 * (`/respond/:id`) and a Socket Mode WebSocket (`/socket`), all on one 127.0.0.1 port,
 * recording everything the real Bolt app sends so tests can assert on it.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** One Web API call as the bot made it; JSON-encoded form fields (blocks) are decoded. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

/** One POST to a response_url. */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

export const FAKE_BOT_USER_ID = "UBOT";

const parseOr = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (raw === "") return {};
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? parseOr(value) : value;
  }
  return args;
}

/** Waits until `pick` finds something in a growing list, or fails with a useful message. */
async function waitFor<T>(what: string, list: () => T[], pick: (item: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = list().find(pick);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`fake-slack: timed out waiting for ${what}; saw ${JSON.stringify(list()).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts the fake on an ephemeral 127.0.0.1 port. Always `close()` it. */
export async function startFakeSlack() {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const sockets = new Set<WebSocket>();
  const acks = new Map<string, (payload: unknown) => void>();
  let envelopeCount = 0;
  let base = "";

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    const reply = (payload: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith("/respond/")) {
      responses.push({ id: url.pathname.slice("/respond/".length), body });
      return reply({ ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, "");
    calls.push({ method, args: body, authorization: req.headers.authorization });
    if (method === "auth.test") {
      if (fake.failAuth) return reply({ ok: false, error: "invalid_auth" });
      return reply({ ok: true, url: "https://fake.slack.test/", team: "Fake", user: "brandbot", team_id: "T1", user_id: FAKE_BOT_USER_ID, bot_id: "BBOT" });
    }
    if (method === "apps.connections.open") return reply({ ok: true, url: `${base.replace("http", "ws")}/socket` });
    if (method === "chat.postMessage") return reply({ ok: true, channel: body.channel, ts: `1700000000.${String(calls.length).padStart(6, "0")}`, message: { text: body.text } });
    if (method === "chat.postEphemeral") return reply({ ok: true, message_ts: "1700000000.999999" });
    return reply({ ok: true });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, socket, head) => {
    if (!req.url?.startsWith("/socket")) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on("close", () => sockets.delete(ws));
      ws.on("message", (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? null);
      });
      ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake", approximate_connection_time: 3600 }, connection_info: { app_id: "A1" } }));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake = {
    /** Set to make auth.test answer invalid_auth, as Slack does for a revoked token. */
    failAuth: false,
    /** Pass as SLACK_API_URL / clientOptions.slackApiUrl. */
    apiUrl: `${base}/api/`,
    calls,
    responses,
    /** A response_url Bolt's respond() will POST to. */
    responseUrl: (id: string) => `${base}/respond/${id}`,
    waitForCall: (method: string, pick: (call: ApiCall) => boolean = () => true, timeoutMs = 5000) =>
      waitFor(`Web API ${method}`, () => calls, (call) => call.method === method && pick(call), timeoutMs),
    waitForResponse: (id: string, pick: (post: ResponsePost) => boolean = () => true, timeoutMs = 5000) =>
      waitFor(`response_url ${id}`, () => responses, (post) => post.id === id && pick(post), timeoutMs),
    /** Sends a Socket Mode envelope and resolves with the app's ack payload. */
    async sendEnvelope(type: "slash_commands" | "events_api" | "interactive", payload: unknown, extra: Record<string, unknown> = {}) {
      const socket = [...sockets][0];
      if (!socket) throw new Error("fake-slack: no Socket Mode connection to send to");
      const envelopeId = `env-${++envelopeCount}`;
      const acked = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake-slack: envelope ${envelopeId} was never acked`)), 5000);
        acks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
      });
      socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== "events_api", ...extra }));
      return acked;
    },
    async close() {
      // Bolt's stop() returns before its close handshake finishes; give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/** The fake's handle, for typing test variables. */
export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
