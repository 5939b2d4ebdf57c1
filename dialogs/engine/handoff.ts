import { foldAccents } from '../content/normalise';
import { readChatAbbreviations } from '../nlu-es/chatSpanish';
import { findPersonalData, redact } from '../privacy/redact';
import { tokens } from './answerReader';
import { OUT_OF_SCOPE_INTENT } from '../content/intents';
import type { MessageKey } from '../content/types';
import type { EngineContext } from './context';
import { OTHER_COURT, resolveCourt } from './courtDirectory';
import { asksForSomeone } from './personAsked';
import type { FlowView } from './flowView';
import type { Questions } from './questions';
import { isConfident } from './reading';
import { isSmallTalk, type TopicAnswers } from './topicAnswers';
import type { HandoffSummary, TurnTrace } from './replies';
import type { ConversationState, HandoffReason, RecentTurn } from './state';
import { clauses, matchesAny, saysAny } from './textMatch';
import { toolsFor } from './turnTools';
import { nodeName } from './walkthrough';
import type { Draft, Said } from './turnShape';

const RECENT_TURNS = 6;
const SAID_LENGTH = 160;
/** Turns that answered nothing: when the person is offered after them, the offer is the turn. */
const MISSES = new Set(['out_of_scope', 'repeated_miss', 'didnt_catch', 'acknowledged']);
/** A request for a person is read in a message up to this long ("hi, can i please speak to a real person about this"). */
const PERSON_REQUEST_WORDS = 14;

/** The per-turn helpers the handoff needs (rendered for the conversation's court). */
export interface HandoffTools { readonly view: FlowView; readonly questions: Questions; readonly answers: TopicAnswers }

/**
 * Handing a conversation to a person: offered when asked for, after two misses in a row, or when the user
 * sounds frustrated; accepted, it asks (with consent) how to reach the user and returns a summary for a ticket.
 * The offer is the turn's one question and replaces any other (which stays kept for later). Wraps the ordinary
 * turn: `before` reads replies to its own questions, `after` adds offers and remembers the turn.
 */
export class HandoffLayer {
  constructor(private readonly ctx: EngineContext) {}

  before(state: ConversationState, text: string, tools: HandoffTools): Draft | undefined {
    const { buttons } = this.ctx.content.responses;
    const phase = state.handoff?.phase;
    const polarity = phase ? this.ctx.answers.polarity(text) : undefined;
    // "no, no person. just tell me if ..." declines and asks: the ordinary turn answers it (the offer is dropped).
    const asks = (part: string) => this.ctx.answers.isQuestion(part);
    const plainAnswer = polarity !== undefined && !asks(text) && !asks(polarity.rest) && !clauses(text).some(asks);
    const contact = phase === 'offered' ? contactDetails(text) : undefined;
    // Contact details in answer to the offer accept it and say how to reach them at once; so does saying there will
    // be none ("fine, but no contact details. just log it"), whatever yes or no it starts with.
    if (contact || (phase === 'offered' && this.refusesContact(text))) return this.ticket(state, contact, tools);
    // "ya lo encontré" opens with a yes word but reports what happened: the ordinary turn reads it, the offer dropped.
    const accepts = plainAnswer && polarity.polarity === 'yes' && !this.ctx.answers.reportsWithYes(text);
    if (matchesAny(text, [buttons.handoffAccept]) || (phase === 'offered' && accepts)) {
      return this.askContact(state, state.handoff?.reason ?? 'asked', tools);
    }
    const declines = plainAnswer && polarity.polarity === 'no' && !this.tellsProblem(text);
    if (phase === 'offered' && (matchesAny(text, [buttons.handoffDecline]) || declines)) {
      return this.declined(state, tools);
    }
    if (phase === 'contact') return this.readContact(state, text, plainAnswer && polarity.polarity === 'no' ? polarity.rest : undefined, tools);
    if (!this.asksForPerson(text)) return undefined;
    // A person asked for in so many words has consented: the offer is for when the bot suggests one. So the request
    // is the contact question at once, or the ticket when it says how to reach them ("… her number is …") or that it
    // wants none ("open a ticket, no contact info").
    const { at, said } = this.courtNamed(state, text);
    const given = contactDetails(text);
    if (given || this.refusesContact(text)) return this.ticket(at, given, tools);
    // Rendered for the court named with the request, when one was ("… District of Minnesota": its help desk).
    const reach = this.howToReachDirectly(at === state ? tools.view : toolsFor(this.ctx, at).view);
    // "is there any way a real person could help me?" asks whether: the offer answers it (after, which adds it).
    if (this.saysInSentence(text, this.ctx.content.responses.answers.someoneWhether ?? [])) {
      return { state: at, said: [...said, ...reach.said], trace: { action: 'person_asked_whether', kind: 'person_offered', offerHandoff: true, ...reach.topic } };
    }
    const asked = this.askContact(at, state.handoff?.reason ?? 'asked', tools);
    return { ...asked, said: [...said, ...reach.said], trace: { ...asked.trace, ...reach.topic } };
  }

