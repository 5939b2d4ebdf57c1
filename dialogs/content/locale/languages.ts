import path from 'node:path';
import type { ParsedYamlCache } from '../parsedYamlCache';
import type { ContentProblem } from '../problem';
import { checkSchema } from '../schemaCheck';
import { YamlSource } from '../yamlSource';
import { foldAccents, normaliseText } from '../normalise';

interface RawLanguages { asking?: string[]; around?: string[]; languages: Record<string, { label: string; names?: string[]; switch: string[] }> }

/** A message longer than this is about something else, even when it names a language. */
const MAX_REQUEST_WORDS = 20;
/** The words before a language's name that make it the one asked for ("in spanish", "en español"). */
const INTO = new Set(['in', 'en']);

/** How a message asks for a language in its own words: the words that ask, and each language's names. */
export interface LanguageRequests {
  readonly asking: ReadonlySet<string>;
  /** Phrases said around a switch that change nothing ("ok", "porfa", "again"), as their comparable forms. */
  readonly around?: readonly string[];
  /** A language's name (folded) -> its locale. */
  readonly names: ReadonlyMap<string, string>;
}

const NO_REQUESTS: LanguageRequests = { asking: new Set(), names: new Map() };

/** The languages the bot speaks (content/languages.yaml, those with a translation), and the messages that choose one. */
export class Languages {
  private readonly switches: ReadonlyMap<string, string>;

  constructor(private readonly labels: ReadonlyMap<string, string>, switches: Iterable<[string, string]>,
    private readonly requests: LanguageRequests = NO_REQUESTS) {
    this.switches = new Map(switches);
  }

  /** The locales offered, English first. */
  get locales(): readonly string[] {
    return [...this.labels.keys()];
  }

  /** The language's own name ("Español"), as on the help page's language button. */
  label(locale: string): string | undefined {
    return this.labels.get(locale);
  }

  /**
   * The locale a message chooses: a whole switch ("hablo español", "in English please", a button's label), or a
   * short message that asks for a language in its own words ("¿puede seguir en español?"), if any.
   */
  chosenBy(text: string): string | undefined {
    // Both readings compare the same comparable form, made once (the language is chosen on every turn).
    const key = switchKey(text);
    return (text.length > 60 ? undefined : this.switches.get(this.withoutAround(key))) ?? this.askedFor(key);
  }

  /** "ok en español otra vez" -> "en espanol": the words around a switch taken off both its ends. */
  private withoutAround(key: string): string {
    const around = this.requests.around ?? [];
    let words = key;
    for (let cut = true; cut && !this.switches.has(words);) {
      const phrase = around.find((said) => words.startsWith(`${said} `) || words.endsWith(` ${said}`));
      cut = phrase !== undefined;
      if (phrase) words = words.startsWith(`${phrase} `) ? words.slice(phrase.length + 1) : words.slice(0, -phrase.length - 1);
    }
    return words;
  }

  /** "can we talk in spanish? my english is not so good" -> es: a word that asks, and the language after "in" (`key`: switchKey's form). */
  private askedFor(key: string): string | undefined {
    const words = key.split(' ');
    if (words.length > MAX_REQUEST_WORDS || !words.some((word) => this.requests.asking.has(word))) return undefined;
    const named = words.map((word, i) => ({ locale: this.requests.names.get(word), into: INTO.has(words[i - 1] ?? '') }))
      .filter((name): name is { locale: string; into: boolean } => name.locale !== undefined);
    const locales = new Set(named.map((name) => name.locale));
    const into = new Set(named.filter((name) => name.into).map((name) => name.locale));
    const [only] = into.size > 0 ? into : locales;
    return (into.size > 0 ? into.size : locales.size) === 1 ? only : undefined;
  }

  /**
   * Reads content/languages.yaml, keeping English and the locales that have a translation (`translated`); a
   * translation without an entry there is a problem. No file: English only.
   */
  static read(dir: string, translated: readonly string[], cache?: ParsedYamlCache): { languages: Languages; problems: ContentProblem[] } {
    const source = YamlSource.read(path.join(dir, 'languages.yaml'), path.join(path.basename(dir), 'languages.yaml'), cache);
    const problems = [...source.syntaxProblems.filter((problem) => problem.message !== 'file not found')];
    const value = source.value();
    if (value === undefined || problems.length > 0) return { languages: ENGLISH_ONLY, problems };
    problems.push(...checkSchema(source, 'languages', value));
    if (problems.length > 0) return { languages: ENGLISH_ONLY, problems };
    const { languages } = value as RawLanguages;
    for (const locale of translated.filter((name) => !(name in languages))) {
      problems.push(source.problemAt(['languages'], `content/locales/${locale}/ has no entry here: add its label and the words that choose it.`));
    }
    const offered = Object.keys(languages).filter((locale) => locale === 'en' || translated.includes(locale));
    const labels = new Map(offered.map((locale) => [locale, languages[locale]!.label]));
    const switches = offered.flatMap((locale) => [languages[locale]!.label, ...languages[locale]!.switch].map((words) => [switchKey(words), locale] as [string, string]));
    const requests: LanguageRequests = {
      asking: new Set((value as RawLanguages).asking?.map(switchKey) ?? []),
      around: (value as RawLanguages).around?.map(switchKey) ?? [],
      names: new Map(offered.flatMap((locale) => (languages[locale]!.names ?? []).map((name) => [switchKey(name), locale] as [string, string]))),
    };
    return { languages: new Languages(labels, switches, requests), problems };
  }
}

const ENGLISH_ONLY = new Languages(new Map([['en', 'English']]), []);

/** A switch's comparable form: no accents, no punctuation ("¡Español!" = "espanol"). */
function switchKey(text: string): string {
  return normaliseText(foldAccents(text));
}
