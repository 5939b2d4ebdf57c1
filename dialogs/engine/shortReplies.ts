import type { MessageKey } from '../content/types';
import type { EngineContext } from './context';
import { afterStopPhrase, leavesForNow, readCommand, saysStop } from './commandReader';
import { comesBackWhen } from './putOff';
import { activeWalkthrough } from './questions';
import { isConfident, lackingTopic } from './reading';
import type { ConversationState } from './state';
import { GOODBYE_INTENT, GREETING_INTENT, THANKS_INTENT } from './topicAnswers';
import type { TopicReaders } from './topicReaders';
import type { TurnTools } from './turnTools';
import type { Draft } from './turnShape';
import { clauses, saysAny } from './textMatch';
import { isNegation, tokens } from './answerReader';
import { foldAccents } from '../content/normalise';
import { saysUnderstood } from './saidAsides';
import { FUNCTION_WORDS } from './wordForms';
import { SPANISH_STOP_WORDS } from '../nlu-es/spanishText';

/** A reply this short with words of a problem that remains is about the answer just given ("still nothing"). */
const STUCK_WORDS = 6;
/** A short reply with a "no" names a problem of its own, not the answer's, when the recognizer is this sure of it. */
const SURE_OTHER_PROBLEM = 0.8;
/** Thanks said with "got it" is this short ("ok got it, thank you so much"). */
const THANKS_WORDS = 8;
/** Thanks opening a longer clause is this short at most ("ok thanks", "ok thank you so"). */
const THANKS_OPENING_WORDS = 3;
/** Turns that showed an answer, which "nope, still the same" can be about. */
const ANSWERED: ReadonlySet<string> = new Set(['answer', 'choice', 'button', 'node_question', 'follow_up']);

/**
 * Short replies to what the bot just showed: an acknowledgement or a bare yes / no and "that didn't help" when no
 * question waits, and thanks said with an answer.
 */
export class ShortReplies {
  constructor(private readonly ctx: EngineContext, private readonly tools: TurnTools, private readonly topics: TopicReaders) {}

  /** "ok", "yes" or "no" with no question waiting: go back after a side answer, go on at a step, else nothing to do. */
  acknowledged(state: ConversationState, text: string): Draft | undefined {
    const { answers } = this.ctx;
    const polarity = answers.purePolarity(text);
    if (!answers.isAcknowledgement(text) && polarity === undefined) return this.understoodAside(state, text);
    // "hey" is a filler before a question ("hey, how do I link"), but said alone it greets.
    if (polarity === undefined && this.greets(text)) return undefined;
    const at = activeWalkthrough(state, this.tools.view);
    // A bare "ok" to a question before the steps agrees: its usual answer is taken, said so ("back" undoes it), as
    // "done" there takes every one. A question with no usual answer (the court, a side topic's "did that work?") did
    // not get one: taking "ok" as its yes would record what the user never said.
    const agreedTo = polarity === undefined && state.pending?.kind === 'node' && !state.tree && at?.flowId === 'procedure';
    const assumed = agreedTo ? this.tools.walkthrough.assumeAnswer(state, at, { action: 'assumed' }) : undefined;
    if (assumed) return assumed;
    if (state.pending || state.handoff) return this.tools.answers.didntCatch(state, { action: 'didnt_catch' });
    const agrees = polarity === undefined || polarity === 'yes';
    if (agrees && at && state.interrupted) return this.tools.walkthrough.resume(state, { action: 'resume' });
    if (agrees && at && !state.tree && this.tools.view.node(at).step !== undefined) return this.tools.walkthrough.navigate(state, 'next', { action: 'next' });
    // Nothing under way: "yes" takes up the bot's own offer of the walkthrough (its button was shown); "ok" is only ok.
    const offered = (state.recent ?? []).length === 0 || state.suggested?.includes(this.ctx.content.procedure.startIntent) === true;
    if (polarity === 'yes' && offered && !state.walkthrough && !state.tree) return this.tools.walkthrough.start(state, { action: 'acknowledged' });
    return this.anythingElse(state);
  }

