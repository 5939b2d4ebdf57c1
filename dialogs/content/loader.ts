import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../repoPaths';
import { checkSchema, type ContentKind } from './schemaCheck';
import { checkFlow, placeholdersIn, FLOW_PLACEHOLDERS, type FlowContext, type RawNode } from './semanticCheck';
import { compileCourts, compileFlow, compileResponses, type RawCourts, type RawResponses } from './compile';
import type { CourtNames } from '../courts/names';
import { checkCourtNames } from '../courts/directoryCheck';
import { FactBook, type RawFacts } from './facts';
import { compileGlossary, glossaryNodes, type RawGlossary } from './glossary';
import { checkExamples } from './exampleCheck';
import { ContentError, type ContentProblem } from './problem';
import type { ParsedYamlCache } from './parsedYamlCache';
import { YamlSource, type Loaded } from './yamlSource';
import { OUT_OF_SCOPE_INTENT } from './intents';
import type { Content, Topic, TriageSettings } from './types';
import type { AccountStateWords } from '../nlu/accountStates';
import { checkAccountStates } from './accountStatesCheck';

/** The repository's content folder. */
export function defaultContentDir(): string {
  return CONTENT_DIR;
}

export { OUT_OF_SCOPE_INTENT };
const MESSAGE_PLACEHOLDERS = [...FLOW_PLACEHOLDERS, 'step', 'title', 'total', 'ticket.id', 'contact', 'answer', 'assumed',
  // What users keep (dialogs/keep): their links, the continue-later code, how long each lasts, a page's date.
  'checklist.url', 'transcript.url', 'code', 'hours', 'days', 'date', 'version'];

const LABEL_PLACEHOLDERS = ['step', 'total'];

interface Reviewed { owner: string; reviewed: string; reviewBy: string }
/** A topic as written; one of kind "conversation" (hello, thanks, what the bot does) names no sources (the schema's rule). */
export interface RawTopic extends Reviewed {
  intent: string; title: string; kind?: 'answer' | 'conversation'; sources?: string[]; examples: string[]; nodes: RawNode[];
}
export interface RawProcedure extends Reviewed { id: string; title: string; startIntent: string; aboutTheUser?: string[]; personTopic?: string; passwordTopic?: string; sources: string[]; nodes: RawNode[] }

/** Every content file as read (those that passed their schema), for the content lint. */
export interface ContentFiles {
  readonly topics: readonly Loaded<RawTopic>[];
  readonly procedure?: Loaded<RawProcedure>;
  readonly responses?: Loaded<RawResponses>;
  readonly glossary?: Loaded<RawGlossary>;
  readonly facts?: Loaded<RawFacts>;
}

/** Loads and validates every content file; throws ContentError listing every problem found. */
export function loadContent(dir: string = defaultContentDir(), cache?: ParsedYamlCache): Content {
  const { content, problems } = inspectContent(dir, cache);
  if (!content) throw new ContentError(problems);
  return content;
}

/**
 * Loads every content file: the Content when all is valid, the problems, and the files as read (for the lint).
 * `cache`: parsed files and passed schema checks kept from an earlier start (parsedYamlCache.ts).
 */
