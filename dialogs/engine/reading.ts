import { LEGAL_QUESTION_INTENT, OUT_OF_SCOPE_INTENT } from '../content/intents';
import { tokens } from './answerReader';
import type { EngineContext } from './context';
import { FUNCTION_WORDS } from './wordForms';
import { SPANISH_STOP_WORDS } from '../nlu-es/spanishText';
import { LegalAsked } from './legalAsked';
import type { IntentRecognition } from './ports';
import type { ConversationState } from './state';
import { GOODBYE_INTENT, HELP_MENU_INTENT, isSmallTalk, isSmallTalkPair, THANKS_INTENT } from './topicAnswers';
import { clauses, saysAny, sentences, withoutWorryAfter } from './textMatch';
import { madeOnce } from './madeOnce';
import { WordPhrases } from './wordPhrases';

/** The turn that warned of a password typed into the chat (Turn.handle). */
const CREDENTIAL_WARNING = 'credential_warning';
/** A PACER username of the legacy shape, written out ("hw4471", "LP1234"), and PACER named beside it. */
const LEGACY_LOGIN = /(?<![\p{L}\p{N}@._&$*-])\p{L}{2}\p{N}{4}(?![\p{L}\p{N}@&$*]|[._-]\p{L})/u;
const PACER_NAMED = /\bpacer\b/i;
/** The topic of a login that fails, and the one of the legacy account's upgrade (stable intent names). */
const LOGIN_FAILS_INTENT = 'login_cookies';
const LEGACY_INTENT = 'upgrade_account';

/** While the bot waits for an answer, a reply it cannot place is a new question only when the recognizer is this sure. */
const NEW_QUESTION_SCORE = 0.4;
/** A clause where the user lacks a thing names its topic when the recognizer is at least this sure of it. */
const LACKING_SCORE = 0.6;
/** A question of at most this many words names no topic of its own: it follows on from the one in focus. */
const SHORT_QUESTION = 4;
/**
 * Below this, a goodbye is read as an acknowledgement ("i will try that"). This and NEW_QUESTION_SCORE follow the
 * recognizer's scores (bench/README.md, "Engine thresholds").
 */
const SURE_GOODBYE = 0.85;
/** A question read alone after who the user is ("… I'm testing this. What do you tell someone …?") must be this sure. */
const SURE_ALONE = 0.8;
/** Content's `answers.role` phrases, made once per content. */
const rolePhrases = new WeakMap<readonly string[], WordPhrases>();

/**
 * How sure a reading is of a closing: thanks and goodbye said in one breath ("got it thanks bye", "thanks thats all i
 * needed") split the recognizer's score between them, and both end the conversation's matter alike.
 */
function closingScore(recognition: IntentRecognition): number {
  const thanks = recognition.ranked.find((ranked) => ranked.intent === THANKS_INTENT)?.score ?? 0;
  return recognition.score + thanks;
}

/**
 * How the recognizer's reading of a message is made to fit a conversation: small talk or doubt around a question
 * yields to the question's clause, a follow-up that points back is read with the side topic in focus, and a
 * goodbye must be sure. Costs extra recognitions only for those messages.
 */
export class MessageReading {
  /** The last reading needed the topic in focus: the message follows on from it, it does not name it alone. */
  followsOn = false;

  constructor(private readonly ctx: EngineContext) {}

  read(state: ConversationState, text: string): IntentRecognition {
    return LegalAsked.of(this.ctx.content).reading(this.ctx, text, this.inContext(state, text, this.questionIn(text)));
  }

  /**
   * A sure goodbye, said by the whole message or one of its clauses ("ok ill call them tomorrow. bye"), in words of
   * farewell: "ok i see it" may score as one, but it ends nothing.
   */
  saysGoodbye(text: string, recognition: IntentRecognition): boolean {
    if (recognition.intent !== GOODBYE_INTENT || !this.ctx.farewells.says(text)) return false;
    if (closingScore(recognition) >= SURE_GOODBYE) return true;
    return clauses(text).some((part) => {
      const said = this.ctx.recognize(part);
      return said.intent === GOODBYE_INTENT && closingScore(said) >= SURE_GOODBYE;
    });
  }

