import type { Choice, Content, Court, NavigationCommand, Topic } from '../content/types';
import { OUT_OF_SCOPE_INTENT } from '../content/loader';
import { containsSecret } from '../privacy/credentials';
import { findGlossaryTerm } from '../content/glossary';
import { courtButtons, courtPlaceholders, courtStillUnknown, matchCourt, resolveCourt } from './courtDirectory';
import { FlowView } from './flowView';
import type { Reply, TurnResult, TurnTrace } from './replies';
import type { ConversationState, Position } from './state';
import { matchesAny } from './textMatch';
import type { IntentRecognition, Recognize } from './engine';

export interface TurnDeps {
  readonly content: Content;
  readonly recognize: Recognize;
  readonly pinnedCourt?: Court;
  readonly helpDesk?: string;
  readonly maxMessageLength: number;
}

type Result = TurnResult<ConversationState>;
const NAVIGATION: readonly NavigationCommand[] = ['next', 'back', 'repeat', 'restart', 'stop', 'resume'];

/**
 * One turn of the conversation logic, free of any Bot Framework type: (state, text) -> (replies, buttons, new state).
 * Order of understanding: a court name (when none is pinned), a choice of the question on screen, a button label,
 * a navigation word, then the recognizer. Whole-message matching keeps "how do I go back to the login page" a question.
 */
export class Turn {
  private readonly content: Content;
  private readonly view: FlowView;

  constructor(private readonly deps: TurnDeps, private readonly initial: ConversationState) {
    this.content = deps.content;
    const court = resolveCourt(deps.content, deps.pinnedCourt, initial);
    this.view = new FlowView(deps.content, courtPlaceholders(deps.content, court, deps.helpDesk));
  }

  welcome(): Result {
    const start = this.topic(this.content.procedure.startIntent);
    return this.result(this.initial, [{ text: this.message('welcome') }], [start.title], { action: 'welcome' });
  }

  handle(rawText: string): Result {
    const state = this.initial;
    const text = rawText.trim();
    if (text.length === 0) return this.result(state, [{ text: this.message('pickAChoice') }], this.currentButtons(state), { action: 'empty' });
    if (text.length > this.deps.maxMessageLength) {
      return this.result(state, [{ text: this.message('tooLong') }], this.currentButtons(state), { action: 'too_long' });
    }
    if (containsSecret(text)) {
      return this.result(state, [{ text: this.message('credentialWarning') }], this.currentButtons(state), { action: 'credential_warning' });
    }
    return this.understand(state, text);
  }

  private understand(state: ConversationState, text: string): Result {
    const courtId = this.deps.pinnedCourt ? undefined : matchCourt(this.content, text);
    if (courtId !== undefined) return this.courtNamed(state, courtId);
    const focus = state.tree ?? state.walkthrough;
    const choice = focus && this.view.matchChoice(focus, text);
    if (focus && choice) return this.takeChoice(state, focus, choice);
    const titled = this.content.topics.find((topic) => matchesAny(text, [topic.title]));
    if (titled) return this.answer(state, titled.intent, { intent: titled.intent, score: 1, action: 'button' });
    if (matchesAny(text, [this.content.responses.buttons.somethingElse])) {
      return this.result(state, [{ text: this.message('rephrase') }], [], { action: 'rephrase' });
    }
    const command = this.matchCommand(state, text);
    if (command) return this.navigate(state, command);
    return this.recognized(state, this.deps.recognize(text), text);
  }

  private matchCommand(state: ConversationState, text: string): NavigationCommand | undefined {
    const { commands, buttons, choiceWords } = this.content.responses;
    const found = NAVIGATION.find((command) => matchesAny(text, [...commands[command], buttons[command]]));
    if (found) return found;
    // "Yes" right after "Would you like to go back to where you were?" accepts the offer.
    return state.interrupted && matchesAny(text, ['yes', ...(choiceWords.get('yes') ?? [])]) ? 'resume' : undefined;
  }

  private recognized(state: ConversationState, recognition: IntentRecognition, text: string): Result {
    const trace = { intent: recognition.intent, score: recognition.score, ranked: recognition.ranked.slice(0, 3) };
    if (recognition.ambiguous && recognition.ranked.length >= 2) {
      const options = recognition.ranked.slice(0, 2).map((scored) => this.topic(scored.intent).title);
      const buttons = [...options, this.content.responses.buttons.somethingElse];
      return this.result(state, [{ text: this.message('didYouMean') }], buttons, { ...trace, action: 'did_you_mean' });
    }
    if (recognition.intent === OUT_OF_SCOPE_INTENT) return this.outOfScope(state, trace);
    if (recognition.intent === this.content.glossary.intent) return this.explain(state, text, { ...trace, action: 'answer' });
    return this.answer(state, recognition.intent, { ...trace, action: 'answer' });
  }

