import type { StepRequestWords } from '../content/types';
import { foldAccents } from '../content/normalise';
import { tokens } from './answerReader';
import { clauses } from './commandReader';
import type { EngineContext } from './context';
import { activeWalkthrough } from './questions';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';

/** What a user says about the walkthrough's steps in their own words: a step asked for by number, a step done. */
export class StepRequests {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools) {}

  /**
   * "what's step 1?", "skip ahead to step 3", "I'm on step 3": that step, whatever the walkthrough's place (a
   * prerequisite question is not in the way: the user says where they are). A step that names the user's court
   * (its address) asks which court first, once, with the walkthrough already there: the court's answer shows it.
   */
  jump(state: ConversationState, text: string): Draft | undefined {
    const number = requestedStep(this.ctx, text);
    if (number === undefined) return undefined;
    const { procedure } = this.ctx.content;
    const steps = [...procedure.flow.nodes.values()].filter((node) => node.step !== undefined);
    const target = steps[number];
    if (!target) return undefined;
    const before = (state.walkthrough?.history ?? []).filter((id) => procedure.flow.nodes.get(id)?.step === undefined);
    const history = [...before, ...steps.slice(0, number).map((node) => node.id)];
    const position: Position = { flowId: 'procedure', nodeId: target.id, history };
    if (target.say.includes('{court.') && this.tools.questions.courtUnknown(state)) {
      const there: ConversationState = { ...state, walkthrough: position, tree: undefined, stopped: false, interrupted: false, misses: 0 };
      return { state: there, said: [], question: this.tools.questions.court(), showsPlace: true, trace: { action: 'step' } };
    }
    return this.tools.walkthrough.show(state, position, { action: 'step' }, [], false);
  }

  /** "logged in", "names match, submitted": the user says they did the step on screen, so the walkthrough goes on. */
  done(state: ConversationState, text: string): Draft | undefined {
    const at = activeWalkthrough(state, this.tools.view);
    const node = at && this.tools.view.node(at);
    // "both names are mine, ok to press submit?" asks before doing: a question mark is enough to hold back.
    if (!node || node.step === undefined || this.ctx.answers.isQuestion(text) || text.endsWith('?')) return undefined;
    const parts = [text, ...clauses(text)];
    const anyStep = this.ctx.content.responses.stepDone;
    if (!parts.some((part) => this.ctx.nodeQuestions.saysDone(part, node, anyStep))) return undefined;
    return this.tools.walkthrough.navigate({ ...state, tree: undefined }, 'next', { action: 'step_done' });
  }
}

interface Vocabulary { readonly step: ReadonlySet<string>; readonly around: ReadonlySet<string> }

const vocabularies = new WeakMap<StepRequestWords, Vocabulary>();

/**
 * The step a message asks for by its number, 0-based ("what's step 1?", "skip ahead to step 3, I'm already logged
 * in", "estoy en el paso 2"): a sentence of it holds the step's word and a number, and nothing else but the content's
 * `stepRequest.words`. A sentence with any other word ("is step 5 permanent?") is a question about the step.
 */
function requestedStep(ctx: EngineContext, text: string): number | undefined {
  const request = ctx.content.responses.stepRequest;
  if (!request) return undefined;
  const vocabulary = vocabularyOf(request);
  const total = ctx.content.procedure.totalSteps;
  for (const sentence of [text, ...clauses(text)]) {
    const words = tokens(foldAccents(sentence));
    const at = words.findIndex((word) => vocabulary.step.has(word));
    const number = at < 0 ? undefined : stepNumber(ctx, words[at + 1], total);
    if (number === undefined) continue;
    if (words.every((word, i) => i === at || i === at + 1 || vocabulary.around.has(word))) return number;
  }
  return undefined;
}

/** "3", "three", "third" (the answer words' ordinals); "one" points at a button elsewhere, so it is read here. */
function stepNumber(ctx: EngineContext, word: string | undefined, total: number): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word) >= 1 && Number(word) <= total ? Number(word) - 1 : undefined;
  return word === 'one' || word === 'uno' ? 0 : ctx.answers.position(word, total);
}

function vocabularyOf(request: StepRequestWords): Vocabulary {
  let vocabulary = vocabularies.get(request);
  if (!vocabulary) {
    const words = (list: readonly string[]) => new Set(list.flatMap((word) => tokens(foldAccents(word))));
    vocabulary = { step: words(request.step), around: words(request.words) };
    vocabularies.set(request, vocabulary);
  }
  return vocabulary;
}