  /** The reading of the message, or of its question when small talk or doubt surrounds it ("how do I link? I'm a legal assistant"). */
  private questionIn(text: string): IntentRecognition {
    const whole = this.ctx.recognize(text);
    const legacy = this.legacyLoginFailing(text, whole);
    if (legacy) return legacy;
    // "… the paper with my password is an old one, it doesn't work. I don't know my ecf password": what the user lacks.
    // Said in a clause of its own; with the clause before it only when the whole names nothing for sure ("what about
    // the PACER password for one of our attorneys, he forgot it" is read whole).
    const lacking = lackingTopic(this.ctx, text, !isConfident(whole));
    if (lacking) return lacking;
    if (!isSmallTalk(whole.intent) && isConfident(whole)) return this.pastWhoTheUserIs(text, whole) ?? this.pastTheRole(text, whole) ?? whole;
    const question = clauses(text).find((part) => this.ctx.answers.isQuestion(part));
    if (!question) return isConfident(whole) ? whole : this.closingIn(text) ?? this.pastOuterFillers(text) ?? whole;
    if (question === text.trim()) return whole;
    const asked = this.ctx.recognize(question);
    // A legal question only by the look of a short ask that names no thing of a case ("… an @ in it, is that an
    // issue?"): the rest of the message says what it is about.
    const legalByLooks = asked.intent === LEGAL_QUESTION_INTENT && LegalAsked.of(this.ctx.content).namesNoCase(text);
    return isConfident(asked) && !isSmallTalk(asked.intent) && !legalByLooks ? asked : whole;
  }

  /**
   * "It won't let me log in. My PACER login is hw4471": a login that fails, told with a PACER username of the legacy
   * shape (two letters and four digits, six characters in all), is the legacy account, which must be upgraded before
   * it works in NextGen (pamb.uscourts.gov, ded.uscourts.gov), not the browser's cookies.
   */
  private legacyLoginFailing(text: string, whole: IntentRecognition): IntentRecognition | undefined {
    if (!LEGACY_LOGIN.test(text) || !PACER_NAMED.test(text) || !this.ctx.content.topicsByIntent.has(LEGACY_INTENT)) return undefined;
    if (!whole.ranked.slice(0, 2).some((scored) => scored.intent === LOGIN_FAILS_INTENT)) return undefined;
    const score = Math.max(whole.score, ...whole.ranked.map((scored) => scored.score));
    return { intent: LEGACY_INTENT, score, ambiguous: false, ranked: [{ intent: LEGACY_INTENT, score }, ...whole.ranked.filter((scored) => scored.intent !== LEGACY_INTENT)] };
  }

  /**
   * "crap ecf pw isnt working, pretty sure i forgot it": an interjection around a problem (a filler: "ugh", "crap")
   * weighs with the recognizer as much as the problem's words and leaves it unsure; the message without the fillers
   * around it is read, and its reading used when that is confident of a topic.
   */
  private pastOuterFillers(text: string): IntentRecognition | undefined {
    if (!this.ctx.answers.saysTrouble(text)) return undefined;
    const core = this.ctx.answers.core(text);
    if (core === '' || core === tokens(text).join(' ')) return undefined;
    const reading = this.ctx.recognize(core);
    return isConfident(reading) && !isSmallTalk(reading.intent) ? reading : undefined;
  }

  /**
   * "ok thx, forwarding to the partners", "thank you! sending this to IT now": thanks (or a goodbye in a farewell's
   * words) said in a clause of its own, beside words that ask nothing, tell no trouble and no topic for sure, is that
   * closing, though the rest outweighs it in the whole.
   */
  private closingIn(text: string): IntentRecognition | undefined {
    const parts = clauses(text);
    if (parts.length < 2) return undefined;
    const readings = parts.map((part) => this.ctx.recognize(part));
    const closes = (part: string, reading: IntentRecognition) => isConfident(reading)
      && (reading.intent === THANKS_INTENT || (reading.intent === GOODBYE_INTENT && this.ctx.farewells.says(part)));
    const closing = readings.findIndex((reading, i) => closes(parts[i]!, reading));
    const beside = (part: string, reading: IntentRecognition) => !this.ctx.answers.saysTrouble(part) && !this.ctx.answers.saysStuck(part)
      && (isSmallTalk(reading.intent) || !isConfident(reading));
    return closing >= 0 && parts.every((part, i) => beside(part, readings[i]!)) ? readings[closing] : undefined;
  }

