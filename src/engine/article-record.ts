/**
 * Questions about an article rather than its story: "Who wrote the piece on the 2024 sales
 * targets?", "Did Gloria Fiocchi write...?", "What date is the Cassino article from?". The
 * author and the date are in the article's metadata record, never in its text. The rest of the
 * question finds the article; its record answers, and the quote that found it shows which
 * article is meant.
 */

/** An article's noun, both languages: one list for every question about an article. */
const NOUN = "(?:piece|article|story|report|news\\s+item|articolo|pezzo|notizia|servizio)";
/** Its determiners, and the prepositions that lead from it to the topic. */
const DETERMINER = "(?:the|that|this|an?|l['’]|il|lo|la|quell['’]|quel|quello|questo|un|dell['’]|del|della)";
const PREPOSITION =
  "(?:on|about|of|regarding|covering|that\\s+(?:covers|says|reports)|di|del|della|dello|dei|degli|delle|su|sul|sulla|sullo|sui|sugli|sulle|riguardo\\s+a(?:l|lla|gli|i)?|che\\s+parla\\s+d\\p{L}*)";

/**
 * Who wrote an article, in either language. Only writing: "Who signed the deal?" or "Chi firma
 * la nuova Giulia?" ask about a contract or a design, never an article's author.
 */
const AUTHOR_ASKED = new RegExp(
  `^\\s*(?:(?:and|e)\\s+)?(?:who\\s+(?:wrote|authored|penned)|who(?:'s|\\s+is|\\s+was)\\s+the\\s+(?:author|writer|journalist)(?:\\s+of)?|(?:what|which)\\s+(?:journalist|reporter|writer)\\s+(?:wrote|penned)|chi\\s+(?:ha\\s+scritto|è\\s+l['’]\\s*autore|è\\s+l['’]\\s*autrice|è\\s+il\\s+giornalista\\s+che\\s+ha\\s+scritto)|(?:quale|che)\\s+giornalista\\s+ha\\s+scritto)(?![\\p{L}])`,
  "iu",
);

/** "the piece on", "l'articolo sugli", "dell'articolo sulla": the article's noun and its preposition, before the topic. */
const ARTICLE_NOUN = new RegExp(`^\\s*(?:${DETERMINER}\\s*)?(?:${NOUN})?\\s*(?:${PREPOSITION})?(?![\\p{L}])`, "iu");
/** A "topic" that is only a determiner or a pronoun ("what year is the article from?") names no article. */
const NO_TOPIC = /^(?:the|a|an|it|this|that|l['’]?|il|lo|la|esso|questo)?$/iu;

/** What stands after the article's noun, as a topic: undefined when nothing does. */
function topicAfter(rest: string): string | undefined {
  const noun = ARTICLE_NOUN.exec(rest);
  const topic = (noun ? rest.slice(noun[0].length) : rest).replace(/[?!.\s]+$/u, "").trim();
  return NO_TOPIC.test(topic) ? undefined : topic;
}

/** The topic of an author question ("Alfa's 2024 sales targets"): undefined when it asks none, "" when it names no article. */
export function authorTopic(question: string): string | undefined {
  const asked = AUTHOR_ASKED.exec(question);
  return asked ? (topicAfter(question.slice(asked[0].length)) ?? "") : undefined;
}

/** A name that opens a sentence: never a question word ("Chi ha scritto...?" names no writer). */
const NAME = "(?!(?:Chi|Dove|Quando|Come|Perché|Quale|Quali|Che|Cosa|Who|Where|When|How|Why|Which|What)(?![\\p{L}]))(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})";
/** "Did Gloria Fiocchi write the piece on...?", "Francesco Armenio ha scritto l'articolo sui...?", "È stata Gloria Fiocchi a scrivere...?" */
const AUTHOR_ASSERTED_EN = new RegExp(`^\\s*(?:[Dd]id|[Dd]oes|[Hh]as)\\s+${NAME}\\s+(?:write|written|author|authored|pen|penned)(?![\\p{L}])`, "u");
const AUTHOR_ASSERTED_IT = new RegExp(`^\\s*(?:[èÈ]\\s+stat[oa]\\s+)?${NAME}\\s+(?:ha\\s+scritto|a\\s+scrivere)(?![\\p{L}])`, "u");

/** A yes/no question naming an article's writer: the name asserted and the article's topic. */
export function authorAsserted(question: string): { name: string; topic: string } | undefined {
  const m = AUTHOR_ASSERTED_EN.exec(question) ?? AUTHOR_ASSERTED_IT.exec(question);
  if (!m || !m[1]) return undefined;
  return { name: m[1], topic: topicAfter(question.slice(m[0].length)) ?? "" };
}

/** The same person, whatever the case and accents: "gloria fiocchi" is "Gloria Fiocchi", and so is "Fiocchi". */
export function sameWriter(asserted: string, author: string): boolean {
  const words = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const named = words(author);
  return words(asserted).every((w) => named.includes(w));
}

const PREP_IT = "(?:su|sul|sulla|sullo|sui|sugli|sulle|di|del|della|dello|dei|degli|delle)";
/** "What date is the Cassino STLA Large article from?": the topic stands before the noun. */
const DATE_TOPIC_BEFORE = new RegExp(`^\\s*(?:what|which)\\s+(?:date|day|year|month)\\s+(?:is|was)\\s+(?:the\\s+|that\\s+)?(.+?)\\s+${NOUN}\\s+(?:from|dated|published)\\b`, "iu");
/** "When was the article about the Cassino visit published?", "What date is the piece on X from?" */
const DATE_TOPIC_AFTER = new RegExp(
  `^\\s*(?:when\\s+(?:was|is)|(?:what|which)\\s+(?:date|day|year|month)\\s+(?:is|was))\\s+(?:the\\s+|that\\s+)?${NOUN}\\s+(?:on|about|covering)\\s+(.+?)(?:\\s+(?:published|written|dated|out|from|released|issued))?\\s*[?!.]*$`,
  "iu",
);
/** "Di quando è l'articolo sulla visita a Cassino?", "Quando è stato pubblicato l'articolo su X?" */
const DATE_TOPIC_IT = new RegExp(
  `^\\s*(?:di\\s+)?(?:quando|che\\s+data|che\\s+giorno|che\\s+anno)\\s+(?:è|era)\\s+(?:stat[oa]\\s+)?(?:pubblicat[oa]\\s+|uscit[oa]\\s+|scritt[oa]\\s+)?(?:l['’]\\s*articolo|il\\s+pezzo|la\\s+notizia)\\s+${PREP_IT}\\s+(.+?)\\s*[?!.]*$`,
  "iu",
);

/** The topic of a question asking an article's date, or undefined when it asks none. */
export function dateTopic(question: string): string | undefined {
  const m = DATE_TOPIC_BEFORE.exec(question) ?? DATE_TOPIC_AFTER.exec(question) ?? DATE_TOPIC_IT.exec(question);
  const topic = m?.[1]?.trim();
  return topic === undefined || NO_TOPIC.test(topic) ? undefined : topic;
}

/** What a question asks of an article's record: its date, its author, or whether a named person wrote it. */
export type RecordAsked = { kind: "date" | "author"; topic: string } | { kind: "writer"; topic: string; name: string };

/** The question read once for all three: undefined when it asks nothing of an article's record. */
export function recordAsked(question: string): RecordAsked | undefined {
  const dated = dateTopic(question);
  if (dated !== undefined) return { kind: "date", topic: dated };
  const author = authorTopic(question);
  if (author !== undefined) return { kind: "author", topic: author };
  const writer = authorAsserted(question);
  return writer && { kind: "writer", ...writer };
}
