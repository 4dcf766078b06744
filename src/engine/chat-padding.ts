/**
 * Chat messages wrap their question in padding: a greeting, why it is asked, thanks ("Hi all,
 * sorry to bother you - I'm putting together a slide... Is the big E-SUV going to be built in
 * Melfi? Thanks in advance!"), a lead-in before a colon or a dash ("Quick check - did...?"),
 * or a claim heard elsewhere and then a question that points back to it ("someone said Cassino
 * will get more models. Is that actually confirmed?"). Understanding reads the question itself;
 * the answer still shows the message as it was sent.
 */

/** Sentence ends in a message: after ".", "!" or "?", before the next sentence's first character. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“«'])/u;

/** A question that only asks whether the sentence before is so ("Is that actually confirmed?", "È vero?"). */
const POINTS_BACK: { pattern: RegExp; ask: string }[] = [
  {
    pattern:
      /^(?:is|was)\s+(?:that|this|it)\s+(?:\p{L}+\s+)?(?:true|right|correct|confirmed|official|so)\b|^(?:can|could)\s+(?:you|anyone|someone)\s+confirm\b|^(?:true|right|correct|confirmed)\s*\?|^(?:did|has)\s+(?:he|she|they|it|anyone|someone)\s+(?:\p{L}+\s+)?(?:say|said|announce|announced|confirm|confirmed)\s+(?:that|this|so|it)\b/iu,
    ask: "Is it true that",
  },
  { pattern: /^(?:(?:è|e')\s+(?:\p{L}+\s+)?(?:vero|confermato|così|giusto|ufficiale)|(?:qualcuno\s+)?(?:può|potete|puoi)\s+confermare|vero|davvero|l'(?:ha|hanno)\s+(?:\p{L}+\s+)?(?:detto|confermato|annunciato))\b|^(?:confermat[oa]|giusto|corretto|esatto)\s*\?/iu, ask: "È vero che" },
];

/** How a heard claim is introduced: "someone in the meeting said (that)...", "ho sentito dire che...". */
const CLAIM_INTRO =
  /^.*?\b(?:said|says|told\s+(?:me|us)|heard|read|claims?|claimed|reckons?|mentioned|ha\s+detto|hanno\s+detto|dice|dicono|ho\s+sentito(?:\s+dire)?|ho\s+letto|si\s+dice)(?:\s+(?:somewhere|online|da\s+qualche\s+parte|in\s+giro))?\s+(?:that\s+|che\s+)?/iu;

/** A closing tag after a dash or a comma that asks whether the claim before it holds ("..., is that true?", "... — did he really say that?"). */
const TAIL = /^(.+\S)\s*(?:\s[-–—]\s|,\s)\s*([^,–—]+\?)\s*$/u;

/** Words that ask, in either language: a lead-in holding one is part of the question. */
const ASKS = /(?:^|[^\p{L}])(?:who|what|where|when|why|how|which|is|are|does|did|will|can|chi|cosa|che cosa|dove|quando|perch[eé]|come|quale|quali|quanti|quante|quanto)(?![\p{L}])/iu;

/** A lead-in before the question, up to a colon or a dash ("Quick check -", "Buongiorno, scusate la domanda:"). */
const LEAD_IN = /^([^:?]{1,100}?)(?::|\s[-–—]\s)\s*(?=\S)/u;

/**
 * The question a chat message asks: its question sentences when it also holds others, a claim
 * pointed back to as a question of its own, and without a lead-in that names nothing. A message
 * that is all question comes back as it is.
 */
export function focusQuestion(text: string): string {
  const sentences = text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
  const asking = sentences.filter((s) => /\?["”»']?$/u.test(s));
  let question = text;
  if (asking.length > 0 && asking.length < sentences.length) {
    const at = sentences.indexOf(asking[0] as string);
    const pointed = asking.length === 1 && at > 0 ? POINTS_BACK.find((p) => p.pattern.test(withoutLeadIn(asking[0] as string))) : undefined;
    question = pointed ? `${pointed.ask} ${claimOf(sentences[at - 1] as string)}?` : asking.join(" ");
  }
  return withoutOpening(withoutLeadIn(claimWithTail(question)));
}

/** A greeting or a word that only opens the turn ("ciao, ma...", "Hi, so...", "Allora,"): it asks nothing. */
const OPENING =
  /^(?:(?:ciao|salve|buongiorno|buonasera|hi|hello|hey)(?:\s+(?:a\s+tutti|all|everyone|there))?\s*[,!]?\s+)?(?:(?:ma|però|quindi|allora|ok|okay|so|but|well)\s*,?\s+)?/iu;

/** The question without its opening words, unless too little would be left to ask anything. */
function withoutOpening(question: string): string {
  const opening = OPENING.exec(question)?.[0] ?? "";
  const rest = question.slice(opening.length);
  return opening !== "" && asksEnough(rest) ? rest : question;
}

/** "I read that X — did he actually say that?": the claim asked about, as "Is it true that X?". */
function claimWithTail(question: string): string {
  const m = TAIL.exec(question);
  if (!m) return question;
  const pointed = POINTS_BACK.find((p) => p.pattern.test(m[2] as string));
  const claim = withoutOpening(claimOf(m[1] as string));
  return pointed && asksEnough(claim) ? `${pointed.ask} ${claim}?` : question;
}

/** The claim a sentence reports, without who said it and its closing stop. */
function claimOf(sentence: string): string {
  return sentence.replace(CLAIM_INTRO, "").replace(/[.!]+$/u, "").trim();
}

/**
 * Drops a lead-in that names nothing: no digit, and no capital past its first word ("Two things
 * for the dealer-network deck, if anyone has a minute:"). "Alfa Romeo Junior: where is it built?"
 * keeps its subject.
 */
function withoutLeadIn(text: string): string {
  const m = LEAD_IN.exec(text);
  if (!m) return text;
  const lead = m[1] as string;
  const rest = text.slice(m[0].length);
  // "As a dealer I need to plan stock:": the pronoun "I" is capitalised and names nothing.
  const namesSomething = /\d/u.test(lead) || lead.split(/\s+/u).slice(1).some((w) => /^\p{Lu}/u.test(w) && !/^I(?:['’](?:m|ve|d|ll))?$/u.test(w));
  // "who is the ceo - and since when?": a lead-in that asks is the question's first part.
  return namesSomething || ASKS.test(lead) || !asksEnough(rest) ? text : rest;
}

/** At least three words: what is left after padding comes off must still ask something. */
const asksEnough = (text: string) => text.split(/\s+/u).length >= 3;