  /**
   * "im representing myself in federal court and i dont have a pacer account at all. how do i get one": who the user
   * is (a topic of content's `aboutTheUser`) is the context of what they say beside it, though its words outvote that
   * in the whole. A part of the message (a clause, or one side of an "and") confidently about the topic the whole
   * ranks next is what the message is about. Asking to link beside it is `linkingAsked`'s (turn.ts).
   */
  private pastWhoTheUserIs(text: string, whole: IntentRecognition): IntentRecognition | undefined {
    const { aboutTheUser, startIntent } = this.ctx.content.procedure;
    const next = whole.ranked.find((scored) => scored.intent !== whole.intent && scored.intent !== OUT_OF_SCOPE_INTENT)?.intent;
    if (!aboutTheUser.includes(whole.intent) || next === undefined || next === startIntent) return undefined;
    const parts = clauses(text).flatMap((clause) => [clause, ...this.ctx.answers.sides(clause)]);
    return parts.map((part) => this.ctx.recognize(part)).find((reading) => reading.intent === next && isConfident(reading));
  }

  /**
   * "Hi, I work the ECF help desk at the clerk's office and I'm testing this. What do you tell someone whose court isn't
   * live yet?": who the user is, or why they write (a sentence with a phrase of content's `answers.role`: "I work",
   * "I'm testing this", "estoy probando"), told before the sentence that asks, picks no topic, however its words
   * ("help desk") outvote the question's in the whole: the question does, when the recognizer is sure of it alone.
   * Never the walkthrough's start by this: "I'm a paralegal for three attorneys. Can I link?" keeps who is asking.
   */
  private pastTheRole(text: string, whole: IntentRecognition): IntentRecognition | undefined {
    const { answers } = this.ctx;
    const roles = this.ctx.content.responses.answers.role;
    if (!roles || roles.length === 0) return undefined;
    const parts = sentences(text);
    const last = parts.at(-1);
    if (parts.length < 2 || last === undefined || !(last.includes('?') || answers.isQuestion(last))) return undefined;
    const told = parts.slice(0, -1);
    const phrases = madeOnce(rolePhrases, roles, (list) => new WordPhrases(list.map(tokens)));
    // Only who they are: each clause says a role, or is a word of greeting ("Hi, I work …"); a clause telling the user's
    // situation beside it ("soy paralegal, en la oficina todos usamos una sola cuenta. ¿puedo vincular esa?") is context.
    const onlyRole = (part: string) => clauses(part).every((clause) => tokens(clause).length <= 1 || phrases.inside(tokens(clause)));
    if (!told.some((part) => phrases.inside(tokens(part))) || !told.every(onlyRole)
      || told.some((part) => part.includes('?') || answers.saysTrouble(part))) return undefined;
    const asked = this.ctx.recognize(last);
    const sure = isConfident(asked) && asked.score >= SURE_ALONE && !isSmallTalk(asked.intent);
    return sure && asked.intent !== whole.intent && asked.intent !== this.ctx.content.procedure.startIntent ? asked : undefined;
  }

  /**
   * A follow-up that the recognizer cannot place on its own is read again after the title of the side topic in
   * focus: a question that points back ("so how do i fix it", "how do we check that for the other courts"), or a
   * statement whose likeliest topic is already that one ("i never got the text" after one-time codes). The second
   * reading is used only when it is confident, and may settle a doubt or place what was out of scope, never
   * overrule another topic the message names.
   */
  private inContext(state: ConversationState, text: string, recognition: IntentRecognition): IntentRecognition {
    const { answers } = this.ctx;
    const aboutPassword = this.pointsAtPassword(state, text);
    if (isConfident(recognition) && !aboutPassword) return recognition;
    const topic = contextTopic(this.ctx, state);
    const title = topic && this.ctx.content.topicsByIntent.get(topic)?.title;
    if (!title) return recognition;
    // A question follows on when it points back or is too short to name a topic of its own ("how can i check"),
    // unless the recognizer is sure it is out of scope and it names a thing no topic speaks of ("how much is that
    // coffee": "a cuanto esta el dolar" points back only by the look of "está" typed without its accent); any
    // message does when it says a word that tells the topic in focus ("the code", "the billing"). The legal question's
    // words are everyday words: nothing surely out of scope that names a thing of its own follows on from its answer
    // ("aight. also whos gonna win the super bowl": "win" is legal advice's word, and its likeliest topic).
    const short = text.trim().split(/\s+/).length <= SHORT_QUESTION;
    const ownThing = asksOfItsOwn(this.ctx, recognition, text);
    const asksAfter = answers.isQuestion(text) && !ownThing && (answers.refersBack(text) || short);
    const afterLegal = ownThing && topic === LEGAL_QUESTION_INTENT;
    const follows = aboutPassword || (!afterLegal && ((answers.isQuestion(text) ? asksAfter : likeliest(recognition) === topic)
      || this.ctx.topicWords.says(topic, text)));
    if (!follows) return recognition;
    const again = this.ctx.recognize(`${title}. ${text}`);
    // Right after the password warning, what a question points back at is that password, whatever it leaned to alone.
    const agrees = recognition.intent === OUT_OF_SCOPE_INTENT || recognition.intent === again.intent || topic === warnedPassword(this.ctx, state);
    this.followsOn = isConfident(again) && agrees;
    return this.followsOn ? again : recognition;
  }