  /**
   * What the person topic says (content's `personTopic`: the help desk's own numbers and addresses), said before the
   * contact question: a user who asked for a person may rather call or write at once than wait for a ticket.
   */
  private howToReachDirectly(view: FlowView): { said: Said[]; topic: { topic?: string } } {
    const intent = this.ctx.content.procedure.personTopic;
    if (intent === undefined) return { said: [], topic: {} };
    const position = view.start(intent);
    return { said: [{ reply: view.render(position), from: { position, part: 0 } }], topic: { topic: intent } };
  }

  /**
   * A court named with the request ("please just connect me with someone, District of Minnesota") is the ticket's
   * court, said as noted like any court named (and the help desk the confirmation names is that court's).
   */
  private courtNamed(state: ConversationState, text: string): { at: ConversationState; said: Said[] } {
    const found = this.ctx.pinnedCourt ? undefined : this.ctx.courts.read(text, false);
    if (found?.kind !== 'court' || found.id === state.courtId || found.id === OTHER_COURT) return { at: state, said: [] };
    const at: ConversationState = { ...state, courtId: found.id };
    const noted = toolsFor(this.ctx, at).view.fill(this.message(found.byDesignation ? 'courtNotedByDesignation' : 'courtNoted'));
    return { at, said: [{ reply: { text: noted } }] };
  }

  /**
   * A person asked for in so many words (content's `person` command) or in any words of a request for someone
   * (personAsked), which no topic answer should delay: in a short message, or in a short sentence of a longer one
   * ("I looked there too and it's not there. Can I talk to someone?", "can you get me someone there").
   */
  private asksForPerson(text: string): boolean {
    const { responses } = this.ctx.content;
    if (this.saysInSentence(text, responses.commands.person)) return true;
    const spanish = this.ctx.content.locale === 'es';
    return asksForSomeone(responses.answers, text, spanish) || asksForSomeone(responses.answers, this.courtsAside(text), spanish);
  }

  /**
   * The message without the courts it names: "can i talk to someone at the district of new jersey help desk" asks
   * for a person like "can i talk to someone at the help desk" (the court is noted with the request); '' when it
   * names none.
   */
  private courtsAside(text: string): string {
    const found = this.ctx.courts.read(text, false);
    const ids = found?.kind === 'court' && found.id !== OTHER_COURT ? [found.id] : found?.kind === 'choice' ? found.ids : [];
    return ids.length === 0 ? '' : this.ctx.courts.withoutCourts(text, ids);
  }

  /** "I'd rather not give my contact info, just log it": a ticket without contact details (content's `withoutContact`). */
  private refusesContact(text: string): boolean {
    return this.saysInSentence(text, this.ctx.content.responses.withoutContact ?? []);
  }

  /**
   * A no that is the sentence's own negation, not an answer to the offer ("I don't see any link like that under
   * Utilities, just Maintain Your ECF Account"): a problem a topic answers, which the ordinary turn reads (the offer
   * dropped). A reply opening with the answer word itself ("no thanks", "nope, I'll call them") declines.
   */
  private tellsProblem(text: string): boolean {
    const first = tokens(text)[0];
    if (first === undefined || this.ctx.answers.purePolarity(first) !== undefined) return false;
    const recognition = this.ctx.recognize(text);
    const { startIntent, personTopic } = this.ctx.content.procedure;
    return isConfident(recognition) && !isSmallTalk(recognition.intent)
      && ![OUT_OF_SCOPE_INTENT, startIntent, personTopic].includes(recognition.intent);
  }

