/**
 * Answering, question by question: small talk gets the help reply, a yes/no question a
 * verdict, two questions in one an answer per part, a follow-up the whole question it
 * stands for, and every other question the best-evidenced quote or an honest decline.
 */
import type { ValidCorpus } from "../corpus/validate.js";
import { analyze } from "../text/analyze.js";
import { fold, tokenize } from "../text/normalize.js";
import type { Answer, Language } from "../types.js";
import { cleanQuestion, SMALL_TALK } from "./clean.js";
import { recordAsked, sameWriter, type RecordAsked } from "./article-record.js";
import { composeAnswerText, declineMessage, formatDate, helpBody, quotedTitle, sourceLabel, stringsFor } from "./compose.js";
import { answerOf, answerYesNo, type Engine, type Evidence } from "./compound.js";
import { answerParts, leadQuote } from "./two-parts.js";
import type { CorpusIndex } from "./corpus-index.js";
import { resolveFollowUp } from "./followup.js";
import { deriveHelp, type HelpLists } from "./help.js";
import type { CompiledIntent } from "./intents.js";
import type { BrandbotOptions } from "./options.js";
import { compilePartRules, namesTogether, splitClauses, splitCoordinated, type NamedKind, type PartRules } from "./parts.js";
import { finding, pickQuotes } from "./quotes.js";
import { isAnswer, rankSentences } from "./rank.js";
import { SUCCESSOR_CONCEPTS } from "./subjects.js";
import { leadAnswer } from "./recency.js";
import type { QuestionProfile } from "./suggest.js";
import { compileAnswerTypeCues, compileIntents, entityTypeOf, isAttribution, understand, type AnswerTypeCue, type Understanding } from "./understand.js";
import { assertsAsFragment, compileYesNo, isYesNo, plans, type YesNoRules } from "./verdict.js";
import { queryKeys } from "./query-keys.js";
import { found } from "./question-shape.js";

const NO_HELP: HelpLists = { topics: [], examples: [] };
const NO_KEYS: ReadonlySet<string> = new Set();

/** The engine's answering half over one index; the index and rules are compiled once, here. */
export class Answerer {
  readonly intents: CompiledIntent[];
  private readonly cues: AnswerTypeCue[];
  private readonly yesNo: YesNoRules;
  private readonly partRules: PartRules;
  private readonly engine: Engine;
  private readonly leadOptions: BrandbotOptions["rank"] & BrandbotOptions["recency"];
  /** Help lists per language, derived on first need (deriving asks questions, so not at start-up). */
  private readonly helpLists = new Map<Language, HelpLists>();

  constructor(
    private readonly corpus: ValidCorpus,
    private readonly index: CorpusIndex,
    private readonly o: BrandbotOptions,
  ) {
    this.intents = compileIntents(index);
    this.leadOptions = { ...o.rank, ...o.recency };
    this.cues = compileAnswerTypeCues(index);
    this.yesNo = compileYesNo(corpus.vocabulary);
    this.partRules = compilePartRules(corpus.vocabulary, index.lexicon);
    this.engine = {
      lexicon: index.lexicon,
      evidence: (u) => this.evidence(u),
      plain: (question, u, given) => this.plain(question, u, given),
      answerText: (q) => this.answerClean(q, q, false),
      keysOf: (text, language) => new Set(analyze(text, language, index.lexicon, { mode: "document" }).flatMap((s) => s.keys)),
      sentence: (id) => index.sentences[id],
      titleKeys: (doc) => index.documents.titleKeys(doc) ?? NO_KEYS,
      otherSubject: SUCCESSOR_CONCEPTS,
      settledCoverage: o.settledCoverage,
      maxCitations: o.maxCitations,
    };
  }

  /** What the bot covers and questions to try in `language`, from the articles as they are now. */
  help(language: Language): HelpLists {
    const known = this.helpLists.get(language);
    if (known) return known;
    // Deriving asks questions, and a declined one would ask for help again: it sees none meanwhile.
    this.helpLists.set(language, NO_HELP);
    const lists = deriveHelp(this.index, this.intents, language, (q) => this.answerClean(q, q), this.o.help);
    this.helpLists.set(language, lists);
    return lists;
  }

  /** A reply that is not an answer: its message, then what the bot covers. */
  reply(question: string, language: Language, message: string, kind: Answer["kind"] = "decline"): Answer {
    const lists = this.help(language);
    const text = lists.topics.length ? `${message} ${helpBody(language, lists)}` : message;
    return { question, kind, answered: false, intent: null, language, text, citations: [], help: { message, ...lists } };
  }

  helpReply(question: string, language: Language): Answer {
    return this.reply(question, language, stringsFor(language).help(this.corpus.documents.length), "help");
  }

  /**
   * Evidence already found, per understanding: a yes/no question asks it of the same one up to
   * three times (a denial outright, a value stated elsewhere, the quote's stance), and an
   * understanding is never changed once made, so its evidence does not either.
   */
  private readonly found = new WeakMap<Understanding, Evidence | null>();

