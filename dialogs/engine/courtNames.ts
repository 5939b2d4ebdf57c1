/**
 * Reads a federal court from the ways filers write it — "eastern district of texas", "ED Tex", "E.D. Tex.", "SDNY
 * bankruptcy", "bankr. d. mass", "nevada bankruptcy" — as a designation (state, district, kind) that maps onto PACER's
 * court ids (txed, nysb, mab, nvb: state, district initial, d or b). The table is the US states and territories with
 * federal courts: their names, usual abbreviations and PACER code where it is not the postal one.
 */
const STATES: readonly (readonly string[])[] = [
  ['alabama', 'al', 'ala'], ['alaska', 'ak'], ['arizona', 'az', 'ariz'], ['arkansas', 'ar', 'ark'],
  ['california', 'ca', 'cal', 'calif'], ['colorado', 'co', 'colo'], ['connecticut', 'ct', 'conn'], ['delaware', 'de', 'del'],
  ['district of columbia', 'dc'], ['florida', 'fl', 'fla'], ['georgia', 'ga'], ['guam', 'gu'], ['hawaii', 'hi', 'haw'],
  ['idaho', 'id'], ['illinois', 'il', 'ill'], ['indiana', 'in', 'ind'], ['iowa', 'ia'], ['kansas', 'ks', 'kan'],
  ['kentucky', 'ky'], ['louisiana', 'la'], ['maine', 'me'], ['maryland', 'md'], ['massachusetts', 'ma', 'mass'],
  ['michigan', 'mi', 'mich'], ['minnesota', 'mn', 'minn'], ['mississippi', 'ms', 'miss'], ['missouri', 'mo'],
  ['montana', 'mt', 'mont'], ['nebraska', 'ne', 'neb'], ['nevada', 'nv', 'nev'], ['new hampshire', 'nh'],
  ['new jersey', 'nj'], ['new mexico', 'nm'], ['new york', 'ny'], ['north carolina', 'nc'], ['north dakota', 'nd'],
  ['northern mariana islands', 'nmi'], ['ohio', 'oh'], ['oklahoma', 'ok', 'okla'], ['oregon', 'or', 'ore'],
  ['pennsylvania', 'pa', 'penn'], ['puerto rico', 'pr'], ['rhode island', 'ri'], ['south carolina', 'sc'],
  ['south dakota', 'sd'], ['tennessee', 'tn', 'tenn'], ['texas', 'tx', 'tex'], ['utah', 'ut'], ['vermont', 'vt'],
  ['virgin islands', 'vi'], ['virginia', 'va'], ['washington', 'wa', 'wash'], ['west virginia', 'wv'],
  ['wisconsin', 'wi', 'wis'], ['wyoming', 'wy'],
];
/** A state's PACER code (the second entry of its row) by its name and by each abbreviation. */
const STATE_CODE = new Map(STATES.flatMap((row) => row.map((name) => [name, row[1]!] as const)));
/** Full names, longest first, so "west virginia" is found before "virginia". */
const STATE_NAMES = STATES.map((row) => row[0]!).sort((a, b) => b.length - a.length);
const ABBREVIATIONS = new Set(STATES.flatMap((row) => row.slice(1)));
const DIRECTION_WORDS: ReadonlyMap<string, string> = new Map([
  ['eastern', 'e'], ['western', 'w'], ['northern', 'n'], ['southern', 's'], ['middle', 'm'], ['central', 'c'],
]);
const BANKRUPTCY = new Set(['bankruptcy', 'bankr', 'bk', 'bankrupcy']);
const COURT_WORDS = new Set(['court', 'courts', 'district', 'dist', 'federal', ...BANKRUPTCY]);
/** "ed", "sd", "n", "d" before a state: a district's initial, with or without the d of "district". */
const INITIAL = /^([nsewmc])?d?$/;
/** "sdny", "edtex", "ndill": a district's initials run together with a state's abbreviation. */
const RUN_TOGETHER = new RegExp(`^([nsewmc])d(${[...ABBREVIATIONS].join('|')})$`);
/** PACER court ids: state code, district initial, d (district) or b (bankruptcy): txed, nysb, mdd, cacb. */
const PACER_ID = new RegExp(`^(${STATES.map((row) => row[1]).join('|')})([nsewmc])?([db])$`);