  /**
   * Right after the password warning, a question too short to name a topic of its own ("¿y cómo la cambio?") is
   * about that password, however surely its few words alone lean elsewhere.
   */
  private pointsAtPassword(state: ConversationState, text: string): boolean {
    const { answers } = this.ctx;
    const short = tokens(answers.core(text)).length <= SHORT_QUESTION;
    return short && warnedPassword(this.ctx, state) !== undefined && (answers.isQuestion(text) || text.includes('?'));
  }

}

/**
 * The side topic in focus: right after the password warning, the password's (content's `passwordTopic`: "how do I
 * change it?"); else the open tree's, else the last one answered (the walkthrough is no context here).
 */
export function contextTopic(ctx: EngineContext, state: ConversationState): string | undefined {
  const warned = warnedPassword(ctx, state);
  if (warned) return warned;
  const last = [...(state.recent ?? [])].reverse().find((turn) => turn.intent && ctx.content.topicsByIntent.has(turn.intent));
  // The menu of what the bot can do is no topic a follow-up is about.
  const side = ![OUT_OF_SCOPE_INTENT, HELP_MENU_INTENT, ctx.content.procedure.startIntent].includes(last?.intent ?? '');
  const lastTopic = last?.intent && side && !isSmallTalk(last.intent) ? last.intent : undefined;
  // A side topic answered just now, with a tree's question still open ("¿y mientras puedo seguir presentando?" right
  // after how to undo a link, the menus' question pending), is what a follow-up is about.
  if (state.tree) return lastTopic !== undefined && last === state.recent?.at(-1) ? lastTopic : state.tree.flowId;
  return lastTopic;
}

/** Right after the password warning: content's topic for that password (`passwordTopic`), if it names one. */
function warnedPassword(ctx: EngineContext, state: ConversationState): string | undefined {
  return state.recent?.at(-1)?.action === CREDENTIAL_WARNING ? ctx.content.procedure.passwordTopic : undefined;
}

/** The likeliest topic of a reading, out of scope aside. */
function likeliest(recognition: IntentRecognition): string | undefined {
  return recognition.ranked.find((scored) => scored.intent !== OUT_OF_SCOPE_INTENT)?.intent;
}

/** Sure enough to be answered as a new question while the bot waits for an answer. */
export function isConfident(recognition: IntentRecognition): boolean {
  const clear = !recognition.ambiguous || isSmallTalkPair(recognition);
  return recognition.intent !== OUT_OF_SCOPE_INTENT && clear && recognition.score >= NEW_QUESTION_SCORE;
}

/** The recognizer is sure no topic answers the message: out of scope, as surely as a topic would be confident. */
export function isSurelyOutOfScope(recognition: IntentRecognition): boolean {
  return recognition.intent === OUT_OF_SCOPE_INTENT && recognition.score >= NEW_QUESTION_SCORE;
}

/**
 * Out of scope for sure, and naming a thing no topic the bot answers speaks of ("how much is that coffee", "a cuanto
 * esta el dolar"): whatever it seems to point back at, the message asks of its own thing, not of the answer in focus.
 */
export function asksOfItsOwn(ctx: EngineContext, recognition: IntentRecognition, text: string): boolean {
  if (!isSurelyOutOfScope(recognition)) return false;
  // What asks is read, not a remark beside it ("meh. alright, how would i do that").
  const asking = clauses(text).filter((part) => ctx.answers.isQuestion(part));
  return (asking.length > 0 ? asking : [text]).some((part) => ctx.topicWords.saysForeignWord(part));
}

/** A clause that asks to start linking, confidently ("now the linking", "I have to link my account"). */
export function asksToLink(ctx: EngineContext, part: string, reading: IntentRecognition = ctx.recognize(part)): boolean {
  return reading.intent === ctx.content.procedure.startIntent && isConfident(reading);
}

/** The most words a clause saying only who the user is has ("soy asistente legal en una firma"). */
const ROLE_WORDS = 6;

/**
 * "soy paralegal", "I'm a legal assistant at a firm": a short clause, asking nothing, that says who the user is by a
 * phrase of content's `answers.role`, whatever topic its words lean to (a paralegal's: the shared account).
 */
