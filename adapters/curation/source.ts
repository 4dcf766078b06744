/**
 * From what the curator named (a file path or an http(s) URL) to extracted text and
 * metadata. The extractors are imported here on demand, so neither the CLI's cold start
 * nor the answer path ever loads a DOM or a PDF library.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { CurationError, type DocumentKind, type Extracted } from "./extracted.js";
import type { FetchLimits } from "./fetch.js";

const BY_EXTENSION: Record<string, DocumentKind> = { ".html": "html", ".htm": "html", ".pdf": "pdf", ".txt": "text", ".md": "markdown" };

/** True when the argument names a web address rather than a file. */
export const isUrl = (source: string) => /^https?:\/\//i.test(source);

function decode(bytes: Uint8Array, name: string, charset: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    // Only UTF-8 can be told to be wrong; single-byte charsets decode any byte.
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new CurationError(`add: ${name} is in the unknown charset "${charset}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CurationError(`add: ${name} is not ${charset === "utf-8" ? "UTF-8" : charset} text`);
  }
}

/** Runs the extractor for `kind`; text is UTF-8 unless the server declared another charset. */
export async function extract(bytes: Uint8Array, kind: DocumentKind, name: string, charset = "utf-8"): Promise<Extracted> {
  if (kind === "pdf") {
    try {
      return await (await import("./pdf.js")).extractPdf(bytes);
    } catch (error) {
      throw new CurationError(`add: ${name} is not a readable PDF (${(error as Error).message})`);
    }
  }
  const text = decode(bytes, name, charset);
  if (kind === "html") return (await import("./html.js")).extractHtml(text);
  return (await import("./plain.js")).extractPlain(text, kind === "markdown");
}

/** A read document, and where it came from when that was the web. */
export interface Source {
  extracted: Extracted;
  fetchedFrom: string | null;
}

/** Reads a file or fetches a URL (within `limits`) and extracts it. */
export async function readSource(source: string, limits: Partial<FetchLimits> = {}): Promise<Source> {
  if (isUrl(source)) {
    const { safeFetch } = await import("./fetch.js");
    const fetched = await safeFetch(source, limits);
    return { extracted: await extract(fetched.bytes, fetched.kind, fetched.finalUrl, fetched.charset ?? "utf-8"), fetchedFrom: fetched.finalUrl };
  }
  const kind = BY_EXTENSION[extname(source).toLowerCase()];
  if (!kind) throw new CurationError(`add: ${source} is not .html, .pdf, .txt or .md`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(source));
  } catch (error) {
    throw new CurationError(`add: cannot read ${source} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return { extracted: await extract(bytes, kind, source), fetchedFrom: null };
}