  /** A clause of the message, fillers aside, is a stop command ("actually never mind", "cancel"). */
  private withdraws(text: string): boolean {
    const { answers, content } = this.ctx;
    return clauses(text).some((part) => matchesAny(answers.core(part), content.responses.commands.stop));
  }

  /** One of the phrases said in a short message, or in a short sentence of a longer one. */
  private saysInSentence(text: string, phrases: readonly string[]): boolean {
    // Spanish as chatted is read as the words it stands for as well ("si, q me llamen x fa": "que me llamen").
    const spanish = this.ctx.content.locale === 'es';
    const says = (said: string, words: number) => saysAny(said, phrases, words)
      || (spanish && saysAny(readChatAbbreviations(tokens(foldAccents(said))).join(' '), phrases, words));
    // A sentence's words are the message's: a message holding none of the phrases (most) is not cut and read again.
    if (!says(text, Infinity)) return false;
    return [text, ...text.split(/[.,;?!¿¡]+/)].some((sentence) => says(sentence, PERSON_REQUEST_WORDS));
  }

  /** The draft shows the glossary topic's start: its menu of words, no word explained. */
  private wordMenu(draft: Draft, tools: HandoffTools): boolean {
    const intent = this.ctx.content.glossary.intent;
    return draft.trace.topic === intent && draft.trace.node === `${intent}/${tools.view.flow(intent).start}`;
  }

  /** The password warning, remembered as a turn of its own without a word of the message (WITHHELD). */
  warned(draft: Draft): Draft {
    return { ...draft, state: remember(draft.state, '', draft.trace) };
  }

  after(before: ConversationState, text: string, draft: Draft, tools: HandoffTools): Draft {
    const remembered = remember(draft.state, text, draft.trace);
    // Still waiting for contact details (the user asked something else meanwhile): that question comes back, unless
    // the user withdrew the request ("actually never mind, just tell me …"). Its question is the one asked: the
    // user's reply will be read as contact details first.
    const waiting = remembered.handoff?.phase === 'contact' && !(before.handoff?.phase === 'contact' && this.withdraws(text));
    if (waiting) return { ...draft, state: remembered, question: tools.questions.contact() };
    const withMemory: Draft = { ...draft, state: { ...remembered, handoff: undefined } };
    // Anger offers a person, again when it comes back after an offer the user let pass (not on the very next message:
    // that offer is still on screen); never once the user said no to one (this turn or before).
    if (remembered.personOffer !== 'declined' && before.handoff?.reason !== 'frustrated' && this.ctx.isFrustrated?.(text)) {
      // "this is useless. i've cleared everything twice" at the cookie question: the same answer again says nothing new.
      const again = before.tree !== undefined && draft.trace.node === nodeName(before.tree);
      // "ya me frustré, no entiendo nada": not understanding, said in anger, asks for no word's meaning; the glossary's
      // menu of words (its topic's start, no word named) answers nothing, and the place stays where it was.
      if (this.wordMenu(draft, tools)) {
        return this.offer({ ...withMemory, state: { ...withMemory.state, tree: before.tree, pending: before.pending } }, 'frustrated', 'frustrationNoticed', tools, true);
      }
      return this.offer(withMemory, 'frustrated', 'frustrationNoticed', tools, again);
    }
    if (draft.trace.action === 'repeated_miss') return this.offer(withMemory, 'repeated_miss', undefined, tools);
    // "more" of the answer that came with the offer: the offer is still the question.
    if (draft.trace.action === 'more' && before.handoff?.phase === 'offered') return this.offer(withMemory, before.handoff.reason, undefined, tools);
    if (draft.trace.offerHandoff) return this.offer(withMemory, 'asked', undefined, tools);
    return withMemory;
  }

  /**
   * The replies once the host has created the ticket: how the help desk will reach the user ("…will call you at the
   * number you gave"). The number or address itself is never repeated: a reply is kept in the transcript, and a
   * contact value may be kept only in the ticket's contact field (the privacy rule tests/privacy/endToEnd checks).
   */
  confirm(state: ConversationState, ticketId: string, contact: string | undefined, tools: HandoffTools): Draft {
    const text = tools.view.fill(this.message('handoffCreated'), { 'ticket.id': ticketId, contact: this.howReached(contact, tools) });
    return { state: { ...state, handoff: undefined }, said: [{ reply: { text } }], quiet: true,
      trace: { action: 'handoff_confirmed', kind: 'ticket_created' } };
  }

