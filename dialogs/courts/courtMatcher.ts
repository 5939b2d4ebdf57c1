import { stopWords } from '../nlu/naturalText';
import { KindReader } from './courtKind';
import { courtWordsOutsideAddresses } from './courtText';
import type { CourtNames } from './names';
import { PhraseIndex, type Found } from './phraseIndex';
import { TypoFixer } from './typos';

/** What a text says about courts. */
export interface CourtMatch {
  /** The district and bankruptcy courts it may name: one, several (a choice to offer), or none. */
  readonly courts: readonly string[];
  /** Courts of appeals it names ("Ninth Circuit", "ca9"), when it names no district or bankruptcy court. */
  readonly appellate: readonly string[];
  /** The kind of court it says, if it says one: b(ankruptcy) or d(istrict). */
  readonly kind?: 'b' | 'd';
}

/** A message as the matcher reads it, made once per message ({@link CourtMatcher.text}) and shared by its questions. */
export interface CourtText {
  /** Its words as written, joined: compared with button labels and whole-message phrases ("change court"). */
  readonly phrase: string;
  /** Its words with misspelt court words corrected. */
  readonly words: readonly string[];
}

/** Words between a district's direction and its state, in either order: "Southern (District of) New York", "Ohio (bankruptcy) northern". */
const BETWEEN = new Set(['district', 'dist', 'of', 'the', 'for', 'court', 'bankruptcy', 'bankr', 'bk']);
/** Words that make a text about a court even when the court question is not on screen. */
const COURT_WORDS = new Set(['court', 'courts', 'courthouse', 'ct', 'federal', 'district', 'bankruptcy', 'bankr']);
/** Words that put a place after a court ("the bankruptcy court in Mesa"), beside BETWEEN. */
const PLACE_WORDS = ['in', 'at'];
/** A reply to "which court?" this short is the place it names, even one that is an everyday word ("El Paso"). */
const PLACE_ALONE = 3;
const NONE: CourtMatch = { courts: [], appellate: [] };
const EVERYDAY = new Set(stopWords);

/** A run of words naming districts; `court` when a court id named it exactly, `inferred` when read from a direction and a state. */
interface Named { readonly from: number; readonly to: number; readonly districts: readonly string[]; readonly court?: string; readonly inferred?: true }

/**
 * Reads which federal court a text names: "SDNY bankr", "Bankr. E.D. Tex.", "nysb", "the bankruptcy court in
 * Seattle", "Miami federal court", "pensylvania middle district", "Ninth Circuit". Every name comes from
 * content/court-names.yaml. A text that names a district but not whether it means the district or the bankruptcy
 * court gets both (the bot asks); one that names several districts gets them all; a state court gets none.
 */
export class CourtMatcher {
  private readonly index: PhraseIndex;
  private readonly typos: TypoFixer;
  private readonly districts: ReadonlyMap<string, { state: string; direction: string; courts: readonly string[] }>;
  private readonly states = new Map<string, string[]>();
  /** Words between a direction and a state, and words that make a text about a court: English and the locale's. */
  private readonly between: ReadonlySet<string>;
  private readonly courtWords: ReadonlySet<string>;
  private readonly kinds: KindReader;
  /** Words that may stand between a court and its place ("de", "in the", "for"): English and the locale's. */
  private readonly linking: ReadonlySet<string>;
  /** States that are one district (its direction ''): "D." before them designates it ("D. Mass.", "dnj"). */
  private readonly wholeStates: ReadonlySet<string>;
  /** The words for "district", English and the locale's ("dist", "distrito"): built once, read on every court turn. */
  private readonly districtWords: ReadonlySet<string>;
  /** States' short forms that are everyday words and no place alone ("ok", "in", "me", "oh"): wordlike, not ordinary. */
  private readonly everydayStates: ReadonlySet<string>;

