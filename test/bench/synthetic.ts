/**
 * A synthetic press archive for the scale benchmark: deterministic (seeded PRNG), mixed
 * English and Italian, about 2 KB an article, grown from the seed articles and the seed
 * vocabulary. It exists so the benchmark can ask "what happens after years of coverage?"
 * on any clone, without shipping megabytes of text or depending on the network.
 *
 * Sentences come from two sources, so the index sees both what it must answer from and
 * what it must wade through: seed sentences with their entities and numbers swapped for
 * others of the same kind (realistic near-duplicates that compete in ranking), and word
 * bigram chains over the seed text with invented names mixed in (so the vocabulary keeps
 * growing with the corpus, as real coverage does).
 */
import type { CorpusDocument, ValidCorpus } from "../../src/corpus/validate.js";
import type { Language } from "../../src/types.js";

/** Knobs of the generator; {@link syntheticDefaults} holds the benchmark's values. */
export interface SyntheticOptions {
  /** PRNG seed: the same seed always yields byte-identical articles. */
  seed: number;
  /** Target article size in characters (UTF-16 code units, close to bytes for this text). */
  articleChars: number;
  /** Share of articles written in Italian. */
  italianShare: number;
  /** Share of sentences copied from a seed article (entities and numbers swapped). */
  seedSentenceShare: number;
  /** Chance that a word of a generated sentence is an invented name. */
  inventedNameRate: number;
}

/** The benchmark's generator settings: a third Italian, mostly seed-like sentences. */
export const syntheticDefaults: SyntheticOptions = {
  seed: 20240602,
  articleChars: 2048,
  italianShare: 0.3,
  seedSentenceShare: 0.45,
  inventedNameRate: 0.04,
};

/** mulberry32: tiny, fast, and good enough to make text; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface LanguageModel {
  sentences: string[];
  starts: string[];
  next: Map<string, string[]>;
}

const SYLLABLES = ["ma", "ri", "to", "lo", "ve", "ca", "ne", "si", "ro", "ta", "li", "no", "be", "ga", "da", "mo", "ru", "pe", "sa", "zi"];

/** Splits seed text into sentences with the same segmenter family the engine uses. */
function seedSentences(text: string, language: Language): string[] {
  const out: string[] = [];
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().split(/\s+/).length < 8) continue;
    for (const seg of segmenter.segment(line)) {
      const s = seg.segment.trim();
      if (s.split(/\s+/).length >= 6 && /[.!?]$/.test(s)) out.push(s);
    }
  }
  return out;
}

function languageModel(texts: string[], language: Language): LanguageModel {
  const sentences = texts.flatMap((t) => seedSentences(t, language));
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  for (const s of sentences) {
    const words = s.split(/\s+/);
    starts.push(words[0] as string);
    for (let i = 0; i + 1 < words.length; i++) {
      const list = next.get(words[i] as string) ?? [];
      list.push(words[i + 1] as string);
      next.set(words[i] as string, list);
    }
  }
  return { sentences, starts, next };
}

/**
 * Generates `count` articles from the seed corpus. Article i depends only on the seed and
 * i, so 1,000 articles are the first thousand of the 50,000.
 */
export function syntheticCorpus(seedCorpus: ValidCorpus, count: number, options: Partial<SyntheticOptions> = {}): ValidCorpus {
  const o = { ...syntheticDefaults, ...options };
  if (!Number.isInteger(count) || count < 1) throw new Error(`synthetic: count must be a whole number of at least 1, got ${count}`);
  const models: Record<Language, LanguageModel> = {
    en: languageModel(seedCorpus.documents.filter((d) => d.language === "en").map((d) => d.text), "en"),
    it: languageModel(seedCorpus.documents.filter((d) => d.language === "it").map((d) => d.text), "it"),
  };
  // Aliases by entity type, longest first so "Alfa Romeo" is swapped before "Alfa".
  const byType = new Map<string, string[]>();
  for (const e of seedCorpus.vocabulary.entities) {
    if (e.generic) continue;
    byType.set(e.type, [...(byType.get(e.type) ?? []), ...e.aliases.filter((a) => a.length > 3)]);
  }
  const aliasType = new Map<string, string>();
  for (const [type, aliases] of byType) for (const a of aliases) aliasType.set(a, type);
  const aliasPattern = new RegExp(
    `\\b(${[...aliasType.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})\\b`,
    "g",
  );

  const documents: CorpusDocument[] = [];
  for (let i = 0; i < count; i++) {
    const rand = prng((o.seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const language: Language = rand() < o.italianShare ? "it" : "en";
    const model = models[language].sentences.length ? models[language] : models.en;
    const name = () => {
      const n = 2 + Math.floor(rand() * 3);
      let w = "";
      for (let k = 0; k < n; k++) w += pick(rand, SYLLABLES);
      return w.charAt(0).toUpperCase() + w.slice(1);
    };
    const number = (raw: string) => {
      if (/^(19|20)\d{2}$/.test(raw)) return String(2015 + Math.floor(rand() * 16));
      return raw.replace(/\d/g, (d, at: number) => (at === 0 ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10))));
    };
    const swapped = () =>
      pick(rand, model.sentences)
        .replace(aliasPattern, (alias) => pick(rand, byType.get(aliasType.get(alias) as string) as string[]))
        .replace(/\d+/g, number);
    const chained = () => {
      const words = [pick(rand, model.starts)];
      while (words.length < 40) {
        const last = words[words.length - 1] as string;
        if (words.length >= 6 && /[.!?]$/.test(last)) break;
        const options = model.next.get(last);
        const word = options ? pick(rand, options) : pick(rand, model.starts).toLowerCase();
        words.push(rand() < o.inventedNameRate ? name() : word);
      }
      const s = words.join(" ").replace(/\d+/g, number);
      return /[.!?]$/.test(s) ? s : `${s}.`;
    };
    const title = swapped().replace(/[.!?]+$/, "");
    const paragraphs: string[] = [];
    let size = title.length;
    while (size < o.articleChars) {
      const sentences: string[] = [];
      const n = 2 + Math.floor(rand() * 3);
      for (let k = 0; k < n && size < o.articleChars; k++) {
        const s = rand() < o.seedSentenceShare ? swapped() : chained();
        sentences.push(s);
        size += s.length + 1;
      }
      paragraphs.push(sentences.join(" "));
      size += 2;
    }
    const file = `${String(i).padStart(6, "0")}_synthetic.txt`;
    const year = 2015 + (i % 11);
    documents.push({
      meta: {
        file,
        title,
        language,
        author: null,
        date: `${year}-${String(1 + (i % 12)).padStart(2, "0")}`,
        dateInferred: false,
        url: null,
      },
      text: `${title}\n\n${paragraphs.join("\n\n")}\n`,
      language,
    });
  }
  return { documents, vocabulary: seedCorpus.vocabulary };
}
