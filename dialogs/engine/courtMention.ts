import type { CourtMatcher, CourtText } from '../courts/courtMatcher';
import type { CourtNames } from '../courts/names';
import { FUNCTION_WORDS } from './wordForms';

/** Words of any court's name that say only "a court" (the kind words of court-words.yaml say the rest). */
const COURT_NOUNS = ['court', 'courts', 'courthouse', 'ct', 'federal'];
/**
 * Function words that end the words leading into a court's name rather than lead into it: "all of that for EDPA"
 * asks about "all of that", while "it is for the" only introduces the court.
 */
const WHAT_IS_ASKED = new Set(['all', 'each', 'every', 'both', 'this', 'that', 'these', 'those']);
/** Words that deny the kind of court after them ("not the bankruptcy one", "no la de quiebras"). */
const DENYING = new Set(['no', 'not']);
/** A word that stands for the court after its kind ("the bankruptcy one"). */
const COURT_PRONOUNS = new Set(['one']);

/**
 * The rest of a message once the words that named its court are taken out ("I need to link my ECF account for the
 * bankruptcy court in Houston" -> "i need to link my ecf account for the in"), so that a court named in a question
 * does not make the question about courts (several courts, a court not live). The names taken out are where the
 * court matcher read those courts' districts ("D. Colo.", "District of PA", "N.D. Cal."), so a word of a name said
 * elsewhere stays ("new" in "the New Jersey court moved to the new CM/ECF", "mobile" in "my mobile phone"); a short
 * form beside the kind of court ("the mich. bankruptcy court") goes with it. Word sets are built once per district,
 * when first needed.
 */
export class CourtMention {
  private readonly byDistrict = new Map<string, ReadonlySet<string>>();
  /** The words of the kinds of court ("bankruptcy", "district", "court", "corte"), taken out wherever they are. */
  private readonly kindWords: ReadonlySet<string>;
  /** The kinds of court said in one word ("bankruptcy", "court"), what a misspelt word the matcher corrected may be. */
  private readonly kindNames: ReadonlySet<string>;
  /** English function words and the locale's ("es el", "de"). */
  private readonly functionWords: ReadonlySet<string>;

  constructor(private readonly names: CourtNames, private readonly matcher: CourtMatcher) {
    const { words } = names;
    this.functionWords = new Set([...FUNCTION_WORDS, ...(words.functionWords ?? [])]);
    const kinds = [...words.bankruptcy, ...words.district, ...words.federal, ...COURT_NOUNS, ...(words.courtWords ?? [])];
    this.kindWords = this.wordsIn(kinds);
    this.kindNames = new Set(kinds.filter((kind) => !kind.includes(' ')));
  }

  /**
   * The message (as the matcher read it) without the names of `courtIds` (court-comparable words), each name said
   * `instead` when given; '' when nothing but function words is left.
   */
  without(said: CourtText, courtIds: readonly string[], instead = ''): string {
    const words = said.phrase === '' ? [] : said.phrase.split(' ');
    const districts = new Set(courtIds.map((id) => id.slice(0, -1)));
    // A kind word misspelt ("bankrupcy court") goes as the matcher corrected it.
    const kind = words.map((word, i) => this.kindWords.has(word) || this.kindNames.has(said.words[i] ?? ''));
    const dropped = [...kind];
    for (const { from, to } of this.matcher.namesOf(said, districts)) dropped.fill(true, from, to);
    // A word of the name beside what was taken out ("mich" in "the mich. bankruptcy court") goes with it.
    const nameWords = [...districts].map((code) => this.wordsOf(code));
    const beside = (i: number) => dropped[i - 1] === true || dropped[i + 1] === true;
    for (let i = 0; i < words.length; i += 1) if (!dropped[i] && beside(i) && nameWords.some((names) => names.has(words[i]!))) dropped[i] = true;
    // Function words that lead into a court's name go with it ("for the", "in the", "of"), up to one that says what
    // is asked: "do I repeat all of that for EDPA?" keeps "repeat all of that".
    // A number is no such word, though the stop words list digits: "i'm at step 4 for the district of arizona" keeps its step.
    const leadsIn = (word: string) => this.functionWords.has(word) && !WHAT_IS_ASKED.has(word) && !/^\d+$/.test(word);
    for (let i = words.length - 2; i >= 0; i -= 1) if (dropped[i + 1] && leadsIn(words[i]!)) dropped[i] = true;
    this.dropDeniedKinds(words, dropped, kind);
    const kept = (i: number) => (!dropped[i] ? [words[i]!] : instead !== '' && dropped[i - 1] !== true ? [instead] : []);
    const rest = words.flatMap((_, i) => kept(i));
    return rest.some((word) => !this.functionWords.has(word)) ? rest.join(' ') : '';
  }

  /**
   * "Southern District of Florida, the district court, not the bankruptcy one", "la district court no la de
   * bankruptcy": a kind of court denied after the court was named tells which court it is, not a "no" to what is
   * asked. The denial goes with the kind (and "one" after it), when words before it named the court.
   */
  private dropDeniedKinds(words: readonly string[], dropped: boolean[], kind: readonly boolean[]): void {
    for (let i = 1; i < words.length - 1; i += 1) {
      if (!DENYING.has(words[i]!) || !dropped[i + 1] || !dropped.slice(0, i).some(Boolean)) continue;
      let end = i + 1;
      while (end < words.length && dropped[end]) end += 1;
      if (!kind.slice(i + 1, end).some(Boolean)) continue;
      dropped[i] = true;
      if (COURT_PRONOUNS.has(words[end] ?? '')) dropped[end] = true;
    }
  }

  /** A function word of English or the locale's ("for", "de"): it says nothing of what is asked. */
  isFunctionWord(word: string): boolean {
    return this.functionWords.has(word);
  }

  private wordsOf(code: string): ReadonlySet<string> {
    let words = this.byDistrict.get(code);
    if (!words) {
      words = this.nameWords(code);
      this.byDistrict.set(code, words);
    }
    return words;
  }

  /** Every word of the district's names, its state's, its direction's and its courts' ids. */
  private nameWords(code: string): ReadonlySet<string> {
    const district = this.names.districts.find((candidate) => candidate.code === code);
    if (!district) return new Set();
    const stateNames = this.names.states.find((candidate) => candidate.code === district.state)?.names ?? [];
    const direction = this.names.words.directions[district.direction] ?? [];
    return this.wordsIn([...district.names, ...stateNames, ...direction, ...district.courts]);
  }

  private wordsIn(phrases: readonly string[]): ReadonlySet<string> {
    return new Set(phrases.flatMap((phrase) => phrase.split(' ')).filter((word) => word.length > 0 && !this.functionWords.has(word)));
  }
}
