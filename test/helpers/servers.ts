/**
 * Real Redis and PostgreSQL servers for tests, from the Debian packages `.ci/servers`
 * installs: each started on a free port in its own temporary folder and stopped (folder
 * removed) afterwards. In CI (`CI=true`) a test that needs a missing server fails; on a
 * machine without them it is skipped, and the reason is printed once so `npm test` says
 * plainly which tests did not run and why.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";

export type ServerKind = "redis" | "postgres";

const which = (name: string) => {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
};

/** PostgreSQL's server binaries: `pg_config --bindir`, else Debian's versioned folder. */
function postgresBin(): string | null {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (existsSync(join(dir, "initdb"))) return dir;
  } catch {
    // no pg_config: look where Debian puts it
  }
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, "bin", "initdb"))) return join(root, v, "bin");
  return null;
}

/** Why a server cannot be started here, or null when it can. */
export function missingServer(kind: ServerKind): string | null {
  if (kind === "redis") return which("redis-server") ? null : "redis-server is not installed (bash .ci/servers installs it)";
  return postgresBin() ? null : "PostgreSQL's initdb was found neither by pg_config --bindir nor in /usr/lib/postgresql (bash .ci/servers installs it)";
}

const announced = new Set<string>();

/**
 * `describe` for tests that need real servers: runs them when the servers exist, and in CI
 * always (so a missing server fails there); elsewhere skips them with the reason printed once.
 */
export function describeWithServers(name: string, kinds: ServerKind[], body: () => void): void {
  const reasons = kinds.map(missingServer).filter((r): r is string => r !== null);
  const skip = reasons.length > 0 && process.env.CI !== "true";
  if (skip && !announced.has(name)) {
    announced.add(name);
    process.stderr.write(`\n[servers] NOT RUN: "${name}": ${reasons.join("; ")}\n`);
  }
  describe.skipIf(skip)(name, body);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `port` answers PING with PONG, or throws after `timeoutMs`. */
async function waitForRedis(port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" });
      socket.once("error", () => resolve(false));
      socket.once("connect", () => socket.write("PING\r\n"));
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
    });
    if (pong) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`servers: redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
}

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (contents are lost: nothing is saved). */
  stop(): Promise<void>;
  /** Starts it again on the same port (after `stop`). */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  remove(): Promise<void>;
}

/** Starts redis-server on a free port with no persistence, in its own temp folder. */
export async function startRedis(): Promise<RedisServer> {
  const reason = missingServer("redis");
  if (reason) throw new Error(`servers: cannot start Redis: ${reason}`);
  const dir = mkdtempSync(join(tmpdir(), "brandbot-redis-"));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
    // A test process that ends without its afterAll must not leave a server behind.
    const orphaned = child;
    process.once("exit", () => orphaned.kill("SIGKILL"));
    await waitForRedis(port);
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    async stop() {
      await kill();
    },
    async remove() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PostgresServer {
  /** `postgresql://brandbot@127.0.0.1:PORT/postgres`, trust authentication. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Creates a cluster with initdb and starts it on a free port. PostgreSQL refuses to run as
 * root, so as root it runs as the `postgres` user the Debian package creates.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  if (!bin) throw new Error(`servers: cannot start PostgreSQL: ${missingServer("postgres")}`);
  const dir = mkdtempSync(join(tmpdir(), "brandbot-pg-"));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : join(bin, tool), asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const data = join(dir, "data");
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "brandbot", "--no-sync", "-E", "UTF8"]);
    run("pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "-l", join(dir, "log"), "-w", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`servers: PostgreSQL did not start on port ${port}: ${detail.trim()}`);
  }
  return {
    url: `postgresql://brandbot@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
