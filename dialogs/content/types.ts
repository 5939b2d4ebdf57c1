import type { AccountStateWords } from '../nlu/accountStates';
import type { CourtNames } from '../courts/names';

/** The validated, immutable content model. Everything the bot says or learns from comes from here. */

export type ChoiceTarget =
  | { readonly kind: 'node'; readonly nodeId: string }
  | { readonly kind: 'topic'; readonly intent: string }
  | { readonly kind: 'end' };

export interface Choice {
  readonly label: string;
  /** Other whole messages that pick this choice. */
  readonly also: readonly string[];
  readonly target: ChoiceTarget;
  /** For a question about when something happened: typed dates wholly before / from this month (YYYY-MM) pick it. */
  readonly date?: { readonly before?: string; readonly from?: string };
  /** A fact this choice establishes; a later question with a choice for a known fact is not asked again. */
  readonly fact?: string;
  /** Facts that follow from `fact` ("knows the old CM/ECF login" means "e-files there"), kept with it. */
  readonly implies?: readonly string[];
  /** Taken when the user says "next" or "done" at the question instead of answering (said so; "back" changes it). */
  readonly assumed?: true;
  /**
   * Lists of words: a clause with a word of each (the first not negated) states this choice in the user's own words
   * ("my own pacer" for "Yes, it is upgraded": [[own, personal], [pacer, account]]), read for facts told unasked.
   */
  readonly when?: readonly (readonly string[])[];
}

/** A question about one node ("which password goes here?"), answered instead of a global topic while on it. */
export interface NodeQuestion {
  /** Whole questions, as users ask them on this node. */
  readonly examples: readonly string[];
  /** Recognised intents that mean this question on this node; the first names the topic the answer stands for. */
  readonly intents: readonly string[];
  /** The topic the answer stands for (the first of `intents` when not given). */
  readonly topic?: string;
  readonly say: string;
  readonly suggest: readonly string[];
  /** Where the answer's facts come from, as a link shown with it (like a node's `cite`). */
  readonly cite: SourceLink;
  /**
   * Answered only while its topic is open or was just answered: asked first, the topic's start answers it, with its
   * question ("does my link carry over to my other courts?" is the once-per-court topic itself).
   */
  readonly inTopic: boolean;
}

/** Where an answer's facts come from, as a link the user can follow. */
export interface SourceLink {
  readonly label: string;
  readonly url: string;
}

export interface FlowNode {
  readonly id: string;
  readonly say: string;
  readonly title?: string;
  readonly step?: number;
  readonly tip?: string;
  readonly warning?: string;
  readonly ask?: string;
  readonly choices: readonly Choice[];
  readonly next?: string;
  /** The node that answers a short question pointing back at this answer ("how do I do that?"). */
  readonly followUp?: string;
  readonly suggest: readonly string[];
  readonly source?: string;
  /** The node's source (or its file's first source) as a link shown with the answer. */
  readonly cite?: SourceLink;
  /** After this answer, offer a person at the help desk. */
  readonly handoff: boolean;
  /** Questions about this node that win over global topics while the user is on it. */
  readonly questions: readonly NodeQuestion[];
  /** How users say they did this step ("logged in"): such a message moves on like "next". */
  readonly done: readonly string[];
  /** How users say they are at this step, by what they see ("I'm on the link page"): the progress reader's examples. */
  readonly at: readonly string[];
  /** The step's warning in one line, for a user who reaches a later step by report without seeing this one. */
  readonly caution?: string;
  /**
   * How users say they already did this node's advice ("pressed F5", "refreshed"): a topic told with it and with the
   * problem still there starts where the node's no leads, past the advice tried.
   */
  readonly tried: readonly string[];
}

/** Who keeps an answer right, when it was last checked, and when it must be checked again (YYYY-MM-DD). */
export interface Review {
  readonly owner: string;
  readonly reviewed: string;
  readonly reviewBy: string;
}

/** A graph of nodes: the procedure or one topic's answer / troubleshooting tree. */
export interface Flow {
  /** 'procedure' for the walkthrough, else the topic's intent. */
  readonly id: string;
  readonly start: string;
  readonly nodes: ReadonlyMap<string, FlowNode>;
}

