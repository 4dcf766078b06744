/**
 * The safe fetch against a page server on 127.0.0.1: success, a redirect chain, too many
 * redirects, an oversize body, a wrong content type, a timeout, and private addresses
 * refused when the test-only loopback allowance is off (by literal, by name through DNS,
 * and as a redirect target).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedAddress } from "../../../adapters/curation/address.js";
import { safeFetch } from "../../../adapters/curation/fetch.js";
import { fixtureRoute, servePages } from "../../helpers/curation.js";

let server: Awaited<ReturnType<typeof servePages>>;
const open = { allowLoopback: true };

beforeAll(async () => {
  const redirect = (to: string) => (_req: unknown, res: import("node:http").ServerResponse) => void res.writeHead(302, { location: to }).end();
  server = await servePages({
    "/article": fixtureRoute("alfa-sales-2026.html", "text/html; charset=utf-8"),
    "/hop1": redirect("/hop2"),
    "/hop2": redirect("/hop3"),
    "/hop3": redirect("/article"),
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/loop${i}`, redirect(`/loop${i + 1}`)])),
    "/to-private": redirect("http://10.1.2.3/secret"),
    "/image": (_req, res) => void res.writeHead(200, { "content-type": "image/png" }).end("PNG"),
    "/big-declared": (_req, res) => void res.writeHead(200, { "content-type": "text/plain", "content-length": String(6 * 1024 * 1024) }).end(),
    "/big-streamed": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(3000));
    },
    "/slow": () => undefined,
    "/latin1": (_req, res) => void res.writeHead(200, { "content-type": "text/plain; charset=ISO-8859-1" }).end(Buffer.from("Perché la città è così", "latin1")),
    "/gone": (_req, res) => void res.writeHead(404).end(),
  });
});
afterAll(() => server.close());

describe("safeFetch", () => {
  it("fetches an HTML page and says what kind it is", async () => {
    const page = await safeFetch(`${server.base}/article`, open);
    expect(page.kind).toBe("html");
    expect(page.finalUrl).toBe(`${server.base}/article`);
    expect(new TextDecoder().decode(page.bytes)).toContain("The sales target for 2026 is 110,000 cars worldwide");
  });

  it("follows a chain of three redirects and reports the final address", async () => {
    const page = await safeFetch(`${server.base}/hop1`, open);
    expect(page.finalUrl).toBe(`${server.base}/article`);
  });

  it("refuses more than five redirects", async () => {
    await expect(safeFetch(`${server.base}/loop0`, open)).rejects.toThrow(`fetch: ${server.base}/loop0 redirects more than 5 times`);
    // Five hops (loop2 → … → loop7, which is not routed) are allowed: the refusal is the 404 at the end.
    await expect(safeFetch(`${server.base}/loop2`, open)).rejects.toThrow(`fetch: ${server.base}/loop7 answered HTTP 404`);
  });

  it("re-checks every hop: a redirect to a private address is refused", async () => {
    await expect(safeFetch(`${server.base}/to-private`, open)).rejects.toThrow("fetch: http://10.1.2.3/secret is refused: 10.1.2.3 is a private, loopback or reserved address");
  });

  it("refuses a body over the limit, declared or streamed", async () => {
    await expect(safeFetch(`${server.base}/big-declared`, open)).rejects.toThrow(`fetch: ${server.base}/big-declared is 6291456 bytes, over the 5242880-byte limit`);
    await expect(safeFetch(`${server.base}/big-streamed`, { ...open, maxBytes: 1000 })).rejects.toThrow(`fetch: ${server.base}/big-streamed is over the 1000-byte limit`);
  });

  it("refuses content that is not HTML, PDF or text, and HTTP errors", async () => {
    await expect(safeFetch(`${server.base}/image`, open)).rejects.toThrow(`fetch: ${server.base}/image is "image/png", not HTML, PDF or text`);
    await expect(safeFetch(`${server.base}/gone`, open)).rejects.toThrow(`fetch: ${server.base}/gone answered HTTP 404`);
  });

  it("gives up on a server that does not answer in time", async () => {
    const started = Date.now();
    await expect(safeFetch(`${server.base}/slow`, { ...open, timeoutMs: 300 })).rejects.toThrow(`fetch: ${server.base}/slow did not answer within 0.3 s`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses loopback without the test allowance: by address, and by name through the DNS lookup", async () => {
    await expect(safeFetch(`${server.base}/article`)).rejects.toThrow(`fetch: ${server.base}/article is refused: 127.0.0.1 is a private, loopback or reserved address`);
    const port = new URL(server.base).port;
    await expect(safeFetch(`http://localhost:${port}/article`)).rejects.toThrow(
      /^fetch: http:\/\/localhost:\d+\/article could not be fetched \(localhost resolves to (127\.0\.0\.1|::1), which is a private, loopback or reserved address\)$/,
    );
    // The allowance is for 127.0.0.1 only: the name still resolves to loopback and ::1 stays refused.
    await expect(safeFetch(`http://[::1]:${port}/article`, open)).rejects.toThrow("is refused: ::1 is a private, loopback or reserved address");
  });

  it("reports the declared charset so a Latin-1 page decodes correctly", async () => {
    const page = await safeFetch(`${server.base}/latin1`, open);
    expect(page.charset).toBe("iso-8859-1");
    const { extract } = await import("../../../adapters/curation/source.js");
    expect((await extract(page.bytes, page.kind, "x", page.charset!)).text).toBe("Perché la città è così");
  });

  it("refuses what is not an http(s) URL", async () => {
    await expect(safeFetch("file:///etc/passwd")).rejects.toThrow("fetch: file:///etc/passwd is not an http(s) address");
    await expect(safeFetch("http://user:pw@example.com/")).rejects.toThrow("carries a user name or password");
  });
});

describe("refusedAddress", () => {
  it("refuses private, loopback, link-local and mapped addresses, and allows public ones", () => {
    for (const ip of ["10.0.0.1", "172.20.1.1", "192.168.1.1", "127.0.0.2", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:192.168.0.1"])
      expect(refusedAddress(ip), ip).toMatch(/is a private, loopback or reserved address$/);
    for (const ip of ["93.184.216.34", "151.101.1.1", "2a00:1450:4001:81a::200e"]) expect(refusedAddress(ip), ip).toBeNull();
    expect(refusedAddress("127.0.0.1", { allowLoopback: true })).toBeNull();
    expect(refusedAddress("10.0.0.1", { allowLoopback: true })).not.toBeNull();
  });
});
