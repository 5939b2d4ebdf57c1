import path from 'node:path';
import { inspectContent, type ContentFiles } from '../loader';
import { checkLocales } from '../locale/localizedContent';
import type { MissingText } from '../locale/overlayMerge';
import { formatProblem } from '../problem';
import { FactBook } from '../facts';
import { checkSchema } from '../schemaCheck';
import { YamlSource } from '../yamlSource';
import type { ContentProblem } from '../problem';
import type { Content, Review } from '../types';
import { authoredAnswers, authoredTexts } from './authoredText';
import { factsWrittenOut } from './factLint';
import { deadEnds, overlappingChoices } from './flowLint';
import { ReadingGrade } from './readingGrade';
import { reviewStatus, type ReviewStatus } from './reviewDates';

export interface LintSettings { readonly maxReadingGrade: number; readonly reviewGraceDays: number }

export interface GradedAnswer { readonly name: string; readonly grade: number }

/** What `npm run validate` reports: problems fail it, warnings don't. */
export interface LintReport {
  readonly content?: Content;
  readonly problems: readonly ContentProblem[];
  readonly warnings: readonly string[];
  readonly settings?: LintSettings;
  readonly grades: readonly GradedAnswer[];
  readonly reviews: readonly ReviewStatus[];
}

/**
 * The content checks beyond the schema and the references: reading grade per answer, review dates, tree paths
 * that lead nowhere, questions whose choices overlap, and shared facts written out by hand.
 */
export function lintContent(dir: string, today: string, missingTranslation: MissingText = 'error'): LintReport {
  const { content, problems: englishProblems, files, raw } = inspectContent(dir);
  // Translations (content/locales/<lang>/) are checked against the English they translate.
  const locales = content && raw ? checkLocales(dir, raw, files, missingTranslation) : undefined;
  const problems = [...englishProblems, ...(locales?.problems ?? [])];
  const untranslated = (locales?.warnings ?? []).map((problem) => `untranslated: ${formatProblem(problem)}`);
  const settingsFile = YamlSource.read(path.join(dir, 'lint.yaml'), path.join(path.basename(dir), 'lint.yaml'));
  const settingsProblems = [...settingsFile.syntaxProblems];
  if (settingsProblems.length === 0) settingsProblems.push(...checkSchema(settingsFile, 'lint', settingsFile.value()));
  const empty = { grades: [], reviews: [], warnings: untranslated };
  if (!content || settingsProblems.length > 0) return { content, problems: [...problems, ...settingsProblems], ...empty };
  const settings = settingsFile.value() as LintSettings;

  const known = content.glossary.entries.flatMap((entry) => [entry.term, ...entry.also]);
  const reader = new ReadingGrade(known);
  const answers = authoredAnswers(files);
  const grades = answers.map((answer) => ({ name: answer.name, grade: round(reader.grade(answer.text)) }));
  const tooHard = answers.flatMap((answer, index) => (grades[index]!.grade > settings.maxReadingGrade
    ? [answer.source.problemAt(answer.path, `reading grade ${grades[index]!.grade} is above ${settings.maxReadingGrade} (content/lint.yaml): use shorter sentences and plainer words.`)]
    : []));

  const reviews = reviewedItems(files).map(({ what, review }) => reviewStatus(what, review, today, settings.reviewGraceDays));
  const expired = reviews.filter((r) => r.state === 'expired').map((r) => ({
    file: r.what, line: 1, column: 1,
    message: `expired: its review-by date ${r.review.reviewBy} passed ${r.daysOver} days ago, more than the ${settings.reviewGraceDays} days of grace (owner: ${r.review.owner}). Check it against its sources, then update "reviewed" and "reviewBy".`,
  }));
  const warnings = [...untranslated, ...reviews.filter((r) => r.state === 'due')
    .map((r) => `${r.what}: review due since ${r.review.reviewBy} (${r.daysOver} days ago; owner: ${r.review.owner})`)];

  const facts = new FactBook(files.facts!.value);
  const lint = [...tooHard, ...expired, ...deadEnds(files), ...overlappingChoices(files),
    ...factsWrittenOut(authoredTexts(files), facts)];
  const all = [...problems, ...lint];
  return { content: all.length === 0 ? content : undefined, problems: all, warnings, settings, grades, reviews };
}

/** Every file that holds answers, with who owns it and its review dates. */
function reviewedItems(files: ContentFiles): { what: string; review: Review }[] {
  const reviewed = [...files.topics, ...(files.procedure ? [files.procedure] : []), ...(files.glossary ? [files.glossary] : [])];
  return reviewed.map(({ source, value }) => ({
    what: source.file, review: { owner: value.owner, reviewed: value.reviewed, reviewBy: value.reviewBy },
  }));
}

function round(grade: number): number {
  return Math.round(grade * 10) / 10;
}