  /** "A person will call you …" / "… e-mail you …" / either; no way to reach the user said as such. */
  private howReached(contact: string | undefined, tools: HandoffTools): string {
    const kinds = new Set((contact === undefined ? [] : findPersonalData(contact)).map((found) => found.kind));
    const phone = kinds.has('phone');
    const email = kinds.has('email');
    const key: MessageKey = phone && email ? 'contactGiven' : phone ? 'contactByPhone' : email ? 'contactByEmail' : 'contactNotGiven';
    return tools.view.fill(this.message(key));
  }

  /** The replies when the host could not take the ticket (too many from the user's network): where to go instead. */
  unavailable(state: ConversationState, tools: HandoffTools): Draft {
    const text = tools.view.fill(this.message('handoffUnavailable'));
    return { state: { ...state, handoff: undefined }, said: [{ reply: { text } }], quiet: true,
      trace: { action: 'handoff_unavailable', kind: 'answer' } };
  }

  /**
   * The person offer, as the turn's only question (it replaces any other, which stays kept). After a miss the
   * miss is still said ("I didn't catch that", what the bot does); a frustrated user's words are acknowledged first.
   */
  private offer(draft: Draft, reason: HandoffReason, lead: MessageKey | undefined, tools: HandoffTools, again = false): Draft {
    const leading: Said[] = lead ? [{ reply: { text: tools.view.fill(this.message(lead)) } }] : [];
    // A frustrated "this is useless" that the bot could not answer needs the apology, not "outside what I do"; nor is
    // "thanks for nothing" thanked for: small talk said in anger is no small talk; nor is "this is a disaster, my boss
    // will kill me" told where the legal boundary lies (an answer of the out-of-scope kind answers nothing).
    // Nor is the answer on screen said again to a user who says it did not help (`again`).
    const answeredNothing = again || MISSES.has(draft.trace.action) || draft.trace.kind === 'out_of_scope'
      || (draft.trace.topic !== undefined && isSmallTalk(draft.trace.topic));
    const said = lead && answeredNothing ? leading : [...leading, ...draft.said];
    const state: ConversationState = { ...draft.state, handoff: { phase: 'offered', reason }, personOffer: draft.state.personOffer ?? 'offered' };
    // An answer said with the offer is the turn's answer ("the login page keeps coming back, what the hell": the cookie
    // answer, then the offer in place of its question): the offer alone is the turn when nothing else is said.
    const kind = said.length === leading.length ? 'person_offered' : draft.trace.kind ?? 'answer';
    // The small talk not said is no topic shown.
    const trace = answeredNothing && lead ? { ...draft.trace, topic: undefined } : draft.trace;
    return { ...draft, state, said, question: tools.questions.person(), trace: { ...trace, ...(kind ? { kind } : {}) } };
  }

  private askContact(state: ConversationState, reason: HandoffReason, tools: HandoffTools): Draft {
    return { state: { ...state, handoff: { phase: 'contact', reason }, misses: 0 }, said: [], question: tools.questions.contact(),
      trace: { action: 'handoff_accepted', kind: 'contact_asked' } };
  }

  /** No person after all: said so (the offer turned down, or a request taken back: nothing passed on), the place kept. */
  private declined(state: ConversationState, tools: HandoffTools, key: MessageKey = 'handoffDeclined'): Draft {
    const declined: ConversationState = { ...state, handoff: undefined, personOffer: 'declined', misses: 0 };
    // A side topic's question the user left for another topic before the person came up ("what did you forget?",
    // then the PACER Service Center's number asked, then a person) does not come back with the no: it is closed.
    const next: ConversationState = this.leftBehind(declined) ? { ...declined, tree: undefined } : declined;
    const keptQuestion = tools.questions.kept(next) !== undefined;
    const said: Said[] = [{ reply: { text: tools.view.fill(this.message(key)) } }];
    if (!keptQuestion) said.push({ reply: { text: tools.view.fill(this.message('anythingElse')) } });
    return { state: next, said, trace: { action: 'handoff_declined', kind: 'answer' } };
  }

