import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { assemble, type RawContent } from '../loader';
import { FactBook, type RawFacts } from '../facts';
import type { ParsedYamlCache } from '../parsedYamlCache';
import type { ContentProblem } from '../problem';
import type { Content } from '../types';
import { YamlSource, type Loaded } from '../yamlSource';
import { mergeOverlay, type MissingText } from './overlayMerge';
import { OVERLAY_SHAPES, type OverlayKind } from './overlayShape';
import { namingProblems, type CourtNaming } from '../../courts/localeNaming';
import type { CourtNames } from '../../courts/names';
import { courtsInLocale, courtNamesInLocale, type CourtDetailsOverlay, type CourtWordsOverlay } from './courtOverlays';

/** Where the translations live, beside the English files: content/locales/<lang>/ with the same relative names. */
export const LOCALES_FOLDER = 'locales';

export interface LocaleInspection {
  /** Each translated locale's compiled content (English is not in it), when its overlays are valid. */
  readonly contents: ReadonlyMap<string, Content>;
  readonly problems: readonly ContentProblem[];
  /** Missing translations while `missing` is 'warn'. */
  readonly warnings: readonly ContentProblem[];
}

/** The locales with a folder under content/locales/ (e.g. ['es']). */
export function localesIn(dir: string): string[] {
  const folder = path.join(dir, LOCALES_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/**
 * Lays each locale's overlays over the checked English content and compiles one Content per locale, with the same
 * nodes, choices, intents and courts as the English one. `english` holds the English files as read by the loader.
 */
export function inspectLocales(dir: string, raw: RawContent, english: EnglishSources, missing: MissingText, cache?: ParsedYamlCache): LocaleInspection {
  const contents = new Map<string, Content>();
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const locale of localesIn(dir)) {
    const overlays = new LocaleOverlays(dir, locale, english, missing, cache);
    const localized = overlays.localize(raw);
    problems.push(...overlays.problems);
    warnings.push(...overlays.warnings);
    if (overlays.problems.length === 0) contents.set(locale, { ...localized, locale });
  }
  return { contents, problems, warnings };
}

/** The English files an overlay is checked against (their sources give the lines of missing texts). */
export interface EnglishSources {
  readonly procedure: YamlSource;
  readonly responses: YamlSource;
  readonly glossary: YamlSource;
  readonly facts: YamlSource;
  readonly topics: readonly Loaded<unknown>[];
}

class LocaleOverlays {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  constructor(private readonly dir: string, private readonly locale: string, private readonly english: EnglishSources,
    private readonly missing: MissingText, private readonly cache?: ParsedYamlCache) {}

  localize(raw: RawContent): Content {
    const { english } = this;
    const topicFiles = new Set(raw.topics.map(({ value }) => `${value.intent}.yaml`));
    this.strayTopicFiles(topicFiles);
    const topics = raw.topics.map((topic, index) => ({
      source: topic.source,
      value: this.overlay('topic', `topics/${topic.value.intent}.yaml`, { source: english.topics[index]!.source, value: topic.value }) as typeof topic.value,
    }));
    const facts = this.overlay('facts', 'facts.yaml', { source: english.facts, value: raw.facts }) as RawFacts;
    const courtDetails = this.overlay('courtDetails', 'court-details.yaml', this.englishFile('court-details.yaml')) as CourtDetailsOverlay | undefined;
    const courtWords = this.overlay('courtWords', 'court-words.yaml', this.englishFile('court-words.yaml')) as CourtWordsOverlay | undefined;
    const courtNaming = this.courtNaming(raw.courtNames);
    const localized: RawContent = {
      topics,
      procedure: this.overlay('procedure', 'procedure.yaml', { source: english.procedure, value: raw.procedure }) as RawContent['procedure'],
      responses: this.overlay('responses', 'responses.yaml', { source: english.responses, value: raw.responses }) as RawContent['responses'],
      glossary: this.overlay('glossary', 'glossary.yaml', { source: english.glossary, value: raw.glossary }) as RawContent['glossary'],
      triage: this.overlay('triage', 'triage.yaml', this.englishFile('triage.yaml')) as RawContent['triage'] ?? raw.triage,
      courts: courtsInLocale(raw.courts, courtDetails, courtNaming && { names: raw.courtNames, naming: courtNaming }),
      courtNames: courtNamesInLocale(raw.courtNames, courtWords, courtNaming),
      facts,
      // The Spanish recognizer has no account-state view yet; a locale's own words would be an overlay here.
      accountStates: raw.accountStates,
    };
    return assemble(localized, new FactBook(facts));
  }

  private overlay(kind: OverlayKind, relative: string, english: { source: YamlSource; value: unknown }): unknown {
    const name = path.join(path.basename(this.dir), LOCALES_FOLDER, this.locale, relative);
    const absolute = path.join(this.dir, LOCALES_FOLDER, this.locale, relative);
    const source = existsSync(absolute) ? YamlSource.read(absolute, name, this.cache) : undefined;
    if (source && source.syntaxProblems.length > 0) {
      this.problems.push(...source.syntaxProblems);
      return english.value;
    }
    const result = mergeOverlay(OVERLAY_SHAPES[kind], english, { name, source }, this.missing);
    this.problems.push(...result.problems);
    this.warnings.push(...result.warnings);
    return result.value;
  }

  /** The locale's court-naming.yaml (a file of the locale alone, no English overlaid), checked; undefined when there is none. */
  private courtNaming(names: CourtNames): CourtNaming | undefined {
    const name = path.join(path.basename(this.dir), LOCALES_FOLDER, this.locale, 'court-naming.yaml');
    const absolute = path.join(this.dir, LOCALES_FOLDER, this.locale, 'court-naming.yaml');
    if (!existsSync(absolute)) return undefined;
    const source = YamlSource.read(absolute, name, this.cache);
    this.problems.push(...source.syntaxProblems);
    if (source.syntaxProblems.length > 0) return undefined;
    const problems = namingProblems(source.value(), names);
    this.problems.push(...problems.map((message) => ({ file: name, line: 1, column: 1, message })));
    return problems.length > 0 ? undefined : source.value() as CourtNaming;
  }

  /** An English file the loader does not keep the source of (read again only when a locale exists). */
  private englishFile(relative: string): { source: YamlSource; value: unknown } {
    const source = YamlSource.read(path.join(this.dir, relative), path.join(path.basename(this.dir), relative), this.cache);
    return { source, value: source.value() };
  }

  private strayTopicFiles(known: ReadonlySet<string>): void {
    const folder = path.join(this.dir, LOCALES_FOLDER, this.locale, 'topics');
    if (!existsSync(folder)) return;
    for (const file of readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort()) {
      if (known.has(file)) continue;
      const name = path.join(path.basename(this.dir), LOCALES_FOLDER, this.locale, 'topics', file);
      this.problems.push({ file: name, line: 1, column: 1, message: `there is no English topic content/topics/${file}: a translation needs its English file.` });
    }
  }
}
