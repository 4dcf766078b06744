/**
 * "Who wrote the piece on the 2024 sales targets?": the author is in the article's metadata
 * record, never in its text. The rest of the question finds the article; its record names the
 * writer, and the quote that found it shows which article is meant.
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
