/**
 * Slack's side of `npm run bench:slack` (run on a worker thread, so its cost is not billed
 * to the bot on the main thread): a response_url receiver that counts posts and which of them
 * carry an answer, and the users who send `/brand` commands.
 *
 * Each user has one keep-alive connection and does what a person in Slack does: sends a
 * command (signed afresh, the dev questions in turn, 1,000 distinct user ids, each with its
 * own response_url), waits for Slack's acknowledgement, then for the answer at the
 * response_url, and only then asks the next question. So the load is as many commands in
 * flight as there are users, as Slack would deliver it: Slack does not send a user's next
 * command because the previous one was acknowledged. Measured per command: the ack latency
 * (request start, connection included, to the response) and the answer latency (request start
 * to the answer's arrival at response_url: what the person waits for).
 *
 * Slack's side runs at a higher scheduling priority than the bots (this thread only, when
 * allowed): Slack's servers are not on the bot's cores, so an ack is measured when it is
 * sent, not when a starved load generator gets round to reading it. Its CPU still comes out
 * of the same cores, so the bots' rates are, if anything, lower than alone.
 */
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { slackSignature } from "../fakes/slack/sign.js";
import { devQuestions } from "./questions.js";

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`slack-load: ${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

/** The phases' sizes, from BENCH_SLACK_* (shared with the bot side, which sets its watchdog from them). */
export const settings = {
  seconds: envNumber("BENCH_SLACK_SECONDS", 10),
  burstSeconds: envNumber("BENCH_SLACK_BURST_SECONDS", 5),
  /** Users (one connection each) in the throughput phase. */
  connections: envNumber("BENCH_SLACK_CONNECTIONS", 50),
  burstConnections: envNumber("BENCH_SLACK_BURST_CONNECTIONS", 200),
  maxRequests: envNumber("BENCH_SLACK_MAX_REQUESTS", 50_000),
  warmupSeconds: envNumber("BENCH_SLACK_WARMUP_SECONDS", 2),
  /** How long a user waits for an answer before asking again anyway (it then counts as unanswered). */
  answerTimeoutMs: 10_000,
  /** How long to wait after a phase for late posts (a duplicate would arrive then). */
  drainMs: 1_000,
  users: 1_000,
};

/** What the load side reports per phase (plain data: it crosses threads). */
export interface PhaseSummary {
  name: string;
  connections: number;
  seconds: number;
  /** Slash commands sent. */
  built: number;
  /** Requests that got a response, and how many of those were 2xx. */
  completed: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  /** From sending the command to its answer arriving at response_url. */
  answerP50Ms: number;
  answerP99Ms: number;
  answerMaxMs: number;
  posts: number;
  /** Posts that carry an answer (formatAnswer: answer, decline or help), not a notice. */
  answers: number;
  /** Answers with cited sources (they carry the Share button). */
  cited: number;
  limited: number;
  apologies: number;
  /** "Busy" notes: the bot's cap on work in flight turned the command away. */
  busy: number;
  duplicates: number;
  /** Distinct commands answered: acked ones minus this many went unanswered. */
  answeredIds: number;
  /** Answers per second, from the phase start until the last answer arrived. */
  answersPerSecond: number;
}

export type ToMain = { type: "start"; name: string } | { type: "phase"; summary: PhaseSummary } | { type: "done" };
/** What the main thread tells the load side. */
export interface LoadTarget {
  url: string;
  signingSecret: string;
}

const RATE_LIMITED = "You're asking faster than I can keep up";
const APOLOGY = "Sorry, something went wrong while answering";
const BUSY = "I'm answering a lot of questions right now";

interface Tally {
  posts: number;
  answers: number;
  cited: number;
  limited: number;
  apologies: number;
  busy: number;
  duplicates: number;
  ids: Set<number>;
  lastAt: number;
  /** The users waiting for the answer to command n. */
  waiting: Map<number, () => void>;
}

async function startResponseUrlReceiver() {
  const tallies = new Map<string, Tally>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      // /respond/<phase>/<n>
      const [, , phase = "", n = ""] = (req.url ?? "").split("/");
      const tally = tallies.get(phase);
      if (tally) {
        const raw = Buffer.concat(chunks).toString("utf8");
        const id = Number(n);
        tally.posts++;
        if (tally.ids.has(id)) tally.duplicates++;
        else tally.ids.add(id);
        if (raw.includes(RATE_LIMITED)) tally.limited++;
        else if (raw.includes(APOLOGY)) tally.apologies++;
        else if (raw.includes(BUSY)) tally.busy++;
        else if (raw.includes('"blocks"')) {
          tally.answers++;
          if (raw.includes("brandbot_share")) tally.cited++;
        }
        tally.lastAt = performance.now();
        tally.waiting.get(id)?.();
        tally.waiting.delete(id);
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    track(phase: string): Tally {
      const tally: Tally = { posts: 0, answers: 0, cited: 0, limited: 0, apologies: 0, busy: 0, duplicates: 0, ids: new Set(), lastAt: 0, waiting: new Map() };
      tallies.set(phase, tally);
      return tally;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A slash command form body exactly as Slack sends it (text escaped the way Slack does). */
function slashBody(responseUrl: string, question: string, user: string): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "fake",
    channel_id: "C1",
    channel_name: "general",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/brand",
    text: question.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1.2.3",
  }).toString();
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

type Sent = { status: number } | { error: "timeout" | "error" };

/** POSTs one command on `agent`'s connection; resolves when the response has been read. */
function post(url: URL, agent: Agent, body: string, headers: Record<string, string>): Promise<Sent> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
      res.on("error", () => resolve({ error: "error" }));
    });
    req.on("timeout", () => {
      req.destroy();
      resolve({ error: "timeout" });
    });
    req.on("error", () => resolve({ error: "error" }));
    req.end(body);
  });
}

async function runPhase(
  receiver: Awaited<ReturnType<typeof startResponseUrlReceiver>>,
  { url, signingSecret }: LoadTarget,
  phase: { name: string; connections: number; seconds: number },
): Promise<PhaseSummary> {
  const tally = receiver.track(phase.name);
  const target = new URL(url);
  const acks: number[] = [];
  const answerTimes: number[] = [];
  const counts = { built: 0, ok: 0, non2xx: 0, errors: 0, timeouts: 0 };
  const startedAt = performance.now();
  const endAt = startedAt + phase.seconds * 1000;

  const user = async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (performance.now() < endAt && counts.built < settings.maxRequests) {
      const n = counts.built++;
      const timestamp = Math.floor(Date.now() / 1000);
      const body = slashBody(`${receiver.base}/respond/${phase.name}/${n}`, devQuestions[n % devQuestions.length] as string, `U${n % settings.users}`);
      // Registered before sending: the answer may arrive before the ack has been read.
      let answered!: () => void;
      const answer = new Promise<boolean>((resolve) => (answered = () => resolve(true)));
      tally.waiting.set(n, answered);
      const sentAt = performance.now();
      const sent = await post(target, agent, body, {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": slackSignature(signingSecret, timestamp, body),
      });
      if ("error" in sent) {
        counts.errors++;
        if (sent.error === "timeout") counts.timeouts++;
        tally.waiting.delete(n);
        continue;
      }
      acks.push(performance.now() - sentAt);
      if (sent.status < 200 || sent.status >= 300) {
        counts.non2xx++;
        tally.waiting.delete(n);
        continue;
      }
      counts.ok++;
      let timer: NodeJS.Timeout | undefined;
      const arrived = await Promise.race([answer, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), settings.answerTimeoutMs)))]);
      clearTimeout(timer);
      if (arrived) answerTimes.push(performance.now() - sentAt);
      else tally.waiting.delete(n);
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: phase.connections }, user));
  const endedAt = performance.now();
  // A duplicate answer would come after the first: give it a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, settings.drainMs));

  const sortedAcks = Float64Array.from(acks).sort();
  const sortedAnswers = Float64Array.from(answerTimes).sort();
  return {
    name: phase.name,
    connections: phase.connections,
    seconds: (endedAt - startedAt) / 1000,
    built: counts.built,
    completed: acks.length,
    ok: counts.ok,
    non2xx: counts.non2xx,
    errors: counts.errors,
    timeouts: counts.timeouts,
    ackP50Ms: percentile(sortedAcks, 50),
    ackP99Ms: percentile(sortedAcks, 99),
    ackMaxMs: percentile(sortedAcks, 100),
    answerP50Ms: percentile(sortedAnswers, 50),
    answerP99Ms: percentile(sortedAnswers, 99),
    answerMaxMs: percentile(sortedAnswers, 100),
    posts: tally.posts,
    answers: tally.answers,
    cited: tally.cited,
    limited: tally.limited,
    apologies: tally.apologies,
    busy: tally.busy,
    duplicates: tally.duplicates,
    answeredIds: tally.ids.size,
    answersPerSecond: tally.answers / ((Math.max(endedAt, tally.lastAt) - startedAt) / 1000),
  };
}

/** The worker thread's entry: warm-up, throughput and burst in turn, each reported to the main thread. */
export async function slackSide(target: LoadTarget): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("slack-load: the load side must run in a worker");
  try {
    // 0 is this thread on Linux (nice values are per thread); needs root or CAP_SYS_NICE.
    setPriority(0, -5);
  } catch {
    console.log("slack-load: cannot raise the load side's priority (not root): ack latencies include its own waits for a core");
  }
  const receiver = await startResponseUrlReceiver();
  const send = (message: ToMain) => port.postMessage(message);
  try {
    const phases = [
      { name: "warmup", connections: 10, seconds: settings.warmupSeconds },
      { name: "throughput", connections: settings.connections, seconds: settings.seconds },
      { name: "burst", connections: settings.burstConnections, seconds: settings.burstSeconds },
    ];
    for (const phase of phases) {
      send({ type: "start", name: phase.name });
      send({ type: "phase", summary: await runPhase(receiver, target, phase) });
    }
    send({ type: "done" });
  } finally {
    await receiver.close();
  }
}
