import type { Choice, Content, NavigationCommand } from '../content/types';
import type { EngineContext } from './context';
import { withFactsOf } from './factsTold';
import type { FlowView } from './flowView';
import type { Said, Draft } from './turnShape';
import type { TurnTrace } from './replies';
import type { ConversationState, Position } from './state';

type Trace = Draft['trace'];

/** Each content's choices of the questions before the steps that go on along the walkthrough (walkthrough.mostAnswered). */
const PREREQUISITE_CHOICES = new WeakMap<Content, readonly Choice[]>();

/** The most questions before the steps that "continue" answers with their assumed answer (walkthrough.resume). */
const ASSUMED_ON_GOING_ON = 1;

/**
 * The guided walkthrough and the position inside an open troubleshooting tree: start, show, the navigation
 * commands, stop and resume. The walkthrough's position is kept through every interruption; "continue" shows the
 * same node again, "next" / "back" move from it.
 */
export class Walkthrough {
  constructor(private readonly ctx: EngineContext, private readonly view: FlowView) {}

  /**
   * Starts the walkthrough, or shows it again where it waits (a second "how do I link" must not start over).
   * `assumeUnasked`: the questions the user's facts leave open take their `assumed` answer, said so (factsTold.ts), once
   * the user has answered most of them (`mostAnswered`); else the next one is asked.
   */
  start(state: ConversationState, trace: Trace, before: readonly Said[] = [], assumeUnasked = false): Draft {
    if (state.walkthrough && !this.view.isTerminal(state.walkthrough)) return this.show(state, state.walkthrough, trace, before, true, assumeUnasked);
    // The procedure's first node says what linking is; the start topic's own answer would only say it again.
    const { startIntent } = this.ctx.content.procedure;
    return this.show({ ...state, walkthrough: undefined }, this.view.start('procedure'), { ...trace, topic: startIntent }, before, true, assumeUnasked);
  }

  /** Puts the walkthrough at `position` and shows that node (its question, if any, is asked by the turn's shape). */
  /** `skipAnswered`: go on past questions the user already answered elsewhere (not when going back to them). */
  /**
   * `assumeUnasked`: the questions no fact answers take their `assumed` answers, once the user has answered at least
   * as many of the questions as would be assumed (`mostAnswered`); `'always'`: whatever was answered ("done" at one).
   */
  show(state: ConversationState, shown: Position, trace: Trace, before: readonly Said[] = [], skipAnswered = true, assumeUnasked: boolean | 'always' = false): Draft {
    const facts = state.facts ?? [];
    const guessed = skipAnswered && assumeUnasked ? this.pastKnownFacts(shown, facts, true) : undefined;
    const assume = guessed !== undefined && (assumeUnasked === 'always' || this.mostAnswered(facts, guessed.assumed.length));
    const { at: position, taken, assumed } = !skipAnswered ? { at: shown, taken: [], assumed: [] }
      : assume ? guessed! : this.pastKnownFacts(shown, facts, false);
    const node = this.view.node(position);
    const terminal = this.view.isTerminal(position);
    // The questions passed over are said in one line, so a wrong guess can be undone ("back").
    const said: Said[] = [...before, ...this.passedOver(taken, assumed), { reply: this.view.render(position), ...(node.step === undefined ? { from: { position, part: 0 } } : {}) }];
    if (terminal && node.step !== undefined) said.push({ reply: { text: this.message('walkthroughFinished') } });
    const next: ConversationState = { ...withFactsOf(state, assumed), walkthrough: position, tree: undefined, stopped: false, interrupted: false, misses: 0 };
    const buttons = terminal ? [...this.suggestions(position), ...this.labels(['back', 'restart'])] : this.navigationButtons(position);
    const kind = node.step !== undefined ? 'step' : terminal ? 'walkthrough_done' : undefined;
    return { state: next, said, buttons, showsPlace: true, trace: { ...trace, node: nodeName(position), ...(kind ? { kind } : {}) } };
  }

  /**
   * A fact the user just gave inside a side topic ("yes, it's live" in the court_not_live tree) answers the
   * walkthrough's waiting question too: the walkthrough goes on past it, so that question is not asked again.
   */
  skipAnswered(state: ConversationState): ConversationState {
    const at = state.walkthrough;
    if (!at || state.stopped || this.view.isTerminal(at)) return state;
    const past = this.pastKnownFacts(at, state.facts ?? [], false).at;
    return past === at ? state : { ...state, walkthrough: past };
  }

