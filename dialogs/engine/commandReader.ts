import { madeOnce } from './madeOnce';
import { foldAccents, normaliseText } from '../content/normalise';
import type { CommandKey } from '../content/types';
import { isNegation, tokens } from './answerReader';
import { commandKeyOfWords, type EngineContext } from './context';
import { OTHER_COURT, type CourtReading } from './courtDirectory';
import { asksFirstMove } from './firstMove';
import { asksToTakeUp, asksWhere, goesBackToCourt, goesBackToPlace, namesStepBefore, saysLostOnly } from './placeAsked';
import { notNow, putsOff } from './putOff';
import { namesTheLinking } from './reading';
import { readChatSpanish } from '../nlu-es/chatSpanish';
import { saysOnlyCameBack } from './saidAsides';
import { saidOfStep } from './stepWords';
import type { ConversationState } from './state';
import { clauses, saysAny } from './textMatch';
import { TurnMemo } from './turnMemo';

/** Commands that act on the place in the walkthrough or tree: the only ones read inside a longer message. */
const NAVIGATION: ReadonlySet<CommandKey> = new Set(['next', 'back', 'repeat', 'restart', 'stop', 'resume', 'where', 'start']);
/** The only command whose one-word forms are read through a slip of the keys: progress replies typed on a phone. */
const TYPO_COMMAND: CommandKey = 'next';
/** What start commands are said of ("let's do it"); the court or the linking taken up stands in its place. */
const START_OBJECT = 'it';
/** A court's name marked in its place, to see whether anything else was said with it. */
const COURT_MARK = '§';
/** A message up to this long that says a stop phrase of several words stops ("let me stop at this point for today"). */
const STOP_SAID_WORDS = 10;
/** A command this long at most may open a message without a mark after it ("stop i need to go", "go back i missed it"). */
const OPENING_COMMAND_WORDS = 3;
/** A navigation command asked politely this long at most may too ("can you repeat that please my eyes are tired"). */
const OPENING_REQUEST_WORDS = 8;
/** A one-word form this long at least may be mistyped ("donne", "nxet"); shorter words are too alike. */
const TYPO_MIN_LENGTH = 4;

/** A command found in a message; `whole`: the message is the command (fillers aside), not one clause of it. */
export interface FoundCommand { readonly command: CommandKey; readonly whole: boolean }

/**
 * Commands in what people type: the whole message ("ok continue please"), "yes" to the hint to continue, or one
 * clause when the others ask nothing ("stop, i have to take a call", "lol sorry. say that again", "done, next": the
 * last one said wins). Only navigation is read in a clause: "what are my options" inside a longer message is part
 * of its question.
 */
