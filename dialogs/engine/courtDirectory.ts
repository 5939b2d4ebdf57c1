import type { Content, Court } from '../content/types';
import { CourtMatcher, type CourtText } from '../courts/courtMatcher';
import { courtPhrase } from '../courts/courtText';
import { CourtMention } from './courtMention';
import type { Placeholders } from './flowView';
import { fillPlaceholders } from './placeholders';
import type { ConversationState } from './state';
import { clausesKeepingAbbreviations, markedClauses } from './textMatch';
import { messageOfTurn, TurnMemo } from './turnMemo';

/** Court buttons offered with "Which court is this for?" (plus "My court isn't listed"): the rest are typed. */
const MAX_COURT_BUTTONS = 5;

/** The system's own name: a place said with it is a court ("ecf houston", "the houston ecf site"). */
const SYSTEM_WORDS: ReadonlySet<string> = new Set(['ecf', 'cmecf']);

/** The marks that end a clause ("lets link,", "can we start?"). */
const CLAUSE_MARKS = /[,.;!?]+$/;

/** The state value that records "my court isn't listed": answers stay generic and the bot stops asking. */
export const OTHER_COURT = 'other';

/** What a message says about the court: one court (or OTHER_COURT), a choice to offer, a court of appeals, a change. */
export type CourtReading =
  | { readonly kind: 'court'; readonly id: string; readonly byDesignation?: true }
  | { readonly kind: 'choice'; readonly ids: readonly string[] }
  | { readonly kind: 'appellate'; readonly id: string }
  | { readonly kind: 'change' };

/** The court a conversation is about: the deployment's pinned court, the one the user named, or a single known one. */
export function resolveCourt(content: Content, pinned: Court | undefined, state: ConversationState): Court | undefined {
  if (pinned) return pinned;
  const chosen = state.courtId === undefined ? undefined : content.courts.get(state.courtId);
  if (chosen) return chosen;
  if (content.defaultCourtId !== undefined) return content.courts.get(content.defaultCourtId);
  return content.courts.size === 1 ? content.courts.values().next().value : undefined;
}

/** True while the bot should still ask which court (nothing pinned, named or declined). */
export function courtStillUnknown(content: Content, pinned: Court | undefined, state: ConversationState): boolean {
  return resolveCourt(content, pinned, state) === undefined && state.courtId !== OTHER_COURT;
}

/**
 * Reads the court a message names with the court matcher (dialogs/courts): "nysb", "SDNY bankr", "Miami federal
 * court", "Texas bankruptcy court" (a choice), "Ninth Circuit" (a court of appeals), and the answers to the bot's
 * own court questions (a button, "bankruptcy" to "district or bankruptcy court?", "none of these"). Built once.
 */
export class CourtFinder {
  private readonly matcher: CourtMatcher;
  private readonly labels: ReadonlyMap<string, string>;
  private readonly change: ReadonlySet<string>;
  /** The buttons' labels as phrases, made once: "My court isn't listed", "None of these", "Bankruptcy court" … */
  private readonly otherCourt: ReadonlySet<string>;
  private readonly kindButtons: ReadonlyMap<string, 'b' | 'd'>;
  private readonly mention: CourtMention;
  private readonly readings = new TurnMemo<CourtReading | undefined>();
  private readonly looseReadings = new TurnMemo<CourtReading | undefined>();
  private readonly texts = new TurnMemo<CourtText>();

  constructor(private readonly content: Content) {
    this.matcher = new CourtMatcher(content.courtNames, content.courts.keys());
    this.mention = new CourtMention(content.courtNames, this.matcher);
    this.labels = new Map([...content.courts.values()].map((court) => [courtPhrase(court.short), court.id]));
    this.change = new Set(content.courtNames.words.changeCourt);
    const { buttons } = content.courtNames.words;
    this.otherCourt = new Set([content.responses.buttons.otherCourt, buttons.noneOfThese].map(courtPhrase));
    this.kindButtons = new Map([[courtPhrase(buttons.bankruptcyCourt), 'b'], [courtPhrase(buttons.districtCourt), 'd']]);
  }

  /**
   * `loose`: the message answers the court question (a state or a city alone is a court). `candidates`: the courts
   * the last question offered, which the answer narrows ("the bankruptcy one", a button, another court named).
   */
  read(text: string, loose: boolean, candidates: readonly string[] = []): CourtReading | undefined {
    // Without candidates a text's reading is asked for several times a turn (is a new court named? which one?).
    if (candidates.length === 0) return (loose ? this.looseReadings : this.readings).of(text, (said) => this.readAfresh(said, loose, candidates));
    return this.readAfresh(text, loose, candidates);
  }

