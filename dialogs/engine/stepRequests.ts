import type { FlowNode, StepRequestWords } from '../content/types';
import { foldAccents } from '../content/normalise';
import { tokens } from './answerReader';
import { clauses } from './commandReader';
import type { EngineContext } from './context';
import { activeWalkthrough } from './questions';
import type { ConversationState, Position } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';

/** Words of a later step's own `done` a message must say to place the user there ("successfully linked"). */
const AHEAD_WORDS = 2;

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
    const steps = this.steps();
    const target = steps[number];
    if (!target) return undefined;
    const position: Position = { flowId: 'procedure', nodeId: target.id, history: this.historyTo(state.walkthrough?.history ?? [], steps, number) };
    if (target.say.includes('{court.') && this.tools.questions.courtUnknown(state)) {
      const there: ConversationState = { ...state, walkthrough: position, tree: undefined, stopped: false, interrupted: false, misses: 0 };
      return { state: there, said: [], question: this.tools.questions.court(), showsPlace: true, trace: { action: 'step' } };
    }
    return this.tools.walkthrough.show(state, position, { action: 'step' }, [], false);
  }

  /** "logged in", "names match, submitted": the user says they did the step on screen, so the walkthrough goes on. */
  done(state: ConversationState, text: string): Draft | undefined {
    const at = this.placeOf(state, text);
    const node = at && this.tools.view.node(at);
    if (!node || node.step === undefined) return undefined;
    const anyStep = this.ctx.content.responses.stepDone;
    // Anger says nothing of the step, though its words may ("I'm so done", "ya me cansé": ya is "done").
    const reports = partsOf(text).filter((part) => !this.ctx.isFrustrated?.(part));
    if (!reports.some((part) => this.ctx.nodeQuestions.saysDone(part, node, anyStep))) return undefined;
    return this.tools.walkthrough.navigate({ ...state, tree: undefined }, 'next', { action: 'step_done' });
  }

  /**
   * A user who says during the prerequisites, in a step's own words, that they did it ("done! it says successfully
   * linked") is ahead of the bot: the walkthrough goes to the step after that one, never back to a question.
   * Read before commands: "done" in such a message is that step's, not the place's.
   */
  ahead(state: ConversationState, text: string): Draft | undefined {
    const at = this.placeOf(state, text);
    const parts = partsOf(text);
    // Only from the questions before the steps: at a step, words of the next one ("ya entré" at step 1) are that
    // step done, which moves on one step all the same, and never past a warning.
    const here = at && this.tools.view.node(at);
    if (!at || !here || here.step !== undefined) return undefined;
    const there = this.doneAhead(at, parts);
    return there && this.tools.walkthrough.navigate({ ...state, tree: undefined, walkthrough: there }, 'next', { action: 'step_done' });
  }

  /**
   * "I already logged in with my PACER account, what do I click now?": a message the recognizer takes for the
   * walkthrough that says, in a step's own words, where the user is already: the step after that one, not the
   * walkthrough from its questions. What it asks is the walkthrough; only its sentences that ask nothing say where
   * the user is ("how do I log in with my PACER account?" has done nothing yet).
   */
  startedAhead(state: ConversationState, text: string): Draft | undefined {
    const at = activeWalkthrough(state, this.tools.view) ?? { flowId: 'procedure', nodeId: this.ctx.content.procedure.flow.start, history: [] };
    const told = clauses(text).filter((part) => !this.ctx.answers.isQuestion(part) && !part.endsWith('?'));
    const there = told.length > 0 ? this.doneAhead(at, told) : undefined;
    return there && this.tools.walkthrough.navigate({ ...state, tree: undefined, walkthrough: there }, 'next', { action: 'step_done' });
  }

  /**
   * At a side topic's question while the walkthrough waits at a step, a reply in that step's own words ("found it"
   * at step 3, after "the link isn't there") settles the side topic: the tree closes and the walkthrough goes on.
   */
  doneAtSideTopic(state: ConversationState, text: string): Draft | undefined {
    const at = state.tree && this.placeOf(state, text);
    const node = at && this.tools.view.node(at);
    if (!node || node.step === undefined || !partsOf(text).some((part) => this.ctx.nodeQuestions.saysDone(part, node, []))) return undefined;
    return this.tools.walkthrough.navigate({ ...state, tree: undefined }, 'next', { action: 'step_done' });
  }

  /** The walkthrough's place, for a message that reports rather than asks ("both names are mine, ok to press submit?" asks). */
  private placeOf(state: ConversationState, text: string): Position | undefined {
    if (this.ctx.answers.isQuestion(text) || text.endsWith('?')) return undefined;
    return activeWalkthrough(state, this.tools.view) || undefined;
  }

  /**
   * The first step after the place whose own words (its `done`, not the words for any step) a part of the message
   * says, as a position with the steps before it in its history. The first, not the last: where two steps share
   * words ("submitted" at steps 4 and 5), the earlier one never skips a warning the user has not seen.
   */
  private doneAhead(at: Position, parts: readonly string[]): Position | undefined {
    const steps = this.steps();
    const from = this.ctx.content.procedure.flow.nodes.get(at.nodeId)?.step ?? 0;
    const later = steps.findIndex((step) => step.step! > from);
    const found = later < 0 ? -1 : this.ctx.nodeQuestions.firstDone(parts, steps.slice(later), AHEAD_WORDS);
    if (found < 0) return undefined;
    const index = later + found;
    return { flowId: 'procedure', nodeId: steps[index]!.id, history: this.historyTo(at.history, steps, index) };
  }

  private steps(): FlowNode[] {
    return [...this.ctx.content.procedure.flow.nodes.values()].filter((node) => node.step !== undefined);
  }

  /** The prerequisites answered so far, then every step before the one at `index`. */
  private historyTo(history: readonly string[], steps: readonly FlowNode[], index: number): string[] {
    const { nodes } = this.ctx.content.procedure.flow;
    return [...history.filter((id) => nodes.get(id)?.step === undefined), ...steps.slice(0, index).map((node) => node.id)];
  }
}

/** The message and each of its clauses ("submitted, it says I successfully linked"). */
function partsOf(text: string): string[] {
  return [text, ...clauses(text)];
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