export function readCommand(ctx: EngineContext, state: ConversationState, text: string): FoundCommand | undefined {
  // Going back to the court being linked ("ok. back to the district court one") shows the walkthrough where it was:
  // going back never goes on, as "continue" right after a step card would.
  const commandOf = (said: string) => lookUp(ctx, said) ?? (goesBackToCourt(ctx, state, said) ? 'where' : undefined)
    ?? (goesBackToPlace(ctx, said) ? 'resume' : undefined) ?? (takenUp(ctx, said) ? 'start' : undefined);
  const whole = commandOf(text);
  if (whole) return { command: whole, whole: true };
  if (state.interrupted && !state.pending && ctx.answers.purePolarity(text) === 'yes') return { command: 'resume', whole: true };
  // "I'll register first then come back" with nothing under way is a pause all the same (the turn acknowledges it).
  if (leavesForNow(ctx, text)) return { command: 'stop', whole: false };
  const parts = clausesOf(ctx, text);
  if (parts.length < 2) return undefined;
  // With nothing under way only taking the walkthrough up is read in a clause ("ya volví, ¿en qué quedamos?").
  const underWay = state.walkthrough !== undefined || state.tree !== undefined;
  const found = parts.map((part) => {
    // A clause keeps the question mark closing it: "I have returned. Remind me where we left off?" asks where.
    const command = commandOf(closedByQuestionMark(text, part) ? `${part}?` : part);
    return underWay || command === 'where' || command === 'resume' ? command : undefined;
  });
  if (!found.some((command) => command !== undefined)) return undefined;
  // "can you explain it again, I got lost", "go back i got lost": being lost says why beside anything else said, which
  // is what is asked; beside only commands asking the place or fillers ("ok i'm lost, which step is this") it asks it.
  const lostWhy = (i: number) => found[i] === 'where' && saysLostOnly(ctx, parts[i]!);
  // "lost track, what's next", "perdón me distraje, ¿qué sigue?": the user who lost the place asks what to do from it,
  // which is the step they are on (not yet told done), never the one after it.
  // Said lost with its subject dropped too ("lost track"); any other clause beside them says what is meant.
  const lost = parts.map((part, i) => (found[i] === undefined || found[i] === 'where') && saysLostOnly(ctx, part));
  if (lost.some(Boolean) && found.some((command) => command === 'next')
    && parts.every((part, i) => lost[i] || found[i] === 'next' || found[i] === 'where' || ctx.answers.isAcknowledgement(part))) {
    return { command: 'where', whole: true };
  }
  const besideElse = parts.some((part, i) => !lostWhy(i) && !(found[i] === 'where' || ctx.answers.isAcknowledgement(part)));
  if (besideElse) parts.forEach((_, i) => { if (lostWhy(i)) found[i] = undefined; });
  if (!found.some((command) => command !== undefined)) return undefined;
  // "sorry I don't understand, can you explain more easy?": every clause the same command, the message is that command.
  if (found.every((command) => command === found[0])) return { command: found[0]!, whole: true };
  // A clause asks by its words, or by the question mark closing it beside commands told, not asked ("before i go on —
  // if the names differ is that a problem?"); beside a command asked ("so i'm done? nothing to do?") the marks ask one thing.
  const told = parts.every((part, i) => found[i] === undefined || !closedByQuestionMark(text, part));
  const asks = (part: string) => ctx.answers.isQuestion(part) || (told && closedByQuestionMark(text, part));
  // "wait can you say that again, what am i checking?": a repeat beside a question of what the step on screen says.
  const onScreen = found.includes('repeat') ? stepOnScreen(ctx, state) : undefined;
  const ofCard = (part: string) => onScreen !== undefined && saidOfStep(ctx.content, part, onScreen);
  if (parts.some((part, i) => found[i] === undefined && asks(part) && !ofCard(part))) return undefined;
  const navigation = found.map((c, i) => (c !== undefined && NAVIGATION.has(c) ? i : -1));
  const at = Math.max(...navigation);
  const command = at < 0 ? undefined : found[at];
  // "it didn't work, what now?" / "no funcionó, ¿y ahora qué hago?": a problem with this step, then "what now", is no
  // move on; nor is "done" said with a turn to what did not happen ("listo, pero no veo los menús").
  // Nor is "what now" after a contrast told ("the CM/ECF line has my name but the PACER line says a firm"): what
  // did not go as it should is what it is about.
  const toldBefore = (part: string) => ctx.answers.saysStuck(part) || (ctx.answers.afterContrast(part) ?? '') !== '';
  const stuckBefore = parts.slice(0, at).some((part, i) => found[i] === undefined && toldBefore(part));
  if (command === 'next' && (stuckBefore || turnsToAProblem(ctx, text))) return undefined;
  // Beside only what the card on screen says, asked, the repeat is all the message asks (no topic's question).
  const onlyOfCard = command === 'repeat' && parts.every((part, i) => found[i] !== undefined || ofCard(part) || ctx.answers.isAcknowledgement(part));
  return command && { command, whole: onlyOfCard };
}

/** The step (1-based) whose card the walkthrough shows, no side topic open over it. */
function stepOnScreen(ctx: EngineContext, state: ConversationState): number | undefined {
  if (state.tree || state.pending || state.stopped || !state.walkthrough) return undefined;
  return ctx.content.procedure.flow.nodes.get(state.walkthrough.nodeId)?.step;
}

/** The clause, as `clauses` cut it from the text, is followed by a question mark there. */
function closedByQuestionMark(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && /^\s*\?/.test(text.slice(at + part.length));
}

/** "done, but I don't see the menus", "listo, pero no aparecen los menús": what did not happen is what it is about. */
export function turnsToAProblem(ctx: EngineContext, text: string): boolean {
  return tokens(ctx.answers.afterContrast(text) ?? '').some(isNegation);
}

/** The user leaves for now, in words of their own (saysStop, opensWithStop), not with a bare stop command. */
export function leavesForNow(ctx: EngineContext, text: string): boolean {
  return saysStop(ctx, text) || opensWithStop(ctx, text);
}

/**
 * A stop phrase (content's `stopSaid`), or the rest put off in other words (putOff: "ok im going to stop and do this
 * tomorrow"), said inside a short message, or a short clause of a longer one ("actually I
 * have a hearing in 10 min, I'll finish this later"), that asks nothing and negates nothing ("ok i need to pause
 * here for today"); "it won't stop here" is a problem, not a pause. What follows the phrase says when, not what is
 * asked ("I'll come back when they go live": its "when they" is no question), so only the words up to the phrase's
 * end and the clauses without it may ask ("can I stop here?", "I'll come back later. what do I do meanwhile?").
 */