  private readAfresh(text: string, loose: boolean, candidates: readonly string[]): CourtReading | undefined {
    const said = this.said(text);
    const reading = this.readSaid(said, loose, candidates);
    return reading?.kind === 'choice' && candidates.length === 0 ? this.districtDesignated(said, reading.ids) ?? reading : reading;
  }

  /** The text as the matcher reads it (normalised, typos corrected): once per turn, whichever question it answers. */
  private said(text: string): CourtText {
    return this.texts.of(text, (written) => this.matcher.text(written));
  }

  /**
   * A district's designation with no kind of court ("Western District of Texas", "EDNY") names its district court,
   * as citations do ("W.D. Tex."; its bankruptcy court is "Bankr. W.D. Tex."). The turn says which court it took and
   * how to switch, so the choice is never silent; a place or a state ("Houston", "Texas") stays a choice.
   */
  private districtDesignated(said: CourtText, ids: readonly string[]): CourtReading | undefined {
    const district = ids.filter((id) => id.endsWith('d'));
    const oneDistrict = ids.length === 2 && district.length === 1 && ids.every((id) => id.slice(0, -1) === district[0]!.slice(0, -1));
    return oneDistrict && this.matcher.designatesDistrict(said) ? { kind: 'court', id: district[0]!, byDesignation: true } : undefined;
  }

  /**
   * The court of the kind a short reply says alone ("bankruptcy", "no, the bankruptcy court", "the district court")
   * in the district of the court already named: its other court (the district court was taken from the district's
   * designation), or the same one confirmed.
   */
  ofKindSaid(text: string, courtId: string): string | undefined {
    const said = this.said(text);
    const match = this.matcher.match(said, false);
    const kind = match.courts.length === 0 ? match.kind ?? this.kindButtons.get(said.phrase) : undefined;
    const court = kind && `${courtId.slice(0, -1)}${kind}`;
    return court && this.content.courts.has(court) ? court : undefined;
  }

  /**
   * The court of the same kind (or the kind said) in the state of the court already named, whose district a short
   * reply names by its direction alone ("actually it's the southern district", "perdón, es el distrito sur").
   */
  ofDirectionSaid(text: string, courtId: string): string | undefined {
    const said = this.said(text);
    const match = this.matcher.match(said, false);
    const directions = match.courts.length === 0 ? this.matcher.districtDirections(said) : [];
    const { districts } = this.content.courtNames;
    const noted = districts.find((district) => district.courts.includes(courtId));
    const named = directions.length === 1 ? districts.find((district) => district.state === noted?.state && district.direction === directions[0]) : undefined;
    const kind = match.kind ?? courtId.slice(-1);
    const court = named?.courts.find((id) => id.endsWith(kind));
    return court !== courtId ? court : undefined;
  }

  private readSaid(said: CourtText, loose: boolean, candidates: readonly string[]): CourtReading | undefined {
    const { phrase } = said;
    if (this.change.has(phrase)) return { kind: 'change' };
    if (this.otherCourt.has(phrase)) return { kind: 'court', id: OTHER_COURT };
    const labelled = this.labels.get(phrase);
    if (labelled) return { kind: 'court', id: labelled };
    const match = this.matcher.match(said, loose || candidates.length > 0 || namesSystem(said));
    const within = match.courts.filter((id) => candidates.includes(id));
    const kind = match.kind ?? this.kindButtons.get(phrase);
    // A court the reply names, read or not ("district court of Nuevo León"), is no pick among the offered ones by its kind.
    const narrowed = within.length > 0 ? within : match.courts.length === 0 && candidates.length > 0 && !this.matcher.placeAfterKind(said) ? this.narrow(said, candidates, kind) : [];
    const ids = narrowed.length > 0 ? narrowed : match.courts;
    if (ids.length === 1) return { kind: 'court', id: ids[0]! };
    if (ids.length > 1) return { kind: 'choice', ids };
    if (match.appellate.length > 0) return { kind: 'appellate', id: match.appellate[0]! };
    // The court question answered with a court that is not a district or bankruptcy court we know ("Harris County court").
    return loose && candidates.length === 0 && this.matcher.mentionsCourt(said) ? { kind: 'court', id: OTHER_COURT } : undefined;
  }

  /**
   * The message with the names of these courts said as their kind of court ("do i redo it for edny?" -> "do i redo it
   * for district court"): a court named in a question about another court than the user's is, to the recognizer,
   * a court like any other, not words it never learnt.
   */
  asKindOfCourt(text: string, courtIds: readonly string[]): string {
    const { buttons } = this.content.courtNames.words;
    return this.withCourtsAs(text, courtIds, courtPhrase(courtIds[0]!.endsWith('b') ? buttons.bankruptcyCourt : buttons.districtCourt));
  }

