/**
 * Fetching a pasted link safely: 10 seconds in all, 5 MB at most, only HTML, PDF and text,
 * at most 5 redirects, each hop checked again. The address check runs inside the socket's
 * own DNS lookup, so the address tested is the address connected to: a name that
 * resolves to a public address once and a private one the next time gains nothing.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { refusedAddress, type AddressPolicy } from "./address.js";
import { CurationError, type DocumentKind } from "./extracted.js";

export interface FetchLimits extends AddressPolicy {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const fetchDefaults: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** What came back: the body, its kind, and the address it was finally served from. */
export interface Fetched {
  bytes: Uint8Array;
  kind: DocumentKind;
  finalUrl: string;
  /** The charset the response declared (`text/html; charset=iso-8859-1`), if any. */
  charset: string | null;
}

const KINDS: Record<string, DocumentKind> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "text/plain": "text",
  "text/markdown": "markdown",
};

const fail = (url: string, why: string) => new CurationError(`fetch: ${url} ${why}`);

function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.map((a) => refusedAddress(a.address, policy)).find((r) => r !== null);
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.replace(/^(\S+) is/, "$1, which is")}`), { code: "EREFUSED_ADDRESS" }), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function checkUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail(JSON.stringify(raw), "is not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fail(url.href, "is not an http(s) address");
  if (url.username || url.password) throw fail(url.href, "carries a user name or password");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Names are checked where they are resolved (guardedLookup); literals never reach a lookup.
  const refused = isIP(host) ? refusedAddress(host, policy) : null;
  if (refused) throw fail(url.href, `is refused: ${refused}`);
  return url;
}

function get(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", signal, lookup: guardedLookup(limits), headers: { accept: Object.keys(KINDS).join(", "), "user-agent": "brandbot-curation/1" } }, resolve);
    req.on("error", reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw fail(url, `is ${declared} bytes, over the ${maxBytes}-byte limit`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw fail(url, `is over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Fetches one document within the limits; every refusal is a one-line {@link CurationError}. */
export async function safeFetch(address: string, options: Partial<FetchLimits> = {}): Promise<Fetched> {
  const limits = { ...fetchDefaults, ...options };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkUrl(address, limits);
  try {
    for (let hop = 0; ; hop++) {
      const response = await get(url, limits, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= limits.maxRedirects) throw fail(address, `redirects more than ${limits.maxRedirects} times`);
        url = checkUrl(new URL(response.headers.location, url).href, limits);
        continue;
      }
      if (status !== 200) {
        response.resume();
        throw fail(url.href, `answered HTTP ${status}`);
      }
      const contentType = response.headers["content-type"] ?? "";
      const type = contentType.split(";")[0]!.trim().toLowerCase();
      const charset = /;\s*charset="?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
      const kind = KINDS[type];
      if (!kind) {
        response.resume();
        throw fail(url.href, `is ${type ? `"${type}"` : "of no stated type"}, not HTML, PDF or text`);
      }
      return { bytes: await readBody(response, url.href, limits.maxBytes), kind, finalUrl: url.href, charset };
    }
  } catch (error) {
    if (error instanceof CurationError) throw error;
    if (signal.aborted) throw fail(url.href, `did not answer within ${limits.timeoutMs / 1000} s`);
    throw fail(url.href, `could not be fetched (${(error as Error).message})`);
  }
}
