/**
 * The Spanish recognizer: the same intents as the English one (dialogs/nlu), trained on the Spanish examples of the
 * topic translations (content/locales/es/topics/), the out-of-scope topic's Spanish examples included. Spanish
 * words (spanishText.ts) with chat shorthand and Spanglish read as Spanish (chatSpanish.ts), and features
 * (spanishFeatures.ts); the English recognizer's TF-IDF vectorizer, softmax
 * classifier and decision rule, unchanged. No word vectors: the GloVe vectors the English model reads are English.
 */
import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import { decide, type ScoredIntent } from '../nlu/decision';
import { exampleKeys } from '../nlu/keyedOrder';
import { QuantizedClassifier, type QuantizedClassifierJSON } from '../nlu/quantizedClassifier';
import { DEFAULT_MARGIN, DEFAULT_THRESHOLD, type LabelledExample, type Recognition } from '../nlu/recognizer';
import { DEFAULT_CLASSIFIER_OPTIONS, SoftmaxClassifier } from '../nlu/softmaxClassifier';
import { Vectorizer, type VectorizerJSON } from '../nlu/vectorizer';
import { spanishFeatures } from './spanishFeatures';
import { readChatSpanish } from './chatSpanish';
import { spanishStem, spanishWords } from './spanishText';

/**
 * @2: the classifier kept as 8-bit codes (nlu/quantizedClassifier.ts); @3: words read through chatSpanish.ts (a
 * cached model of an older format is retrained).
 */
const FORMAT = 'cmecf-help-bot/spanish-recognizer@3';

/** A trained Spanish model as JSON (NLU_CACHE_DIR keeps it, so a restart need not train it again). */
interface SpanishModelJSON {
  readonly format: string;
  readonly labels: string[];
  readonly known: string[];
  readonly vectorizer: VectorizerJSON;
  readonly classifier: QuantizedClassifierJSON;
}

/** Weight of the character view against the word view: the English model's. */
const CHAR_WEIGHT = 1;
const MAX_RANKED = 5;

export class SpanishRecognizer {
  private readonly oosIndex: number;
  /** The stems of the words seen in training, as messages use them (content's words only: no user's word is kept). */
  private readonly knownStems = new Map<string, string>();

  private constructor(
    private readonly labels: readonly string[],
    private readonly known: ReadonlySet<string>,
    private readonly vectorizer: Vectorizer,
    private readonly classifier: QuantizedClassifier,
  ) {
    this.oosIndex = labels.indexOf(OUT_OF_SCOPE_INTENT);
  }

  static train(examples: readonly LabelledExample[]): SpanishRecognizer {
    if (examples.length === 0) throw new Error('SpanishRecognizer.train: no examples');
    const labels = [...new Set(examples.map((e) => e.intent))].sort();
    const words = examples.map((e) => recognizerWords(e.text));
    const features = words.map((said) => spanishFeatures(said));
    const vectorizer = Vectorizer.fit(features, CHAR_WEIGHT);
    const xs = features.map((counts) => vectorizer.transformNamed(counts));
    const ys = examples.map((e) => labels.indexOf(e.intent));
    const classifier = SoftmaxClassifier.train(xs, ys, exampleKeys(examples), labels.length, vectorizer.size, DEFAULT_CLASSIFIER_OPTIONS);
    // Only the 8-bit copy is kept, as in the English recognizer: a quarter of the memory, the same answers.
    return new SpanishRecognizer(labels, new Set(words.flat()), vectorizer, QuantizedClassifier.of(classifier));
  }

  toJSON(): SpanishModelJSON {
    return {
      format: FORMAT, labels: [...this.labels], known: [...this.known], vectorizer: this.vectorizer.toJSON(),
      classifier: this.classifier.toJSON(),
    };
  }

  static fromJSON(json: unknown): SpanishRecognizer {
    const data = json as SpanishModelJSON;
    if (typeof json !== 'object' || json === null || data.format !== FORMAT) throw new Error(`SpanishRecognizer.fromJSON: not a ${FORMAT} model`);
    const classifier = QuantizedClassifier.fromJSON(data.classifier, data.labels.length);
    return new SpanishRecognizer(data.labels, new Set(data.known), Vectorizer.fromJSON(data.vectorizer), classifier);
  }

  recognize(text: string): Recognition {
    const words = recognizerWords(text);
    const p = this.classifier.probabilities(this.vectorizer.transformNamed(spanishFeatures(words, (word) => this.stemOf(word))));
    const ranked: ScoredIntent[] = [];
    this.labels.forEach((intent, k) => {
      if (k !== this.oosIndex) ranked.push({ intent, score: p[k] as number });
    });
    ranked.sort((a, b) => b.score - a.score);
    // No word seen in training (gibberish, another language): out of scope, as in the English recognizer.
    const knownWords = words.filter((word) => this.known.has(word)).length;
    const oos = knownWords === 0 ? 1 : this.oosIndex >= 0 ? (p[this.oosIndex] as number) : 0;
    const decision = decide(ranked, oos, { threshold: DEFAULT_THRESHOLD, margin: DEFAULT_MARGIN });
    return { intent: decision.intent ?? OUT_OF_SCOPE_INTENT, score: decision.score, ranked: ranked.slice(0, MAX_RANKED), ambiguous: decision.ambiguous };
  }
  /** A word's stem (spanishStem), kept for a word seen in training: the stemmer was a few per cent of a turn. */
  private stemOf(word: string): string {
    let stem = this.knownStems.get(word);
    if (stem === undefined) {
      stem = spanishStem(word);
      if (this.known.has(word)) this.knownStems.set(word, stem);
    }
    return stem;
  }
}

/** The words the model reads: folded, chat shorthand and Spanglish as the Spanish they stand for. */
function recognizerWords(text: string): string[] {
  return readChatSpanish(spanishWords(text));
}
