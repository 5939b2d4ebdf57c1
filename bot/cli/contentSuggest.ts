/*
 * `npm run -s content:suggest -- --out FILE [--days N] [--min N] [--max N] [--no-figures]`: reads the unanswered
 * and not-helpful questions of the last N days from the store the bot uses (STORAGE and its settings), groups them
 * and writes a patch of proposed content (new examples for a topic, or a draft topic) with the recognizer's
 * before/after figures. Nothing changes content: a person reviews the patch, applies it (`git apply FILE`), and
 * `npm run validate` decides whether the bot may run on it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { defaultContentDir, OUT_OF_SCOPE_INTENT } from '../../dialogs/content/loader';
import { ContentError, formatProblem } from '../../dialogs/content/problem';
import { recognizerOptions, trainingExamples } from '../../dialogs/content/trainingExamples';
import { analyticsKey, lastDays, emptyDay, type DayStats } from '../../dialogs/helpdesk/dayStats';
import { heldoutAccuracy, measureProposal, type FigureInputs } from '../../dialogs/helpdesk/suggest/figures';
import { buildProposals, describeFigures, describeProposal, patchText } from '../../dialogs/helpdesk/suggest/proposals';
import { Recognizer, type LabelledExample } from '../../dialogs/nlu/recognizer';
import { NLU_HELDOUT_FILE } from '../../dialogs/repoPaths';
import { createBotCore, type BotCore } from '../host/botCore';
import { readTopicFiles } from '../helpdesk/suggest/topicFiles';
import { ConfigError, loadConfig } from '../platform/config';
import { createLogger } from '../platform/logger';
import { readItems } from '../storage/etagUpdate';
import { createStores } from '../storage/createStores';

const USAGE = 'usage: npm run -s content:suggest -- --out FILE [--days N] [--min N] [--max N] [--no-figures]';

interface Io { readonly out: (line: string) => void; readonly err: (line: string) => void }

export async function contentSuggestCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { out: { type: 'string' }, days: { type: 'string' }, min: { type: 'string' },
      max: { type: 'string' }, 'no-figures': { type: 'boolean' } } }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const numbers = { days: count(values.days, 30), min: count(values.min, 2), max: count(values.max, 5) };
  if (!values.out || Object.values(numbers).some(Number.isNaN)) {
    io.err(USAGE);
    return 1;
  }
  try {
    const config = loadConfig(env);
    const days = await readDays(config, numbers.days);
    const core = createBotCore(config);
    const { files, topicsDir } = readTopicFiles(config.CONTENT_DIR ?? defaultContentDir());
    const today = new Date().toISOString().slice(0, 10);
    let proposals = buildProposals({ days, content: core.content, recognize: core.recognize, topicFiles: files, topicsDir, today },
      { minAsked: numbers.min, max: numbers.max });
    if (!values['no-figures']) proposals = proposals.map((proposal) => ({ ...proposal, figures: measureProposal(proposal.plan, figureInputs(core)) }));
    const heading = [`Content proposals from ${days[0]?.day} to ${days[days.length - 1]?.day} (${config.STORAGE} store), ${today}.`,
      'Review each change; apply with `git apply FILE`, then `npm run validate` (and `npm run nlu -- eval`).'];
    writeFileSync(values.out, patchText(proposals, core.content, heading));
    for (const proposal of proposals) {
      io.out(describeProposal(proposal, core.content));
      for (const line of proposal.figures ? describeFigures(proposal.figures) : []) io.out(`  ${line}`);
    }
    io.out(proposals.length === 0 ? `No group of questions asked ${numbers.min} times or more: nothing to propose (${values.out} has none).`
      : `${proposals.length} proposal(s) written to ${values.out}.`);
    return 0;
  } catch (error) {
    io.err(messageOf(error, env.DATA_DIR ?? './data'));
    return 1;
  }
}

/** The analytics documents of the last `days` days, from the store the bot uses; closed again at once. */
async function readDays(config: ReturnType<typeof loadConfig>, days: number): Promise<DayStats[]> {
  const stores = createStores(config, createLogger('silent'));
  try {
    const wanted = lastDays(new Date(), days);
    const found = await readItems<DayStats>(stores.storage, wanted.map(analyticsKey));
    return wanted.map((day) => found.get(analyticsKey(day)) ?? emptyDay(day));
  } finally {
    stores.close();
  }
}

let inputs: FigureInputs | undefined;
function figureInputs(core: BotCore): FigureInputs {
  if (inputs) return inputs;
  const train = (examples: Parameters<typeof Recognizer.train>[0]) => {
    const recognizer = Recognizer.train(examples, recognizerOptions(core.content));
    return (text: string) => recognizer.recognize(text).intent;
  };
  const heldout = readJsonLines(NLU_HELDOUT_FILE);
  const base = { heldout, scoredIntents: new Set(heldout.map((example) => example.intent)), outOfScopeIntent: OUT_OF_SCOPE_INTENT };
  const current = (text: string) => core.recognize(text).intent;
  inputs = { ...base, examples: trainingExamples(core.content), train, current, currentHeldout: heldoutAccuracy(current, base) };
  return inputs;
}

function count(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : NaN;
}

/** The held-out set (JSON lines of {text, intent}), as `npm run nlu -- eval` reads it. */
function readJsonLines(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LabelledExample);
}

function messageOf(error: unknown, dataDir: string): string {
  if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
  if (error instanceof ConfigError) return error.message;
  const message = (error as Error).message ?? String(error);
  if (/lock/i.test(message)) {
    return `content:suggest: the bot holds the database in ${dataDir} (SQLite is one process's at a time). Stop the bot and run this again, or download the same proposals from /desk/suggestions.patch. (${message})`;
  }
  return `content:suggest: ${message}`;
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  void contentSuggestCli(process.argv.slice(2), process.env, { out: (line) => console.log(line), err: (line) => console.error(line) })
    .then((code) => { process.exitCode = code; });
}