  constructor(names: CourtNames, courtIds: Iterable<string>) {
    this.index = new PhraseIndex(names, courtIds);
    this.typos = new TypoFixer(this.index.vocabulary, new Set([...names.words.everyday, ...(names.words.notNames ?? [])]));
    this.between = new Set([...BETWEEN, ...(names.words.between ?? [])]);
    this.courtWords = new Set([...COURT_WORDS, ...(names.words.courtWords ?? [])]);
    this.kinds = new KindReader(names.words);
    this.linking = new Set([...this.between, ...PLACE_WORDS, ...(names.words.placeWords ?? [])]);
    this.districtWords = new Set(['district', 'dist', ...(names.words.districtWords ?? [])]);
    const ordinary = new Set(names.words.ordinary);
    this.everydayStates = new Set(names.words.wordlike.filter((form) => !ordinary.has(form)));
    this.wholeStates = new Set(names.districts.filter((district) => district.direction === '').map((district) => district.state));
    this.districts = new Map(names.districts.map((district) => [district.code, district]));
    for (const district of names.districts) this.states.set(district.state, [...(this.states.get(district.state) ?? []), district.code]);
  }

  /**
   * A text's words read once: normalising and correcting are most of what reading a message costs. Words written
   * inside an e-mail or web address stay in the phrase but are blank to the matcher ("r.smith@ohio" names no Ohio).
   */
  text(text: string): CourtText {
    const { words, inAddress } = courtWordsOutsideAddresses(text);
    const read = inAddress.size === 0 ? words : words.map((word, index) => (inAddress.has(index) ? '' : word));
    return { phrase: words.join(' '), words: this.typos.fix(read) };
  }

  /**
   * `loose`: the text answers "which court?" (or is one line of `courts find`), so a state or a city alone is a court
   * ("Ohio", "Houston"); otherwise they count only with a court word ("the Houston bankruptcy court").
   */
  match({ words, phrase }: CourtText, loose: boolean): CourtMatch {
    const found = this.index.scan(words);
    const has = (role: string) => found.some((item) => item.what.role === role);
    const appellate = found.filter((item) => item.what.role === 'appellate');
    const named = this.named(words, found, loose);
    const kind = this.kinds.kindOf(words, found);
    if (named.length === 0 && appellate.length === 0) return kind ? { ...NONE, kind } : NONE;
    // A court of appeals named wins over a place ("the Ninth Circuit in San Francisco"), not over a trial court's kind or id.
    if (named.length === 0 || (appellate.length > 0 && kind === undefined && !named.some((item) => item.court))) {
      return { courts: [], appellate: unique(appellate.flatMap((item) => (item.what.role === 'appellate' ? [item.what.id] : []))) };
    }
    if (has('notFederal') && !has('federal') && !named.some((item) => item.court)) return NONE;
    const written = phrase.split(' ');
    const beside = named.map((item) => this.kinds.kindBefore(words, written, found, item.from) ?? this.kinds.kindAfter(written, found, item.to));
    return { courts: this.courtsOf(named, kind, beside), appellate: [], ...(kind ? { kind } : {}) };
  }

  /**
   * The runs of words ([from, to)) that name these districts, read as loosely as an answer to "which court?" (a
   * state or a place alone): the words CourtMention takes out of a message, and only those ("new" in "the New
   * Jersey court … the new CM/ECF" is no name), whatever spelling named them ("D. Colo.", "District of PA").
   */
  namesOf({ words }: CourtText, districts: ReadonlySet<string>): { readonly from: number; readonly to: number }[] {
    return this.named(words, this.index.scan(words), true).filter((item) => item.districts.some((code) => districts.has(code)));
  }

  /** The names of districts in a text, outermost runs only; `loose` as in `match`. */
  private named(words: readonly string[], found: readonly Found[], loose: boolean): Named[] {
    const aboutCourt = () => this.aboutCourt(words, found);
    const placeMeant = (item: Found) => (loose && words.length <= PLACE_ALONE) || this.courtBeside(words, found, item);
    const appellate = found.filter((item) => item.what.role === 'appellate');
    // "D.C. Circuit" is a court of appeals, not the District of Columbia's courts.
    const runs = outermost([...this.structural(words, found, aboutCourt),
      ...this.direct(found, loose || aboutCourt(), placeMeant), ...this.runTogether(words)])
      .filter((item) => !appellate.some((court) => court.from <= item.from && item.to <= court.to));
    return runs.filter((item) => !this.yields(words, found, item, runs));
  }

