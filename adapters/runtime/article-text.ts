/**
 * The articles' text and titles as the report needs them: to tell which names no article
 * mentions and to show sources by title. Read straight from `seeds/` and
 * `corpus/documents.json`, without validating or indexing, so a report still works (with
 * what it can read) while the corpus has a problem.
 */
import { readRawCorpus } from "./load.js";

export interface ArticleText {
  /** Every article's text, then every title. */
  texts: string[];
  titles: Record<string, string>;
}

function titlesOf(documentsJson: string | null): Record<string, string> {
  try {
    const parsed = JSON.parse(documentsJson ?? "{}") as { documents?: { file?: unknown; title?: unknown }[] };
    const documents = Array.isArray(parsed.documents) ? parsed.documents : [];
    return Object.fromEntries(documents.filter((d) => typeof d?.file === "string" && typeof d.title === "string").map((d) => [d.file as string, d.title as string]));
  } catch {
    return {};
  }
}

/** Reads the articles under `root`. */
export async function readArticleText(root: string): Promise<ArticleText> {
  const raw = await readRawCorpus(root);
  const decoder = new TextDecoder("utf-8");
  const titles = titlesOf(raw.documentsJson);
  return { texts: [...raw.seeds.map((s) => decoder.decode(s.bytes)), ...Object.values(titles)], titles };
}