export function saysStop(ctx: EngineContext, text: string): boolean {
  const { answers } = ctx.content.responses;
  // "I can't continue right now" negates as its way of putting off: then only trouble told beside it ("… it won't load",
  // "… it keeps looping") says it is no pause; else any negation does ("it won't stop here"). The reason given ("my
  // client just walked in") is not read by the recognizer, which places such words on topics of their own.
  const parts = clauses(text);
  if (tokens(text).some(isNegation)) {
    const rest = parts.filter((part) => !notNow(answers, part));
    if (rest.length === parts.length || rest.some((part) => ctx.answers.saysTrouble(part))) return false;
  }
  const phrases = ctx.content.responses.stopSaid ?? [];
  const said = (part: string) => saysAny(part, phrases, STOP_SAID_WORDS) || putsOff(answers, part);
  const stopClause = said(text) ? text : parts.find(said);
  if (stopClause === undefined) return false;
  const asks = (part: string) => ctx.answers.isQuestion(part);
  // "will finish tomorrow" (no question mark) tells a plan, its subject dropped: it does not ask.
  const opening = upToPhrase(stopClause, phrases);
  const stopAsks = asks(opening) && (/[?¿]/.test(stopClause) || !ctx.answers.tellsPlan(opening));
  return !stopAsks && !parts.some((part) => !said(part) && asks(part));
}

/**
 * "stop i need to go look this up", "pause im on a call": a stop command opening the message and, with no mark
 * between, a sentence of the user's own (opening with a word of `answers.whereWho`: "I", "we") that asks and negates
 * nothing: why the user stops, as "stop, i have to take a call" says with its comma. Any other word after the command
 * ("cancel button is greyed out") makes the command's word part of what is told.
 */
function opensWithStop(ctx: EngineContext, text: string): boolean {
  const opening = commandOpening(ctx, text);
  return opening?.command === 'stop' && !tokens(opening.rest).some(isNegation) && !ctx.answers.isQuestion(opening.rest);
}

/**
 * A command opening the message and, with no mark between, a sentence of the user's own (opening with a word of
 * `answers.whereWho`, "I", "we", or of `answers.commandReason`, "my"): "stop i need to go", "wait go back i didnt read
 * the first one properly"; a navigation command asked politely too ("can you repeat that please my eyes are tired").
 * Undefined when the message opens with none.
 */
function commandOpening(ctx: EngineContext, text: string): Opening | undefined {
  // Asked of the same text by the stop readers and the clause cutter many times a turn (~5 times on the sets).
  return readingsOf(ctx).opening.of(text, (said) => readOpening(ctx, said));
}

/** A command opening the message (see `commandOpening`): the command, its words as said, and the words after them. */
interface Opening { readonly command: CommandKey; readonly said: string; readonly rest: string }

function readOpening(ctx: EngineContext, text: string): Opening | undefined {
  const words = tokens(ctx.answers.core(text));
  const who = answerWords(ctx.content, 'whereWho');
  const why = answerWords(ctx.content, 'commandReason');
  const joins = answerWords(ctx.content, 'reasonJoin');
  for (let cut = 1; cut <= Math.min(OPENING_REQUEST_WORDS, words.length - 1); cut += 1) {
    const next = words[cut]!;
    // Most cuts are followed by no word that joins or opens a reason: nothing is joined for them.
    const joined = joins.has(next) && cut + 1 < words.length;
    if (!joined && !who.has(next) && !why.has(next)) continue;
    const said = words.slice(0, cut).join(' ');
    // A step shown again in more words, then why ("regrésame al paso de antes q no leí bien", "go back to the step
    // before cause i missed it"): the reason joined by a word of its own (`reasonJoin`), told without it.
    const shown = joined ? lookUp(ctx, said) : undefined;
    if (shown === 'back' || shown === 'repeat') return { command: shown, said, rest: words.slice(cut + 1).join(' ') };
    if (!who.has(next) && !why.has(next)) continue;
    const command = cut <= OPENING_COMMAND_WORDS ? ctx.commands.get(commandKeyOfWords(words.slice(0, cut))) : undefined;
    if (command !== undefined) return { command, said, rest: words.slice(cut).join(' ') };
    const asked = ctx.answers.request(said) === undefined ? undefined : lookUp(ctx, said);
    if (asked !== undefined && asked !== 'stop' && NAVIGATION.has(asked)) return { command: asked, said, rest: words.slice(cut).join(' ') };
  }
  return undefined;
}