  /**
   * Whether a name led by a state's short form that is an everyday word ("in ND", "ok ED") gives way to a name that
   * starts inside it and goes on after it: "in ND Ill" is the Northern District of Illinois, no Indiana.
   */
  private yields(words: readonly string[], found: readonly Found[], item: Named, runs: readonly Named[]): boolean {
    const led = this.linking.has(words[item.from]!) || found.some((other) => other.from === item.from && other.to === item.from + 1
      && other.what.role === 'state' && !other.what.standalone);
    return led && runs.some((other) => other.from > item.from && other.from < item.to && other.to > item.to);
  }

  /** Whether a text speaks of a court: a court word, or a kind of court said. */
  private aboutCourt(words: readonly string[], found: readonly Found[]): boolean {
    return words.some((word) => this.courtWords.has(word)) || found.some((item) => item.what.role === 'bankruptcy' || item.what.role === 'district');
  }

  /**
   * Whether a court is said right beside a place, with only linking words between ("la corte de El Paso", "the
   * bankruptcy court in Mesa", "Mesa federal court"): what makes a place that is an everyday word a court. A court
   * said elsewhere in the text does not ("la mesa de ayuda de la corte", "ya hice el paso en una corte").
   */
  private courtBeside(words: readonly string[], found: readonly Found[], place: Found): boolean {
    const isCourt = (at: number) => this.courtWords.has(words[at]!)
      || found.some((item) => item.from <= at && at < item.to && (item.what.role === 'bankruptcy' || item.what.role === 'district' || item.what.role === 'federal'));
    const reaches = (from: number, step: number) => {
      for (let at = from; at >= 0 && at < words.length; at += step) {
        if (isCourt(at)) return true;
        if (!this.linking.has(words[at]!)) return false;
      }
      return false;
    };
    return reaches(place.from - 1, -1) || reaches(place.to, 1);
  }

  /**
   * Whether a text says a kind of court with a place after it ("the district court of Nuevo León"): when it names no
   * court the matcher knows, it names one it does not know, which is no pick among offered courts by its kind.
   */
  placeAfterKind({ words }: CourtText): boolean {
    return this.kinds.placeAfterKind(words, this.index.scan(words));
  }

  /**
   * Whether a text gives a district's designation ("Western District of Texas", "D. Md.", "EDNY"), the name its
   * district court bears, rather than a place or a state where several courts sit ("Houston", "Texas").
   */
  designatesDistrict({ words }: CourtText): boolean {
    const found = this.index.scan(words);
    return this.structural(words, found, () => this.aboutCourt(words, found)).length > 0 || this.runTogether(words).length > 0;
  }

  /** Whether a text speaks of a court at all ("the bankruptcy court on Main Street"), named or not. */
  mentionsCourt({ words }: CourtText): boolean {
    return words.some((word) => COURT_WORDS.has(word));
  }

  /**
   * The directions a text says of a district, a direction word beside a district word ("the southern district", "el
   * distrito sur", "distrito del sur"): a district named by its direction alone, in a state already known.
   */
  districtDirections({ words }: CourtText): string[] {
    const beside = (item: Found) => [words[item.from - 1], words[item.to]].some((word) => word !== undefined && this.districtWords.has(word));
    return unique(this.index.scan(words).flatMap((item) => (item.what.role === 'direction' && item.what.word && beside(item) ? [item.what.letter] : [])));
  }

  /** The district initials a text says ("southern", "the eastern one", "ED"): enough to pick among offered courts. */
  directions({ words }: CourtText): string[] {
    // A whole word ("southern") or initials ("SD"), never "no" or a lone letter, which are other words alone.
    const said = (item: Found) => item.what.role === 'direction' && (item.what.word || /^[nsewmc]d$/.test(words[item.from]!));
    return unique(this.index.scan(words).flatMap((item) => (said(item) && item.what.role === 'direction' ? [item.what.letter] : [])));
  }