export function inspectContent(dir: string = defaultContentDir(), cache?: ParsedYamlCache): { content?: Content; problems: ContentProblem[]; files: ContentFiles; raw?: RawContent } {
  const problems: ContentProblem[] = [];
  const read = <T>(relative: string, kind: ContentKind): Loaded<T> | undefined => {
    const source = YamlSource.read(path.join(dir, relative), path.join(path.basename(dir), relative), cache);
    problems.push(...source.syntaxProblems);
    const value = source.value();
    if (source.syntaxProblems.length > 0) return undefined;
    const schemaProblems = checkSchema(source, kind, value);
    problems.push(...schemaProblems);
    return schemaProblems.length === 0 ? { source, value: value as T } : undefined;
  };

  const topicFiles = listTopicFiles(dir, problems);
  const topics = topicFiles.map((file) => read<RawTopic>(path.join('topics', file), 'topic'));
  const procedure = read<RawProcedure>('procedure.yaml', 'procedure');
  const responses = read<RawResponses>('responses.yaml', 'responses');
  const courts = read<RawCourts>('courts.yaml', 'courts');
  const courtNames = read<CourtNames>('court-names.yaml', 'courtNames');
  const triage = read<TriageSettings>('triage.yaml', 'triage');
  const accountStates = read<AccountStateWords>('account-states.yaml', 'accountStates');
  const facts = read<RawFacts>('facts.yaml', 'facts');
  const glossary = read<RawGlossary>('glossary.yaml', 'glossary');
  const factBook = new FactBook(facts?.value ?? { seed: { title: '', url: '' }, facts: {} });

  const intents = new Set(topics.flatMap((topic) => (topic ? [topic.value.intent] : [])));
  const flowContext: FlowContext = { factNames: factBook.names() };
  const termIds = new Set(glossary ? glossaryNodes(glossary.value).map((node) => node.id) : []);
  topics.forEach((topic, index) => topic && problems.push(...checkTopic(topic, topicFiles[index]!, intents,
    topic.value.intent === glossary?.value.intent ? { ...flowContext, externalNodeIds: termIds } : flowContext)));
  if (procedure) problems.push(...checkProcedure(procedure, intents, flowContext));
  if (responses) problems.push(...checkResponses(responses, factBook));
  if (courts) problems.push(...checkCourts(courts));
  if (accountStates) problems.push(...checkAccountStates(accountStates, intents));
  if (courts && courtNames) problems.push(...checkCourtNames(courts, courtNames));
  if (glossary) problems.push(...checkGlossary(glossary, intents, flowContext));
  problems.push(...checkExamples(topics.flatMap((topic) => (topic ? [topic] : []))));
  if (topics.every(Boolean) && !intents.has(OUT_OF_SCOPE_INTENT)) {
    problems.push({ file: path.join(path.basename(dir), 'topics'), line: 1, column: 1,
      message: `there is no "${OUT_OF_SCOPE_INTENT}" topic: the bot needs it to answer questions it cannot help with.` });
  }
  const files: ContentFiles = { topics: topics.flatMap((topic) => (topic ? [topic] : [])), procedure, responses, glossary, facts };
  if (problems.length > 0 || !procedure || !responses || !courts || !courtNames || !triage || !glossary || !facts || !accountStates) return { problems, files };
  const raw: RawContent = { topics: files.topics, procedure: procedure.value, responses: responses.value, courts: courts.value,
    courtNames: courtNames.value, triage: triage.value, glossary: glossary.value, facts: facts.value, accountStates: accountStates.value };
  return { content: assemble(raw, factBook), problems, files, raw };
}

function listTopicFiles(dir: string, problems: ContentProblem[]): string[] {
  try {
    return readdirSync(path.join(dir, 'topics')).filter((file) => /\.ya?ml$/.test(file)).sort();
  } catch {
    problems.push({ file: path.join(path.basename(dir), 'topics'), line: 1, column: 1, message: 'the topics folder is missing.' });
    return [];
  }
}

function checkTopic(topic: Loaded<RawTopic>, file: string, intents: ReadonlySet<string>, context: FlowContext): ContentProblem[] {
  const problems = checkFlow(topic.source, ['nodes'], topic.value.nodes, intents, context);
  // The bot's own words cite nothing: a node's source would show a Source line the schema keeps off the topic.
  if (topic.value.kind === 'conversation') {
    topic.value.nodes.forEach((node, index) => {
      if (node.source !== undefined) problems.push(topic.source.problemAt(['nodes', index, 'source'], `"source" does not belong in a topic of kind "conversation": it cites no source.`));
    });
  }
  const expected = file.replace(/\.ya?ml$/, '');
  if (topic.value.intent !== expected) {
    problems.push(topic.source.problemAt(['intent'], `intent "${topic.value.intent}" should match the file name "${expected}".`));
  }
  return problems;
}

function checkProcedure(procedure: Loaded<RawProcedure>, intents: ReadonlySet<string>, context: FlowContext): ContentProblem[] {
  const { source, value } = procedure;
  const problems = checkFlow(source, ['nodes'], value.nodes, intents, context);
  if (!intents.has(value.startIntent)) {
    problems.push(source.problemAt(['startIntent'], `"startIntent" names "${value.startIntent}", but there is no topic with that intent.`));
  }
  (value.aboutTheUser ?? []).forEach((intent, index) => {
    if (!intents.has(intent)) problems.push(source.problemAt(['aboutTheUser', index], `"aboutTheUser" names "${intent}", but there is no topic with that intent.`));
  });
  for (const key of ['personTopic', 'passwordTopic'] as const) {
    const intent = value[key];
    if (intent !== undefined && !intents.has(intent)) problems.push(source.problemAt([key], `"${key}" names "${intent}", but there is no topic with that intent.`));
  }
  const steps = value.nodes.flatMap((node, index) => (node.step === undefined ? [] : [{ step: node.step, index }]));
  steps.forEach(({ step, index }, position) => {
    if (step !== position + 1) {
      problems.push(source.problemAt(['nodes', index, 'step'], `step ${step} is out of order: expected step ${position + 1} here.`));
    }
  });
  if (steps.length === 0) problems.push(source.problemAt(['nodes'], 'the procedure has no steps (nodes with "step").'));
  return problems;
}