/**
 * The message's clauses; one clause opening with a navigation command and a sentence of the user's own is read as
 * the two it would be with a mark between them ("go back i didnt read it" as "go back, i didnt read it"). A stop is
 * read so by opensWithStop; "next" so only beside no trouble ("next i cant find it" tells the trouble).
 */
function clausesOf(ctx: EngineContext, text: string): string[] {
  const parts = clauses(text);
  const opening = parts.length === 1 ? commandOpening(ctx, text) : undefined;
  if (!opening && parts.length === 1) return commandsGlued(ctx, text) ?? parts;
  if (!opening || opening.command === 'stop' || !NAVIGATION.has(opening.command)) return parts;
  return opening.command === 'next' && ctx.answers.saysTrouble(opening.rest) ? parts : [opening.said, opening.rest];
}

/** The most words of two commands said one after the other with no mark between them ("actually nvm lets continue"). */
const GLUED_WORDS = 6;

/**
 * Two commands said one after the other with no mark between them ("nvm lets continue", "ok stop go back"): the two
 * clauses they would be with a comma, the last one said winning as it does there. Each must be a navigation command of
 * content's in its own words ("before i" + "do this" are none). Undefined when the message is not so.
 */
function commandsGlued(ctx: EngineContext, text: string): string[] | undefined {
  const words = tokens(ctx.answers.core(text));
  if (words.length < 2 || words.length > GLUED_WORDS) return undefined;
  for (let cut = 1; cut < words.length; cut += 1) {
    const first = words.slice(0, cut).join(' ');
    const rest = words.slice(cut).join(' ');
    if (ownCommand(ctx, first) && ownCommand(ctx, rest)) return [first, rest];
  }
  return undefined;
}

/** Whether words are one of content's navigation commands as listed ("nvm", "lets continue"), fillers aside. */
function ownCommand(ctx: EngineContext, said: string): boolean {
  const command = ctx.commands.get(commandKeyOfWords(tokens(said))) ?? ctx.commands.get(commandKeyOfWords(ctx.answers.core(said).split(' ')));
  return command !== undefined && NAVIGATION.has(command);
}

type WordList = 'whereWho' | 'whereReminding' | 'commandAround' | 'commandReason' | 'reasonJoin' | 'showAgain';
const wordSetsByContent = new WeakMap<EngineContext['content'], Map<WordList, ReadonlySet<string>>>();

/** One of content's `answers` word lists as a set of words (whereWho: "I", "we"; commandAround), made once. */
function answerWords(content: EngineContext['content'], list: WordList): ReadonlySet<string> {
  let sets = wordSetsByContent.get(content);
  if (!sets) wordSetsByContent.set(content, (sets = new Map()));
  let words = sets.get(list);
  if (!words) {
    words = new Set((content.responses.answers[list] ?? []).flatMap(tokens));
    sets.set(list, words);
  }
  return words;
}

/** The words after a message's stop phrase ("ok gotta go thx" -> "thx"); '' when it has none or nothing follows it. */
export function afterStopPhrase(ctx: EngineContext, text: string): string {
  const phrases = ctx.content.responses.stopSaid ?? [];
  const upTo = upToPhrase(text, phrases);
  const whole = normaliseText(text);
  return upTo === whole ? '' : whole.slice(upTo.length).trim();
}

/** The text normalised, up to the end of the first of the phrases it says (all of it when it says none). */
function upToPhrase(text: string, phrases: readonly string[]): string {
  const padded = ` ${normaliseText(text)} `;
  const ends = phrases.map((phrase) => {
    const at = padded.indexOf(` ${normaliseText(phrase)} `);
    return at < 0 ? -1 : at + normaliseText(phrase).length + 1;
  }).filter((end) => end > 0);
  return ends.length === 0 ? padded.trim() : padded.slice(0, Math.min(...ends)).trim();
}

/** What a start command takes up as its object ("let's do [it]"): the linking itself, or a court. */
type TakenUp = CourtReading | { readonly kind: 'linking' };

/**
 * A start command whose object is the linking ("lets do the link") or a court's name alone ("alright let's do
 * Hawaii", "lets do sdny"; read loosely, since a court is expected there): what it takes up, else undefined.
 */
function takenUp(ctx: EngineContext, text: string): TakenUp | undefined {
  return readingsOf(ctx).takenUp.of(text, (said) => readTakenUp(ctx, said));
}

