import type { MessageKey } from '../content/types';
import { OTHER_COURT, type CourtReading } from './courtDirectory';
import { courtTakenUp } from './commandReader';
import { courtReadingTurn } from './courtTurn';
import type { EngineContext } from './context';
import { activeWalkthrough } from './questions';
import { isConfident, MessageReading } from './reading';
import { placedNothing } from './replies';
import { requestedStep } from './stepJumps';
import type { ConversationState } from './state';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';

type Trace = Draft['trace'];
export type CourtNoted = Extract<CourtReading, { kind: 'court' }>;

/** A message this short that names a court is about the court only ("nysb", "it's the ED Tex one"). */
const COURT_ONLY_WORDS = 6;

/** The same while the court is expected (the walkthrough's questions): "its the bankruptcy court in manhattan i think". */
const COURT_REPLY_WORDS = 10;

/** The message read without its court's name (`plain`) and the same with the marks that end its clauses (`marked`). */
export interface Courtless {
  readonly plain: string;
  readonly marked: string;
}

/** What a turn lends the court readings: its tools (rendered for its court) and how it reads the rest of a message. */
export interface CourtTurn {
  readonly tools: TurnTools;
  understand(state: ConversationState, text: string, courtsRead?: boolean): Draft;
  understandWithout(state: ConversationState, asked: string, text: string): Draft;
  command(state: ConversationState, text: string): Draft | undefined;
  atEnd(state: ConversationState): boolean;
}

/**
 * Courts named in a message (none pinned): noted, told apart, or read as part of a question, and the rest of the
 * message read on by a turn for the court noted (`turnFor`), whose tools render that court's details.
 */
export class CourtMentions {
  constructor(private readonly ctx: EngineContext, private readonly turn: CourtTurn,
    private readonly turnFor: (state: ConversationState, courtless?: Courtless) => CourtTurn) {}

  /**
   * The walkthrough taken up for the court a start names ("ok. let's link, Eastern District of Missouri"), or with
   * courts to tell apart asked first ("let's do Hawaii": district or bankruptcy?); undefined when it names none.
   */
  start(state: ConversationState, text: string, trace: Trace, assumeUnasked: boolean): Draft | undefined {
    const court = this.ctx.pinnedCourt ? undefined : this.courtToStart(state, text);
    const { walkthrough, questions } = this.turn.tools;
    if (court?.kind === 'choice') return { ...walkthrough.start(state, trace, [], assumeUnasked), question: questions.court(court.ids) };
    if (court?.kind !== 'court') return undefined;
    // Taken up for that court, where the walkthrough is (a court noted mid-walkthrough alone would only be noted).
    const next: ConversationState = { ...state, courtId: court.id, misses: 0 };
    const turn = this.turnFor(next);
    return turn.tools.walkthrough.start(next, { action: 'court', intent: court.id, kind: 'court_noted' }, [courtNotice(this.ctx, turn.tools, court)], assumeUnasked);
  }

  /**
   * The court a start names: any court while none is noted; once one is, only a court the start command takes up in so
   * many words ("ok help me with the district of nj then", "let's do sdny now"), which then replaces it.
   */
  private courtToStart(state: ConversationState, text: string): CourtReading | undefined {
    if (state.courtId === undefined) return this.ctx.courts.read(text, false) ?? courtTakenUp(this.ctx, text);
    const taken = courtTakenUp(this.ctx, text);
    return taken?.kind === 'court' && taken.id !== state.courtId ? taken : undefined;
  }

  /** A court named anywhere (none pinned): remembered; a short message is only that, a longer one is also read on. */
  courtNamed(state: ConversationState, text: string): Draft | undefined {
    // A deployment pinned to one court only answers "change court" (with its court).
    if (this.ctx.pinnedCourt) return this.ctx.courts.asksChange(text) ? courtReadingTurn(this.ctx, this.turn.tools, state, { kind: 'change' }) : undefined;
    // Before the walkthrough's questions are done, a short reply naming a court is that court (read loosely).
    // At a step a court word is more likely a screen's ("I don't see the Bankruptcy menu"): read strictly there.
    const at = activeWalkthrough(state, this.turn.tools.view);
    const expected = this.turn.tools.questions.courtUnknown(state) && at !== undefined && this.turn.tools.view.node(at).step === undefined;
    const words = text.split(/\s+/).length;
    const only = words <= (expected ? COURT_REPLY_WORDS : COURT_ONLY_WORDS) && !this.ctx.answers.isQuestion(text);
    if (state.courtId !== undefined && !only) return this.aboutOtherCourt(state, text);
    const ofKind = state.courtId !== undefined && only && (this.ctx.courts.ofKindSaid(text, state.courtId) ?? this.ctx.courts.ofDirectionSaid(text, state.courtId));
    if (ofKind) return this.noteCourt(state, { kind: 'court', id: ofKind }, text, true);
    const found = this.ctx.courts.read(text, expected && only);
    if (found?.kind === 'choice' && !only) return this.courtsInQuestion(state, text, found.ids);
    // A court of appeals or "change court": a turn of its own only when the message is only that.
    if (found && found.kind !== 'court') return only ? courtReadingTurn(this.ctx, this.turn.tools, state, found) : undefined;
    // The court already noted, named again alone ("District, D. Md." after "District of Maryland"): confirmed.
    if (found === undefined || (found.id === state.courtId && !only)) return undefined;
    return this.noteCourt(state, found, text, only);
  }

