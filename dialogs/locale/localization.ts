import type { LocalizedContent } from '../content/locale/localizedContent';
import { trainingExamples } from '../content/trainingExamples';
import type { Content } from '../content/types';
import type { IsFrustrated, Localization, LocaleMemory, Recognize } from '../engine/ports';
import { FrustrationDetector } from '../nlu/frustration';
import type { LabelledExample } from '../nlu/recognizer';
import { SpanishRecognizer } from '../nlu-es/spanishRecognizer';
import { spanishWords } from '../nlu-es/spanishText';
import { CourtNameSpans } from './courtNameSpans';
import { LocaleChooser } from './localeChooser';

/** Trains (or loads) a language's recognizer from its examples. */
export type TrainLocale = (examples: readonly LabelledExample[]) => { recognize: Recognize };

/** The recognizer of each language besides English (the same intent names), by locale, trained from scratch. */
export const LOCALE_TRAINERS: Readonly<Record<string, TrainLocale>> = {
  es: (examples) => SpanishRecognizer.train(examples),
};

/**
 * The engine's languages: each translated locale's content, with its recognizer trained on its first use (or at
 * start, by `warm`: the bot's server does, so the first message in Spanish does not wait for it), and the chooser
 * of each turn's language. A locale the project has no recognizer for is not offered. `trainers`: how each
 * locale's recognizer is made (the bot's are cached in NLU_CACHE_DIR, bot/host/nluCache.ts).
 */
export function localizationOf(localized: LocalizedContent, englishRecognize: Recognize, trainers: Readonly<Record<string, TrainLocale>> = LOCALE_TRAINERS):
    Localization & { readonly chooser: LocaleChooser; warm(): void } {
  const byLocale = new Map<string, { content: Content; recognize: Recognize; isFrustrated: IsFrustrated }>();
  const recognizers = new Map<string, Recognize>([['en', englishRecognize]]);
  const warmers: (() => void)[] = [];
  for (const [locale, content] of localized.byLocale) {
    const train = trainers[locale];
    if (locale === 'en' || !train) continue;
    let trained: Recognize | undefined;
    const ready = (): Recognize => {
      if (trained) return trained;
      const model = train(trainingExamples(content));
      return (trained = (text) => model.recognize(text));
    };
    const recognize: Recognize = (text) => ready()(text);
    // The language's own anger phrases ("estoy harto"); the English check never read them. Made on first use.
    let frustration: FrustrationDetector | undefined;
    const isFrustrated: IsFrustrated = (text) => (frustration ??= FrustrationDetector.forContent(content)).isFrustrated(text);
    byLocale.set(locale, { content, recognize, isFrustrated });
    recognizers.set(locale, recognize);
    warmers.push(ready);
  }
  const vocabulary = perLocale(localized, (content) => trainingExamples(content).flatMap((example) => spanishWords(example.text)));
  const buttons = perLocale(localized, (content) => [...Object.values(content.responses.buttons), ...Object.values(content.courtNames.words.buttons)]
    .map((label) => spanishWords(label).join(' ')));
  let courtNames: CourtNameSpans | undefined;
  const english = localized.byLocale.get('en');
  const courtNameSpans = english && (() => (courtNames ??= new CourtNameSpans(english)));
  const chooser = new LocaleChooser(localized.languages, recognizers, [...recognizers.keys()], vocabulary, buttons, courtNameSpans);
  return {
    byLocale,
    chooser,
    initial: (memory: LocaleMemory, channelLocale?: string) => chooser.initial(memory, channelLocale),
    choose: (memory: LocaleMemory, text: string, channelLocale?: string) => chooser.choose(memory, text, channelLocale),
    // The words that tell languages apart are made with the recognizers, not on the first message that needs them.
    warm: () => {
      warmers.forEach((ready) => ready());
      courtNameSpans?.();
      for (const locale of localized.byLocale.keys()) {
        vocabulary(locale);
        buttons(locale);
      }
    },
  };
}

/** A set of strings of each locale's content, made on first use. */
function perLocale(localized: LocalizedContent, of: (content: Content) => string[]): (locale: string) => ReadonlySet<string> {
  const made = new Map<string, ReadonlySet<string>>();
  return (locale) => {
    let strings = made.get(locale);
    if (!strings) {
      const content = localized.byLocale.get(locale);
      strings = new Set(content ? of(content) : []);
      made.set(locale, strings);
    }
    return strings;
  };
}
