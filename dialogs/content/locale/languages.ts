import path from 'node:path';
import type { ContentProblem } from '../problem';
import { checkSchema } from '../schemaCheck';
import { YamlSource } from '../yamlSource';
import { foldAccents, normaliseText } from '../normalise';

interface RawLanguages { languages: Record<string, { label: string; switch: string[] }> }

/** The languages the bot speaks (content/languages.yaml, those with a translation), and the messages that choose one. */
export class Languages {
  private readonly switches: ReadonlyMap<string, string>;

  constructor(private readonly labels: ReadonlyMap<string, string>, switches: Iterable<[string, string]>) {
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

  /** The locale a whole message chooses ("hablo español", "in English please", a button's label), if any. */
  chosenBy(text: string): string | undefined {
    return text.length > 60 ? undefined : this.switches.get(switchKey(text));
  }

  /**
   * Reads content/languages.yaml, keeping English and the locales that have a translation (`translated`); a
   * translation without an entry there is a problem. No file: English only.
   */
  static read(dir: string, translated: readonly string[]): { languages: Languages; problems: ContentProblem[] } {
    const source = YamlSource.read(path.join(dir, 'languages.yaml'), path.join(path.basename(dir), 'languages.yaml'));
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
    return { languages: new Languages(labels, switches), problems };
  }
}

const ENGLISH_ONLY = new Languages(new Map([['en', 'English']]), []);

/** A switch's comparable form: no accents, no punctuation ("¡Español!" = "espanol"). */
function switchKey(text: string): string {
  return normaliseText(foldAccents(text));
}