function readTakenUp(ctx: EngineContext, text: string): TakenUp | undefined {
  const words = tokens(ctx.answers.core(text));
  const { heads, longest, opens } = startHeads(ctx);
  for (let cut = 1; cut < words.length && cut <= longest; cut += 1) {
    if (!heads.has(words.slice(0, cut).join(' '))) continue;
    const object = words.slice(cut).join(' ');
    // A question whose head opens a clause of its own ("do | i have to answer the trustee's motion before i link?")
    // asks about something done before or besides the linking: nothing is taken up, though it ends in "link".
    if (opens.has(words[cut]!) && words[cut] !== START_OBJECT && ctx.answers.isQuestion(text)) continue;
    // The linking said with an article or a word before it ("do the link", "do the linking"): its last word says it.
    if (namesTheLinking(ctx, object)) return { kind: 'linking' };
    // A clause of its own after the head names no court taken up: "do | I have to do the same in S.D. Ill. too" asks
    // ("walk me through | it for SDNY" says its object).
    if (ctx.pinnedCourt || (opens.has(words[cut]!) && words[cut] !== START_OBJECT)) continue;
    const found = ctx.courts.read(object, true);
    const ids = found?.kind === 'court' ? [found.id] : found?.kind === 'choice' ? found.ids : [];
    // The object is the court's name and nothing else but when or in which order ("lets do edpa first", content's
    // `takeUpOrder`): "do I have to do the same in S.D. Ill." takes nothing up.
    if (ids.length > 0 && !ids.includes(OTHER_COURT) && onlyCourt(ctx, ctx.courts.withCourtsAs(object, ids, COURT_MARK))) return found;
  }
  return undefined;
}

/** The court's mark alone, or with words that say when or in which order it is taken up ("§ first", "§ now"). */
function onlyCourt(ctx: EngineContext, marked: string): boolean {
  const order = ctx.content.responses.answers.takeUpOrder ?? [];
  const words = marked.split(' ');
  return words.filter((word) => word === COURT_MARK).length === 1 && words.every((word) => word === COURT_MARK || order.includes(word));
}

/** The start commands' heads, the words in the longest of them, and content's `answers.opens` as a set. */
interface StartHeads { readonly heads: ReadonlySet<string>; readonly longest: number; readonly opens: ReadonlySet<string> }
const headsByContent = new WeakMap<EngineContext['content'], StartHeads>();

/**
 * The start commands said of "it", without it ("let's do it" -> "do", "walk me through it" -> "walk me through"), and
 * content's openings that take up a court named after them (`takeUpWith`: "help me with", "ayúdame con"; Spanish
 * joins its "it" to the verb, "hagámoslo", so its heads are listed).
 */
function startHeads(ctx: EngineContext): StartHeads {
  let found = headsByContent.get(ctx.content);
  if (!found) {
    const ofIt = ctx.content.responses.commands.start.map((phrase) => tokens(ctx.answers.core(phrase))).filter((words) => words.at(-1) === START_OBJECT);
    const withCourt = (ctx.content.responses.answers.takeUpWith ?? []).map((phrase) => [...tokens(phrase), START_OBJECT]);
    const heads = [...ofIt, ...withCourt].map((words) => words.slice(0, -1)).filter((head) => head.length > 0);
    found = {
      heads: new Set(heads.map((head) => head.join(' '))),
      longest: Math.max(0, ...heads.map((head) => head.length)),
      opens: new Set(ctx.content.responses.answers.opens ?? []),
    };
    headsByContent.set(ctx.content, found);
  }
  return found;
}

/** What a message says as a command, or takes up, read once a turn: readCommand asks it of the same texts again. */
interface CommandReadings {
  readonly lookUp: TurnMemo<CommandKey | undefined>;
  readonly takenUp: TurnMemo<TakenUp | undefined>;
  readonly opening: TurnMemo<Opening | undefined>;
}
const readingsByContext = new WeakMap<EngineContext, CommandReadings>();

function readingsOf(ctx: EngineContext): CommandReadings {
  let readings = readingsByContext.get(ctx);
  if (!readings) {
    readings = { lookUp: new TurnMemo(), takenUp: new TurnMemo(), opening: new TurnMemo() };
    readingsByContext.set(ctx, readings);
  }
  return readings;
}

/** The court a start command in the message takes up ("ok, lets do sdny"), if any. */
export function courtTakenUp(ctx: EngineContext, text: string): CourtReading | undefined {
  const found = clauses(text).map((part) => takenUp(ctx, part)).find((taken) => taken !== undefined);
  return found?.kind === 'linking' ? undefined : found;
}

/**
 * A start command of content's as it stands or asked politely ("lets link", "can we start?"), not a sentence that only
 * names the linking after a verb ("do I have to do this linking?").
 */
