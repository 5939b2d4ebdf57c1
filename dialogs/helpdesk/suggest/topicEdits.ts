import type { ProposalPlan } from './plan';

/** A content file as a proposal changes it; `before` undefined: a new file. Paths are relative, with `/`. */
export interface FileChange {
  readonly path: string;
  readonly before?: string;
  readonly after: string;
}

export interface TopicFile {
  readonly path: string;
  readonly text: string;
}

/** The owner a draft topic is given until a person sets it (the same as the existing topics'). */
const DRAFT_OWNER = "Clerk's office, CM/ECF help desk";

/** The file change of one proposal: examples appended to the topic's `examples:` list, or a draft topic file. */
export function changeFor(plan: ProposalPlan, topicFiles: ReadonlyMap<string, TopicFile>, topicsDir: string, today: string): FileChange {
  const file = plan.kind === 'examples' ? topicFiles.get(plan.intent) : undefined;
  if (file) return { path: file.path, before: file.text, after: withExamples(file.text, plan, today) };
  return { path: `${topicsDir}/${plan.intent}.yaml`, after: draftTopic(plan, today) };
}

/** Appends the questions after the last item of the top-level `examples:` list, under a comment saying where they came from. */
function withExamples(text: string, plan: ProposalPlan, today: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^examples:\s*$/.test(line));
  if (start < 0) throw new Error(`no "examples:" list in the file of ${plan.intent}`);
  let last = start;
  for (let index = start + 1; index < lines.length && /^(\s+\S|\s*$)/.test(lines[index]!); index += 1) {
    if (/^\s+- /.test(lines[index]!)) last = index;
  }
  const indent = /^(\s*)-/.exec(lines[last] ?? '')?.[1] ?? '  ';
  const added = [`${indent}# proposed by content:suggest on ${today} from questions users asked (review each one)`,
    ...plan.questions.map((question) => `${indent}- ${scalar(question.text)}`)];
  return [...lines.slice(0, last + 1), ...added, ...lines.slice(last + 1)].join('\n');
}

/**
 * A draft topic with the questions as its examples. It is deliberately not valid yet: `sources` is empty and the
 * answer's `source:` blank, so `npm run validate` (and the bot) refuse it until a person writes the answer from a
 * named page and fills both.
 */
function draftTopic(plan: ProposalPlan, today: string): string {
  const reviewBy = new Date(Date.parse(`${today}T00:00:00Z`) + 182 * 86_400_000).toISOString().slice(0, 10);
  return [
    '# yaml-language-server: $schema=../../dialogs/content/schemas/topic.schema.json',
    `# DRAFT proposed by content:suggest on ${today}: ${plan.asked} question(s) users asked that no topic answers.`,
    '# Before applying: rename the intent, write the answer in plain language from the official procedure or a named',
    '# court/PACER page, put that page under `sources:` and in `source:`, keep only the examples that fit, then run',
    '# `npm run validate` (it refuses this file until then).',
    `intent: ${plan.intent}`,
    `title: ${scalar(plan.questions[0]?.text ?? plan.intent)}`,
    `owner: ${scalar(DRAFT_OWNER)}`,
    `reviewed: ${today}`,
    `reviewBy: ${reviewBy}`,
    'sources: []',
    'examples:',
    ...plan.questions.map((question) => `  - ${scalar(question.text)}`),
    'nodes:',
    '  - id: answer',
    `    say: ${scalar('(to be written from the source)')}`,
    '    source:',
    '',
  ].join('\n');
}

/**
 * One YAML scalar on one line, quoted only when YAML needs it. The yaml library is loaded here, not with the module:
 * the bot's server loads this module at start-up but writes suggestions only when asked.
 */
function scalar(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const YAML = require('yaml') as typeof import('yaml');
  return YAML.stringify(text, { lineWidth: 0 }).trimEnd();
}