  /** The best evidence for an understood question: the lead quote and the findings to cite. */
  evidence(u: Understanding): Evidence | undefined {
    const known = this.found.get(u);
    if (known !== undefined) return known ?? undefined;
    const found = this.findEvidence(u);
    this.found.set(u, found ?? null);
    return found;
  }

  private findEvidence(u: Understanding): Evidence | undefined {
    const { index, o } = this;
    const ranked = rankSentences(index, u, o.rank);
    // "Quante auto ha venduto nel 2024?" asks what happened: "expects to sell between 80 and 90 thousand" is no answer.
    // A question that asks the plan itself ("how much has the government pledged?") is answered by it.
    const asksPlan = () => u.slots.some((s) => found(fold(s.surface), [this.yesNo.projection.en, this.yesNo.projection.it]));
    const keys = u.asksPast && u.answerType === "quantity" && !asksPlan() ? queryKeys(u).meaningful : undefined;
    const best = ranked.find((x) => isAnswer(x, o.rank) && !(keys && plans(x.sentence, this.yesNo, keys)));
    if (!best) return undefined;
    const lead = leadAnswer(index, u, ranked, best, this.leadOptions);
    return { lead, findings: pickQuotes(ranked, lead, o, u, (x) => finding(index, u, x)) };
  }

  /** One plain question: the answer with its quotes, or a decline that says what is missing. */
  plain(question: string, u: Understanding, given?: Evidence): Answer {
    // No intent on a decline: it would claim an understanding the answer does not show.
    const decline = (unknownWords: string[] = []) => this.reply(question, u.language, declineMessage(u.language, unknownWords));
    // "why?" alone: the question word is all there is, and nothing to look for.
    const asked = u.slots.filter((s) => !s.generic && !s.implied);
    if (asked.length === 0) return decline();
    // A name or a topic the articles never mention settles it; an unknown ordinary word
    // only weighs against coverage ("besides", "slot" must not sink a good question).
    const unknown = asked.filter((s) => s.unknown);
    if (unknown.some((s) => s.unknownKind !== "word")) return decline(unknown.map((s) => s.surface));
    // "what's a good recipe for carbonara?": unknown words, and nothing known but plain words ("good"): nothing of the domain is asked.
    if (unknown.length > 0 && asked.every((s) => s.unknown || s.kind === "term")) return decline(unknown.map((s) => s.surface));
    const found = given ?? this.evidence(u);
    if (!found) return decline(unknown.map((s) => s.surface));
    return answerOf(question, u, found.findings, composeAnswerText(found.findings, u.language, u.answerType !== "role" && u.answerType !== "reason"));
  }

  understand(text: string): Understanding {
    return understand(text, this.index, this.intents, this.cues, this.o.understand);
  }

  /** Any question: a yes/no one gets a verdict, two questions in one are answered part by part. */
  answerClean(question: string, text: string, compound = true): Answer {
    // The words read (a follow-up resolved, a message out of its padding) are what every step
    // reads, positions included; the answer still shows the question as asked.
    if (question !== text && text !== "") return { ...this.answerClean(text, text, compound), question };
    if (text === "" || SMALL_TALK.test(text)) return this.helpReply(question, /^(?:aiuto|ciao|salve|buongiorno|grazie|chi sei|cosa|come)/i.test(text) ? "it" : "en");
    const u = this.understand(text);
    const ofRecord = recordAsked(text);
    const rules = this.partRules;
    const asksWh = tokenize(text).some((t) => rules.questionWords[u.language].has(t.norm));
    // One part of a two-part question: never split again, but a yes/no part still gets its verdict.
    if (!compound) {
      if (ofRecord) return this.fromRecord(question, ofRecord, u.language);
      return isYesNo(text, u.language, this.yesNo, asksWh) ? answerYesNo(this.engine, question, u, this.yesNo) : this.plain(question, u);
    }
    // "Did Gloria Fiocchi write the piece on...?": a yes/no the article's record settles.
    if (ofRecord?.kind === "writer") return this.fromRecord(question, ofRecord, u.language);
    const clauses = splitClauses(text, u.language, rules, (part, kind) => this.namedIn(part, u.language, kind));
    // "Is the Stelvio built in Cassino, and when will the new Giulia arrive?": two questions, the first a yes/no one.
    const yesNoFirst = clauses !== undefined && asksWh && isYesNo(clauses.texts[0], u.language, this.yesNo, false);
    if (!yesNoFirst && (isYesNo(text, u.language, this.yesNo, asksWh) || assertsAsFragment(text, u, this.index.lexicon, this.yesNo, asksWh)))
      return answerYesNo(this.engine, question, u, this.yesNo);
    if (clauses) return answerParts(this.engine, question, clauses.texts, u.language, [undefined, clauses.uncarried], clauses.ordinal);
    // After the split: "Who wrote the piece on..., and how many cars...?" is two questions.
    if (ofRecord) return this.fromRecord(question, ofRecord, u.language);
    // "Where are the Stelvio and the Junior built?": one answer for each, unless the best quote
    // speaks of the two as one ("the new Giulia and Stelvio will be produced at Cassino").
    const each = splitCoordinated(text, u.slots, (s) => entityTypeOf(this.index, s), rules, u.language);
    const whole = this.plain(question, u);
    if (!each || (whole.answered && namesTogether(whole.citations[0]?.quote ?? "", each.names, rules))) return whole;
    const parts = answerParts(this.engine, question, each.questions, u.language);
    // Parts that answer nothing the whole did not, or each with the whole's own quote ("...la conferenza
    // stampa ..., con Stelvio e Giulia?" "al museo Alfa"): the whole answer reads better.
    // Not when the whole's answer gives only one part's value ("Detroit" from a sentence that also puts the
    // Tonale's successor in Melfi): each part then says its own.
    const givenByWhole = (p: { text: string }) => whole.text.includes(p.text.split(/,\s/u)[0] as string);
    const sameAsWhole = whole.answered && (parts.parts ?? []).every((p) => leadQuote(p) === leadQuote(whole) && givenByWhole(p));
    return (whole.answered && !parts.answered) || sameAsWhole ? whole : parts;
  }

