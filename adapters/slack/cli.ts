/**
 * Entry point the CLI loads lazily when Slack credentials are present, so the REPL
 * never pays for loading Bolt.
 */
import type { AdapterDeps, RunningAdapter } from "../runtime/index.js";
import { createSlackAdapter } from "./app.js";
import { readSlackConfig } from "./config.js";

/**
 * Reads the Slack config from `deps.env`, starts the adapter and logs where it listens.
 * `host` narrows the HTTP listener (all interfaces by default, as a server needs).
 */
export async function runSlack(deps: AdapterDeps, options: { host?: string } = {}): Promise<RunningAdapter> {
  const config = readSlackConfig(deps.env);
  const adapter = createSlackAdapter(deps, config);
  const where = await adapter.start(options);
  if (where.mode === "socket") {
    deps.logger.info({ component: "slack", mode: "socket", command: config.command }, "slack: connected over Socket Mode");
  } else {
    deps.logger.info(
      // The pid tells the workers of `--workers N` apart, all on one port.
      { component: "slack", mode: "http", port: where.port, command: config.command, pid: process.pid },
      `slack: listening on port ${where.port} at ${where.path} (health check: GET /healthz)`,
    );
  }
  return { name: "slack", stop: () => adapter.stop() };
}
