/**
 * Recognises a federal district or bankruptcy court that the content does not list, from the ways filers write
 * them: "eastern district of texas", "ED Tex", "E.D. Tex.", "district of columbia", PACER ids such as "txed" or
 * "nysb". The bot cannot give such a court's own address, but it must understand that the user named one instead
 * of asking again. The table is the US states and territories with federal courts (names and usual abbreviations).
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
  ['northern mariana islands', 'mp'], ['ohio', 'oh'], ['oklahoma', 'ok', 'okla'], ['oregon', 'or', 'ore'],
  ['pennsylvania', 'pa', 'penn'], ['puerto rico', 'pr'], ['rhode island', 'ri'], ['south carolina', 'sc'],
  ['south dakota', 'sd'], ['tennessee', 'tn', 'tenn'], ['texas', 'tx', 'tex'], ['utah', 'ut'], ['vermont', 'vt'],
  ['virgin islands', 'vi'], ['virginia', 'va'], ['washington', 'wa', 'wash'], ['west virginia', 'wv'],
  ['wisconsin', 'wi', 'wis'], ['wyoming', 'wy'],
];
const STATE_NAMES = STATES.map((names) => names[0]!);
const ABBREVIATIONS = new Set(STATES.flatMap((names) => names.slice(1)));
const POSTAL = STATES.map((names) => names[1]!).join('|');
export const DIRECTIONS: ReadonlySet<string> = new Set(['eastern', 'western', 'northern', 'southern', 'middle', 'central']);
/** Words that say a court is meant ("bankr. d. mass", "nevada bankruptcy", "the district court in ohio"). */
const COURT_WORDS = new Set(['court', 'courts', 'bankruptcy', 'bankr', 'bk', 'district', 'dist', 'federal']);
/** "ed", "sd", "n", "d" … before a state: the district's initial (or the d of "District of …"). */
const DIRECTION_INITIAL = /^(?:[nsewmc]d?|d)$/;
/** A reply this short that names only a state answers the court question. */
const SHORT_REPLY = 5;
/** PACER court ids: state, then district initial, then d (district) or b (bankruptcy): txed, nysb, mdd, cacb. */
const PACER_ID = new RegExp(`^(?:${POSTAL})[nsewmc]?[db]$`);
/** "sdny", "edtex", "ndcal": a district's initials run together with a state. */
const RUN_TOGETHER = new RegExp(`^[nsewmc]d(?:${[...ABBREVIATIONS].join('|')})$`);

/**
 * True when `words` (normalised tokens) name a court by its district. `loose` (the court question is on screen)
 * also accepts a PACER id, a state alone ("texas", "i'm in ohio") or a court word alone, which elsewhere are too
 * common to trust.
 */
export function namesUnlistedCourt(words: readonly string[], loose: boolean): boolean {
  const merged = mergeInitials(words);
  const text = ` ${merged.join(' ')} `;
  const state = STATE_NAMES.find((name) => text.includes(` ${name} `));
  if (text.includes(' district of ') && state) return true;
  for (const [index, word] of merged.entries()) {
    const next = merged[index + 1] === 'district' || merged[index + 1] === 'of' ? merged[index + 2] : merged[index + 1];
    const nextIsState = next !== undefined && (ABBREVIATIONS.has(next) || STATE_NAMES.some((name) => name.startsWith(`${next} `) || name === next));
    if ((DIRECTIONS.has(word) || DIRECTION_INITIAL.test(word)) && nextIsState) return true;
    // A PACER id alone ("txed"): many short words have the same shape ("need" is ne + e + d).
    if (RUN_TOGETHER.test(word) || (loose && merged.length <= 2 && PACER_ID.test(word))) return true;
  }
  const courtWord = merged.some((word) => COURT_WORDS.has(word));
  // A state with a court word names a court anywhere; while the court question is on screen, a court word alone
  // ("the bankruptcy court in manhattan") or a state alone in a short reply ("texas", "im in ohio") does.
  return (state !== undefined && courtWord) || (loose && (courtWord || (state !== undefined && merged.length <= SHORT_REPLY)));
}

/** "e d tex" -> "ed tex", "s d n y" -> "sdny": initials written with dots arrive as single letters. */
function mergeInitials(words: readonly string[]): string[] {
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