  /**
   * A question whose answer the user already gave elsewhere (a fact) is answered for them: go on past it. `taken`:
   * the answers taken on the way; `assumed`: with `assume`, the `assumed` answers of the questions no fact answered.
   */
  private pastKnownFacts(position: Position, facts: readonly string[], assume: boolean): { at: Position; taken: Choice[]; assumed: Choice[] } {
    let at = position;
    const taken: Choice[] = [];
    const assumed: Choice[] = [];
    for (let guard = 0; guard < this.view.flow(at.flowId).nodes.size; guard += 1) {
      const { choices } = this.view.node(at);
      const known = choices.find((choice) => choice.fact && facts.includes(choice.fact));
      const guessed = known || !assume ? undefined : choices.find((choice) => choice.assumed);
      const chosen = known ?? guessed;
      if (chosen?.target.kind !== 'node') break;
      (known ? taken : assumed).push(chosen);
      at = { flowId: at.flowId, nodeId: chosen.target.nodeId, history: [...at.history, at.nodeId] };
    }
    return { at, taken, assumed };
  }

  /**
   * Whether the user has answered at least as many of the walkthrough's questions before the steps as `guessed` would
   * be assumed: "ED Virginia, live, own upgraded PACER from 2017, let's go" (two answered, two assumed) goes on to the
   * steps; "I have my own ECF login, need to link it" (one answered, two open) or "ok let's do the linking" after one
   * answer is asked the next question. An answer that only follows from another one told (content's `implies`: a
   * CM/ECF login there makes an e-filer there) is not counted again.
   */
  private mostAnswered(facts: readonly string[], guessed: number): boolean {
    const known = this.prerequisiteChoices().filter((choice) => choice.fact !== undefined && facts.includes(choice.fact));
    const implied = new Set(known.flatMap((choice) => choice.implies ?? []));
    const answered = new Set(known.map((choice) => choice.fact!).filter((fact) => !implied.has(fact)));
    return answered.size >= guessed;
  }

  /** The walkthrough's questions' choices that go on along it (each with its `fact`), once per content. */
  private prerequisiteChoices(): readonly Choice[] {
    let choices = PREREQUISITE_CHOICES.get(this.ctx.content);
    if (!choices) {
      choices = [...this.ctx.content.procedure.flow.nodes.values()]
        .filter((node) => node.step === undefined).flatMap((node) => node.choices).filter((choice) => choice.fact !== undefined && choice.target.kind === 'node');
      PREREQUISITE_CHOICES.set(this.ctx.content, choices);
    }
    return choices;
  }

  /**
   * "ok" at a question before the steps: its `assumed` answer taken (only this question's), said so with how to undo
   * it, and the walkthrough goes on past what the user already told. Undefined when the question assumes nothing.
   */
  assumeAnswer(state: ConversationState, focus: Position, trace: Trace): Draft | undefined {
    const choice = this.view.node(focus).choices.find((candidate) => candidate.assumed);
    if (choice?.target.kind !== 'node') return undefined;
    const after: Position = { flowId: focus.flowId, nodeId: choice.target.nodeId, history: [...focus.history, focus.nodeId] };
    const agreed = withFactsOf(state, [choice]);
    const { at, taken } = this.pastKnownFacts(after, agreed.facts ?? [], false);
    return this.show(agreed, at, trace, this.passedOver(taken, [choice]), false);
  }

  /** The line saying which answers were taken from what the user told, and which were assumed, with how to undo them. */
  private passedOver(taken: readonly Choice[], assumed: readonly Choice[]): Said[] {
    if (taken.length === 0 && assumed.length === 0) return [];
    const quoted = (choices: readonly Choice[]) => choices.map((choice) => `"${choice.label}"`).join(', ');
    const { factsTaken, factsTakenAndAssumed, answerAssumed } = this.ctx.content.responses.messages;
    const text = assumed.length === 0 ? this.view.fill(factsTaken, { answer: quoted(taken) })
      : taken.length === 0 ? this.view.fill(answerAssumed, { answer: quoted(assumed) })
      : this.view.fill(factsTakenAndAssumed, { answer: quoted(taken), assumed: quoted(assumed) });
    return [{ reply: { text } }];
  }

  /** Shows a node of an open tree (a topic's flow); a tree that ends here closes. */
  showTreeNode(state: ConversationState, position: Position, trace: Trace): Draft {
    const terminal = this.view.isTerminal(position);
    const node = this.view.node(position);
    const said: Said[] = [{ reply: this.view.render(position), from: { position, part: 0 } }];
    const next: ConversationState = { ...state, tree: terminal ? undefined : position, misses: 0 };
    const kind = terminal ? 'answer' : undefined;
    const offer: Partial<TurnTrace> = terminal && node.handoff ? { offerHandoff: true } : {};
    return { state: next, said, buttons: terminal ? this.suggestions(position) : [],
      trace: { ...trace, topic: position.flowId, node: nodeName(position), ...(kind ? { kind } : {}), ...offer } };
  }

