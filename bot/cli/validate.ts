/*
 * Command line: checks the content folder without starting the bot, then lints it (reading grade, review dates,
 * dead ends, overlapping choices, facts written out by hand). Exit 0 when valid, 1 with file:line:column problems.
 * `validate [DIR] [--today YYYY-MM-DD] [--grades] [--draft-locales]`: --today checks review dates as of that day;
 * --grades lists every answer's reading grade; --draft-locales lists text missing in a translation (content/locales/)
 * as warnings instead of problems, while it is being written (the bot itself refuses untranslated text).
 */
import { defaultContentDir } from '../../dialogs/content/loader';
import { formatProblem } from '../../dialogs/content/problem';
import { lintContent } from '../../dialogs/content/lint/contentLint';
import { formatLintSummary } from '../../dialogs/content/lint/lintSummary';
import { isoToday } from '../../dialogs/content/lint/reviewDates';

function main(argv: readonly string[]): number {
  const option = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const dir = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--today') ?? defaultContentDir();
  const report = lintContent(dir, option('--today') ?? isoToday(), argv.includes('--draft-locales') ? 'warn' : 'error');
  for (const line of formatLintSummary(report, argv.includes('--grades'))) console.log(line);
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  if (report.problems.length === 0 && report.content) return 0;
  for (const problem of report.problems) console.error(formatProblem(problem));
  console.error(`${report.problems.length} problem(s) found.`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
