import type { CourtNames } from '../courts/names';
import { courtWords } from '../courts/courtText';
import { FUNCTION_WORDS } from './wordForms';

/** Words of any court's name that say only "a court" (the kind words of court-words.yaml say the rest). */
const COURT_NOUNS = ['court', 'courts', 'courthouse', 'ct', 'federal'];
/**
 * Function words that end the words leading into a court's name rather than lead into it: "all of that for EDPA"
 * asks about "all of that", while "it is for the" only introduces the court.
 */
const WHAT_IS_ASKED = new Set(['all', 'each', 'every', 'both', 'this', 'that', 'these', 'those']);

/**
 * The rest of a message once the words that named its court are taken out ("I need to link my ECF account for the
 * bankruptcy court in Houston" -> "i need to link my ecf account for the in"), so that a court named in a question
 * does not make the question about courts (several courts, a court not live). Only the names of the courts the
 * matcher found are taken out, so a place's name that is also a word elsewhere ("mobile") is kept in every other
 * message. Word sets are built once per district, when first needed.
 */
export class CourtMention {
  private readonly byDistrict = new Map<string, NameWords>();
  private readonly kindWords: readonly string[];
  private readonly wordlike: ReadonlySet<string>;
  /** English function words and the locale's ("es el", "de"). */
  private readonly functionWords: ReadonlySet<string>;

  constructor(private readonly names: CourtNames) {
    const { words } = names;
    this.kindWords = [...words.bankruptcy, ...words.district, ...words.federal, ...COURT_NOUNS, ...(words.courtWords ?? [])];
    this.wordlike = new Set(words.wordlike);
    this.functionWords = new Set([...FUNCTION_WORDS, ...(words.functionWords ?? [])]);
  }

  /**
   * The message without the names of `courtIds` (court-comparable words), each name said `instead` when given; ''
   * when nothing but function words is left.
   */
  without(text: string, courtIds: readonly string[], instead = ''): string {
    const named = courtIds.map((id) => this.wordsOf(id.slice(0, -1)));
    const words = courtWords(text);
    const dropped = words.map((word) => named.some((names) => names.strong.has(word)));
    // A short form that is also a word ("mich", "ill") goes only beside the rest of the name ("E.D. Mich.").
    const weak = (i: number) => named.some((names) => names.weak.has(words[i]!)) && (dropped[i - 1] === true || dropped[i + 1] === true);
    for (let i = 0; i < words.length; i += 1) if (!dropped[i] && weak(i)) dropped[i] = true;
    // Function words that lead into a court's name go with it ("for the", "in the", "of"), up to one that says what
    // is asked: "do I repeat all of that for EDPA?" keeps "repeat all of that".
    const leadsIn = (word: string) => this.functionWords.has(word) && !WHAT_IS_ASKED.has(word);
    for (let i = words.length - 2; i >= 0; i -= 1) if (dropped[i + 1] && leadsIn(words[i]!)) dropped[i] = true;
    const said = (i: number) => (!dropped[i] ? [words[i]!] : instead !== '' && dropped[i - 1] !== true ? [instead] : []);
    const rest = words.flatMap((_, i) => said(i));
    return rest.some((word) => !this.functionWords.has(word)) ? rest.join(' ') : '';
  }

  private wordsOf(code: string): NameWords {
    let words = this.byDistrict.get(code);
    if (!words) {
      words = this.nameWords(code);
      this.byDistrict.set(code, words);
    }
    return words;
  }

  /** Every word of the district's names, its state's, its direction's and its courts' ids, and the kind words. */
  private nameWords(code: string): NameWords {
    const district = this.names.districts.find((candidate) => candidate.code === code);
    if (!district) return { strong: new Set(), weak: new Set() };
    const state = this.names.states.find((candidate) => candidate.code === district.state);
    const direction = this.names.words.directions[district.direction] ?? [];
    const stateNames = state?.names ?? [];
    // "sdny", "edtex": the district's initials run together with its state's abbreviation, as the matcher reads them.
    const runTogether = stateNames.map((name) => `${district.direction}d${name.replace(/ /g, '')}`);
    const phrases = [...district.names, ...stateNames, ...runTogether, ...direction, ...district.courts, ...this.kindWords];
    const words = phrases.flatMap((phrase) => phrase.split(' ')).filter((word) => word.length > 0 && !this.functionWords.has(word));
    return { strong: new Set(words.filter((word) => !this.wordlike.has(word))), weak: new Set(words.filter((word) => this.wordlike.has(word))) };
  }
}

/** A district's words: those that name it anywhere, and short forms that are also words, which name it only beside them. */
interface NameWords { readonly strong: ReadonlySet<string>; readonly weak: ReadonlySet<string> }