  /** "What does NextGen mean?": the glossary's answer for the word named, else the glossary topic's own question. */
  private explain(state: ConversationState, text: string, trace: TurnTrace): Result {
    const term = findGlossaryTerm(this.content.glossary, text);
    if (!term) return this.answer(state, this.content.glossary.intent, trace);
    const start = this.view.start(this.content.glossary.intent);
    const position: Position = { ...start, nodeId: term.nodeId, history: [start.nodeId] };
    return this.showTopicNode({ ...state, misses: 0, tree: undefined }, position, trace);
  }

  private outOfScope(state: ConversationState, trace: Omit<TurnTrace, 'action'>): Result {
    const misses = state.misses + 1;
    const oos = this.view.start(OUT_OF_SCOPE_INTENT);
    const suggestions = this.suggestionTitles(oos);
    const replies = misses >= 2 ? [{ text: this.message('repeatedMiss') }] : [this.view.render(oos)];
    const resume = this.resumeOffer(state);
    const next: ConversationState = { ...state, misses };
    return this.result(next, [...replies, ...resume.replies], [...this.choiceLabels(state.tree), ...suggestions, ...resume.buttons],
      { ...trace, action: misses >= 2 ? 'repeated_miss' : 'out_of_scope' });
  }

  /** Answers a topic: starts the walkthrough, or shows the topic's first node (a tree waits for a choice). */
  private answer(state: ConversationState, intent: string, trace: TurnTrace): Result {
    const base: ConversationState = { ...state, misses: 0, tree: undefined };
    if (intent === this.content.procedure.startIntent) {
      if (state.walkthrough && !this.view.isTerminal(state.walkthrough)) return this.showWalkthrough(base, state.walkthrough, trace);
      const intro = this.view.render(this.view.start(intent));
      return this.showWalkthrough(base, this.view.start('procedure'), trace, [intro]);
    }
    return this.showTopicNode(base, this.view.start(intent), trace);
  }

  private showTopicNode(state: ConversationState, position: Position, trace: TurnTrace): Result {
    const shown = this.withCourtQuestion(state, position);
    const resume = this.resumeOffer(state);
    if (!this.view.isTerminal(position)) {
      const buttons = [...this.navigationButtons(position), ...shown.buttons, ...resume.buttons];
      return this.result({ ...state, tree: position }, shown.replies, buttons, trace);
    }
    const next: ConversationState = { ...state, tree: undefined, interrupted: resume.replies.length > 0 };
    const offerHandoff = this.view.node(position).handoff || undefined;
    return this.result(next, [...shown.replies, ...resume.replies], [...this.suggestionTitles(position), ...shown.buttons, ...resume.buttons],
      { ...trace, offerHandoff });
  }

  /** A node's reply, followed by "Which court is this for?" when its answer depends on a court not yet known. */
  private withCourtQuestion(state: ConversationState, position: Position): { replies: Reply[]; buttons: string[] } {
    const reply = this.view.render(position);
    // A question on screen keeps its own buttons; the court is asked with answers and steps, where it matters.
    const asks = this.view.node(position).ask !== undefined;
    if (asks || !this.view.dependsOnCourt(position) || !courtStillUnknown(this.content, this.deps.pinnedCourt, state)) {
      return { replies: [reply], buttons: [] };
    }
    return { replies: [reply, { text: this.message('whichCourt') }], buttons: courtButtons(this.content) };
  }

  /** The user named a court: remember it and show again what they were looking at, now with that court's details. */
  private courtNamed(state: ConversationState, courtId: string): Result {
    const next: ConversationState = { ...state, courtId };
    const turn = new Turn(this.deps, next);
    const focus = next.tree ?? next.walkthrough;
    const noted = { text: turn.message('courtNoted') };
    const trace: TurnTrace = { action: 'court', intent: courtId };
    if (!focus) return turn.result(next, [noted, { text: turn.message('anythingElse') }], [], trace);
    const shown = turn.moveTo(next, focus, trace);
    return { ...shown, replies: [noted, ...shown.replies] };
  }

  private showWalkthrough(state: ConversationState, position: Position, trace: TurnTrace, before: Reply[] = []): Result {
    const shown = this.withCourtQuestion(state, position);
    const replies = [...before, ...shown.replies];
    const node = this.view.node(position);
    if (this.view.isTerminal(position) && node.step !== undefined) replies.push({ text: this.message('walkthroughFinished') });
    const next: ConversationState = { ...state, walkthrough: position, tree: undefined, interrupted: false };
    const buttons = this.view.isTerminal(position)
      ? [...this.suggestionTitles(position), ...this.labels(['back', 'restart'])]
      : this.navigationButtons(position);
    return this.result(next, replies, [...buttons, ...shown.buttons], trace);
  }

  private takeChoice(state: ConversationState, focus: Position, choice: Choice): Result {
    const trace: TurnTrace = { action: 'choice' };
    const base: ConversationState = { ...state, misses: 0 };
    switch (choice.target.kind) {
      case 'topic':
        return this.answer(base, choice.target.intent, { ...trace, intent: choice.target.intent, score: 1 });
      case 'end':
        return this.navigate(base, 'stop');
      case 'node': {
        const position: Position = { flowId: focus.flowId, nodeId: choice.target.nodeId, history: [...focus.history, focus.nodeId] };
        return this.moveTo(base, position, trace);
      }
    }
  }

