/*
 * The languages of `npm run nlu`: each language's training examples (content/, content/locales/<lang>/), its
 * recognizer, and the language of a line (`--lang`, else detected as the bot does for a conversation's first message).
 */
import { loadLocalizedContent, type LocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { recognizerOptions, trainingExamples } from '../../dialogs/content/trainingExamples';
import { CourtFinder } from '../../dialogs/engine/courtDirectory';
import type { Recognize } from '../../dialogs/engine/ports';
import { localizationOf } from '../../dialogs/locale/localization';
import { Recognizer, type LabelledExample, type RecognizerOptions } from '../../dialogs/nlu/recognizer';

export class NluLanguages {
  private readonly localized: LocalizedContent;

  /** Draft translations are read as the bot reads them: English stands in for a missing text. */
  constructor(contentDir: string | undefined) {
    this.localized = loadLocalizedContent(contentDir, 'warn');
  }

  /** The locales with content; an unknown `lang` is an error naming them. */
  checked(lang: string | undefined): string | undefined {
    if (lang !== undefined && !this.localized.byLocale.has(lang)) throw new Error(`--lang ${lang}: no such language (known: ${[...this.localized.byLocale.keys()].join(', ')})`);
    return lang;
  }

  has(lang: string): boolean {
    return this.localized.byLocale.has(lang);
  }

  examples(lang = 'en'): LabelledExample[] {
    return trainingExamples(this.localized.byLocale.get(lang)!);
  }

  /** A message as the engine gives it to `lang`'s recognizer: the court it names said as its kind (CourtFinder.withCourtAsKind). */
  asRead(lang = 'en'): (text: string) => string {
    const courts = new CourtFinder(this.localized.byLocale.get(lang)!);
    return (text) => courts.withCourtAsKind(text);
  }

  /** How the English recognizer is trained on the English content (its account-state words). */
  englishOptions(): RecognizerOptions {
    return recognizerOptions(this.localized.english);
  }

  /** Classifies lines: each in `lang`, or in the language it is written in; English when that has no content. */
  classifier(lang: string | undefined): (text: string) => { lang: string; recognition: ReturnType<Recognize> } {
    const english = Recognizer.train(this.examples('en'), this.englishOptions());
    const localization = localizationOf(this.localized, (text) => english.recognize(text));
    const recognizers = new Map<string, Recognize>([['en', (text) => english.recognize(text)]]);
    for (const [locale, { recognize }] of localization.byLocale) recognizers.set(locale, recognize);
    const readers = new Map([...recognizers.keys()].map((locale) => [locale, this.asRead(locale)]));
    return (text) => {
      const chosen = lang ?? localization.choose({}, text).locale;
      const read = recognizers.has(chosen) ? chosen : 'en';
      return { lang: chosen, recognition: recognizers.get(read)!(readers.get(read)!(text)) };
    };
  }
}