export function isStartCommand(ctx: EngineContext, text: string): boolean {
  // "please start the linking walkthrough", "begin the link process": a start command whose object is the linking,
  // told, not asked ("do I have to do this linking?").
  if (lookUp(ctx, text) === 'start') return true;
  return !ctx.answers.isQuestion(text) && !text.includes('?') && takenUp(ctx, text)?.kind === 'linking';
}

/** A message that is a command as it stands, or once the fillers around it are dropped. */
function lookUp(ctx: EngineContext, text: string): CommandKey | undefined {
  return readingsOf(ctx).lookUp.of(text, (said) => readLookUp(ctx, said));
}

function readLookUp(ctx: EngineContext, text: string): CommandKey | undefined {
  // The answer reader's forms below are its words joined, normalised already: not normalised again on the turn path.
  const commandOfForm = (normalised: string) => ctx.commands.get(commandKeyOfWords(normalised.split(' ')));
  const found = ctx.commands.get(commandKeyOfWords(tokens(text))) ?? commandOfForm(ctx.answers.core(text))
    // Fillers inside it too ("wait what did you just ask"): only a whole command of content's is taken this way.
    ?? commandOfForm(ctx.answers.withoutAnyFillers(text))
    // A command that opens with a filler of its own, after others ("ok then let's link": "let's link").
    ?? ctx.answers.fillerOpenings(text).map(commandOfForm).find((command) => command !== undefined);
  if (found) return found;
  // "can you repeat that", "could we go back": the command, asked politely (never "help": "can you help me link").
  const asked = ctx.answers.request(text);
  const command = asked === undefined ? undefined : commandOfForm(ctx.answers.core(asked));
  if (command !== undefined && NAVIGATION.has(command)) return command;
  // "can you repeat what i'm supposed to click", "¿puedes repetir eso?": a repeat whose object is what the bot said.
  if (repeatsWhatWasSaid(ctx, asked ?? text)) return 'repeat';
  if (explainsAgain(ctx, asked ?? text)) return 'explain';
  // "where was I again", "¿en qué paso íbamos?": where the user is, asked in other words than a `where` command's.
  if (asksWhere(ctx, text)) return 'where';
  // "remind me what's next", "recuérdame qué sigue": the next move asked to be said again is the step the user is on.
  if (remindsOfNext(ctx, text)) return 'where';
  // "can we continue where we left off": the same place asked for, as "where was I" does (never the next step).
  if (asksToTakeUp(ctx, text)) return 'where';
  // "First what I do?", "ok go ahead from the top": the first move asked for in the user's own words and order.
  if (asksFirstMove(ctx, text)) return 'start';
  // "ok, we start please", "resume the linking", "sigo con el mío": a navigation command with words around it that
  // change nothing it asks.
  const around = commandAmid(ctx, asked ?? text);
  if (around !== undefined) return around;
  // "can we go back to the previous step", "regrésame al paso anterior": going back said in two of its commands.
  if (namesStepBefore(ctx, tokens(foldAccents(ctx.answers.core(asked ?? text))))) return 'back';
  // "I have returned", "ok i've returned": back after being away, in content's `cameBack` words, takes the walkthrough
  // up ("and back again" goes back a step, read above).
  if (saysOnlyCameBack(ctx, text)) return 'resume';
  // "ok thx, proceeding", "fine, continuing", "let's keep at it", "ya, continúo": going on said as what the user does.
  if (goesOnAmid(ctx, text)) return 'resume';
  if (mistyped(ctx, ctx.answers.core(text))) return TYPO_COMMAND;
  // Spanish as people chat it ("q dijiste?", "me tengo q ir"): the command in the words its shorthand stands for.
  return ctx.content.locale === 'es' ? inChatSpanish(ctx, text) : undefined;
}

/**
 * A word of content's `answers.whereReminding` ("remind", "recuérdame") opening the message, words saying who (`whereWho`:
 * "me", "us") after it, then a `next` command or its words in any order ("remind me what i do now", "remind us what's
 * next"): what was said to do, asked again, which is the place, not the step after it.
 */
function remindsOfNext(ctx: EngineContext, text: string): boolean {
  const words = tokens(ctx.answers.core(text));
  if (words.length < 2 || !answerWords(ctx.content, 'whereReminding').has(words[0]!)) return false;
  const who = answerWords(ctx.content, 'whereWho');
  let at = 1;
  while (at < words.length - 1 && who.has(words[at]!)) at += 1;
  if (at === 1) return false;
  // The next move asked in the words of the `next` commands in any order ("what i do now", "what to do"), or one of them.
  const known = remindWords(ctx);
  return words.slice(at).every((word) => known.has(word)) || lookUp(ctx, words.slice(at).join(' ')) === 'next';
}

const remindWordsByContent = new WeakMap<EngineContext['content'], ReadonlySet<string>>();

