/**
 * Headless Chromium for tests that open a page as a person would: Debian's `chromium`
 * package (installed by .ci/servers), driven over the DevTools protocol by puppeteer-core,
 * which never downloads a browser of its own. On a machine without it the tests are
 * skipped with the reason printed once; in CI (CI=true) they run and fail loudly instead.
 */
import { existsSync } from "node:fs";
import type { Browser } from "puppeteer-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium binary: CHROMIUM_PATH when set (used as given, so a wrong one fails loudly), else Debian's. */
export function chromiumPath(env: Record<string, string | undefined> = process.env, candidates = CANDIDATES): string | undefined {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

const inCi = (env: Record<string, string | undefined>) => ["true", "1"].includes((env.CI ?? "").toLowerCase());

/**
 * Why the browser tests cannot run here, or null when they must run: Chromium is found, or
 * this is CI, where a missing browser is a failure, not a skip.
 */
export function chromiumSkipReason(env: Record<string, string | undefined> = process.env, candidates = CANDIDATES): string | null {
  if (chromiumPath(env, candidates) || inCi(env)) return null;
  const reason = `Chromium not found (looked for ${candidates.join(", ")} and CHROMIUM_PATH): the browser tests did not run. Install it with "sudo bash .ci/servers" (Debian's chromium package).`;
  return reason;
}

/** {@link chromiumSkipReason} for this machine, printed once so `npm test` says plainly what did not run. */
let announced = false;
export function skipUnlessChromium(): string | null {
  const reason = chromiumSkipReason();
  if (reason && !announced) process.stderr.write(`\nSKIPPED: ${reason}\n`);
  announced = true;
  return reason;
}

/** Starts headless Chromium; throws naming the path when it is missing or will not start. */
export async function launchChromium(): Promise<Browser> {
  const path = chromiumPath();
  if (!path) throw new Error(`chromium: no browser at ${CANDIDATES.join(" or ")}; run .ci/servers to install Debian's chromium package`);
  const { launch } = await import("puppeteer-core");
  // Chromium's sandbox refuses to run as root (CI and these machines are root).
  const sandbox = process.getuid?.() === 0 ? ["--no-sandbox"] : [];
  try {
    return await launch({ executablePath: path, headless: true, args: [...sandbox, "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check"] });
  } catch (error) {
    throw new Error(`chromium: ${path} did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
