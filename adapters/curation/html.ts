/**
 * Web pages: the article's own text through Mozilla's Readability (Firefox Reader View),
 * over linkedom rather than jsdom: linkedom is a plain DOM without a layout engine or a
 * script runtime, which is all Readability needs, and it loads in a fraction of jsdom's
 * time and dependencies. Both load only when `add` reads a page.
 */
import { joinParagraphs, type Extracted } from "./extracted.js";
import { readPageMetadata, type DomDocument } from "./html-metadata.js";

/** Page furniture Readability keeps on short pages: removed before it scores the page. */
const FURNITURE = "script, style, noscript, template, iframe, svg, nav, footer, aside, form, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], body > header";
const FURNITURE_NAMES = /cookie|consent|gdpr|banner|newsletter|related|share|social|comment|byline|author|caption|advert|promo|subscribe|breadcrumb|tags?\b/i;
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

function removeFurniture(doc: DomDocument): void {
  for (const el of [...doc.querySelectorAll(FURNITURE)]) el.remove();
  const pageLength = doc.documentElement.textContent?.length ?? 0;
  for (const el of [...doc.querySelectorAll("[class], [id]")]) {
    if (el.tagName === "BODY" || el.tagName === "HTML" || el.tagName === "ARTICLE" || el.tagName === "MAIN") continue;
    if (!FURNITURE_NAMES.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`)) continue;
    // A wrapper named "post has-comments" that holds most of the page is the article, not furniture.
    if ((el.textContent?.length ?? 0) > pageLength / 2) continue;
    el.remove();
  }
}

/** The text of each innermost block of Readability's HTML, in order: its paragraph breaks. */
function paragraphsOf(html: string, parse: (html: string) => { document: DomDocument }): string[] {
  const { document } = parse(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll(BLOCKS)]
    .filter((el) => el.querySelector(BLOCKS) === null)
    .map((el) => el.textContent ?? "");
}

/** Extracts the main text and stated metadata of an HTML page. */
export async function extractHtml(html: string): Promise<Extracted> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import("linkedom"), import("@mozilla/readability")]);
  const parse = (source: string) => parseHTML(source) as unknown as { document: DomDocument };
  const { document } = parse(html);
  const metadata = readPageMetadata(document);
  removeFurniture(document);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  const byline = article?.byline?.trim();
  const paragraphs = article?.content ? paragraphsOf(article.content, parse).filter((p) => p.trim() !== byline) : [];
  const title = metadata.title ?? article?.title?.trim() ?? null;
  const body = joinParagraphs(paragraphs);
  // The seeds open with the headline; Readability drops it from the body when it repeats the title.
  const text = title && body && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { ...metadata, title, text, author: metadata.author ?? (byline ? byline.replace(/^(by|di)\s+/i, "") : null) };
}
