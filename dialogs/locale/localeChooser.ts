import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import type { Languages } from '../content/locale/languages';
import type { LocaleMemory, Recognize } from '../engine/ports';
import { localeOfTag } from './channelLocale';
import { detectLanguage } from './detectLanguage';

export interface LocaleChoice {
  readonly locale: string;
  readonly chosen: boolean;
  /** The message only chose the language: the bot shows the user's place (or its welcome) in it. */
  readonly switchOnly: boolean;
}

/** How sure the other language's recognizer must be to take a short message the current one cannot place. */
const OTHER_LANGUAGE_SCORE = 0.7;

/**
 * The language of a turn, in this order: a message that chooses one; the user's earlier choice; the language the
 * message is written in, when it is long enough to tell (detectLanguage); for a short message the current language
 * cannot place ("Hola", "no me deja hacer login"), the language whose recognizer places it confidently; then the
 * language of the conversation so far, the channel's locale, English.
 */
export class LocaleChooser {
  /** `spoken`: the locales the bot can answer in (a translation and a recognizer). */
  constructor(private readonly languages: Languages, private readonly recognizers: ReadonlyMap<string, Recognize>,
    private readonly spoken: readonly string[]) {}

  /** The locales offered: those of content/languages.yaml the bot can answer in. */
  get locales(): readonly string[] {
    return this.languages.locales.filter((locale) => this.spoken.includes(locale));
  }

  /** The language to welcome in: the conversation's, else the channel's, else English. */
  initial(memory: LocaleMemory, channelLocale?: string): string {
    return memory.locale ?? localeOfTag(channelLocale, this.locales) ?? 'en';
  }

  choose(memory: LocaleMemory, text: string, channelLocale?: string): LocaleChoice {
    const named = this.languages.chosenBy(text);
    if (named && this.locales.includes(named)) return { locale: named, chosen: true, switchOnly: true };
    const current = this.initial(memory, channelLocale);
    if (memory.localeChosen) return { locale: current, chosen: true, switchOnly: false };
    const written = detectLanguage(text, this.locales) ?? this.placedIn(text, current);
    return { locale: written ?? current, chosen: false, switchOnly: false };
  }

  /** Another language whose recognizer is sure of a message that the current language's finds out of scope. */
  private placedIn(text: string, current: string): string | undefined {
    const here = this.recognizers.get(current)?.(text);
    if (!here || here.intent !== OUT_OF_SCOPE_INTENT) return undefined;
    return this.locales.find((locale) => {
      if (locale === current) return false;
      const there = this.recognizers.get(locale)?.(text);
      return there !== undefined && there.intent !== OUT_OF_SCOPE_INTENT && !there.ambiguous && there.score >= OTHER_LANGUAGE_SCORE;
    });
  }
}