  /** Nothing under way and nothing asked: the bot asks what else. */
  private anythingElse(state: ConversationState): Draft {
    return { state, said: [this.say('anythingElse')], trace: { action: 'acknowledged', kind: 'answer' } };
  }

  /**
   * "right, makes sense", "got it" after a side answer, with no question waiting: understood, so the walkthrough is
   * shown where it was, or with nothing under way the bot asks what else; never a topic of its own (the recognizer
   * reads "right" as legal rights). At a step card it tells nothing done, so other readers take it. Also read where
   * its words are a `next` command with nothing to go on to ("ok got it").
   */
  understoodAside(state: ConversationState, text: string): Draft | undefined {
    if (state.pending || state.handoff) return undefined;
    const yes = this.ctx.answers.polarity(text);
    const understood = saysUnderstood(this.ctx, text) || (yes?.polarity === 'yes' && saysUnderstood(this.ctx, yes.rest));
    if (!understood) return undefined;
    const at = activeWalkthrough(state, this.tools.view);
    if (at && state.interrupted) return this.tools.walkthrough.resume(state, { action: 'resume' });
    if (at || state.tree) return undefined;
    return this.anythingElse(state);
  }

  /**
   * "nope, still the same", "that didn't work" right after an answer or at a step, with no question waiting: sorry,
   * and a person is offered. A no without words of a problem that remains ("no thanks", "no, that's all") is read on.
   */
  notHelped(state: ConversationState, text: string): Draft | undefined {
    const { answers } = this.ctx;
    if (state.pending || state.handoff || answers.isQuestion(text) || !answers.saysStuck(text)) return undefined;
    const last = state.recent?.[state.recent.length - 1];
    // What did not help: the answer just given, or the step card on screen ("still the same" after trying it).
    const at = !state.tree && activeWalkthrough(state, this.tools.view);
    const onStep = at !== undefined && at !== false && this.tools.view.node(at).step !== undefined;
    if (!last || (!ANSWERED.has(last.action) && !onStep)) return undefined;
    // A question the answer's own topic answers in its words ("it won't just text me the code?" after the MFA answer)
    // is that question, not a report that the answer did not help.
    if (last.intent !== undefined && this.topics.askedInTopic(last.intent, text)) return undefined;
    // "… it doesn't work. I don't know my ecf password": what the user lacks is a problem of its own, not the answer failing.
    const lacking = lackingTopic(this.ctx, text);
    if (lacking && lacking.intent !== last.intent) return undefined;
    const reading = answers.polarity(text);
    if (reading && reading.polarity !== 'no') return undefined;
    // Without a "no", a long message, or a short one that names another problem ("it still says invalid login"), is
    // read on. With one, a long message that names another problem is: Spanish says "no" before its verb ("no
    // puedo entrar a PACER, me sale un mensaje de que…"), and that is a problem report, not a reply to the answer.
    // So is a short one the recognizer is sure names a problem of its own ("I can't recall my PACER username" at the
    // login step): its "can't" negates that problem, not the answer on screen.
    const long = text.split(/\s+/).length > STUCK_WORDS;
    if (!reading && long) return undefined;
    if (this.topics.namesOtherTopic(state, text, last.intent, long || !reading ? 0 : SURE_OTHER_PROBLEM)) return undefined;
    return { state, said: [this.say('notHelped')], trace: { action: 'not_helped', kind: 'answer', offerHandoff: true } };
  }

