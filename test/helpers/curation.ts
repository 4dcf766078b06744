/** A scratch corpus home (a copy of seeds/ and corpus/), and a page server on 127.0.0.1. */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../adapters/runtime/load.js";

export const fixtures = join(projectRoot(), "test", "fixtures");

/** A temp folder holding copies of the project's seeds/ and corpus/. */
export function makeHome(): string {
  const home = mkdtempSync(join(tmpdir(), "brandbot-home-"));
  for (const dir of ["seeds", "corpus"]) cpSync(join(projectRoot(), dir), join(home, dir), { recursive: true });
  return home;
}

/** Everything under a home's seeds/ and corpus/, to show a refusal changed nothing. */
export function snapshotHome(home: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ["seeds", "corpus"]) for (const name of readdirSync(join(home, dir))) out[`${dir}/${name}`] = readFileSync(join(home, dir, name), "utf8");
  return out;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTTP server on 127.0.0.1 answering by path; close() also drops hanging sockets. */
export async function servePages(routes: Record<string, Route>) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** A route sending a fixture file with a content type. */
export const fixtureRoute = (file: string, type: string): Route => (_req, res) => {
  res.writeHead(200, { "content-type": type }).end(readFileSync(join(fixtures, file)));
};

/** A PDF generated here (no binary fixture): two paragraphs, a hyphenated line break, metadata. */
export async function makePdf(): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  pdf.setTitle("Alfa Romeo press note on the Giulia");
  pdf.setAuthor("Press Office");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines: [string, number][] = [
    ["Alfa Romeo press note on the Giulia", 780],
    ["Published 9 September 2025", 750],
    ["The new Giulia will be built at the Cassino plant, where the current", 710],
    ["Giulia and Stelvio are also made, on a line prepared for the new plat-", 696],
    ["form that the sedan will share with other large models of the group.", 682],
    ["Production of the sedan is expected to start after the Stelvio, and", 650],
    ["the brand says the plant will run more shifts once both are built there.", 636],
  ];
  for (const [text, y] of lines) page.drawText(text, { x: 50, y, size: 11, font });
  return pdf.save();
}
