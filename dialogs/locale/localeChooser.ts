import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import type { Languages } from '../content/locale/languages';
import type { LocaleMemory, Recognize } from '../engine/ports';
import { localeOfTag } from './channelLocale';
import type { CourtNameSpans } from './courtNameSpans';
import { spanishWords } from '../nlu-es/spanishText';
import { detectLanguage } from './detectLanguage';

export interface LocaleChoice {
  readonly locale: string;
  readonly chosen: boolean;
  /** The message only chose the language: the bot shows the user's place (or its welcome) in it. */
  readonly switchOnly: boolean;
}

/** Replies to the bot's question shorter than this never change the language. */
const SHORT_REPLY_WORDS = 3;
/** How sure the other language's recognizer must be to take a short message the current one cannot place. */
const OTHER_LANGUAGE_SCORE = 0.9;
/** How much surer it must be than the current language's recognizer, when that one places the message too. */
const BETTER_BY = 0.15;

/**
 * The language of a turn, in this order: a message that chooses one; the user's earlier choice; the language the
 * message is written in, when it is long enough to tell (detectLanguage); for a short message the current language
 * cannot place ("Hola", "no me deja hacer login"), the language whose recognizer places it confidently; then the
 * language of the conversation so far, the channel's locale, English.
 */
export class LocaleChooser {
  /**
   * `spoken`: the locales the bot can answer in (a translation and a recognizer). `vocabulary`: the words of a
   * locale's training examples; `buttons`: its buttons' labels, as words joined by spaces (both made on first use).
   * `courtNames`: the courts' English names, which say nothing about the language a message is written in.
   */
  constructor(private readonly languages: Languages, private readonly recognizers: ReadonlyMap<string, Recognize>,
    private readonly spoken: readonly string[], private readonly vocabulary: (locale: string) => ReadonlySet<string>,
    private readonly buttons: (locale: string) => ReadonlySet<string>, private readonly courtNames?: () => CourtNameSpans) {}

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
    // A button of another language (shown before the conversation changed language, or typed from it) is read in it.
    const labelled = this.locales.find((locale) => locale !== current && this.buttons(locale).has(spanishWords(text).join(' ')));
    if (labelled) return { locale: labelled, chosen: false, switchOnly: false };
    // A short reply to the bot's question is read in the conversation's language: "ya" answers an English question
    // as "yeah", and the pending question's own words decide it. A conversation in another language than English
    // keeps it for any short message: its speakers type "done", "ok", "next" among their own words.
    const short = text.trim().split(/\s+/).length < SHORT_REPLY_WORDS;
    if (short && (memory.pending !== undefined || (memory.locale !== undefined && memory.locale !== 'en'))) {
      return { locale: current, chosen: false, switchOnly: false };
    }
    // "es para el Western District of Texas": a court's name is no choice of language, the words around it tell.
    const words = this.courtNames ? this.courtNames().without(text) : text;
    if (words.trim() === '') return { locale: current, chosen: false, switchOnly: false };
    const written = detectLanguage(words, this.locales, memory.locale) ?? this.placedIn(words, current);
    return { locale: written ?? current, chosen: false, switchOnly: false };
  }

  /**
   * Another language whose recognizer places a message clearly better than the current language's: it finds it
   * out of scope, or is less sure by a margin ("no me deja hacer login" reads as some English topic at 0.74).
   */
  private placedIn(text: string, current: string): string | undefined {
    // Only a message with a word of another language's examples that the current one's never use ("hola", "deja")
    // is read by that language's recognizer: "next" or "yes" never cost a second recognizer (or its training).
    const words = spanishWords(text);
    const others = this.locales.filter((locale) => locale !== current
      && words.some((word) => this.vocabulary(locale).has(word) && !this.vocabulary(current).has(word)));
    if (others.length === 0) return undefined;
    const here = this.recognizers.get(current)?.(text);
    if (!here) return undefined;
    const hereScore = here.intent === OUT_OF_SCOPE_INTENT ? 0 : here.score;
    return others.find((locale) => {
      const there = this.recognizers.get(locale)?.(text);
      return there !== undefined && there.intent !== OUT_OF_SCOPE_INTENT && !there.ambiguous && there.score >= OTHER_LANGUAGE_SCORE
        && there.score >= hereScore + BETTER_BY;
    });
  }
}