function checkResponses({ source, value }: Loaded<RawResponses>, facts: FactBook): ContentProblem[] {
  const known = new Set([...MESSAGE_PLACEHOLDERS, ...facts.names()]);
  const messages = Object.entries(value.messages).flatMap(([key, text]) => placeholdersIn(text)
    .filter((name) => !known.has(name))
    .map((name) => source.problemAt(['messages', key], `unknown placeholder {${name}} in message "${key}".`)));
  // A label is filled in by the channel, which knows only a step's number and the number of steps.
  const labels = Object.entries(value.labels).flatMap(([key, text]) => placeholdersIn(text)
    .filter((name) => key !== 'step' || !LABEL_PLACEHOLDERS.includes(name))
    .map((name) => source.problemAt(['labels', key], `unknown placeholder {${name}} in label "${key}"; the step label may use {step} and {total}.`)));
  return [...messages, ...labels];
}

/** The glossary's terms are nodes of its topic's flow: checked as a flow whose every node is an entry point. */
function checkGlossary(glossary: Loaded<RawGlossary>, intents: ReadonlySet<string>, context: FlowContext): ContentProblem[] {
  const { source, value } = glossary;
  const nodes = glossaryNodes(value);
  const problems = checkFlow(source, ['terms'], nodes, intents, { ...context, entryNodeIds: nodes.map((node) => node.id) });
  if (!intents.has(value.intent)) {
    problems.push(source.problemAt(['intent'], `"intent" names "${value.intent}", but there is no topic with that intent.`));
  }
  return problems;
}

function checkCourts({ source, value }: Loaded<RawCourts>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  value.courts.forEach((court, index) => {
    if (seen.has(court.id)) problems.push(source.problemAt(['courts', index, 'id'], `court id "${court.id}" is used twice.`));
    seen.add(court.id);
  });
  if (value.default !== undefined && !seen.has(value.default)) {
    problems.push(source.problemAt(['default'], `"default" names court "${value.default}", which is not in the list.`));
  }
  return problems;
}

/** Every content file's checked value: what assemble() compiles, and what a locale overlay is laid over. */
export interface RawContent {
  topics: readonly Loaded<RawTopic>[]; procedure: RawProcedure; responses: RawResponses; courts: RawCourts; courtNames: CourtNames;
  triage: TriageSettings; glossary: RawGlossary; facts: RawFacts; accountStates: AccountStateWords;
}

/** Compiles checked raw content into the immutable model (English, or a locale's overlay laid over it). */
export function assemble(raw: RawContent, facts: FactBook): Content {
  const review = (file: Reviewed) => Object.freeze({ owner: file.owner, reviewed: file.reviewed, reviewBy: file.reviewBy });
  const topics: Topic[] = raw.topics.map(({ value }) => Object.freeze({
    intent: value.intent,
    title: value.title,
    kind: value.kind ?? 'answer',
    sources: value.sources ?? [],
    examples: value.examples.map((example) => example.trim()),
    flow: compileFlow(value.intent, value.intent === raw.glossary.intent ? [...value.nodes, ...glossaryNodes(raw.glossary)] : value.nodes,
      value.sources ?? [], facts),
    review: review(value),
  }));
  const { procedure } = raw;
  const totalSteps = procedure.nodes.filter((node) => node.step !== undefined).length;
  const courts = compileCourts(raw.courts);
  return Object.freeze({
    procedure: Object.freeze({
      title: procedure.title, startIntent: procedure.startIntent, aboutTheUser: procedure.aboutTheUser ?? [],
      ...(procedure.personTopic !== undefined ? { personTopic: procedure.personTopic } : {}),
      ...(procedure.passwordTopic !== undefined ? { passwordTopic: procedure.passwordTopic } : {}), sources: procedure.sources, totalSteps,
      flow: compileFlow('procedure', procedure.nodes, procedure.sources, facts), review: review(procedure),
    }),
    topics,
    topicsByIntent: new Map(topics.map((topic) => [topic.intent, topic])),
    responses: compileResponses(raw.responses, facts),
    courts,
    courtNames: raw.courtNames,
    defaultCourtId: raw.courts.default,
    unknownCourt: Object.freeze({ ...raw.courts.unknownCourt }),
    triage: Object.freeze({ lowConfidence: raw.triage.lowConfidence, urgent: Object.freeze([...raw.triage.urgent]) }),
    glossary: compileGlossary(raw.glossary),
    accountStates: raw.accountStates,
  });
}
