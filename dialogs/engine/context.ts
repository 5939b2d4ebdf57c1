import type { CommandKey, Content, Responses } from '../content/types';
import { normaliseText } from '../content/normalise';
import { AnswerReader } from './answerReader';
import { ChoiceReader } from './choiceReader';
import { CourtFinder } from './courtDirectory';
import { FactsTold } from './factsTold';
import { Farewells } from './farewells';
import { NodeQuestionMatcher } from './nodeQuestions';
import type { IntentRecognition, TurnDeps } from './ports';
import { GOODBYE_INTENT, THANKS_INTENT } from './topicAnswers';
import { TopicFollowUps } from './topicFollowUp';
import { TopicNodes } from './topicNodes';
import { TopicWords } from './topicWords';
import { isConfident } from './reading';
import { TurnMemo } from './turnMemo';

/** What every turn reads: the engine's dependencies and the readers built once from content (not per turn). */
export interface EngineContext extends TurnDeps {
  readonly answers: AnswerReader;
  readonly choices: ChoiceReader;
  readonly courts: CourtFinder;
  /** Facts said before the walkthrough asks for them. */
  readonly told: FactsTold;
  readonly nodeQuestions: NodeQuestionMatcher;
  readonly farewells: Farewells;
  readonly topicWords: TopicWords;
  readonly topicNodes: TopicNodes;
  /** Which of a topic's answers a follow-up asked inside it asks for. */
  readonly topicFollowUps: TopicFollowUps;
  /** Whole messages that are commands ("next", "where was i", a navigation button's label), normalised. */
  readonly commands: ReadonlyMap<string, CommandKey>;
  /** Topic titles (the buttons of suggestions and "did you mean"), as read without fillers, to their intents. */
  readonly titles: ReadonlyMap<string, string>;
  /** The topic a button's label names (`titles` of its core). */
  readonly topicOfLabel: (label: string) => string | undefined;
}

export function createContext(deps: TurnDeps): EngineContext {
  const answers = new AnswerReader(deps.content.responses.answers);
  const nodeQuestions = new NodeQuestionMatcher();
  const choices = new ChoiceReader(answers, nodeQuestions);
  // Readers that know nothing of each other ask the recognizer about the same text in one turn.
  const recognitions = new TurnMemo<IntentRecognition>();
  const courts = new CourtFinder(deps.content);
  const titles = new Map(deps.content.topics.map((topic) => [answers.core(topic.title), topic.intent]));
  // Which court a message names is no word of its topic (CourtFinder.withCourtAsKind).
  const recognize = (text: string) => recognitions.of(text, (said) => deps.recognize(courts.withCourtAsKind(said)));
  const asksToLink = (part: string) => {
    const reading = recognize(part);
    return reading.intent === deps.content.procedure.startIntent && isConfident(reading);
  };
  return {
    ...deps,
    recognize,
    answers,
    choices,
    told: new FactsTold(deps.content, answers, choices, asksToLink, (part) => {
      const reading = recognize(part);
      // A bare "ok," acknowledges; it neither thanks nor takes leave.
      return (reading.intent === THANKS_INTENT || reading.intent === GOODBYE_INTENT) && isConfident(reading) && !answers.isAcknowledgement(part);
    }),
    courts,
    nodeQuestions,
    farewells: new Farewells(deps.content.topics, GOODBYE_INTENT, answers),
    topicWords: new TopicWords(deps.content.topics),
    topicNodes: new TopicNodes(deps.content.topics),
    topicFollowUps: new TopicFollowUps(deps.content.topics),
    commands: commandIndex(deps.content.responses),
    titles,
    topicOfLabel: labelReader(deps.content, answers, titles),
  };
}

/**
 * What a button's label names, read as any text is (AnswerReader.core); the content's own labels (its buttons and
 * topic titles, offered on nearly every turn) are read once here rather than on every turn that offers them.
 */
function labelReader(content: Content, answers: AnswerReader, titles: ReadonlyMap<string, string>): (label: string) => string | undefined {
  const read = (label: string) => titles.get(answers.core(label));
  const ownLabels = [...Object.values(content.responses.buttons), ...content.topics.map((topic) => topic.title)];
  const known = new Map(ownLabels.map((label) => [label, read(label)]));
  return (label) => (known.has(label) ? known.get(label) : read(label));
}

function commandIndex(responses: Responses): Map<string, CommandKey> {
  const index = new Map<string, CommandKey>();
  for (const [key, phrases] of Object.entries(responses.commands) as [CommandKey, readonly string[]][]) {
    const label = (responses.buttons as Readonly<Record<string, string>>)[key];
    for (const phrase of [...phrases, ...(label ? [label] : [])]) index.set(commandKey(phrase), key);
  }
  return index;
}

/** A command's words without articles, so "go back a step" and "go back one step" are one command. */
export function commandKey(text: string): string {
  return commandKeyOfWords(normaliseText(text).split(' '));
}

/** commandKey of words normalised already (a message's `tokens`, or the answer reader's forms made of them). */
export function commandKeyOfWords(words: readonly string[]): string {
  return words.filter((word) => !ARTICLES.has(word)).join(' ');
}
const ARTICLES = new Set(['a', 'an', 'the', 'one']);