  /**
   * A choice of an open tree's question taken for the user (what they said answers it): its node, or its topic
   * (`topic`), the fact it establishes kept (and passed over in the walkthrough); undefined for a choice that ends.
   */
  takeTreeChoice(state: ConversationState, at: Position, choice: Choice, trace: Trace, topic: (state: ConversationState, intent: string) => Draft): Draft | undefined {
    const base = this.skipAnswered(withFactsOf(state, [choice]));
    if (choice.target.kind === 'topic') return topic(base, choice.target.intent);
    if (choice.target.kind !== 'node') return undefined;
    return this.showTreeNode(base, { flowId: at.flowId, nodeId: choice.target.nodeId, history: [...at.history, at.nodeId] }, trace);
  }

  moveTo(state: ConversationState, position: Position, trace: Trace): Draft {
    return position.flowId === 'procedure' ? this.show(state, position, trace) : this.showTreeNode(state, position, trace);
  }

  navigate(state: ConversationState, command: Exclude<NavigationCommand, 'restart' | 'stop' | 'resume'>, trace: Trace): Draft | undefined {
    const focus = this.focusFor(state, command);
    if (!focus) return undefined;
    const base: ConversationState = focus.flowId === 'procedure' ? { ...state, tree: undefined } : state;
    // The same node again, even a question whose answer is known now (the user went back to it to see it).
    if (command === 'repeat') return focus.flowId === 'procedure' ? this.show(base, focus, trace, [], false) : this.showTreeNode(base, focus, trace);
    if (command === 'back') return this.back(base, focus, trace);
    return this.forward(base, focus, trace);
  }

  /**
   * "continue": the same place after anything came between (a side answer, "stop", an open tree); at a step card
   * with nothing between, it means go on (`mayGoOn`; "where was I" never does). `pastQuestions`: the message asks to
   * go on in so many words ("ok im here again, continue", not "I'm back" alone), and no side answer came between.
   */
  resume(state: ConversationState, trace: Trace, mayGoOn = true, pastQuestions = false): Draft {
    const at = state.walkthrough;
    // Not in the walkthrough: where the user is, is the question waiting (asked again by the turn's shape), if any.
    if (!at) return state.tree || state.pending || state.handoff ? { state, said: [], trace } : this.start(state, trace);
    // "continue" said at a question before the steps, with nothing between (`pastQuestions`; no stop, no open tree),
    // once the user has told what the questions ask but one: the questions are advice, not a gate, and the user goes
    // on to the steps as "next" does there (the open question takes its assumed answer, said so). After a side answer
    // or a stop, or with more left open, it is the place again: the questions go on.
    const node = this.view.node(at);
    const goesOn = pastQuestions && !state.stopped && !state.tree && node.step === undefined && node.ask !== undefined;
    if (goesOn && this.pastKnownFacts(at, state.facts ?? [], true).assumed.length <= ASSUMED_ON_GOING_ON) return this.forward({ ...state, tree: undefined }, at, trace);
    const uninterrupted = mayGoOn && !state.interrupted && !state.stopped && !state.tree && node.step !== undefined;
    return uninterrupted && !this.view.isTerminal(at) ? this.forward(state, at, trace) : this.show(state, at, trace);
  }

  /** From the beginning, answers forgotten: the user may answer differently this time. */
  restart(state: ConversationState, trace: Trace): Draft {
    return this.start({ ...state, walkthrough: undefined, tree: undefined, facts: undefined }, trace);
  }

  /**
   * Stops the open tree, else the walkthrough (whose place is kept for "continue"). A user `leaving` for now ("I'll
   * finish this tomorrow" at a side topic's question) leaves both: the walkthrough stops too, and nothing is asked.
   */
  stop(state: ConversationState, trace: Trace, leaving = false): Draft {
    const stopped = { ...trace, kind: 'stopped' as const };
    const treeOnly = state.tree && !(leaving && state.walkthrough && !state.stopped);
    if (treeOnly) return { state: { ...state, tree: undefined }, said: [{ reply: { text: this.message('treeStopped') } }], trace: stopped };
    if (!state.walkthrough || state.stopped) return { state, said: [{ reply: { text: this.message('anythingElse') } }], trace: stopped };
    const next: ConversationState = { ...state, tree: undefined, stopped: true, interrupted: false };
    // Stopped at a step, the step is named: where "continue" comes back to. Leaving for a while in words of one's
    // own ("brb, phone's ringing") is a pause: take your time, the place is kept.
    const at = state.walkthrough;
    const step = this.view.node(at).step;
    const text = step === undefined ? this.message(leaving ? 'walkthroughPaused' : 'walkthroughStopped')
      : this.view.fill(this.ctx.content.responses.messages[leaving ? 'walkthroughPausedAt' : 'walkthroughStoppedAt'], { step, title: this.view.describe(at) });
    return { state: next, said: [{ reply: { text } }], quiet: true, buttons: this.labels(['resume']), trace: stopped };
  }