  /**
   * The courts of the districts named: a court id as written, else the kind said (both kinds when none is). Several
   * districts named with "bankruptcy" beside only some of them ("SDNY, EDNY and Bankr. SDNY", "SDNY, EDNY and the SDNY
   * bankruptcy court") are read as citations are: those are bankruptcy courts, the bare designations district courts.
   * `before`: the kind said beside each name, before it or (followed by "court") after it.
   */
  private courtsOf(named: readonly Named[], kind: 'b' | 'd' | undefined, before: readonly ('b' | 'd' | undefined)[]): string[] {
    const exact = new Map(named.flatMap((item) => (item.court ? [[item.districts[0]!, item.court] as const] : [])));
    const codes = narrow(named.map((item) => item.districts));
    const courtsIn = (code: string, wanted: 'b' | 'd' | undefined) => {
      if (exact.has(code)) return [exact.get(code)!];
      const courts = this.districts.get(code)?.courts ?? [];
      const ofKind = courts.filter((id) => wanted === undefined || id.endsWith(wanted));
      return ofKind.length > 0 ? ofKind : courts;
    };
    // Only several districts, each named alone, are cited so: names that narrow each other ("Bankruptcy Court, Columbus,
    // Ohio", "the bankruptcy court in New Jersey, Newark") are one court.
    const designations = named.every((item) => item.districts.length === 1) && new Set(named.map((item) => item.districts[0])).size > 1;
    const cited = designations && before.includes('b') && before.includes(undefined) && !before.includes('d');
    if (!cited) return unique(codes.flatMap((code) => courtsIn(code, kind)));
    return unique(named.flatMap((item, i) => item.districts.filter((code) => codes.includes(code)).flatMap((code) => courtsIn(code, before[i] ?? 'd'))));
  }

  /**
   * Names and ids looked up as they are; states and places alone only in a text about a court. `placeMeant`: a place
   * that is also an everyday word ("el paso", "mesa") names a court (asked only for those).
   */
  private direct(found: readonly Found[], courtContext: boolean, placeMeant: (place: Found) => boolean): Named[] {
    return found.flatMap((item): Named[] => {
      const { from, to, what } = item;
      if (what.role === 'court') return [{ from, to, districts: [what.district], court: what.id }];
      if (!courtContext) return [];
      // "el paso de vincular" answering "which court?" is no El Paso; "la corte de El Paso" is.
      if (what.role === 'districts') return what.ordinary && !placeMeant(item) ? [] : [{ from, to, districts: what.districts }];
      if (what.role === 'state' && (what.standalone || (what.ordinary && placeMeant(item)))) return [{ from, to, districts: this.states.get(what.state) ?? [] }];
      return [];
    });
  }

  /** A district told by its direction and state in either order ("E.D. Tex.", "texas eastern", "district of alaska"). */
  private structural(words: readonly string[], found: readonly Found[], aboutCourt: () => boolean): Named[] {
    const named: Named[] = [];
    for (const first of found) {
      const { what } = first;
      if (what.role !== 'direction' && what.role !== 'wholeState' && !(what.role === 'state')) continue;
      let next = first.to;
      // A short form that is also a word ("in", "pa") leads only right before its direction ("PA eastern", not "in the southern").
      const skips = what.role !== 'state' || what.standalone;
      while (skips && next < words.length && this.between.has(words[next]!)) next += 1;
      for (const second of found.filter((item) => item.from === next)) {
        const pair = this.pairOf(words, found, first, second, aboutCourt);
        if (pair) named.push({ from: first.from, to: second.to, districts: pair, inferred: true });
      }
    }
    return named;
  }

  private pairOf(words: readonly string[], found: readonly Found[], first: Found, second: Found, aboutCourt: () => boolean): string[] | undefined {
    const { what } = first;
    const other = second.what;
    if ((what.role === 'direction' || what.role === 'wholeState') && other.role === 'state') {
      if (what.role === 'direction' && !other.standalone && !this.stateAfterDirection(words, first, second, aboutCourt)) return undefined;
      return this.districtsOf(other.state, what.role === 'direction' ? what.letter : '');
    }
    if (what.role === 'state' && other.role === 'direction' && other.word) {
      if (what.standalone) return this.districtsOf(what.state, other.letter);
      // A short form that is also a word ("in", "pa") before a direction is its state only when the direction is one of
      // its districts' and ends the name ("PA eastern"): "in western PA", "in North Carolina", "in eastern" are no Indiana.
      // Nor does one that is a word putting a place after a court ("in southern", "in northern").
      if (words.slice(first.from, first.to).some((word) => this.linking.has(word))) return undefined;
      const own = this.districtsOf(what.state, other.letter).filter((code) => this.districts.get(code)!.direction === other.letter);
      return own.length > 0 && !this.goesOn(words, found, second) ? own : undefined;
    }
    return undefined;
  }