  /**
   * "done, reset it. thanks", "linked! thanks so much, bye": an answer to the question on screen, or a report of
   * progress, that ends in thanks or a goodbye, when nothing is left to ask (the walkthrough over, or at its last step),
   * is also thanked for or taken leave of (the closing's own answer last, and the turn is that closing).
   */
  thanked(text: string, answered: Draft): Draft {
    const last = clauses(text).at(-1);
    const done = !answered.question && !answered.state.tree && this.nothingLeft(answered.state);
    if (!done || last === undefined || last === text.trim()) return answered;
    const closing = this.closingOf(last);
    if (closing === undefined) return answered;
    // Its words only: the answer before it has the source. A courtesy, left out of a turn that is long already (the
    // last step's card with the procedure's end).
    const said = this.tools.answers.answer(answered.state, closing, { action: 'answer' }).said.map(({ reply }) => ({ reply: { text: reply.text }, courtesy: true }));
    // The walkthrough's end stays the turn's news ("i see the menus now, thank you so much").
    // A goodbye is the turn's news whatever came before it ("refreshed and there it is!! bye").
    const kind = closing === GOODBYE_INTENT ? 'goodbye' : answered.trace.kind === 'walkthrough_done' ? 'walkthrough_done' : 'thanks';
    return { ...answered, said: [...answered.said, ...said], trace: { ...answered.trace, kind } };
  }

  /**
   * "gracias x todo, buenas noches", "perfecto, ahi lo hago yo solo. saludos", "thanks for everything, take care":
   * thanks whose message ends in a sign-off (a last clause of its own that greets or takes leave) close the
   * conversation, as a goodbye does: the question that waited is not asked again.
   */
  signedOff(text: string, draft: Draft): Draft {
    if (draft.trace.kind !== 'thanks' || draft.question !== undefined || draft.quiet) return draft;
    const parts = clauses(text);
    const last = parts.length > 1 ? this.ctx.recognize(parts.at(-1)!) : undefined;
    const signs = last !== undefined && isConfident(last) && (last.intent === GREETING_INTENT || last.intent === GOODBYE_INTENT);
    return signs ? { ...draft, quiet: true } : draft;
  }

  /**
   * "perfecto, eso es todo por ahora. nos vemos", "ok great, bye" to a question that waits: a message made only of a
   * farewell in a farewell's own words and acknowledgements (its "perfecto" or "ok" no yes to the question on screen),
   * and no command ("continue where i left off"), takes leave. So does "got it. bye" at the walkthrough's last step,
   * where its "got it" would otherwise go on past the end: an acknowledgement, not a step done.
   */
  takesLeave(state: ConversationState, text: string): boolean {
    const { answers, farewells } = this.ctx;
    const atEnd = state.walkthrough !== undefined && !state.stopped && this.tools.view.isTerminal(state.walkthrough);
    if ((state.pending === undefined && !atEnd) || !farewells.says(text)) return false;
    const command = readCommand(this.ctx, state, text);
    if (command && !(atEnd && command.command === 'next' && !command.whole)) return false;
    // "sigue sin salir" (it still doesn't show) to "do you see the menus now?": a problem that remains, its verb no farewell.
    if (clauses(text).length === 1 && answers.saysStillStuck(text)) return false;
    // A yes or an acknowledgement is only that ("ya" is a yes, though "see ya" says goodbye); thanks said with the
    // farewell is read as it always is.
    // "got it" says it was understood, as "ok" does.
    const ok = (part: string) => answers.isAcknowledgement(part) || answers.purePolarity(part) === 'yes' || saysUnderstood(this.ctx, part);
    const closings = clauses(text).map((part) => (ok(part) ? 'ok' : this.closingOf(part)));
    return closings.includes(GOODBYE_INTENT) && closings.every((closing) => closing === 'ok' || closing === GOODBYE_INTENT);
  }

  /** No walkthrough waits, or it waits at its last step, which asks nothing and has nothing after it. */
  private nothingLeft(state: ConversationState): boolean {
    const at = activeWalkthrough(state, this.tools.view);
    if (!at) return true;
    const node = this.tools.view.node(at);
    return node.step !== undefined && node.next === undefined && node.ask === undefined;
  }