  /**
   * A question about an article itself, which its metadata record answers: who wrote it, when it
   * is dated, or whether someone wrote it. The rest of the question finds the article, and the
   * quote that found it is cited.
   */
  private fromRecord(question: string, asked: RecordAsked, language: Language): Answer {
    const lead = asked.topic === "" ? undefined : this.evidence(this.understand(asked.topic))?.findings[0];
    if (!lead) return this.reply(question, language, declineMessage(language, []));
    const record = this.corpus.documents[this.index.sentences[lead.sentenceIds[0] ?? -1]?.doc ?? -1]?.meta;
    const t = stringsFor(language);
    const label = sourceLabel(lead.citation, language);
    const answer = { question, kind: "answer" as const, answered: true, intent: "general", language, citations: [lead.citation] };
    if (asked.kind === "date") {
      const date = formatDate(lead.citation.date, language);
      const title = quotedTitle(lead.citation.title, language);
      return { ...answer, text: date ? t.dated(title, date, lead.citation.dateInferred) : t.undated(title) };
    }
    if (asked.kind === "writer") {
      if (!record?.author) return { ...answer, text: `${t.verdict.unsettled} ${t.noAuthor(label)}`, verdict: null };
      const verdict = sameWriter(asked.name, record.author) ? "yes" : "no";
      return { ...answer, text: `${t.verdict[verdict]} ${t.wrote(record.author, label)}`, verdict };
    }
    if (!record?.author) return this.reply(question, language, t.noAuthor(label));
    return { ...answer, text: t.wrote(record.author, label) };
  }

  /** A follow-up is answered as the whole question it stands for, else as it stands. */
  answerFollowUp(asked: string, text: string, previous: Answer): Answer {
    const cleanPrevious = cleanQuestion(previous.resolvedQuestion ?? previous.question, this.o.maxQuestionLength).text;
    const resolved = resolveFollowUp(cleanPrevious, text, this.index, this.cues);
    if (resolved) {
      const answer = this.answerClean(asked, resolved);
      if (answer.answered) return { ...answer, resolvedQuestion: resolved };
    }
    return this.answerClean(asked, text);
  }

  /** What a question names and talks about, for ranking suggestions. */
  profile(question: string): QuestionProfile {
    const u = this.understand(cleanQuestion(question, this.o.maxQuestionLength).text);
    return { named: u.named, keys: new Set(u.slots.filter((s) => !s.generic && !s.unknown).flatMap((s) => s.keys)) };
  }

  private namedIn(text: string, language: Language, kind?: NamedKind): string[] {
    const { lexicon } = this.index;
    const generic = (s: { keys: string[] }) => s.keys.every((k) => lexicon.entities.get(k.slice(2))?.generic);
    // The corpus's own brand by name ("l'Alfa Romeo") is a subject of its own, though it names nothing to search.
    if (kind === "brand") return analyze(text, language, lexicon, { mode: "question" }).filter((s) => s.kind === "entity" && generic(s)).map((s) => s.surface);
    const types: readonly (string | undefined)[] = kind === "place" ? ["place", "market"] : [kind];
    const ofKind = (s: { keys: string[] }) => kind === undefined || s.keys.some((k) => types.includes(lexicon.entities.get(k.slice(2))?.type));
    // "..., secondo Imparato, e in quale fabbrica...?": who said it is not what the next part asks about.
    return analyze(text, language, lexicon, { mode: "question" })
      .filter((s) => s.kind === "entity" && !generic(s) && !isAttribution(text, s.start) && ofKind(s))
      .map((s) => s.surface);
  }
}