  /**
   * Whether a state's short form that is also a word, after a direction ("E.D. Pa.", "ND Ill"), is that state: not a
   * word that puts a place after a court ("southern, bankruptcy court in Miami" is no Indiana), and not when both are
   * everyday words ("so ok", "so in") unless the text is about a court.
   */
  private stateAfterDirection(words: readonly string[], direction: Found, state: Found, aboutCourt: () => boolean): boolean {
    const stateWords = words.slice(state.from, state.to);
    if (stateWords.some((word) => this.linking.has(word)) && state.from > direction.to) return false;
    const everyday = words.slice(direction.from, direction.to).every((word) => EVERYDAY.has(word)) && stateWords.every((word) => this.everydayStates.has(word));
    return !everyday || aboutCourt();
  }

  /** Whether a direction is part of a longer name ("North Carolina") or leads a state's name after it ("western PA"). */
  private goesOn(words: readonly string[], found: readonly Found[], direction: Found): boolean {
    if (found.some((item) => item.from === direction.from && item.to > direction.to)) return true;
    let next = direction.to;
    while (next < words.length && this.between.has(words[next]!)) next += 1;
    return found.some((item) => item.from === next && item.what.role === 'state');
  }

  /** "sdny", "edtex", "dmass": a district's initials run together with its state's abbreviation. */
  private runTogether(words: readonly string[]): Named[] {
    return words.flatMap((word, index): Named[] => {
      // "did" is no D. Idaho.
      const parts = EVERYDAY.has(word) ? null : /^([nsewmc]?)d([a-z]{2,})$/.exec(word);
      const state = parts && this.index.rolesOf(parts[2]!).find((role) => role.role === 'state');
      if (!parts || state?.role !== 'state') return [];
      // "D." and a state with no direction designate a state that is one district ("dmass", "dnj"); in a state of
      // several it is no designation but a word ("dar", "dia" in Spanish: Arkansas and Iowa have two districts each).
      if (parts[1] === '' && !this.wholeStates.has(state.state)) return [];
      return [{ from: index, to: index + 1, districts: this.districtsOf(state.state, parts[1]!) }];
    });
  }

  /**
   * The district of a state and direction, or every district of the state when that one does not exist. Middle and
   * central are one district where the state has only one of them ("Florida Central" is the Middle District of
   * Florida: no state has both, and Spanish says "central" for either).
   */
  private districtsOf(state: string, direction: string): string[] {
    const all = this.states.get(state) ?? [];
    const ofDirection = (letter: string | undefined) => all.filter((code) => this.districts.get(code)!.direction === letter);
    const exact = ofDirection(direction);
    if (exact.length > 0) return exact;
    const near = ofDirection(NEAR_DIRECTIONS[direction]);
    return near.length > 0 ? near : all;
  }
}

/** Directions one district of a state bears under either name. */
const NEAR_DIRECTIONS: Readonly<Record<string, string>> = { m: 'c', c: 'm' };

/**
 * Runs inside a longer run are dropped ("new york" inside "southern district of new york"), and a district read from
 * a direction and a state gives way to a name of the same words ("west virginia" is a state, not western Virginia).
 */
function outermost(named: readonly Named[]): Named[] {
  const length = (item: Named) => item.to - item.from;
  return named.filter((item) => !named.some((other) => other !== item && other.from <= item.from && item.to <= other.to
    && (length(other) > length(item) || (item.inferred && !other.inferred))));
}

/** Names that narrow each other ("Columbus, Georgia") give the districts common to all; others add up ("SDNY or EDNY"). */
function narrow(sets: readonly (readonly string[])[]): string[] {
  const common = sets.reduce<readonly string[]>((kept, set) => kept.filter((code) => set.includes(code)), sets[0] ?? []);
  if (common.length > 0) return [...common];
  const kept = sets.filter((set) => !sets.some((other) => other !== set && other.length < set.length && other.every((code) => set.includes(code))));
  return unique(kept.flat());
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