  /** The open side tree is not the topic of the last turn that answered one: the user moved on from its question. */
  private leftBehind(state: ConversationState): boolean {
    if (!state.tree) return false;
    const { topicsByIntent } = this.ctx.content;
    const answered = (intent: string | undefined): intent is string => intent !== undefined && intent !== OUT_OF_SCOPE_INTENT
      && !isSmallTalk(intent) && topicsByIntent.has(intent);
    const last = [...(state.recent ?? [])].reverse().find((turn) => answered(turn.intent));
    return last !== undefined && last.intent !== state.tree.flowId;
  }

  /**
   * Contact details, or saying there will be none ("no contact details", "just the ticket number", a no that goes on
   * about them: "no, I'm not giving my number"), make the ticket; a no alone or with a stop ("no thanks", "nah forget
   * it") or a stop ("never mind") takes the request back: no ticket, said so. A question instead is answered by the
   * ordinary turn, and the contact question comes back. Anything else is not placed once ("I didn't catch that"); the
   * second time the request is dropped without a ticket (none was accepted without a way to reach the user), so the
   * user is never stuck here and never gets a ticket they did not ask for.
   */
  private readContact(state: ConversationState, text: string, afterNo: string | undefined, tools: HandoffTools): Draft | undefined {
    const contact = contactDetails(text);
    const withdraws = this.withdraws(text);
    const takenBack = afterNo !== undefined && !withdraws && this.takesBack(afterNo);
    const withoutContact = !contact && !takenBack && !withdraws
      && (afterNo !== undefined || matchesAny(text, [this.ctx.content.responses.buttons.noContact]) || this.refusesContact(text));
    if (contact || withoutContact) return this.ticket(state, contact, tools);
    // Asking for a person again ("yes get me a real person") is the contact question again, not a miss.
    if (this.asksForPerson(text)) return this.askContact(state, state.handoff?.reason ?? 'asked', tools);
    if (takenBack) return this.declined(state, tools, 'handoffWithdrawn');
    // "never mind" / "cancel": no ticket; with a question beside it, the question is answered (and the contact
    // question not asked again: after).
    if (withdraws) return clauses(text).length > 1 ? undefined : this.declined(state, tools, 'handoffWithdrawn');
    // "while i wait, where is the utilities menu": a question in any clause is answered, the contact question kept.
    if (this.ctx.answers.isQuestion(text) || clauses(text).some((part) => this.ctx.answers.isQuestion(part))) return undefined;
    // "ok thanks, bye": the user leaves without a ticket; small talk is answered as such.
    const { intent } = this.ctx.recognize(text);
    // A "yes" to "how should they reach you?" ("yes obviously", "sí, claro") says no more than that: not a goodbye;
    // nor does a bare "ok" (which the recognizer may call thanks): the details are likely on their way.
    const saidYes = this.onlyAgrees(text);
    if (isSmallTalk(intent) && !saidYes) return tools.answers.answer({ ...state, handoff: undefined }, intent, { action: 'answer', intent });
    // Nor is it a "didn't catch": a user who asked for a person confirms out of habit, so the question comes again —
    // once: a yes to the question asked again for a yes, or after a miss, is a reply that gives no contact, not another loop.
    if (saidYes && state.misses === 0 && !this.askedAgainForYes(state)) return this.askContact(state, state.handoff?.reason ?? 'asked', tools);
    if (state.misses === 0) {
      return { state: { ...state, misses: 1 }, said: [{ reply: { text: tools.view.fill(this.message('didntCatch')) } }],
        question: tools.questions.contact(), trace: { action: 'didnt_catch', kind: 'didnt_catch' } };
    }
    return { state: { ...state, handoff: undefined, misses: 0 }, said: [{ reply: { text: tools.view.fill(this.message('handoffNotMade')) } }],
      trace: { action: 'handoff_not_made', kind: 'answer' } };
  }

  /**
   * What follows a no to the contact question says no more than no ("thanks", "that's ok") or stops ("forget it"); one
   * that says there will be no details ("no gracias, prefiero no dejar mis datos") asks for the ticket without them.
   */
  private takesBack(afterNo: string): boolean {
    // "no thanks, I'd rather not leave my info": the thanks is polite, the rest declines the details, not the person.
    if (this.refusesContact(afterNo)) return false;
    if (afterNo === '' || this.ctx.answers.isAcknowledgement(afterNo) || this.withdraws(afterNo)) return true;
    return isSmallTalk(this.ctx.recognize(afterNo).intent);
  }