  /**
   * Once a court is known, another court named inside a question ("after this do i redo it for edny?") is no switch
   * unless it says so:
   * when the recognizer is unsure of it as it is, it is read with that court said as a court of its kind (and as it is
   * when that places nothing either).
   */
  private aboutOtherCourt(state: ConversationState, text: string): Draft | undefined {
    const found = this.ctx.courts.read(text, false);
    const ids = found?.kind === 'court' ? [found.id] : found?.kind === 'choice' ? found.ids : [];
    if (ids.length === 0 || ids.includes(state.courtId!) || ids.includes(OTHER_COURT)) return undefined;
    // Said as a correction ("sorry, I meant the other court: the bankruptcy court for S.D. Fla."), it replaces the court.
    if (found?.kind === 'court' && this.ctx.courts.saysChange(text)) return this.noteCourt(state, found, text, true);
    return this.readAsKindOfCourt(state, text, ids);
  }

  /**
   * A message whose court names leave the recognizer unsure, read with those courts said as courts of their kind
   * (undefined when it is sure as it is, or when that places nothing either): the names are words it never learnt.
   */
  private readAsKindOfCourt(state: ConversationState, text: string, ids: readonly string[]): Draft | undefined {
    if (isConfident(new MessageReading(this.ctx).read(state, text))) return undefined;
    const rest = this.turn.understand(state, this.ctx.courts.asKindOfCourt(text, ids), true);
    return placedNothing(rest.trace, false) ? undefined : rest;
  }

  /** A command said with a court ("continue with SDNY"): the court noted, then the command obeyed for it. */
  obeyedFor(state: ConversationState, found: CourtNoted, text: string): Draft | undefined {
    const next: ConversationState = { ...state, courtId: found.id, misses: 0 };
    const turn = this.turnFor(next);
    const obeyed = turn.command(next, text);
    return obeyed && { ...obeyed, said: [courtNotice(this.ctx, turn.tools, found), ...obeyed.said] };
  }

  /**
   * `said`: the message is only the court's name. A short one that also states, beside the name, one answer to the open
   * question ("EDNY isn't live yet I think" at "which fits your situation?") is that answer too, for that court, unless
   * `alone` (that reading placed nothing).
   */
  noteCourt(state: ConversationState, found: CourtNoted, text: string, said: boolean, alone = false): Draft {
    const courtId = found.id;
    const only = said && (alone || !(this.answersBesideCourt(state, courtId, text) || this.asksStepBesideCourt(courtId, text)));
    const next: ConversationState = { ...state, courtId, misses: 0 };
    // The rest of the message is read without the court's name, which says nothing about what is asked.
    const asked = only ? undefined : this.ctx.courts.withoutCourts(text, [courtId]);
    if (asked === '') return this.noteCourt(state, found, text, true, true);
    const courtless = asked === undefined ? undefined : { plain: asked, marked: this.ctx.courts.withoutCourts(text, [courtId], true) };
    const turn = this.turnFor(next, courtless);
    const noted = courtNotice(this.ctx, turn.tools, found);
    const trace: Trace = { action: 'court', intent: courtId, kind: 'court_noted' };
    // A court named with nothing under way is the court to link in: the walkthrough starts with its next question. So
    // is one named alone once the walkthrough reached its end ("now same thing for WD Mich?"): linking is per court.
    const ended = courtId !== state.courtId && this.turn.atEnd(next);
    if (only && (!next.walkthrough || ended) && !next.tree) return turn.tools.walkthrough.start(next, trace, ended ? [noted, contentMessage(this.ctx, turn.tools, 'linkAgainInCourt')] : [noted]);
    // At a step, the step again with that court's details (its address, its help desk).
    const step = !next.tree && activeWalkthrough(next, turn.tools.view);
    if (only && step && turn.tools.view.node(step).step !== undefined) return turn.tools.walkthrough.show(next, step, trace, [noted]);
    if (asked === undefined) return { state: next, said: [noted], trace };
    const rest = turn.understandWithout(next, asked, text);
    // The court described in more words ("idk the name exactly, it's the bankruptcy one in Phoenix"): words around it
    // that ask nothing the bot can place make the message the court's name, never "outside what I can help with" nor
    // "I didn't catch that"; nor a mere "okay" ("ok leaving it blank. I'm doing this for the district court in Colorado");
    // nor the legal boundary for words that only tell about the case ("my case is in the bankruptcy court in Riverside").
    const unplaced = rest.trace.kind === 'didnt_catch' || rest.trace.kind === 'out_of_scope' || rest.trace.action === 'acknowledged';
    if (unplaced && !this.ctx.answers.isQuestion(text)) return this.noteCourt(state, found, text, true, true);
    return { ...rest, said: [noted, ...rest.said], trace: { ...rest.trace, kind: rest.trace.kind ?? 'court_noted' } };
  }