  /**
   * "ok thank u, ya le sigo yo solo", "thanks, I'll take it from here on my own": thanks, and a clause saying the user
   * goes on without the bot (content's `answers.onOwn`), asking nothing and negating nothing: the thanks is the
   * message (the place kept), never a command to go on or to show where the user is. So is a plan to come back once
   * something happens ("ta bien, mil gracias. cuando la corte pase a nextgen vuelvo": `backWhen`), never the topic
   * the plan names again.
   */
  thanksGoingOnAlone(text: string): boolean {
    const { answers } = this.ctx.content.responses;
    const own = answers.onOwn ?? [];
    if ((own.length === 0 && !answers.backWhen) || text.includes('?') || tokens(text).some(isNegation)) return false;
    const parts = clauses(text);
    // Its "when" opens no question ("cuando la corte pase vuelvo"); the message has no question mark.
    const alone = (part: string) => (saysAny(foldAccents(part), onOwnPhrases(this.ctx.content), Number.MAX_SAFE_INTEGER)
      && !this.ctx.answers.isQuestion(part)) || comesBackWhen(answers, foldAccents(part));
    if (!parts.some(alone)) return false;
    return parts.some((part) => !alone(part) && this.saysThanks(part)) || this.thanksOpening(text) !== undefined;
  }

  /**
   * "got it. thanks" after a side answer: thanks for that answer, its "got it" saying the answer was understood, not
   * that the step on screen was done; the place is kept, as "thanks" alone keeps it.
   */
  thanksForAside(state: ConversationState, text: string): boolean {
    const parts = clauses(text);
    return state.interrupted === true && parts.length > 1 && this.saysThanks(parts.at(-1)!);
  }

  /**
   * "got it. thanks", "ok got it thank you", "gracias, ya entendí" at a step or a question before the steps: thanks
   * for what was shown. Its "got it" says it was understood, not that the step was done nor the question answered:
   * the place is kept, as "thanks" alone keeps it ("done, thanks" goes on).
   */
  thanksForStep(state: ConversationState, text: string): boolean {
    if (state.handoff || state.tree || text.includes('?')) return false;
    const at = activeWalkthrough(state, this.tools.view);
    // A step card, or a question before the steps (whose usual answer a bare "ok" would take).
    if (!at || (state.pending !== undefined && state.pending.kind !== 'node')) return false;
    const words = tokens(this.ctx.answers.core(text));
    if (words.length > THANKS_WORDS) return false;
    const parts = clauses(text);
    if (parts.length > 1) {
      const understood = parts.map((part) => saysUnderstood(this.ctx, part));
      return understood.some(Boolean) && parts.every((part, i) => understood[i] || this.saysThanks(part));
    }
    // Said in one breath ("got it thanks", "gracias ya entendi"): the understanding opens or closes it.
    for (let cut = 1; cut < words.length; cut += 1) {
      const [head, tail] = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
      if (saysUnderstood(this.ctx, head) && this.saysThanks(tail)) return true;
      if (saysUnderstood(this.ctx, tail) && this.saysThanks(head)) return true;
    }
    return false;
  }

  /**
   * A pause: "stop" stops (the place is kept for "continue"). Said with thanks or a goodbye ("ok thanks, I'll come
   * back in January", "I'll register first and come back. bye"), it is that thanks or goodbye, the place kept all the
   * same; said with nothing under way ("I'll register first then come back"), it is acknowledged.
   */
  paused(state: ConversationState, text: string, trace: Draft['trace']): Draft {
    // Leaving for now in words ("… I'll finish tomorrow", "stop i need to go") leaves a side topic and the walkthrough
    // both; a bare "stop" at a side topic's question stops that topic only.
    const stopped = this.tools.walkthrough.stop(state, trace, leavesForNow(this.ctx, text));
    // The thanks may share the stop phrase's clause ("ok gotta go thx"): the words after the phrase are read too.
    const closing = clauses(text)
      .flatMap((part) => [part, afterStopPhrase(this.ctx, part)])
      .map((part) => (part === '' ? undefined : this.closingOf(part)))
      .find((intent) => intent !== undefined) ?? this.thanksOpening(text);
    if (closing) {
      const closed = this.tools.answers.answer(stopped.state, closing, { action: 'answer', intent: closing });
      // How to come back to the walkthrough's kept place, when this pause stopped it.
      const place = stopped.state.stopped && !state.stopped ? stopped.said : [];
      return { ...closed, said: [...closed.said, ...place], buttons: stopped.buttons ?? [] };
    }
    return state.walkthrough || state.tree ? stopped : this.tools.answers.acknowledge(state, trace);
  }

