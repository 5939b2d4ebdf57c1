import type { Choice, Content, FlowNode } from '../content/types';
import { tokens, type AnswerReader } from './answerReader';
import type { ChoiceReader } from './choiceReader';
import { takeChoice } from './pendingReply';
import { activeWalkthrough } from './questions';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';

/** Turns whose own reading gives way to what the message told ("Sorry, I didn't catch that" and the like). */
const UNPLACED = new Set(['didnt_catch', 'out_of_scope']);

const RECENT_TEXTS = 4;

/** Words this short ("it", "was", "than") say nothing about what a date is the date of. */
const SUBJECT_WORD_LETTERS = 4;

/**
 * Facts said before they are asked ("Court: Bankr. S.D.N.Y. It's live. My PACER account is upgraded (created 2018).
 * I have my old ECF login"): each clause of a message that asks nothing is read against every question of the
 * walkthrough before the steps, in that question's own words (content's choice labels and `also`, and a date in a
 * clause that names what the dated choices are about: "made", "account"), never by a bare yes / no, which answers
 * only the question on screen. A stated choice with a `fact` is kept for its question, which is then passed over
 * (walkthrough.ts); a stated choice that leaves the path (an account made in 2012, a court not live yet) is taken
 * when the walkthrough reaches its question, or answered when the message placed nothing else.
 */
export class FactsTold {
  /** The last messages read: a turn reads its message (and its opening clause) several times. */
  private readonly recent = new Map<string, ReadonlyMap<string, Choice>>();

  /** The walkthrough's questions before the steps, and for each the words that say what its dates are about. */
  private readonly nodes: readonly { readonly node: FlowNode; readonly subject: ReadonlySet<string> }[];

  /** Built once per engine (the turn path is hot): the nodes and their words are content's, which never changes. */
  constructor(content: Content, private readonly answers: AnswerReader, private readonly choices: ChoiceReader) {
    this.nodes = [...content.procedure.flow.nodes.values()]
      .filter((node) => node.step === undefined && node.choices.length > 0)
      .map((node) => ({ node, subject: this.subjectOf(node) }));
  }

  /** The choice each prerequisite question's answer takes, by node id, as the message states them. */
  read(text: string): ReadonlyMap<string, Choice> {
    const known = this.recent.get(text);
    if (known) return known;
    const stated = new Map<string, Choice | null>();
    for (const clause of markedClauses(text)) {
      if (this.answers.isQuestion(clause)) continue;
      // A clause that opens with a no or a not sure ("no me acuerdo de la contraseña vieja") states no yes of the path.
      const opening = this.answers.polarity(clause)?.polarity;
      const denies = opening === 'no' || opening === 'unsure';
      for (const { node, subject } of this.nodes) {
        const found = this.choices.stated(clause, node.choices) ?? this.dated(clause, node, subject);
        const choice = denies && found?.fact ? undefined : found;
        // Two clauses that disagree about one question tell nothing about it.
        if (choice) stated.set(node.id, stated.has(node.id) && stated.get(node.id) !== choice ? null : choice);
      }
    }
    const told = new Map([...stated].filter((entry): entry is [string, Choice] => entry[1] !== null));
    if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(text, told);
    return told;
  }

  /** The state with the facts the message told kept (nothing else changes). */
  noted(state: ConversationState, text: string): ConversationState {
    return withFactsOf(state, [...this.read(text).values()]);
  }

