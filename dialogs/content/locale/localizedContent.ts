import { defaultContentDir, inspectContent, type ContentFiles, type RawContent } from '../loader';
import type { ParsedYamlCache } from '../parsedYamlCache';
import { ContentError, type ContentProblem } from '../problem';
import type { Content } from '../types';
import { inspectLocales, localesIn, type LocaleInspection } from './localeContent';
import { Languages } from './languages';
import type { MissingText } from './overlayMerge';

/** The language of content/ itself. */
export const ENGLISH = 'en';

/** The English content and each translated locale's: the same nodes, choices and intents, in another language. */
export interface LocalizedContent {
  readonly english: Content;
  /** Every locale's content, English included (under ENGLISH). */
  readonly byLocale: ReadonlyMap<string, Content>;
  /** The languages offered and the messages that choose one (content/languages.yaml). */
  readonly languages: Languages;
}

export interface LocalizedInspection {
  readonly localized?: LocalizedContent;
  readonly problems: readonly ContentProblem[];
  /** Missing translations, when they are allowed (`missing: 'warn'`). */
  readonly warnings: readonly ContentProblem[];
}

/**
 * The English content and every locale under content/locales/. `missing`: a missing translation is an error (the
 * default: the bot and `npm run validate` refuse content with untranslated text) or, while a translation is being
 * written, a warning, the English text standing in for it.
 */
export function inspectLocalizedContent(dir: string = defaultContentDir(), missing: MissingText = 'error', cache?: ParsedYamlCache): LocalizedInspection {
  const { content, problems, files, raw } = inspectContent(dir, cache);
  const locales = content && raw ? checkLocales(dir, raw, files, missing, cache) : undefined;
  if (!content || !locales) return { problems, warnings: [] };
  const byLocale = new Map<string, Content>([[ENGLISH, content], ...locales.contents]);
  const { languages, problems: languageProblems } = Languages.read(dir, localesIn(dir), cache);
  const all = [...problems, ...locales.problems, ...languageProblems];
  return { localized: all.length === 0 ? { english: content, byLocale, languages } : undefined, problems: all, warnings: [...locales.warnings] };
}

/**
 * Loads and validates the content in every language; throws ContentError listing every problem found. `cache`:
 * parsed files and passed schema checks kept from an earlier start (the bot's NLU_CACHE_DIR; parsedYamlCache.ts).
 */
export function loadLocalizedContent(dir: string = defaultContentDir(), missing: MissingText = 'error', cache?: ParsedYamlCache): LocalizedContent {
  const { localized, problems } = inspectLocalizedContent(dir, missing, cache);
  if (!localized) throw new ContentError(problems);
  return localized;
}

/** Every locale's overlays checked against the valid English content (as inspectContent read it). */
export function checkLocales(dir: string, raw: RawContent, files: ContentFiles, missing: MissingText, cache?: ParsedYamlCache): LocaleInspection | undefined {
  if (!files.procedure || !files.responses || !files.glossary || !files.facts) return undefined;
  const english = { procedure: files.procedure.source, responses: files.responses.source, glossary: files.glossary.source,
    facts: files.facts.source, topics: files.topics };
  return inspectLocales(dir, raw, english, missing, cache);
}
