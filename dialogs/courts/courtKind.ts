import type { CourtWords } from './names';
import type { Found } from './phraseIndex';

/** How English says these; a locale adds its own words (content/locales/<lang>/court-naming.yaml). */
const DISTRICT = ['district'];
const PLACE_FOLLOWS = ['of', 'for', 'in'];
const OR = ['or'];
/** Words naming several courts at once: a kind said with them is every named court's. */
const PLURAL_COURTS = ['courts', 'cortes', 'tribunales'];
/** A court word after a kind said after a name makes the kind that name's alone ("the SDNY bankruptcy court"). */
const SINGLE_COURT = ['court', 'ct'];
/**
 * A kind written short right after a court's name is that court's, as a citation's tag ("ED Mich bk, WD Mich bk",
 * "SDNY bankr"), never the next name's.
 */
const TAGS = ['bk', 'bkr', 'bkcy', 'bkrtcy', 'bankr'];
/** Roles that end a court's name (what a tag after it belongs to). */
const NAME_ROLES: ReadonlySet<string> = new Set(['districts', 'court', 'state']);
/** A kind said right after these is the kind the user does not mean ("the bankruptcy court, not the district court"). */
const NOT = ['not'];
/** How many words a negation may stand before the kind it negates ("not the district court"). */
const NOT_REACH = 2;

/**
 * Reads which kind of court a text says: "bankruptcy" (or "chapter 13") a bankruptcy court; "district court", or a
 * lone "district" ("distrito") in a text that does not say bankruptcy, a district court; both said is neither.
 */
export class KindReader {
  private readonly district: ReadonlySet<string>;
  private readonly placeFollows: ReadonlySet<string>;
  private readonly or: ReadonlySet<string>;

  constructor(words: CourtWords) {
    this.district = new Set([...DISTRICT, ...(words.districtWords ?? [])]);
    this.placeFollows = new Set([...PLACE_FOLLOWS, ...(words.placeWords ?? [])]);
    this.or = new Set([...OR, ...(words.orWords ?? [])]);
  }

  kindOf(words: readonly string[], all: readonly Found[]): 'b' | 'd' | undefined {
    const found = all.filter((item) => !negated(words, item.from));
    const bankruptcy = found.some((item) => item.what.role === 'bankruptcy');
    const lone = this.loneDistricts(words, found);
    const district = found.some((item) => item.what.role === 'district') || (lone.length > 0 && (!bankruptcy || this.eitherOr(words, found, lone)));
    if (bankruptcy === district && !bankruptcy) return this.otherThanNegated(all);
    return bankruptcy === district ? undefined : bankruptcy ? 'b' : 'd';
  }

  /**
   * Neither kind said, one of the two denied ("a regular lawsuit, not bankruptcy", "not the district court"): the
   * other kind, as the only other federal court the bot links in.
   */
  private otherThanNegated(all: readonly Found[]): 'b' | 'd' | undefined {
    const roles = new Set(all.map((item) => item.what.role).filter((role) => role === 'bankruptcy' || role === 'district'));
    if (roles.size !== 1) return undefined;
    return roles.has('bankruptcy') ? 'd' : 'b';
  }

  /**
   * The kind said of one court right before the name at `from` ("Bankr. SDNY", "the bankruptcy court in EDNY"), if
   * any; a kind said of several ("the bankruptcy courts in SDNY and EDNY", as `written` before typos were fixed) is
   * no one name's.
   */
  kindBefore(words: readonly string[], written: readonly string[], found: readonly Found[], from: number): 'b' | 'd' | undefined {
    let at = from;
    while (at > 0 && this.placeFollows.has(words[at - 1]!)) at -= 1;
    const kind = found.find((item) => item.to === at && (item.what.role === 'bankruptcy' || item.what.role === 'district'));
    if (kind === undefined || written.slice(kind.from, at).some((word) => PLURAL_COURTS.includes(word))) return undefined;
    // "ED Mich bk, WD Mich bk": the tag after a name is that name's, not the next one's.
    if (this.taggedAfterName(written, found, kind)) return undefined;
    return kind.what.role === 'bankruptcy' ? 'b' : 'd';
  }

  /**
   * The kind said of one court right after the name ending at `to`, with a court word after it ("the SDNY bankruptcy
   * court", "EDNY bankr. ct."): that name's kind only; "the SDNY and EDNY bankruptcy courts" says it of several.
   * `written`: the words before typos were fixed.
   */
  kindAfter(written: readonly string[], found: readonly Found[], to: number): 'b' | 'd' | undefined {
    const kind = found.find((item) => item.from === to && (item.what.role === 'bankruptcy' || item.what.role === 'district'));
    // The court word, as written (typos fixed, "courts" may read "court"), may be part of the kind's own phrase
    // ("bankruptcy court") or follow it ("bankr. ct.").
    const single = (at: number) => SINGLE_COURT.includes(written[at] ?? '');
    if (kind === undefined || !(single(kind.to - 1) || single(kind.to) || this.taggedAfterName(written, found, kind))) return undefined;
    return kind.what.role === 'bankruptcy' ? 'b' : 'd';
  }

  /** Whether a kind is a tag ("bk", "bankr") written right after a court's name. */
  private taggedAfterName(written: readonly string[], found: readonly Found[], kind: Found): boolean {
    return kind.to - kind.from === 1 && TAGS.includes(written[kind.from] ?? '')
      && found.some((item) => item.to === kind.from && NAME_ROLES.has(item.what.role));
  }

  /**
   * A kind said with a place after it ("the district court of Nuevo León", "corte de quiebras en Ponce"): when the
   * matcher read no court in it, the text names a court it does not know, which is no pick among offered courts.
   */
  placeAfterKind(words: readonly string[], found: readonly Found[]): boolean {
    const ends = [...found.filter((item) => item.what.role === 'bankruptcy' || item.what.role === 'district').map((item) => item.to),
      ...words.flatMap((word, index) => (this.district.has(word) ? [index + 1] : []))];
    return ends.some((end) => end + 1 < words.length && this.placeFollows.has(words[end]!));
  }

  private loneDistricts(words: readonly string[], found: readonly Found[]): number[] {
    return words.flatMap((word, index) => (this.district.has(word) && !negated(words, index) && this.isKindDistrict(words, index, found) ? [index] : []));
  }

  /** "bankruptcy or district", "distrito o quiebras": both kinds offered, neither said. */
  private eitherOr(words: readonly string[], found: readonly Found[], lone: readonly number[]): boolean {
    return found.some((item) => item.what.role === 'bankruptcy' && lone.some((index) =>
      words.slice(Math.min(index, item.to), Math.max(index, item.from)).some((word) => this.or.has(word))));
  }

  /**
   * "District, S.D. Fla.", "nevada district", "la de distrito": "district" that is no part of a district's name
   * ("Southern District of", "Distrito Sur de").
   */
  private isKindDistrict(words: readonly string[], index: number, found: readonly Found[]): boolean {
    const named = this.placeFollows.has(words[index + 1] ?? '');
    const nextToDirection = found.some((item) => (item.to === index || item.from === index + 1) && item.what.role === 'direction');
    return !named && !nextToDirection;
  }
}

/** The word at `index` follows a "not" closely enough to be what is denied ("not the district court"). */
function negated(words: readonly string[], index: number): boolean {
  return words.slice(Math.max(0, index - NOT_REACH), index).some((word) => NOT.includes(word));
}
