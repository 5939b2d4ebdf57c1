import type { LabelledExample } from '../../nlu/recognizer';
import type { ProposalPlan } from './plan';

/** A recognizer as far as the figures need it. */
export type Classify = (text: string) => string;
export type Train = (examples: readonly LabelledExample[]) => Classify;

export interface Accuracy {
  readonly correct: number;
  readonly total: number;
}

export interface ProposalFigures {
  /** The held-out set (messages written apart from content/): does the change cost the other topics anything? */
  readonly heldoutBefore: Accuracy;
  readonly heldoutAfter: Accuracy;
  /**
   * The proposal's own questions, each half recognised by a recognizer trained with the other half only (so no
   * question is scored by a model that saw it): before, how many the current recognizer files under the topic.
   */
  readonly themeBefore: Accuracy;
  readonly themeAfter?: Accuracy;
}

export interface FigureInputs {
  readonly examples: readonly LabelledExample[];
  readonly heldout: readonly LabelledExample[];
  /** Intents the held-out set knows; any other prediction counts as out of scope (as `nlu eval` scores). */
  readonly scoredIntents: ReadonlySet<string>;
  readonly outOfScopeIntent: string;
  readonly train: Train;
  /** The current recognizer (trained on `examples`) and its held-out accuracy, shared by every proposal. */
  readonly current: Classify;
  readonly currentHeldout: Accuracy;
}

export function heldoutAccuracy(classify: Classify, inputs: Pick<FigureInputs, 'heldout' | 'scoredIntents' | 'outOfScopeIntent'>): Accuracy {
  const scored = (intent: string) => (inputs.scoredIntents.has(intent) ? intent : inputs.outOfScopeIntent);
  const correct = inputs.heldout.filter((example) => scored(classify(example.text)) === scored(example.intent)).length;
  return { correct, total: inputs.heldout.length };
}

/** Trains the recognizer with the proposal applied (three times: once whole, once per half of its questions). */
export function measureProposal(plan: ProposalPlan, inputs: FigureInputs): ProposalFigures {
  const added = plan.questions.map((question) => ({ text: question.text, intent: plan.intent }));
  const after = inputs.train([...inputs.examples, ...added]);
  const themeBefore = count(added, (text) => inputs.current(text) === plan.intent);
  const halves = [added.filter((_, index) => index % 2 === 0), added.filter((_, index) => index % 2 === 1)];
  const themeAfter = halves[1]!.length === 0 ? undefined : sum(halves.map((half, index) => {
    const trainedOnOther = inputs.train([...inputs.examples, ...halves[1 - index]!]);
    return count(half, (text) => trainedOnOther(text) === plan.intent);
  }));
  return { heldoutBefore: inputs.currentHeldout, heldoutAfter: heldoutAccuracy(after, inputs), themeBefore, themeAfter };
}

function count(examples: readonly LabelledExample[], right: (text: string) => boolean): Accuracy {
  return { correct: examples.filter((example) => right(example.text)).length, total: examples.length };
}

function sum(parts: readonly Accuracy[]): Accuracy {
  return parts.reduce((total, part) => ({ correct: total.correct + part.correct, total: total.total + part.total }), { correct: 0, total: 0 });
}

/** "412/500 (82.4 %)". */
export function formatAccuracy(accuracy: Accuracy): string {
  const share = accuracy.total > 0 ? ` (${(100 * accuracy.correct / accuracy.total).toFixed(1)} %)` : '';
  return `${accuracy.correct}/${accuracy.total}${share}`;
}