  /**
   * The message as the content recognizer reads it: the courts it names said as their kind of court ("do i have to
   * do the same thing in the w.d. wash. too" -> "… the same thing district court too", "linked in N.D. Ill., now
   * C.D. Ill. is live" -> "linked in district court now court is live"). Which court a user names says nothing of the
   * topic asked, and a court one training example happens to name ("E.D. Mo.") would otherwise pull every question
   * naming it to that example's topic. Courts to choose from only when named by their districts' designations: a
   * state or a place alone is too often a word of the question ("my Florida Courts E-Filing Portal password").
   */
  withCourtAsKind(text: string): string {
    // Not memoised here: the engine's recognize (EngineContext) keeps each text's recognition for the turn.
    return this.partOfCourtlessMessage(text) ? text : this.courtAsKind(text);
  }

  /**
   * A part of the turn's message (a clause, a sentence) of a message that names no court at all: the message's court
   * reading, which the turn makes anyway, spares each part its own normalising and typo-fixing pass.
   */
  private partOfCourtlessMessage(text: string): boolean {
    const message = messageOfTurn();
    return message !== undefined && message !== text && message.includes(text) && this.read(message, false) === undefined;
  }

  private courtAsKind(text: string): string {
    const reading = this.read(text, false);
    const said = this.said(text);
    const choice = reading?.kind === 'choice' && this.matcher.designatesDistrict(said);
    const ids = reading?.kind === 'court' && reading.id !== OTHER_COURT ? [reading.id] : choice ? reading.ids : [];
    if (ids.length === 0) return text;
    const read = this.mention.without(said, ids, this.kindOf(ids));
    return read !== '' && read !== said.phrase ? read : text;
  }

  /** "district court", "bankruptcy court", or a court alone when the courts are of both kinds. */
  private kindOf(ids: readonly string[]): string {
    const { buttons, courtWords } = this.content.courtNames.words;
    if (ids.every((id) => id.endsWith('b'))) return courtPhrase(buttons.bankruptcyCourt);
    return ids.every((id) => id.endsWith('d')) ? courtPhrase(buttons.districtCourt) : courtWords?.[0] ?? 'court';
  }

  /** The message with the words that named these courts said as `instead`: see CourtMention. */
  withCourtsAs(text: string, courtIds: readonly string[], instead: string): string {
    return this.mention.without(this.said(text), courtIds, instead);
  }

  /**
   * The message without the words that named these courts ('' when nothing else is said): see CourtMention. With
   * `keepClauses`, its clauses keep the marks that end them ("hey. solo practitioner. lets link", not "hey solo
   * practitioner lets link"), so what is left splits into clauses as the message did, when taking the names out of
   * each clause leaves the same words as taking them out of the whole (a name cut at its dots, "N.D. Cal.", is
   * taken out of the whole).
   */
  withoutCourts(text: string, courtIds: readonly string[], keepClauses = false): string {
    const whole = this.mention.without(this.said(text), courtIds);
    if (whole === '' || !keepClauses) return whole;
    // A name cut at its dots ("D. Del."): its pieces are read with the clause they close.
    return this.clausesWithout(markedClauses(text), courtIds, whole) ?? this.clausesWithout(clausesKeepingAbbreviations(text), courtIds, whole) ?? whole;
  }

  /** The clauses without the courts' names, each with its mark, when they leave the same words as the whole (`whole`). */
  private clausesWithout(parts: readonly string[], courtIds: readonly string[], whole: string): string | undefined {
    if (parts.length < 2) return undefined;
    const rests = parts.map((part) => this.mention.without(this.matcher.text(part), courtIds));
    if (!this.sameWords(rests.filter((rest) => rest !== '').join(' ').split(' '), whole.split(' '))) return undefined;
    return rests.flatMap((rest, i) => (rest === '' ? [] : [`${rest}${CLAUSE_MARKS.exec(parts[i]!)?.[0] ?? ''}`])).join(' ');
  }

  /**
   * The words left clause by clause are those left from the whole, but for function words that led into the name
   * across a clause's end ("… I work for, District of Oregon": "for").
   */
  private sameWords(byClause: readonly string[], whole: readonly string[]): boolean {
    let at = 0;
    for (const word of byClause) {
      if (whole[at] === word) at += 1;
      else if (!this.mention.isFunctionWord(word)) return false;
    }
    return at === whole.length;
  }

  /** The offered courts an answer that names no court keeps: of the kind it says, in the district it says ("southern"). */
  private narrow(said: CourtText, candidates: readonly string[], kind: 'b' | 'd' | undefined): string[] {
    const directions = this.matcher.directions(said);
    const kept = candidates.filter((id) => (kind === undefined || id.endsWith(kind))
      && (directions.length === 0 || directions.includes(this.directionOf(id))));
    return kept.length < candidates.length ? kept : [];
  }

