/**
 * Metadata a news page states about itself, read before Readability rewrites the DOM:
 * Open Graph and article meta tags, JSON-LD (`NewsArticle` and `@graph` forms),
 * `<time datetime>`, the canonical link and `<html lang>`.
 */
import { isoDate } from "./dates.js";

/** The little of the DOM this needs; linkedom's nodes have it (the project compiles without the DOM lib). */
export interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

type Doc = DomDocument;

const meta = (doc: Doc, ...keys: string[]) => {
  for (const key of keys) {
    const value = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
};

/** Every object in the page's JSON-LD blocks, flattened through arrays and `@graph`. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    out.push(node as Record<string, unknown>);
    visit((node as Record<string, unknown>)["@graph"]);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  return out;
}

const nameOf = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(", ") || null;
  if (value && typeof value === "object") return nameOf((value as { name?: unknown }).name);
  return null;
};

export interface PageMetadata {
  title: string | null;
  date: string | null;
  author: string | null;
  url: string | null;
  declaredLanguage: string | null;
}

/** Reads the page's own statements about title, date, author, address and language. */
export function readPageMetadata(doc: Doc): PageMetadata {
  const ld = jsonLd(doc);
  const fromLd = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined && v !== null);
  const titleTag = doc.querySelector("title")?.textContent?.trim() || null;
  const heading = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const dates = [
    meta(doc, "article:published_time", "datePublished", "date"),
    typeof fromLd("datePublished") === "string" ? (fromLd("datePublished") as string) : null,
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
  ];
  const lang = doc.documentElement.getAttribute("lang")?.trim().toLowerCase().split(/[-_]/)[0] || null;
  return {
    title: meta(doc, "og:title", "twitter:title") ?? nameOf(fromLd("headline")) ?? titleTag ?? heading,
    date: dates.map(isoDate).find((d) => d !== null) ?? null,
    author: meta(doc, "author", "article:author") ?? nameOf(fromLd("author")),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta(doc, "og:url"),
    declaredLanguage: lang,
  };
}