  private moveTo(state: ConversationState, position: Position, trace: TurnTrace): Result {
    return position.flowId === 'procedure' ? this.showWalkthrough(state, position, trace) : this.showTopicNode(state, position, trace);
  }

  private navigate(state: ConversationState, command: NavigationCommand): Result {
    const trace: TurnTrace = { action: command };
    const focus = state.tree ?? state.walkthrough;
    if (command === 'restart') return this.answer({ ...state, walkthrough: undefined }, this.content.procedure.startIntent, trace);
    if (command === 'resume' && state.walkthrough && (state.interrupted || state.tree)) {
      return this.showWalkthrough(state, state.walkthrough, trace);
    }
    if (!focus) {
      if (command === 'resume') return this.answer(state, this.content.procedure.startIntent, trace);
      return this.result(state, [{ text: this.message('anythingElse') }], [this.topic(this.content.procedure.startIntent).title], trace);
    }
    if (command === 'stop') return this.stop(state);
    if (command === 'repeat') return this.moveTo(state, focus, trace);
    if (command === 'back') return this.back(state, focus, trace);
    return this.forward(state, focus, trace);
  }

  private forward(state: ConversationState, focus: Position, trace: TurnTrace): Result {
    const node = this.view.node(focus);
    if (node.next !== undefined) {
      return this.moveTo(state, { flowId: focus.flowId, nodeId: node.next, history: [...focus.history, focus.nodeId] }, trace);
    }
    if (node.ask !== undefined) {
      return this.result(state, [{ text: this.message('pickAChoice') }, this.view.render(focus)], this.navigationButtons(focus), trace);
    }
    const message = focus.flowId === 'procedure' ? 'walkthroughFinished' : 'anythingElse';
    return this.result({ ...state, tree: undefined }, [{ text: this.message(message) }], this.suggestionTitles(focus), trace);
  }

  private back(state: ConversationState, focus: Position, trace: TurnTrace): Result {
    const previous = focus.history[focus.history.length - 1];
    if (previous === undefined) {
      return this.result(state, [{ text: this.message('nothingToGoBackTo' ) }, this.view.render(focus)], this.navigationButtons(focus), trace);
    }
    return this.moveTo(state, { flowId: focus.flowId, nodeId: previous, history: focus.history.slice(0, -1) }, trace);
  }

  private stop(state: ConversationState): Result {
    if (state.tree) {
      const cleared: ConversationState = { ...state, tree: undefined };
      const resume = this.resumeOffer(cleared);
      const replies = resume.replies.length > 0 ? resume.replies : [{ text: this.message('anythingElse') }];
      return this.result({ ...cleared, interrupted: resume.replies.length > 0 }, replies, resume.buttons, { action: 'stop' });
    }
    const next: ConversationState = { ...state, walkthrough: undefined, interrupted: false };
    return this.result(next, [{ text: this.message('walkthroughStopped') }], [this.topic(this.content.procedure.startIntent).title], { action: 'stop' });
  }

  /** After an answer given mid-walkthrough: offer to go back to the same place. */
  private resumeOffer(state: ConversationState): { replies: Reply[]; buttons: string[] } {
    const at = state.walkthrough;
    if (!at || this.view.isTerminal(at)) return { replies: [], buttons: [] };
    const text = this.view.fill(this.message('resumeOffer'), { title: this.view.describe(at), step: this.view.node(at).step });
    return { replies: [{ text }], buttons: [this.content.responses.buttons.resume] };
  }

  private navigationButtons(position: Position): string[] {
    const node = this.view.node(position);
    if (node.ask !== undefined) return node.choices.map((choice) => choice.label);
    const commands: NavigationCommand[] = ['next', ...(position.history.length > 0 ? ['back' as const] : []), 'repeat', 'stop'];
    return this.labels(commands);
  }

  private currentButtons(state: ConversationState): string[] {
    const focus = state.tree ?? state.walkthrough;
    return focus && !this.view.isTerminal(focus) ? this.navigationButtons(focus) : [];
  }

  private choiceLabels(position: Position | undefined): string[] {
    return position ? this.view.node(position).choices.map((choice) => choice.label) : [];
  }

  private suggestionTitles(position: Position): string[] {
    return this.view.node(position).suggest.map((intent) => this.topic(intent).title);
  }

  private labels(commands: readonly NavigationCommand[]): string[] {
    return commands.map((command) => this.content.responses.buttons[command]);
  }

  private topic(intent: string): Topic {
    const topic = this.content.topicsByIntent.get(intent);
    if (!topic) throw new Error(`No topic for intent "${intent}"`);
    return topic;
  }

  message(key: keyof Content['responses']['messages']): string {
    return this.view.fill(this.content.responses.messages[key]);
  }

  result(state: ConversationState, replies: readonly Reply[], buttons: readonly string[], trace: TurnTrace): Result {
    return { state, replies, buttons: [...new Set(buttons)], trace };
  }
}