export interface Designation {
  /** PACER's state code (postal code, lower case; "nmi" for the Northern Mariana Islands). */
  readonly state: string;
  /** The district's initial (n, s, e, w, m, c), absent for a state with one district. */
  readonly direction?: string;
  readonly kind?: 'bankruptcy' | 'district';
}

/** Words that name a court, at least with a court word or a district ("court", "bankr.", "eastern", "S.D."). */
export function hasCourtWord(words: readonly string[]): boolean {
  return words.some((word) => COURT_WORDS.has(word) || DIRECTION_WORDS.has(word));
}

/**
 * The courts a message designates by their districts (usually one). `loose` (the court question is on screen, or
 * the reply is short) also takes a PACER id or a state on its own ("txed", "im in ohio"), which elsewhere are too
 * common ("need" has the shape of an id: ne + e + d).
 */
export function designations(rawWords: readonly string[], loose: boolean): Designation[] {
  const words = mergeInitials(rawWords);
  const kind = words.some((word) => BANKRUPTCY.has(word)) ? 'bankruptcy' : words.includes('district') ? 'district' : undefined;
  const courtWord = hasCourtWord(words);
  const found: Designation[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const id = PACER_ID.exec(word);
    const run = RUN_TOGETHER.exec(word);
    const state = stateAt(words, index);
    const direction = state ? directionBefore(words, index) : undefined;
    if (id && (loose || courtWord) && words.length <= 3) {
      found.push({ state: id[1]!, direction: id[2], kind: id[3] === 'b' ? 'bankruptcy' : 'district' });
    } else if (run) {
      found.push({ state: STATE_CODE.get(run[2]!)!, direction: run[1], kind });
    } else if (state && (direction !== undefined || courtWord || (loose && words.length <= 5))) {
      found.push({ state: state.code, ...(direction ? { direction } : {}), kind });
    }
    // "west virginia" is one state, not also "virginia".
    if (state) index += state.words - 1;
  }
  return found;
}

/** The state named at `index` (a full name, possibly several words, or an abbreviation next to a district). */
function stateAt(words: readonly string[], index: number): { code: string; words: number } | undefined {
  const rest = ` ${words.slice(index).join(' ')} `;
  const name = STATE_NAMES.find((candidate) => rest.startsWith(` ${candidate} `));
  if (name) return { code: STATE_CODE.get(name)!, words: name.split(' ').length };
  const word = words[index]!;
  const afterInitial = index > 0 && INITIAL.test(words[index - 1]!);
  return ABBREVIATIONS.has(word) && afterInitial ? { code: STATE_CODE.get(word)!, words: 1 } : undefined;
}

/** The district before the state: "eastern (district of)", "ed", "e d"; '' for "d." / "district of" alone. */
function directionBefore(words: readonly string[], index: number): string | undefined {
  const before = words.slice(Math.max(0, index - 3), index).filter((word) => !['district', 'dist', 'of', 'the'].includes(word));
  const last = before[before.length - 1];
  if (last === undefined) return words[index - 1] === 'of' ? '' : undefined;
  if (DIRECTION_WORDS.has(last)) return DIRECTION_WORDS.get(last);
  const initial = INITIAL.exec(last);
  return initial ? (initial[1] ?? '') : undefined;
}

/** "e d tex" -> "ed tex", "s d n y" -> "sdny": initials written with dots arrive as single letters. */
export function mergeInitials(words: readonly string[]): string[] {
  const merged: string[] = [];
  let run = '';
  for (const word of words) {
    if (word.length === 1 && /[a-z]/.test(word)) {
      run += word;
      continue;
    }
    if (run) merged.push(run);
    run = '';
    merged.push(word);
  }
  if (run) merged.push(run);
  return merged;
}