  /** Next / back / repeat act on the open tree while it can move, else on the walkthrough's kept place. */
  private focusFor(state: ConversationState, command: string): Position | undefined {
    const tree = state.tree;
    const treeMoves = tree && (command === 'repeat' || (command === 'back' ? tree.history.length > 0 : this.view.node(tree).next !== undefined));
    return treeMoves ? tree : state.walkthrough;
  }

  private forward(state: ConversationState, focus: Position, trace: Trace): Draft {
    const node = this.view.node(focus);
    if (node.next !== undefined) {
      return this.moveTo(state, { flowId: focus.flowId, nodeId: node.next, history: [...focus.history, focus.nodeId] }, trace);
    }
    if (node.ask !== undefined) return this.pastQuestion(state, focus, trace);
    const said: Said[] = [{ reply: { text: this.message(focus.flowId === 'procedure' ? 'walkthroughFinished' : 'anythingElse') } }];
    return { state: { ...state, tree: undefined }, said, buttons: this.suggestions(focus), trace: { ...trace, kind: 'walkthrough_done' } };
  }

  /**
   * "next" / "done" at a question instead of an answer. The gate's rule: an answer the user gave before (they went
   * back to the question) is taken again, and the next question is asked; else the user is skipping the questions:
   * this one and every later one that no fact answers take their `assumed` answer (content marks it only where a
   * wrong guess shows itself at a step before anything permanent), said in one line with how to change it, so "done"
   * at any prerequisite reaches the first step and never loops; a question with neither is asked again.
   */
  private pastQuestion(state: ConversationState, focus: Position, trace: Trace): Draft {
    const choices = this.view.node(focus).choices.filter((choice) => choice.target.kind === 'node');
    const given = choices.find((choice) => choice.fact !== undefined && state.facts?.includes(choice.fact));
    const taken = given ?? choices.find((choice) => choice.assumed);
    if (taken?.target.kind !== 'node') {
      return { state: { ...state, stopped: false }, said: [{ reply: { text: this.message('pickAChoice') } }], showsPlace: true, trace };
    }
    if (given || focus.flowId !== 'procedure') {
      return this.moveTo(state, { flowId: focus.flowId, nodeId: taken.target.nodeId, history: [...focus.history, focus.nodeId] }, trace);
    }
    const shown = this.show(state, focus, trace, [], true, 'always');
    return { ...shown, trace: { ...shown.trace, action: 'assumed' } };
  }

  private back(state: ConversationState, focus: Position, trace: Trace): Draft {
    const previous = focus.history[focus.history.length - 1];
    if (previous === undefined) {
      const shown = this.moveTo(state, focus, trace);
      return { ...shown, said: [{ reply: { text: this.message('nothingToGoBackTo') } }, ...shown.said] };
    }
    const position: Position = { flowId: focus.flowId, nodeId: previous, history: focus.history.slice(0, -1) };
    return position.flowId === 'procedure' ? this.show(state, position, trace, [], false) : this.showTreeNode(state, position, trace);
  }

  private navigationButtons(position: Position): string[] {
    if (this.view.node(position).ask !== undefined) return [];
    return this.labels(['next', ...(position.history.length > 0 ? ['back' as const] : []), 'repeat', 'stop']);
  }

  suggestions(position: Position): string[] {
    return this.view.node(position).suggest.flatMap((intent) => this.ctx.content.topicsByIntent.get(intent)?.title ?? []);
  }

  private labels(commands: readonly NavigationCommand[]): string[] {
    return commands.map((command) => this.ctx.content.responses.buttons[command]);
  }

  private message(key: keyof EngineContext['content']['responses']['messages']): string {
    return this.view.fill(this.ctx.content.responses.messages[key]);
  }
}

export function nodeName(position: Position): string {
  return `${position.flowId}/${position.nodeId}`;
}
