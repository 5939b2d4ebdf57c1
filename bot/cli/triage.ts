/*
 * `npm run triage -- FILE [--out DIR] [--content DIR]`: batch triage of help-desk questions (a CSV or JSON-lines
 * export), filed with the chat's own recognizer; writes a CSV and an HTML report.
 */
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ContentError, formatProblem } from '../../dialogs/content/problem';
import { describeOutcome, runBatch } from '../helpdesk/triage/batch';
import { QuestionFileError, readQuestionFile } from '../helpdesk/triage/questionFile';
import { createBotCore, createTriage } from '../host/botCore';
import { ConfigError, loadConfig } from '../platform/config';

export const USAGE = 'usage: npm run triage -- <questions.csv|questions.jsonl> [--out DIR] [--content DIR]';

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/**
 * `npm run triage -- FILE [--out DIR] [--content DIR]`: files each question under the bot's topics with the chat's
 * recognizer, flags those that need a person, writes DIR/triage.csv and DIR/triage.html (default ./triage-report).
 * Returns the exit code: 0 done, 1 bad input (message on err).
 */
export function triageCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: CliOutput): number {
  const args = readArguments(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}`);
    return 1;
  }
  const [input] = args.positionals;
  if (input === undefined || args.values.help) {
    io.err(USAGE);
    return input === undefined ? 1 : 0;
  }
  try {
    const config = loadConfig(env);
    // Read first: a bad file is reported before the recognizer is trained.
    const questions = readQuestionFile(input);
    const triage = createTriage(config, createBotCore(config, args.values.content ?? config.CONTENT_DIR));
    const outcome = runBatch(triage, questions, input, args.values.out ?? 'triage-report');
    describeOutcome(outcome).forEach(io.out);
    return 0;
  } catch (error) {
    if (error instanceof ContentError) error.problems.forEach((problem) => io.err(formatProblem(problem)));
    else if (error instanceof ConfigError || error instanceof QuestionFileError) io.err(error.message);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT') io.err(`cannot read ${input}`);
    else throw error;
    return 1;
  }
}

/** The environment as the bot reads it (.env included). */
export function cliEnvironment(): Readonly<Record<string, string | undefined>> {
  loadDotenv({ quiet: true });
  return process.env;
}

/** The command line, or what is wrong with it (an unknown flag, a flag without its value). */
function readArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv], allowPositionals: true,
      options: { out: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

if (require.main === module) {
  process.exitCode = triageCli(process.argv.slice(2), cliEnvironment(), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
