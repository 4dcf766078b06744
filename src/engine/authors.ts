/**
 * Questions about an article rather than its story: "Who wrote the piece on the 2024 sales
 * targets?", "Did Gloria Fiocchi write...?", "What date is the Cassino article from?". The
 * author and the date are in the article's metadata record, never in its text. The rest of the
 * question finds the article; its record answers, and the quote that found it shows which
 * article is meant.
 */

/** A question that asks who wrote an article, in either language, and where its topic starts. */
const AUTHOR_ASKED =
  /^\s*(?:(?:and|e)\s+)?(?:who\s+(?:wrote|writes|authored|penned|signed)|who(?:'s|\s+is|\s+was)\s+the\s+(?:author|writer|journalist)(?:\s+of)?|(?:what|which)\s+(?:journalist|reporter|writer)\s+(?:wrote|penned)|chi\s+(?:ha\s+scritto|ha\s+firmato|firma|scrive|è\s+l['’]\s*autore|è\s+l['’]\s*autrice|è\s+il\s+giornalista\s+che\s+ha\s+scritto)|(?:quale|che)\s+giornalista\s+ha\s+scritto)(?![\p{L}])/iu;

/** "the piece on", "l'articolo sugli": the article's noun and its preposition, before the topic. */
const ARTICLE_NOUN =
  /^\s*(?:(?:the|that|this|an?|l['’]|il|lo|la|quell['’]|quel|quello|questo|un)\s*)?(?:piece|article|story|report|news|articolo|pezzo|notizia|servizio)?\s*(?:on|about|of|regarding|covering|that\s+(?:covers|says|reports)|di|del|della|dello|dei|degli|delle|su|sul|sulla|sullo|sui|sugli|sulle|riguardo\s+a(?:l|lla|gli|i)?|che\s+parla\s+d\p{L}*)?(?![\p{L}])/iu;

/** The topic of an author question ("Alfa's 2024 sales targets"), or undefined when it asks none. */
export function authorTopic(question: string): string | undefined {
  const asked = AUTHOR_ASKED.exec(question);
  if (!asked) return undefined;
  const rest = question.slice(asked[0].length);
  const noun = ARTICLE_NOUN.exec(rest);
  const topic = (noun ? rest.slice(noun[0].length) : rest).replace(/[?!.\s]+$/u, "").trim();
  return topic;
}

/** "Did Gloria Fiocchi write the piece on...?", "Francesco Armenio ha scritto l'articolo sui...?": who is said to have written what. */
const AUTHOR_ASSERTED_EN = /^\s*(?:[Dd]id|[Dd]oes|[Hh]as)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:write|written|author|authored|pen|penned|sign|signed)(?![\p{L}])/u;
const AUTHOR_ASSERTED_IT = /^\s*(?:è\s+stat[oa]\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:ha\s+scritto|a\s+scrivere|ha\s+firmato)(?![\p{L}])/u;

/** A yes/no question naming an article's writer: the name asserted and the article's topic. */
export function authorAsserted(question: string): { name: string; topic: string } | undefined {
  const m = AUTHOR_ASSERTED_EN.exec(question) ?? AUTHOR_ASSERTED_IT.exec(question);
  if (!m || !m[1]) return undefined;
  const rest = question.slice(m[0].length);
  const noun = ARTICLE_NOUN.exec(rest);
  return { name: m[1], topic: (noun ? rest.slice(noun[0].length) : rest).replace(/[?!.\s]+$/u, "").trim() };
}

/** The same person, whatever the case and accents: "gloria fiocchi" is "Gloria Fiocchi", and so is "Fiocchi". */
export function sameWriter(asserted: string, author: string): boolean {
  const words = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const named = words(author);
  return words(asserted).every((w) => named.includes(w));
}

const NOUN = "(?:article|piece|story|report|news\\s+item)";
const PREP_IT = "(?:su|sul|sulla|sullo|sui|sugli|sulle|di|del|della|dello|dei|degli|delle)";
/** "What date is the Cassino STLA Large article from?": the topic stands before the noun. */
const DATE_TOPIC_BEFORE = new RegExp(`^\\s*(?:what|which)\\s+(?:date|day|year|month)\\s+(?:is|was)\\s+(?:the\\s+|that\\s+)?(.+?)\\s+${NOUN}\\s+(?:from|dated|published)\\b`, "iu");
/** "When was the article about the Cassino visit published?", "What date is the piece on X from?" */
const DATE_TOPIC_AFTER = new RegExp(
  `^\\s*(?:when\\s+(?:was|is)|(?:what|which)\\s+(?:date|day|year|month)\\s+(?:is|was))\\s+(?:the\\s+|that\\s+)?${NOUN}\\s+(?:on|about|covering)\\s+(.+?)(?:\\s+(?:published|written|dated|out|from))?\\s*[?!.]*$`,
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
  return m?.[1]?.trim();
}