  private directionOf(id: string): string {
    return this.content.courtNames.districts.find((district) => district.courts.includes(id))?.direction ?? '';
  }

  /** "change court", "wrong court", "switch courts". */
  asksChange(text: string): boolean {
    return this.change.has(courtPhrase(text));
  }

  /** Words of a change said inside a longer message ("sorry, I meant the other court — the bankruptcy one …"). */
  saysChange(text: string): boolean {
    const phrase = ` ${courtPhrase(text)} `;
    return [...this.change].some((change) => phrase.includes(` ${change} `));
  }

  /** The court question: open (featured buttons), a choice among candidates, or district or bankruptcy first. */
  question(candidates: readonly string[] = []): { text: string; buttons: string[] } {
    const { messages, buttons } = this.content.courtNames.words;
    if (candidates.length === 0) return { text: this.content.responses.messages.whichCourt, buttons: courtButtons(this.content) };
    const shown = this.shownCourts(candidates);
    if (!shown) return { text: messages.districtOrBankruptcy, buttons: [buttons.districtCourt, buttons.bankruptcyCourt, buttons.noneOfThese] };
    return { text: messages.whichOfThese, buttons: [...shown.map((id) => this.content.courts.get(id)!.short), buttons.noneOfThese] };
  }

  /** The offered courts the choice shows as buttons, in order ("the second one" points at them); none when it asks the kind first. */
  shownCourts(candidates: readonly string[]): readonly string[] | undefined {
    const bothKinds = candidates.some((id) => id.endsWith('b')) && candidates.some((id) => id.endsWith('d'));
    return candidates.length > MAX_COURT_BUTTONS && bothKinds ? undefined : candidates.slice(0, MAX_COURT_BUTTONS);
  }

  /** What a deployment pinned to one court says to "change court" (its court's name to fill in). */
  pinnedMessage(): string {
    return this.content.courtNames.words.messages.pinned;
  }

  /** What the bot says of a court of appeals: its linking differs, with the page that says so. */
  appellate(id: string): string {
    const court = this.content.courtNames.appellate.find((candidate) => candidate.id === id)!;
    const { messages, appellateSource } = this.content.courtNames.words;
    return capitalised(fillPlaceholders(messages.appellate, { 'appellate.name': court.name, 'appellate.website': court.website, source: appellateSource }));
  }
}

/** The court question's buttons: the featured courts (or the first ones) and "My court isn't listed". */
export function courtButtons(content: Content): string[] {
  const courts = [...content.courts.values()];
  const featured = courts.filter((court) => court.featured);
  const shown = (featured.length > 0 ? featured : courts).slice(0, MAX_COURT_BUTTONS);
  return [...shown.map((court) => court.short), content.responses.buttons.otherCourt];
}

/**
 * The court's details in answers: its name, CM/ECF address, help desk (where sourced; otherwise the desk on its
 * website, or the deployment's), and whether it is live on NextGen (a sourced date, otherwise how to find out).
 */
export function courtPlaceholders(content: Content, court: Court | undefined, helpDesk: string | undefined): Placeholders {
  const { messages } = content.courtNames.words;
  const fallbackDesk = helpDesk ?? content.responses.messages.helpDeskUnknown;
  const details = court && { 'court.name': court.name, 'court.website': court.website };
  return {
    'court.name': court?.name ?? content.unknownCourt.name,
    'court.ecfUrl': court?.ecfUrl ?? content.unknownCourt.ecfUrl,
    'court.helpDesk': court?.helpDesk ?? (details && !helpDesk ? fillPlaceholders(messages.helpDeskOnWebsite, details) : fallbackDesk),
    // A sentence of its own, which may begin with the court's name ("the U.S. District Court …", "la Corte de …").
    'court.liveStatus': capitalised(!details ? '' : court.nextGenLiveSince
      ? fillPlaceholders(messages.liveSince, { ...details, date: longDate(court.nextGenLiveSince, content.locale), source: court.source ?? court.website })
      : fillPlaceholders(messages.liveUnknown, details)),
  };
}

/**
 * "2022-02-14" -> "February 14, 2022" (English content), "14 de febrero de 2022" (Spanish). Written once per content
 * date and language: every turn renders its court's details, and Intl's formatting was ~2.5 % of the engine's CPU.
 */
function longDate(iso: string, locale = 'en-US'): string {
  const key = `${locale} ${iso}`;
  let written = longDates.get(key);
  if (written === undefined) {
    written = new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    longDates.set(key, written);
  }
  return written;
}
/** The dates of content/courts.yaml as written, by language and date (a few hundred at most). */
const longDates = new Map<string, string>();

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "ecf houston", "the houston ecf site": the system's own name makes a place a court. */
function namesSystem(said: CourtText): boolean {
  return said.words.some((word) => SYSTEM_WORDS.has(word));
}