export function saysRoleOnly(ctx: EngineContext, clause: string): boolean {
  const roles = ctx.content.responses.answers.role;
  const words = tokens(clause);
  if (!roles || roles.length === 0 || words.length > ROLE_WORDS || clause.includes('?') || ctx.answers.isQuestion(clause)) return false;
  return madeOnce(rolePhrases, roles, (list) => new WordPhrases(list.map(tokens))).inside(words);
}

/**
 * The object of a start or going-back phrase that is the linking itself ("[do] the linking", "[back to] the link
 * process"): it asks to link as it is, or its last word does ("the linking" alone reads as a link problem); "the
 * linking page" ends in the screen it names, a step.
 */
export function namesTheLinking(ctx: EngineContext, object: string): boolean {
  const last = tokens(object).at(-1);
  return asksToLink(ctx, object) || (last !== undefined && asksToLink(ctx, last));
}

/** A worry told in a sentence of this many words at most ("i'm scared i'll mess something up") is read as one. */
const WORRY_WORDS = 20;

/** The question a message asks, without the worry told after it (content's `notAnger` words: "scared", "worried"). */
export function askedBeforeWorry(ctx: EngineContext, text: string): string {
  const worry = ctx.content.responses.notAnger ?? [];
  return withoutWorryAfter(text, (part) => ctx.answers.isQuestion(part), (part) => saysAny(part, worry, WORRY_WORDS));
}

/**
 * Thanks said in a clause of its own ("ty, I'll forward this to him", "Thanks, have a good one", "gracias, se lo paso a
 * mi jefe"): the message thanks, whatever the rest remarks.
 */
export function thanksInClause(ctx: EngineContext, text: string): boolean {
  return clauses(text).some((part) => {
    const reading = ctx.recognize(part);
    return reading.intent === THANKS_INTENT && isConfident(reading);
  });
}

/**
 * "the paper with my password is an old one, it doesn't work. I don't know my ecf password", "how do I get my old ecf
 * password back", "se me olvidó el password": the reading of the message, or of its clause, that says the user lacks a
 * thing (content's `lacking`), when the recognizer is sure it names a help topic: what the message asks, whatever the
 * rest leans to. Most messages say no such word (one look-up a word) and cost no recognition. `withBefore`: a clause
 * that names nothing for sure is read with the one before it.
 */
export function lackingTopic(ctx: EngineContext, text: string, withBefore = true): IntentRecognition | undefined {
  const { answers, content } = ctx;
  if (!answers.saysLacking(text)) return undefined;
  const sure = (part: string) => {
    const reading = ctx.recognize(part);
    const names = isConfident(reading) && reading.score >= LACKING_SCORE && !isSmallTalk(reading.intent)
      && content.topicsByIntent.has(reading.intent);
    return names ? reading : undefined;
  };
  const all = clauses(text);
  if (all.length < 2) return sure(text);
  // The clause that says it, not the whole: "the password from my pacer notes doesn't work here. I don't know my ecf
  // password" lacks the ECF password, though the whole leans to PACER's. A clause that only says it ("creo q se me
  // olvidó") is read with the one before it, which names what is lacking ("ahora me dice q el password está mal").
  // Alone, it must name what is lacking ("my ecf password"): "he forgot it", "I think I forgot it" name nothing but
  // function words and hedges, whatever topic the recognizer guesses for them.
  const hedges = hedgesOf(content);
  const names = (part: string) => answers.pastLacking(part)
    .some((word) => !FUNCTION_WORDS.has(word) && !SPANISH_STOP_WORDS.has(word) && !hedges.has(word));
  const alone = (part: string) => (names(part) ? sure(part) : undefined);
  let best: IntentRecognition | undefined;
  for (const [i, part] of all.entries()) {
    const reading = answers.saysLacking(part) ? alone(part) ?? (withBefore && i > 0 ? sure(`${all[i - 1]!}. ${part}`) : undefined) : undefined;
    if (reading && reading.score > (best?.score ?? 0)) best = reading;
  }
  return best;
}

const hedgesByContent = new WeakMap<EngineContext['content'], ReadonlySet<string>>();

/** Content's `answers.hedges` as a set, made once. */
function hedgesOf(content: EngineContext['content']): ReadonlySet<string> {
  let hedges = hedgesByContent.get(content);
  if (!hedges) {
    hedges = new Set(content.responses.answers.hedges ?? []);
    hedgesByContent.set(content, hedges);
  }
  return hedges;
}