  /**
   * The turn, carried on by what the message told: while the walkthrough waits at a question the message answered
   * (and the turn showed that place, or could not place the message), that answer is taken, again and again; a
   * message the turn could not place that told something with no walkthrough under way is answered from it: a choice
   * that leaves the path (its topic: "it was made in 2012" is an account to upgrade), else the walkthrough, past
   * what it told.
   */
  follow(draft: Draft, text: string, tools: TurnTools): Draft {
    const told = this.read(text);
    if (told.size === 0) return draft;
    let current = draft;
    for (let guard = 0; guard <= told.size; guard += 1) {
      const at = activeWalkthrough(current.state, tools.view);
      const choice = at && at.flowId === 'procedure' ? told.get(at.nodeId) : undefined;
      if (!at || !choice || !(current.showsPlace || this.unplaced(current))) break;
      current = takeChoice(tools, current.state, at, choice);
    }
    if (current !== draft || activeWalkthrough(draft.state, tools.view)) return current;
    const steps = this.answersEvery(draft, text, tools);
    if (steps) return steps;
    if (!this.unplaced(draft)) return draft;
    const leaving = [...told.values()].filter((choice) => choice.target.kind === 'topic');
    const trace: Draft['trace'] = { action: 'told' };
    if (leaving.length === 1 && leaving[0]!.target.kind === 'topic') {
      const intent = leaving[0]!.target.intent;
      return tools.answers.answer(draft.state, intent, { ...trace, intent, score: 1 });
    }
    return leaving.length === 0 ? this.follow(tools.walkthrough.start({ ...draft.state, tree: undefined }, trace), text, tools) : draft;
  }

  /**
   * "need to link acct, bankr sdny, its live, pacer is upgraded n mine, i know my old ecf login": a message that
   * answers every question before the steps, asks nothing and says nothing goes wrong, is the walkthrough at Step 1,
   * whatever topic its words lean to ("upgraded" is upgrade_account's word). Undefined when it is anything less.
   */
  private answersEvery(draft: Draft, text: string, tools: TurnTools): Draft | undefined {
    const told = [...this.read(text).values()];
    if (told.length < 2 || told.some((choice) => !choice.fact) || draft.trace.offerHandoff || draft.trace.kind === 'step') return undefined;
    if (markedClauses(text).some((clause) => this.answers.isQuestion(clause) || this.answers.saysTrouble(clause))) return undefined;
    const started = tools.walkthrough.start({ ...draft.state, tree: undefined }, { action: 'told' });
    return started.trace.kind === 'step' ? started : undefined;
  }

  private unplaced(draft: Draft): boolean {
    return draft.trace.kind !== undefined && UNPLACED.has(draft.trace.kind);
  }

  /** The one dated choice a year in the clause fits, when the clause also names what the dates are about. */
  private dated(clause: string, node: FlowNode, subject: ReadonlySet<string>): Choice | undefined {
    if (subject.size === 0 || !tokens(clause).some((word) => subject.has(word))) return undefined;
    return this.choices.dated(clause, node.choices);
  }

  /** The words of a node's dated choices that name a thing ("made", "account", "legacy"), not a date ("august"). */
  private subjectOf(node: FlowNode): ReadonlySet<string> {
    const phrases = node.choices.filter((choice) => choice.date).flatMap((choice) => [choice.label, ...choice.also]);
    return new Set(phrases.flatMap(tokens)
      .filter((word) => word.length >= SUBJECT_WORD_LETTERS && !/\d/.test(word) && !this.answers.namesMonth(word)));
  }
}

/**
 * The clauses of a message (as commandReader's `clauses`) with the marks that close them: "¿está en vivo?" asks,
 * "está en vivo," states; a question mark is how a language that drops the subject tells them apart.
 */
function markedClauses(text: string): string[] {
  return text.split(/(?<=[,.;!?])(?![,.;!?])\s*|\s[-–]\s/).map((part) => part.trim()).filter((part) => /[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(part));
}

/** The state with the facts the choices establish kept, and the facts those imply (content's `implies`). */
export function withFactsOf(state: ConversationState, choices: readonly Choice[]): ConversationState {
  const known = state.facts ?? [];
  const given = choices.flatMap((choice) => (choice.fact ? [choice.fact, ...(choice.implies ?? [])] : []));
  const added = [...new Set(given)].filter((fact) => !known.includes(fact));
  return added.length === 0 ? state : { ...state, facts: [...known, ...added] };
}