  /**
   * Thanks opening the message in the same breath as what the user goes to do ("ok gracias voy a llamar y luego
   * regreso", "ok thanks i'll finish this later"): its first few words, read alone, thank.
   */
  private thanksOpening(text: string): string | undefined {
    const words = tokens(clauses(text)[0] ?? '');
    for (let cut = 1; cut <= Math.min(THANKS_OPENING_WORDS, words.length - 1); cut += 1) {
      // Its thanks in a word only thanks say ("gracias", "thank"): "ok la" is an acknowledgement and a word, no thanks.
      const prefix = words.slice(0, cut);
      if (prefix.some((word) => thanksWords(this.ctx.content).has(word) && !this.ctx.answers.isAcknowledgement(word)) && this.saysThanks(prefix.join(' '))) return THANKS_INTENT;
    }
    return undefined;
  }

  private greets(text: string): boolean {
    const reading = this.ctx.recognize(text);
    return reading.intent === GREETING_INTENT && isConfident(reading);
  }

  private saysThanks(text: string): boolean {
    return this.closingOf(text) === THANKS_INTENT;
  }

  /**
   * Thanks, or a goodbye in a farewell's own words ("bye"; "ok see it now" may score as one but ends nothing) said
   * beside the pause, not by it ("I'll finish this later" is the pause itself).
   */
  private closingOf(text: string): string | undefined {
    const reading = this.ctx.recognize(text);
    if (!isConfident(reading)) return undefined;
    if (reading.intent === THANKS_INTENT) return THANKS_INTENT;
    const farewell = reading.intent === GOODBYE_INTENT && this.ctx.farewells.says(text) && !saysStop(this.ctx, text);
    return farewell ? GOODBYE_INTENT : undefined;
  }

  private say(key: MessageKey): Draft['said'][number] {
    return { reply: { text: this.tools.view.fill(this.ctx.content.responses.messages[key]) } };
  }
}

const thanksWordsByContent = new WeakMap<EngineContext['content'], ReadonlySet<string>>();

/** Words of the thanks topic's examples besides the everyday ones of either language ("thanks", "gracias"), made once. */
function thanksWords(content: EngineContext['content']): ReadonlySet<string> {
  let words = thanksWordsByContent.get(content);
  if (!words) {
    const everyday = (word: string) => FUNCTION_WORDS.has(word) || SPANISH_STOP_WORDS.has(word);
    words = new Set((content.topicsByIntent.get(THANKS_INTENT)?.examples ?? []).flatMap(tokens).filter((word) => !everyday(word)));
    thanksWordsByContent.set(content, words);
  }
  return words;
}

const onOwnByContent = new WeakMap<EngineContext['content'], readonly string[]>();

/**
 * Content's `answers.onOwn` with accents folded, made once: read against every message, and tokenising each phrase
 * per message would also push the user's own texts out of the recent-tokens cache.
 */
function onOwnPhrases(content: EngineContext['content']): readonly string[] {
  let phrases = onOwnByContent.get(content);
  if (!phrases) {
    phrases = (content.responses.answers.onOwn ?? []).map(foldAccents);
    onOwnByContent.set(content, phrases);
  }
  return phrases;
}