  /** "EDPA. take me to step 3", "sdny, paso 4 porfa": a step asked for by its number beside the court's name. */
  private asksStepBesideCourt(courtId: string, text: string): boolean {
    return requestedStep(this.ctx, this.ctx.courts.withoutCourts(text, [courtId], true)) !== undefined;
  }

  /**
   * The words of a message besides the court's name state one choice of the open tree's question, in its own words,
   * and ask nothing (a question naming a court is read as a question: courtsInQuestion, aboutOtherCourt).
   */
  private answersBesideCourt(state: ConversationState, courtId: string, text: string): boolean {
    if (!state.tree || text.includes('?') || this.ctx.answers.isQuestion(text)) return false;
    const rest = this.ctx.courts.withoutCourts(text, [courtId]);
    return rest !== '' && this.ctx.choices.stated(rest, this.turn.tools.view.node(state.tree).choices) !== undefined;
  }

  /**
   * A question that names a court the bot must tell apart ("how do i link in the eastern district of texas":
   * district or bankruptcy?): the question is answered without the court's words, and when it starts the
   * walkthrough, the turn asks which of those courts first (the walkthrough's own question waits).
   */
  private courtsInQuestion(state: ConversationState, text: string, ids: readonly string[]): Draft | undefined {
    // Several districts named ("sdny and edny") are what the question is about: more than one court.
    if (new Set(ids.map((id) => id.slice(0, -1))).size > 1) return this.readAsKindOfCourt(state, text, ids);
    const asked = this.ctx.courts.withoutCourts(text, ids);
    if (asked === '') return courtReadingTurn(this.ctx, this.turn.tools, state, { kind: 'choice', ids });
    // Names the matcher reads that are no name of a court: the message is read as it is.
    if (this.ctx.courts.read(asked, false)) return undefined;
    const rest = this.turn.understandWithout(state, asked, text);
    const started = !activeWalkthrough(state, this.turn.tools.view) && activeWalkthrough(rest.state, this.turn.tools.view) !== undefined;
    return started && !rest.question ? { ...rest, question: this.turn.tools.questions.court(ids) } : rest;
  }

  /**
   * A court the message names that is not the one noted, or courts it leaves to tell apart (several districts, or
   * district or bankruptcy): they are read first, and the rest after (courtNamed) — "linked in S.D. Tex. already,
   * W.D. Tex. now live" reports no step.
   */
  namesNewCourt(state: ConversationState, text: string): boolean {
    if (this.ctx.pinnedCourt) return false;
    const found = this.ctx.courts.read(text, false);
    return found?.kind === 'choice' || (found?.kind === 'court' && found.id !== state.courtId);
  }
}

/** `found.byDesignation`: the district court taken from the district's name, said so with how to switch. */
function courtNotice(ctx: EngineContext, tools: TurnTools, found: CourtNoted): Draft['said'][number] {
  const key = found.id === OTHER_COURT ? 'courtNotListed' : found.byDesignation ? 'courtNotedByDesignation' : 'courtNoted';
  // Only the plain thanks can go: the other two say how to switch, or that no court's details will be shown.
  return { ...contentMessage(ctx, tools, key), courtesy: key === 'courtNoted' };
}

/** One of content's messages, filled for the court `tools` render. */
export function contentMessage(ctx: EngineContext, tools: TurnTools, key: MessageKey): Draft['said'][number] {
  return { reply: { text: tools.view.fill(ctx.content.responses.messages[key]) } };
}