/** The words of content's `next` commands and of `answers.whereWords`, made once. */
function remindWords(ctx: EngineContext): ReadonlySet<string> {
  return madeOnce(remindWordsByContent, ctx.content, (content) =>
    new Set([...content.responses.commands.next, ...(content.responses.answers.whereWords ?? [])].flatMap((phrase) => tokens(ctx.answers.core(phrase)))));
}

/** The most words a message read as a command amid content's `answers.commandAround` has, fillers aside. */
const AMID_WORDS = 8;
/** The most words of a command read amid others ("go back to the steps"). */
const AMID_COMMAND_WORDS = 5;

/**
 * A navigation command (never "stop", read by its own phrases) said amid words of content's `answers.commandAround`
 * and fillers only ("ok, we start please", "back one step pls", "resume the linking", "let's start at the top", "sigo
 * con el mío"): that command. The longest command found wins; any other word makes the message one of its own.
 */
function commandAmid(ctx: EngineContext, text: string): CommandKey | undefined {
  const around = answerWords(ctx.content, 'commandAround');
  const again = answerWords(ctx.content, 'showAgain');
  // Fillers inside are words around it too, and may be words of the command ("de" of "el paso de antes").
  const words = tokens(ctx.answers.core(text));
  const filler = (word: string) => ctx.answers.isAcknowledgement(word);
  const counted = words.filter((word) => !filler(word)).length;
  if (around.size === 0 || counted < 2 || counted > AMID_WORDS) return undefined;
  for (let size = Math.min(AMID_COMMAND_WORDS, words.length - 1); size > 0; size -= 1) {
    for (let from = 0; from + size <= words.length; from += 1) {
      const command = ctx.commands.get(commandKeyOfWords(words.slice(from, from + size)));
      if (command === undefined || command === 'stop' || !NAVIGATION.has(command)) continue;
      // A step shown again, this one or the one before, may name it as what was said ("let me see the previous step
      // again", "¿qué decía el paso de antes?").
      const shows = command === 'back' || command === 'repeat';
      if (words.every((word, i) => (i >= from && i < from + size) || around.has(word) || filler(word) || (shows && again.has(word)))) return command;
    }
  }
  return undefined;
}

const goingOnByContent = new WeakMap<EngineContext['content'], readonly (readonly string[])[]>();

/**
 * Going on said as what the user does now (content's `answers.goingOn`: "proceeding", "keep at it", "continúo"), with
 * only fillers and words of `answers.commandAround` beside it ("ok, continuing with the steps"): any other word ("the
 * page keeps going on about cookies") makes the message one of its own.
 */
function goesOnAmid(ctx: EngineContext, text: string): boolean {
  const phrases = madeOnce(goingOnByContent, ctx.content, (content) =>
    (content.responses.answers.goingOn ?? []).map((phrase) => tokens(ctx.answers.core(phrase))).filter((words) => words.length > 0));
  if (phrases.length === 0) return false;
  const words = tokens(ctx.answers.core(text));
  if (words.length === 0 || words.length > AMID_WORDS) return false;
  const around = answerWords(ctx.content, 'commandAround');
  const beside = (word: string) => around.has(word) || ctx.answers.isAcknowledgement(word);
  return phrases.some((phrase) => {
    for (let from = 0; from + phrase.length <= words.length; from += 1) {
      const inside = (i: number) => i >= from && i < from + phrase.length;
      if (phrase.every((word, i) => words[from + i] === word) && words.every((word, i) => inside(i) || beside(word))) return true;
    }
    return false;
  });
}

/** The most words a repeat command opening a message has ("say that again", "puedes repetir"). */
const REPEAT_HEAD_WORDS = 3;

/**
 * A `repeat` command opening the message (its polite opening dropped, words of what was said allowed before it), the
 * rest made only of content's `answers.repeatWhat` and the fillers: it names what the bot said ("repeat what i'm
 * supposed to click", "repetir eso"); any other word ("repeat the error message") makes it about something else.
 */
function repeatsWhatWasSaid(ctx: EngineContext, text: string): boolean {
  const words = tokens(ctx.answers.core(text));
  const what = repeatWords(ctx.content);
  if (what.size === 0) return false;
  // Words of what was said may come first too ("me puedes repetir eso", "that again, what do I type"); a command made
  // of such words may open it as well ("what was that last part again": "what was that", then "last part again").
  for (let from = 0; from < words.length - 1; from += 1) {
    if (commandOpensRest(ctx, words, from, 'repeat', what)) return true;
    if (!what.has(words[from]!)) break;
  }
  return saysRepeatAround(ctx, words, what);
}