export interface Topic {
  readonly intent: string;
  readonly title: string;
  /** 'answer': help from its sources, each cited; 'conversation': the bot's own words (hello, thanks), citing none. */
  readonly kind: 'answer' | 'conversation';
  readonly sources: readonly string[];
  readonly examples: readonly string[];
  readonly flow: Flow;
  readonly review: Review;
}

export interface Procedure {
  readonly title: string;
  readonly startIntent: string;
  /** Topics that say who the user is: said with a sentence that asks to link, the walkthrough starts instead. */
  readonly aboutTheUser: readonly string[];
  /** The topic shown with the contact question when a user asks for a person (how to reach the help desk directly). */
  readonly personTopic?: string;
  /** The topic a question right after the password warning is about when it names none ("how do I change it?"). */
  readonly passwordTopic?: string;
  readonly sources: readonly string[];
  readonly totalSteps: number;
  readonly flow: Flow;
  readonly review: Review;
}

export interface Court {
  readonly id: string;
  readonly name: string;
  /** A short name for buttons. */
  readonly short: string;
  /** Other names users type for this court. */
  readonly also: readonly string[];
  readonly type: 'bankruptcy' | 'district';
  readonly ecfUrl: string;
  /** The court's website: where its help-desk number and NextGen notices are. */
  readonly website: string;
  readonly helpDesk?: string;
  readonly nextGenLiveSince?: string;
  /** The public court page its help desk or go-live date comes from. */
  readonly source?: string;
  /** Offered as a button when the bot asks which court (the others are typed). */
  readonly featured: boolean;
}

/** A word explained by the glossary topic: its answer is a node of that topic's flow. */
export interface GlossaryEntry {
  readonly term: string;
  readonly also: readonly string[];
  readonly nodeId: string;
  /** The term and its other forms, normalised once at load (normaliseText). */
  readonly phrases: readonly string[];
}

export interface Glossary {
  /** The topic whose flow holds one node per term (define_term). */
  readonly intent: string;
  readonly entries: readonly GlossaryEntry[];
}

export type MessageKey =
  | 'welcome' | 'didYouMean' | 'resumeOffer' | 'walkthroughStopped' | 'walkthroughStoppedAt' | 'walkthroughPaused' | 'walkthroughPausedAt'
  | 'walkthroughFinished' | 'nothingToGoBackTo'
  | 'pickAChoice' | 'answerAssumed' | 'factNoted' | 'factsTaken' | 'factsTakenAndAssumed' | 'credentialWarning' | 'helpDeskUnknown' | 'turnError' | 'tooLong' | 'rephrase'
  | 'storageTrouble' | 'anythingElse' | 'whichCourt' | 'courtNoted' | 'courtNotedByDesignation' | 'linkAgainInCourt' | 'handoffOffer' | 'handoffAskContact' | 'handoffCreated' | 'handoffUnavailable'
  | 'handoffDeclined' | 'handoffWithdrawn' | 'handoffNotMade' | 'handoffSetAside' | 'frustrationNoticed' | 'contactGiven' | 'contactByPhone' | 'contactByEmail' | 'contactNotGiven'
  | 'didntCatch' | 'courtNotListed' | 'moreHint' | 'treeStopped' | 'noted' | 'notHelped' | KeepMessageKey;

/** The messages and page words of what users can keep (dialogs/keep): checklist, conversation, continue later. */
export type KeepMessageKey =
  | 'keepStepLinks' | 'keepChecklistLink' | 'keepChecklistPlain' | 'keepTranscriptLink' | 'keepTranscriptOff'
  | 'keepSaved' | 'keepSavedNoStep' | 'keepStopOffer' | 'keepNothingToSave' | 'keepResumed' | 'keepCodeRefused' | 'keepCodeThrottled'
  | 'keepUnavailable' | 'keepChecklistTitle' | 'keepChecklistIntro' | 'keepChecklistCourtSite'
  | 'keepChecklistHelpDesk' | 'keepChecklistDone' | 'keepChecklistNotDone' | 'keepChecklistImportant'
  | 'keepChecklistTip' | 'keepChecklistNever' | 'keepSourcesHeading' | 'keepPrinted' | 'keepPrintHint'
  | 'keepTranscriptTitle' | 'keepTranscriptIntro' | 'keepTranscriptDate' | 'keepTranscriptYou' | 'keepTranscriptBot'
  | 'keepTranscriptSource' | 'keepTranscriptVersion' | 'keepTranscriptEmpty' | 'keepLinkExpired';

