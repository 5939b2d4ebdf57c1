import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../repoPaths';
import { checkSchema, type ContentKind } from './schemaCheck';
import { checkFlow, placeholdersIn, FLOW_PLACEHOLDERS, type RawNode } from './semanticCheck';
import { compileCourts, compileFlow, compileResponses, type RawCourts, type RawResponses } from './compile';
import { checkExamples } from './exampleCheck';
import { ContentError, type ContentProblem } from './problem';
import { YamlSource } from './yamlSource';
import { OUT_OF_SCOPE_INTENT } from './intents';
import type { Content, Topic, TriageSettings } from './types';

/** The repository's content folder. */
export function defaultContentDir(): string {
  return CONTENT_DIR;
}

export { OUT_OF_SCOPE_INTENT };
const MESSAGE_PLACEHOLDERS = [...FLOW_PLACEHOLDERS, 'step', 'title', 'total', 'ticket.id', 'contact'];

interface RawTopic { intent: string; title: string; sources: string[]; examples: string[]; nodes: RawNode[] }
interface RawProcedure { id: string; title: string; startIntent: string; sources: string[]; nodes: RawNode[] }
interface Loaded<T> { source: YamlSource; value: T }

/** Loads and validates every content file; throws ContentError listing every problem found. */
export function loadContent(dir: string = defaultContentDir()): Content {
  const problems: ContentProblem[] = [];
  const read = <T>(relative: string, kind: ContentKind): Loaded<T> | undefined => {
    const source = YamlSource.read(path.join(dir, relative), path.join(path.basename(dir), relative));
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
  const triage = read<TriageSettings>('triage.yaml', 'triage');

  const intents = new Set(topics.flatMap((topic) => (topic ? [topic.value.intent] : [])));
  topics.forEach((topic, index) => topic && problems.push(...checkTopic(topic, topicFiles[index]!, intents)));
  if (procedure) problems.push(...checkProcedure(procedure, intents));
  if (responses) problems.push(...checkResponses(responses));
  if (courts) problems.push(...checkCourts(courts));
  problems.push(...checkExamples(topics.flatMap((topic) => (topic ? [topic] : []))));
  if (topics.every(Boolean) && !intents.has(OUT_OF_SCOPE_INTENT)) {
    problems.push({ file: path.join(path.basename(dir), 'topics'), line: 1, column: 1,
      message: `there is no "${OUT_OF_SCOPE_INTENT}" topic: the bot needs it to answer questions it cannot help with.` });
  }
  if (problems.length > 0 || !procedure || !responses || !courts || !triage) throw new ContentError(problems);
  return assemble(topics as Loaded<RawTopic>[], procedure.value, responses.value, courts.value, triage.value);
}

function listTopicFiles(dir: string, problems: ContentProblem[]): string[] {
  try {
    return readdirSync(path.join(dir, 'topics')).filter((file) => /\.ya?ml$/.test(file)).sort();
  } catch {
    problems.push({ file: path.join(path.basename(dir), 'topics'), line: 1, column: 1, message: 'the topics folder is missing.' });
    return [];
  }
}

function checkTopic(topic: Loaded<RawTopic>, file: string, intents: ReadonlySet<string>): ContentProblem[] {
  const problems = checkFlow(topic.source, ['nodes'], topic.value.nodes, intents);
  const expected = file.replace(/\.ya?ml$/, '');
  if (topic.value.intent !== expected) {
    problems.push(topic.source.problemAt(['intent'], `intent "${topic.value.intent}" should match the file name "${expected}".`));
  }
  return problems;
}

function checkProcedure(procedure: Loaded<RawProcedure>, intents: ReadonlySet<string>): ContentProblem[] {
  const { source, value } = procedure;
  const problems = checkFlow(source, ['nodes'], value.nodes, intents);
  if (!intents.has(value.startIntent)) {
    problems.push(source.problemAt(['startIntent'], `"startIntent" names "${value.startIntent}", but there is no topic with that intent.`));
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

function checkResponses({ source, value }: Loaded<RawResponses>): ContentProblem[] {
  return Object.entries(value.messages).flatMap(([key, text]) => placeholdersIn(text)
    .filter((name) => !MESSAGE_PLACEHOLDERS.includes(name))
    .map((name) => source.problemAt(['messages', key], `unknown placeholder {${name}} in message "${key}".`)));
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

function assemble(
  loaded: Loaded<RawTopic>[], procedure: RawProcedure, responses: RawResponses, courts: RawCourts, triage: TriageSettings,
): Content {
  const topics: Topic[] = loaded.map(({ value }) => Object.freeze({
    intent: value.intent,
    title: value.title,
    sources: value.sources,
    examples: value.examples.map((example) => example.trim()),
    flow: compileFlow(value.intent, value.nodes),
  }));
  const totalSteps = procedure.nodes.filter((node) => node.step !== undefined).length;
  return Object.freeze({
    procedure: Object.freeze({
      title: procedure.title, startIntent: procedure.startIntent, sources: procedure.sources, totalSteps,
      flow: compileFlow('procedure', procedure.nodes),
    }),
    topics,
    topicsByIntent: new Map(topics.map((topic) => [topic.intent, topic])),
    responses: compileResponses(responses),
    courts: compileCourts(courts),
    defaultCourtId: courts.default,
    unknownCourt: Object.freeze({ ...courts.unknownCourt }),
    triage: Object.freeze({ lowConfidence: triage.lowConfidence, urgent: Object.freeze([...triage.urgent]) }),
  });
}