/** A `command` of up to REPEAT_HEAD_WORDS words at `from`, and after it only words of `rest` (and at least one). */
function commandOpensRest(ctx: EngineContext, words: readonly string[], from: number, command: CommandKey, rest: ReadonlySet<string>): boolean {
  for (let cut = from + 1; cut <= Math.min(from + REPEAT_HEAD_WORDS, words.length - 1); cut += 1) {
    if (ctx.commands.get(commandKeyOfWords(words.slice(from, cut))) !== command) continue;
    if (words.slice(cut).every((word) => rest.has(word))) return true;
  }
  return false;
}

/**
 * "can you explain more easy", "explain it in simpler words", "explícamelo más fácil": an `explain` command opening the
 * message (its polite opening dropped), the rest made only of content's `answers.repeatWhat` (how it is wanted,
 * what was said) and the fillers.
 */
function explainsAgain(ctx: EngineContext, text: string): boolean {
  const what = repeatWords(ctx.content);
  return what.size > 0 && commandOpensRest(ctx, tokens(ctx.answers.core(text)), 0, 'explain', what);
}

/**
 * A `repeat` command said with other words of what was said inside it ("say it again", "show me that one again",
 * "ask me the question again"): its own words besides those of `answers.repeatWhat`, in order, and its last word, with
 * only words of what was said around them. A command of what-words alone ("what was that") is read as it stands.
 */
function saysRepeatAround(ctx: EngineContext, words: readonly string[], what: ReadonlySet<string>): boolean {
  const own = words.filter((word) => !what.has(word)).join(' ');
  if (own === '' || own === words.join(' ')) return false;
  return repeatCores(ctx.content, what).some(({ core, last }) => core === own && words.includes(last));
}

const repeatCoresByContent = new WeakMap<EngineContext['content'], readonly { readonly core: string; readonly last: string }[]>();

/** The `repeat` commands said with a word of what was said: their other words, and their last word ("say … again"). */
function repeatCores(content: EngineContext['content'], what: ReadonlySet<string>): readonly { readonly core: string; readonly last: string }[] {
  let cores = repeatCoresByContent.get(content);
  if (!cores) {
    cores = content.responses.commands.repeat.map((phrase) => tokens(phrase))
      .filter((phrase) => phrase.length > 1 && what.has(phrase.at(-1)!))
      .map((phrase) => ({ core: phrase.filter((word) => !what.has(word)).join(' '), last: phrase.at(-1)! }))
      .filter(({ core }) => core !== '');
    repeatCoresByContent.set(content, cores);
  }
  return cores;
}

const repeatWordsByContent = new WeakMap<EngineContext['content'], ReadonlySet<string>>();

/** Content's `answers.repeatWhat` and fillers as words, made once. */
function repeatWords(content: EngineContext['content']): ReadonlySet<string> {
  let words = repeatWordsByContent.get(content);
  if (!words) {
    const { repeatWhat, fillers } = content.responses.answers;
    words = new Set(repeatWhat === undefined ? [] : [...repeatWhat, ...fillers].flatMap(tokens));
    repeatWordsByContent.set(content, words);
  }
  return words;
}

/** A Spanish message with chat shorthand ("q", "porfa") read as the words it stands for, as a command; else undefined. */
function inChatSpanish(ctx: EngineContext, text: string): CommandKey | undefined {
  const words = tokens(text);
  const read = readChatSpanish(words);
  return read.length === words.length && read.every((word, i) => word === words[i]) ? undefined : lookUp(ctx, read.join(' '));
}

/**
 * A one-word progress reply with one key doubled, added or swapped ("donne", "nexxt", "nxet"): "next". A changed
 * letter is not read ("none" is no "done"), and only the progress words are: "stpo" stops nothing by mistake.
 */
function mistyped(ctx: EngineContext, core: string): boolean {
  if (core.includes(' ') || core.length < TYPO_MIN_LENGTH) return false;
  return ctx.content.responses.commands[TYPO_COMMAND].some((phrase) => !phrase.includes(' ') && phrase.length >= TYPO_MIN_LENGTH && oneSlipFrom(core, phrase));
}

/** `typed` is `word` with one letter added or two neighbouring letters swapped. */
export function oneSlipFrom(typed: string, word: string): boolean {
  if (typed.length === word.length + 1) {
    return [...typed].some((_, i) => typed.slice(0, i) + typed.slice(i + 1) === word);
  }
  if (typed.length !== word.length || typed === word) return false;
  const differ = [...typed].flatMap((letter, i) => (letter === word[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && typed[differ[0]!] === word[differ[1]!] && typed[differ[1]!] === word[differ[0]!];
}