export type NavigationCommand = 'next' | 'back' | 'repeat' | 'restart' | 'stop' | 'resume';
/**
 * Whole messages the engine obeys: navigation, "where" (the place shown again), "help" (what the bot can do),
 * "more" (the rest of a long answer) and "explain" (what the question or step on screen means).
 */
export type CommandKey = NavigationCommand | 'where' | 'help' | 'more' | 'explain' | 'start' | 'person' | KeepCommand;

/** Asking for something to keep (read by dialogs/keep before the engine's turn, not by the engine). */
export type KeepCommand = 'checklist' | 'transcript' | 'saveplace';

export type ButtonKey = NavigationCommand | 'more' | 'somethingElse' | 'otherCourt' | 'handoffAccept' | 'handoffDecline' | 'noContact';

/**
 * The words around an answer on its card or in its text ("Step 2 of 6", "⚠ Important", "Tip", "Source"), in the
 * content's language; `step` holds the placeholders {step} and {total}.
 */
export type CardLabels = Readonly<Record<'step' | 'warning' | 'tip' | 'source', string>>;

/** How users answer the bot's own questions in their own words (read by dialogs/engine/answerReader). */
export interface AnswerWords {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly unsure: readonly string[];
  /** Words around an answer or a command that add nothing ("ok", "um", "please"). */
  readonly fillers: readonly string[];
  /** Names of positions: the first list names the first button, and so on. */
  readonly ordinals: readonly (readonly string[])[];
  /** Names of the last position ("the last one"). */
  readonly last: readonly string[];
  /** Names of the months, January first ("march", "mar"), read in typed dates ("in March 2012"). */
  readonly months: readonly (readonly string[])[];
  /** Words that put a typed date before / after the year it names ("before 2010", "after 2014"). */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Words around a position ("option", "number", "the … one"). */
  readonly pointers: readonly string[];
  /** Words that open a question ("where", "how", "can"): a reply that asks is not an answer. */
  readonly asking: readonly string[];
  /** Words that open a question only in a sentence marked as one ("¿está en vivo?"): unmarked, "está en vivo" states. */
  readonly askingIfMarked?: readonly string[];
  /** Phrases that open a "what if" question ("y si …"): a reply opening with one asks, and its "si" is no "sí". */
  readonly conditional?: readonly string[];
  /**
   * Phrases of apology ("sorry", "didn't know", "perdón no sabía"): a clause of these only, opening a message, says
   * nothing the message is about, and its "no" answers no question.
   */
  readonly apologies?: readonly string[];
  /** Question words that tell inside a sentence before a subject ("when I created it"): they ask only with a question mark. */
  readonly relative?: readonly string[];
  /** Words that point back at what was just said ("it", "that", "then"). */
  readonly referring: readonly string[];
  /**
   * Phrases telling who the user is or why they write ("I work", "I'm testing this", "estoy probando"): such a sentence
   * before a question picks no topic; the question does.
   */
  readonly role?: readonly string[];
  /** Words pressing a bare question word for more ("how exactly", "¿cómo así?"): it asks about the answer just given. */
  readonly pressing?: readonly string[];
  /** Words of a question asking only whether what was told matters ("problem?", "is that an issue?"). */
  readonly mattering?: readonly string[];
  /** Words that turn to something else ("but", "however"): what follows may be a new question. */
  readonly contrast?: readonly string[];
  /** Words that join two statements ("and", "or"): "I need to link my account or I can't file" says each side. */
  readonly joining?: readonly string[];
  /** Words joining two reports in one sentence ("and", "then"): before an `opens` word or a step's done verb, a new report. */
  readonly joins?: readonly string[];
  /** Words opening a clause of their own ("i", "it's", "now"): after `joins`, a report; after `asking`, a question. */
  readonly opens?: readonly string[];
  /** The user lacking a thing ("I don't know my", "forgot", "get it back"; "no sé mi"): with a topic read for sure, that topic. */
  readonly lacking?: readonly string[];
  /** A lost thing back ("found it", "they reset it", "ya me la resetearon"): beside a question about knowing it, its yes. */
  readonly regained?: readonly string[];
  /** Words saying how sure the user is ("think", "guess"; "creo"): beside `lacking`, they name nothing lacking. */
  readonly hedges?: readonly string[];
  /** Words saying a problem remains after an answer ("still", "same", "didn't work"). */
  readonly stuck: readonly string[];
  /** Words saying by themselves that something went wrong ("error", "invalid"); stuck words too. */
  readonly failing?: readonly string[];
  /** Words saying the problem is solved ("there it is", "it works now", "ya funciona"): success, not the problem's topic. */
  readonly solved?: readonly string[];
  /**
   * Words saying a thing is on the screen ("there", "appear", "ahí", "salen"): at the last step, said of what it says
   * the user will then see ("now there is a Civil menu"), the walkthrough's end.
   */
  readonly present?: readonly string[];
  /**
   * Words saying a thing sought was found ("found", "encontré"): at a step with a done example like "found it", a
   * statement that it is there ("there it is, under Utilities") tells that step done.
   */
  readonly found?: readonly string[];
  /**
   * Words saying when a thing done worked at last ("this time", "finally", "por fin"): a report with them ("got in this
   * time") is the report without them, the trouble before it fixed.
   */
  readonly atLast?: readonly string[];
  /** Words a question about where the user is may have besides the `where` commands' words ("again", "exactly"). */
  readonly whereWords?: readonly string[];
  /** Words saying who is somewhere ("I", "we"; "íbamos"): a question about where the user is has one. */
  readonly whereWho?: readonly string[];
  /** Words pointing at the place on screen ("this", "here"; "este"): with a step's word they say whose place is asked ("which step is this"). */
  readonly whereThis?: readonly string[];
  /** Words that ask for the place without a question mark ("remind", "tell"; "recuérdame"). */
  readonly whereAsking?: readonly string[];
  /** Words asking to be reminded ("remind"; "recuérdame"): before a `next` command they ask for the place ("remind me what's next"). */
  readonly whereReminding?: readonly string[];
  /** Words saying the place is lost ("lost"; "perdí"): with a `whereWho` word they ask where the user is ("i'm lost"). */
  readonly whereLost?: readonly string[];
  /** Words joining two `back` commands into one going back ("to"; "al"): "go back to the previous step". */
  readonly backJoin?: readonly string[];
  /** Words naming what the bot said, as the object of a `repeat` command ("that", "what I'm supposed to click"; "eso"). */
  readonly repeatWhat?: readonly string[];
  /** Words asking to see a step again around a `back` or `repeat` command ("let me see … again"; "qué decía"). */
  readonly showAgain?: readonly string[];
  /** Words a navigation command may have around it that change nothing it asks ("we", "the linking", "at the top"; "con"). */
  readonly commandAround?: readonly string[];
  /** Words closing a question asked again ("again"; "otra vez"): a question of the step on screen so asked shows its card. */
  readonly askedAgain?: readonly string[];
  /** Questions asking which thing to click at a step ("which link"; "qué enlace"): asked there, they show the step's card. */
  readonly whichToDo?: readonly string[];
  /** Words saying the user goes on without the bot ("on my own"; "yo solo"): said with thanks, the thanks is the message. */
  readonly onOwn?: readonly string[];
  /** Words besides `whereWho` opening the reason said after a navigation command with no mark between ("my", "our"). */
  readonly commandReason?: readonly string[];
  /** Words joining the reason to a navigation command of more words ("because"; "q", "porque"): "go back to the step before cause i missed it". */
  readonly reasonJoin?: readonly string[];
  /** A mistake told ("by accident", "oops"; "por error"): beside a word of an earlier step's warning, that step again (nothing linked yet). */
  readonly mistake?: readonly string[];
  /** Words telling the link made ("linked", "submitted"): a mistake told with one is no step to do again. */
  readonly linkedSaid?: readonly string[];
  /** Hesitation sounds ("hm", "um"): fillers also read drawn out ("hmmm", "ummm"). */
  readonly drawnOut?: readonly string[];
  /** The first move asked in the user's own words ("First what I do?"): its words of first, of asking, and the others it may have. */
  readonly firstMove?: readonly string[];
  readonly firstMoveAsks?: readonly string[];
  readonly firstMoveAround?: readonly string[];
  /** Words naming a person the bot can bring in ("someone"; "alguien"), and the words a request for one may have around them. */
  readonly someone?: readonly string[];
  readonly someoneAround?: readonly string[];
  /** The people of a place ("help desk", "mesa de ayuda"), a person only with a word wishing for them (`someoneWish`). */
  readonly someonePlaces?: readonly string[];
  readonly someoneWish?: readonly string[];
  /** Words after which a request for a person says what it is about ("about", "regarding"): that part is not read. */
  readonly someoneMatter?: readonly string[];
  /** Wanting said of someone ("wants", "needs"; "quiere"): the few words before it say who wants the person ("my boss wants a human"). */
  readonly someoneWanting?: readonly string[];
  /** Asking whether a person can be had at all ("is there any way", "is it possible"; "hay forma"): the offer answers it. */
  readonly someoneWhether?: readonly string[];
  /** A later time ("tomorrow", "in the morning"), after a word of `laterDoing` ("finish", "do"): the rest put off. */
  readonly later?: readonly string[];
  readonly laterDoing?: readonly string[];
  /** A time that is now ("right now", "ahorita"), with the user unable (`laterUnable`) to do (`laterDoing`): the rest put off. */
  readonly laterNow?: readonly string[];
  /** The user unable ("I can't", "no puedo"): see `laterNow`. */
  readonly laterUnable?: readonly string[];
  /** Going off and coming back, said at a clause's end ("… and come back", "… y regreso"): the rest put off. */
  readonly comingBack?: readonly string[];
  /** Coming back, with a word of `laterWhen` in a short clause ("vuelvo cuando la corte pase a nextgen"): a plan to come back. */
  readonly backWhen?: readonly string[];
  /** A moment set by something happening ("when", "once"; "cuando", "en cuanto"): see `backWhen`. */
  readonly laterWhen?: readonly string[];
  /** Words saying a thing done worked ("accepted", "successful"; "funcionó"): with a step's thing, that step done. */
  readonly worked?: readonly string[];
  /** Words saying a thing went well, said after it ("ok", "fine"): after a thing the done examples say worked, `worked`. */
  readonly workedAfter?: readonly string[];
  /** Endings of a verb telling a doing under way ("ing": "logging in now"): no step's done unless its done examples use the verb. */
  readonly underWay?: readonly string[];
  /** Words saying where a thing that worked led ("to"; "a", "al"): "it went through to a confirm page" is that screen reached. */
  readonly workedTo?: readonly string[];
  /** A screen reached, said of the past ("i'd gotten to", "llegué a"): where the user is, said as `reachedAt` ("i'm at"). */
  readonly reached?: readonly string[];
  readonly reachedAt?: readonly string[];
  /** A word tying what a screen reached shows to it, right after its noun ("the screen where it wants …"; "donde"): no question. */
  readonly reachedTie?: readonly string[];
  /** The name on an account called the user's own ("my name", "mi nombre"): what a name said twice in a report reads as. */
  readonly ownName?: readonly string[];
  /** Words saying a thing is on both accounts ("both", "each"; "ambos"): one name said with one is the user's own on each. */
  readonly bothSides?: readonly string[];
  /** What was said, understood ("got it", "ya entendí"): with thanks only, at a step, thanks that keep the place. */
  readonly understood?: readonly string[];
  /** Asking whether that was all ("that's everything?", "¿eso es todo?"): beside the end seen, the end. */
  readonly allDone?: readonly string[];
  /** Going on said as what the user does ("proceeding", "continúo"): read as `resume`, kept out of the progress model. */
  readonly goingOn?: readonly string[];
  /** The user back after being away ("i'm back", "ya volví"): the walkthrough where it was, never the next step. */
  readonly cameBack?: readonly string[];
  /** Words that make a later time a deadline ("before", "by"): nothing is put off. */
  readonly laterBy?: readonly string[];
  /** Someone else's doing told as a report ("le dio", "she clicked"): pairs [as said, in the first person]. */
  readonly othersDoing?: readonly (readonly [string, string])[];
  /** Someone else as the subject before the doing word ("she", "he'll"): their plan for later ("she'll do that tonight") puts nothing off. */
  readonly laterOthers?: readonly string[];
  /** Openings that take up the court named right after them ("help me with", "ayúdame con"), as "let's do" does. */
  readonly takeUpWith?: readonly string[];
  /** Words saying when or in which order a court is taken up ("let's do EDPA first", "let's do Hawaii now"). */
  readonly takeUpOrder?: readonly string[];
  /** Openings of going back ("back to", "volvamos a"): before the walkthrough's court, its place again. */
  readonly goingBack?: readonly string[];
  /** More time asked for ("extension", "more time", "prórroga"): with a thing of a case (`caseThings`), a legal question. */
  readonly moreTime?: readonly string[];
  /** Things of a case ("judge", "brief", "motion", "juez", "moción"): more time asked for one is a legal question. */
  readonly caseThings?: readonly string[];
}

