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
  const vocabulary = perLocale(localized, (content) => trainingExamples(content).flatMap((example) => spanishWords(example.text)));
  const buttons = perLocale(localized, (content) => [...Object.values(content.responses.buttons), ...Object.values(content.courtNames.words.buttons)]
    .map((label) => spanishWords(label).join(' ')));
  const chooser = new LocaleChooser(localized.languages, recognizers, [...recognizers.keys()], vocabulary, buttons);
  return {
    byLocale,
    chooser,
    initial: (memory: LocaleMemory, channelLocale?: string) => chooser.initial(memory, channelLocale),
    choose: (memory: LocaleMemory, text: string, channelLocale?: string) => chooser.choose(memory, text, channelLocale),
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
