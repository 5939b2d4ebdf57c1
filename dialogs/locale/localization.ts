import type { LocalizedContent } from '../content/locale/localizedContent';
import { trainingExamples } from '../content/trainingExamples';
import type { Content } from '../content/types';
import type { Localization, LocaleMemory, Recognize } from '../engine/ports';
import { SpanishRecognizer } from '../nlu-es/spanishRecognizer';
import { spanishWords } from '../nlu-es/spanishText';
import { LocaleChooser } from './localeChooser';

/** The recognizer of each language besides English (the same intent names), by locale. */
const RECOGNIZERS: Readonly<Record<string, (content: Content) => Recognize>> = {
  es: (content) => {
    const recognizer = SpanishRecognizer.train(trainingExamples(content));
    return (text) => recognizer.recognize(text);
  },
};

/**
 * The engine's languages: each translated locale's content, with its recognizer trained on its first use (so a bot
 * whose users write English never pays for it, and the cold start does not either), and the chooser of each turn's
 * language. A locale the project has no recognizer for is not offered.
 */
export function localizationOf(localized: LocalizedContent, englishRecognize: Recognize): Localization & { readonly chooser: LocaleChooser } {
  const byLocale = new Map<string, { content: Content; recognize: Recognize }>();
  const recognizers = new Map<string, Recognize>([['en', englishRecognize]]);
  for (const [locale, content] of localized.byLocale) {
    const train = RECOGNIZERS[locale];
    if (locale === 'en' || !train) continue;
    let trained: Recognize | undefined;
    const recognize: Recognize = (text) => (trained ??= train(content))(text);
    byLocale.set(locale, { content, recognize });
    recognizers.set(locale, recognize);
  }
  const vocabularies = new Map<string, ReadonlySet<string>>();
  const vocabulary = (locale: string): ReadonlySet<string> => {
    let words = vocabularies.get(locale);
    if (!words) {
      const content = localized.byLocale.get(locale);
      words = new Set(content ? trainingExamples(content).flatMap((example) => spanishWords(example.text)) : []);
      vocabularies.set(locale, words);
    }
    return words;
  };
  const chooser = new LocaleChooser(localized.languages, recognizers, [...recognizers.keys()], vocabulary);
  return {
    byLocale,
    chooser,
    initial: (memory: LocaleMemory, channelLocale?: string) => chooser.initial(memory, channelLocale),
    choose: (memory: LocaleMemory, text: string, channelLocale?: string) => chooser.choose(memory, text, channelLocale),
  };
}