export interface Responses {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly buttons: Readonly<Record<ButtonKey, string>>;
  readonly labels: CardLabels;
  readonly commands: Readonly<Record<CommandKey, readonly string[]>>;
  readonly answers: AnswerWords;
  /** How people say they did the step on screen, at any step (steps add their own `done`). */
  readonly stepDone: readonly string[];
  /** Phrases of plain anger, read by the frustration check (dialogs/nlu/frustration). */
  readonly frustration: readonly string[];
  /** Saying no contact details will be given ("I'd rather not give my contact info"): the ticket without them. */
  readonly withoutContact?: readonly string[];
  /** Asking what to do if the answer does not work ("any other way if it won't work?"): where the question's no leads. */
  readonly ifItFails?: readonly string[];
  /** Words of worry or apology ("worried", "sorry"): the strongly negative words said with them are no anger. */
  readonly notAnger?: readonly string[];
  /** Words that stop the walkthrough wherever a short message says them ("let me stop at this point for today"). */
  readonly stopSaid?: readonly string[];
  /** A step asked for by its number ("what's step 1?", "I'm on step 3"): the step's word, and the words around it. */
  readonly stepRequest?: StepRequestWords;
}

export interface StepRequestWords {
  readonly step: readonly string[];
  readonly words: readonly string[];
  /** Openings going to a step named by what the user does there ("skip to", "take me to"; "llévame a"). */
  readonly goingTo?: readonly string[];
  /** Openings asking for the step after one named by what the user does there ("what's after"; "qué sigue después de"). */
  readonly after?: readonly string[];
  /** Words saying the steps named by number were done ("did", "hice"): "did steps 3 4 and 5" is Step 6. */
  readonly doneSaid?: readonly string[];
  /** The other words such a report may have ("everything", "up to", "hasta", "todo"), besides `words`. */
  readonly doneWords?: readonly string[];
}

/** How the help desk's triage flags questions for a person. */
export interface TriageSettings {
  readonly lowConfidence: number;
  readonly urgent: readonly string[];
}

export interface Content {
  /** The language of a translation's content (its folder under content/locales/: 'es'); unset: English. */
  readonly locale?: string;
  readonly procedure: Procedure;
  readonly topics: readonly Topic[];
  readonly topicsByIntent: ReadonlyMap<string, Topic>;
  readonly responses: Responses;
  readonly courts: ReadonlyMap<string, Court>;
  /** The names of the federal courts, as the court matcher reads them (content/court-names.yaml). */
  readonly courtNames: CourtNames;
  /** The court used when a deployment pins none; absent: the bot asks. */
  readonly defaultCourtId?: string;
  /** Words used in answers while the court is not known. */
  readonly unknownCourt: { readonly name: string; readonly ecfUrl: string };
  readonly triage: TriageSettings;
  readonly glossary: Glossary;
  /** The recognizer's account-state words (content/account-states.yaml; dialogs/nlu/accountStates.ts). */
  readonly accountStates: AccountStateWords;
}
