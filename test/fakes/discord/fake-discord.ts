/**
 * A local fake of Discord's REST API and gateway, enough for the real discord.js client to
 * log in, receive dispatches, reply, rate-limit and resume. Everything binds 127.0.0.1:0.
 * It records every REST request and gateway payload so tests can assert on exact bytes.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { botUser, FAKE_IDS, guildCreate, sentMessage } from "./payloads.js";

/** One REST call as the fake received it, with the status it answered. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/300000000000000001/messages`. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  // Request bodies are whatever discord.js sent; tests index into them freely.
  body: any;
  status: number;
  at: number;
  /** What the fake answered, e.g. the message object a reply created (its id is what a user replies to). */
  response?: any;
}

/** A gateway payload the client sent, tagged with the connection it came on. */
export interface GatewayPayload {
  op: number;
  d: any;
  connection: number;
}

/** A canned response served instead of the normal one, e.g. a 429. */
export interface Override {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Connection {
  id: number;
  ws: WebSocket;
  shard?: [number, number];
  sessionId?: string;
}

interface Session {
  seq: number;
  shard: [number, number];
}

/** Which shard owns a guild, by Discord's formula. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gateway: GatewayPayload[] = [];
  /** What `GET /gateway/bot` recommends; raise it to exercise `--shards auto`. */
  recommendedShards = 1;
  /** When set, IDENTIFY is answered by closing with this code, e.g. 4014 (disallowed intents). */
  identifyCloseCode: number | null = null;
  private readonly overrides: Override[] = [];
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private readonly waiters = new Set<() => void>();
  private connectionCount = 0;
  private readonly server = http.createServer((req, res) => void this.handleRest(req, res));
  private readonly wss = new WebSocketServer({ server: this.server, path: "/gateway" });

  private constructor() {
    this.wss.on("connection", (ws) => this.handleConnection(ws));
  }

  /** Starts the fake on an ephemeral port. */
  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** REST base to hand to discord.js (`rest.api`) or DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Serves `override` once for the next matching request. */
  respondOnce(override: Override): void {
    this.overrides.push(override);
  }

  /** Sends a dispatch to the shard that owns `guildId` (shard 0 for DMs), with the next sequence number. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const connection = this.connectionFor(guildId);
    const session = this.sessions.get(connection.sessionId ?? "");
    if (!session) throw new Error("fake discord: dispatch before IDENTIFY");
    connection.ws.send(JSON.stringify({ op: 0, t, s: ++session.seq, d }));
  }

  /** Asks the client to reconnect (op 7), as Discord does before moving a session. */
  sendReconnect(shard = 0): void {
    this.connectionFor(undefined, shard).ws.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Resolves with the first recorded REST request matching `predicate`, past or future. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 8000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, "REST request");
  }

  /** Resolves with the first gateway payload the client sent matching `predicate`. */
  waitForGateway(predicate: (payload: GatewayPayload) => boolean, timeoutMs = 8000): Promise<GatewayPayload> {
    return this.waitFor(() => this.gateway.find(predicate), timeoutMs, "gateway payload");
  }

  /** Closes every socket and the server so vitest can exit. */
  async close(): Promise<void> {
    for (const connection of this.connections) connection.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`fake discord: no matching ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }

  private connectionFor(guildId?: string, shard?: number): Connection {
    const live = [...this.connections].filter((c) => c.sessionId !== undefined);
    const wanted = (c: Connection) =>
      shard !== undefined ? c.shard?.[0] === shard : !guildId || (c.shard !== undefined && c.shard[0] === shardForGuild(guildId, c.shard[1]));
    const connection = live.reverse().find(wanted);
    if (!connection) throw new Error("fake discord: no identified gateway connection for that shard");
    return connection;
  }

  private handleConnection(ws: WebSocket): void {
    const connection: Connection = { id: ++this.connectionCount, ws };
    this.connections.add(connection);
    ws.on("close", () => this.connections.delete(connection));
    ws.on("message", (raw) => {
      const payload = JSON.parse(raw.toString()) as { op: number; d: any };
      this.gateway.push({ ...payload, connection: connection.id });
      this.handleGateway(connection, payload);
      this.notify();
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private handleGateway(connection: Connection, { op, d }: { op: number; d: any }): void {
    const send = (payload: unknown) => connection.ws.send(JSON.stringify(payload));
    if (op === 1) send({ op: 11 });
    if (op === 2 && this.identifyCloseCode !== null) return connection.ws.close(this.identifyCloseCode, "Disallowed intent(s).");
    if (op === 2) {
      const shard: [number, number] = d.shard ?? [0, 1];
      const sessionId = `session-${connection.id}`;
      const session: Session = { seq: 0, shard };
      this.sessions.set(sessionId, session);
      Object.assign(connection, { shard, sessionId });
      const ownsGuild = shardForGuild(FAKE_IDS.guild, shard[1]) === shard[0];
      const ready = {
        v: 10,
        user: botUser,
        guilds: ownsGuild ? [{ id: FAKE_IDS.guild, unavailable: true }] : [],
        session_id: sessionId,
        resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
        shard,
        application: { id: FAKE_IDS.application, flags: 0 },
        private_channels: [],
        presences: [],
        relationships: [],
        user_settings: {},
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
      };
      send({ op: 0, t: "READY", s: ++session.seq, d: ready });
      if (ownsGuild) send({ op: 0, t: "GUILD_CREATE", s: ++session.seq, d: guildCreate() });
    }
    if (op === 6) {
      const session = this.sessions.get(d.session_id);
      if (!session) return send({ op: 9, d: false });
      Object.assign(connection, { shard: session.shard, sessionId: d.session_id });
      send({ op: 0, t: "RESUMED", s: ++session.seq, d: {} });
    }
  }

  private async handleRest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      headers: req.headers,
      body: text && req.headers["content-type"]?.includes("json") ? JSON.parse(text) : text,
      status: 0,
      at: Date.now(),
    };
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = body;
      this.requests.push(record);
      const json = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, { ...(json ? { "content-type": "application/json" } : {}), ...headers });
      res.end(json);
      this.notify();
    };
    const index = this.overrides.findIndex((o) => o.method === record.method && o.path.test(path));
    if (index !== -1) {
      const [override] = this.overrides.splice(index, 1);
      return reply(override!.status, override!.body, override!.headers);
    }
    this.route(record, reply);
  }

  private route(request: RecordedRequest, reply: (status: number, body?: unknown) => void): void {
    const { method, path, body } = request;
    let match: RegExpMatchArray | null;
    if (method === "GET" && path === "/gateway/bot") {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === "POST" && (match = path.match(/^\/channels\/(\d+)\/typing$/))) return reply(204);
    if (method === "POST" && (match = path.match(/^\/channels\/(\d+)\/messages$/))) return reply(200, sentMessage(match[1]!, body));
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return reply(204);
    if (method === "PATCH" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      return reply(200, sentMessage(FAKE_IDS.channel, body));
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const saved = (body as Array<Record<string, unknown>>).map((command, i) => ({ ...command, id: `60000000000000000${i}`, application_id: FAKE_IDS.application, version: "1" }));
      return reply(200, saved);
    }
    reply(404, { message: `fake discord: no route for ${method} ${path}`, code: 0 });
  }
}