  /** The contact question was asked again last turn because the user only said yes to it. */
  private askedAgainForYes(state: ConversationState): boolean {
    const last = state.recent?.at(-1);
    return last?.action === 'handoff_accepted' && !this.asksForPerson(last.said) && this.onlyAgrees(last.said);
  }

  /** A yes or a bare "ok" to the contact question: it gives no details, and says no goodbye either. */
  private onlyAgrees(text: string): boolean {
    return this.ctx.answers.polarity(text)?.polarity === 'yes' || this.ctx.answers.isAcknowledgement(text);
  }

  /** Asks the host for a ticket (the summary); its confirmation is the turn's answer. */
  private ticket(state: ConversationState, contact: string | undefined, tools: HandoffTools): Draft {
    const reason = state.handoff?.reason ?? 'asked';
    return { state: { ...state, handoff: undefined }, said: [], quiet: true, trace: { action: 'handoff_requested', kind: 'ticket_created' },
      handoff: this.summary(state, reason, contact, tools) };
  }

  private summary(state: ConversationState, reason: HandoffReason, contact: string | undefined, tools: HandoffTools): HandoffSummary {
    const { content } = this.ctx;
    const court = resolveCourt(content, this.ctx.pinnedCourt, state);
    const recent = state.recent ?? [];
    const topics = recent.filter((turn) => turn.intent !== undefined && turn.score !== undefined)
      .map((turn) => ({ intent: turn.intent!, score: turn.score! }));
    const answered = [...new Set(topics.map((t) => t.intent).filter((intent) => content.topicsByIntent.has(intent) && intent !== OUT_OF_SCOPE_INTENT))];
    // The latest problem the user raised; topics that themselves lead to a person ("talk to someone") say nothing new.
    const best = [...topics].reverse().find((t) => t.intent !== OUT_OF_SCOPE_INTENT && content.topicsByIntent.has(t.intent) && !this.leadsToPerson(t.intent));
    return {
      reason,
      court: court?.name ?? content.unknownCourt.name,
      courtId: court?.id,
      whereInProcedure: this.whereInProcedure(state, tools.view),
      tried: answered.map((intent) => `Read the answer on "${content.topicsByIntent.get(intent)!.title}"`),
      topics,
      userWords: recent.map((turn) => turn.said),
      contact,
      suggestedReply: best && tools.view.render(tools.view.start(best.intent)).text,
    };
  }

  private leadsToPerson(intent: string): boolean {
    const flow = this.ctx.content.topicsByIntent.get(intent)?.flow;
    return flow === undefined || flow.nodes.get(flow.start)!.handoff;
  }

  private whereInProcedure(state: ConversationState, view: FlowView): string {
    const at = state.walkthrough;
    if (!at) return 'Not in the walkthrough';
    const node = view.node(at);
    const total = this.ctx.content.procedure.totalSteps;
    return node.step !== undefined ? `Walkthrough step ${node.step} of ${total}: ${view.describe(at)}` : `Walkthrough, before step 1: ${view.describe(at)}`;
  }

  private message(key: MessageKey): string {
    return this.ctx.content.responses.messages[key];
  }
}

/** The e-mail addresses and phone numbers in a message the user wrote to be contacted. */
export function contactDetails(text: string): string | undefined {
  const found = findPersonalData(text).filter((finding) => finding.kind === 'email' || finding.kind === 'phone');
  return found.length > 0 ? found.map((finding) => text.slice(finding.start, finding.end)).join(', ') : undefined;
}

/**
 * Messages not kept at all: one too long to read (redacting it would only cost time), one holding a password (the
 * turn is remembered, for what follows it, but nothing of what was typed).
 */
const WITHHELD: Readonly<Record<string, string>> = { too_long: '[message too long]', credential_warning: '[password not kept]' };

function remember(state: ConversationState, text: string, trace: Pick<TurnTrace, 'action' | 'intent' | 'score' | 'node'>): ConversationState {
  const turn: RecentTurn = {
    said: WITHHELD[trace.action] ?? redact(text).slice(0, SAID_LENGTH),
    action: trace.action,
    ...(trace.intent !== undefined ? { intent: trace.intent } : {}),
    ...(trace.score !== undefined ? { score: Math.round(trace.score * 100) / 100 } : {}),
    ...(trace.node !== undefined ? { node: trace.node } : {}),
  };
  return { ...state, recent: [...(state.recent ?? []), turn].slice(-RECENT_TURNS) };
}
