import { isPassword, passwordWithin, VALUE } from './passwordValue';
import type { SecretSpan } from './spans';
import { LOGIN_LABEL, NOT_A_PASSWORD, SECRET_LABEL, WORD_END, WORD_START } from './words';

/*
 * Values a user says they tried or use, without calling them a password:
 * - variants of one word listed after a verb of trying or typing ("I tried Lakers2020, lakers2020 and Lakers2020!",
 *   "typed in ilovemycat then ILoveMyCat"): people retype a password with other capitals, digits and endings;
 *   a list of different things ("I tried Chrome and Firefox") is no password;
 * - "X is what I use / type" in a message about passwords, when X looks like one by itself ("blueberry42").
 * Each reads a bounded number of words from where it starts: linear in the text.
 */
const TRY_VERB = String.raw`(?:tried|try(?:ing)?|typed(?:\s+in)?|typ(?:e|ing)(?:\s+in)?|entered|enter(?:ing)?|put\s+in|input|keyed\s+in|used|using|use|attempted|submitted|guessed)`;
const TRIED = new RegExp(String.raw`${WORD_START}${TRY_VERB}${WORD_END}(?:\s+(?:both|all))?`, 'giu');
export const TRIED_HINT = /tri|try|typ|ente|put|input|key|use|usi|attempt|submit|guess/i;
const FIRST_VALUE = new RegExp(String.raw`\s+${VALUE}`, 'yu');
const NEXT_VALUE = new RegExp(String.raw`(?:\s*[,/]\s*(?:(?:and|or|then)\s+)?|\s+(?:and|or|then)\s+)(?:(?:also|then|maybe|even)\s+)?${VALUE}`, 'yiu');
const MOST_VALUES = 6;

const WHAT_I_USE = new RegExp(String.raw`(?<!\S)${VALUE}\s+(?:[—–-]+\s+|,\s*)?(?:is|was|=|(?:that|which|it)(?:['’]s|\s+is|\s+was))\s+(?:what|the\s+one|the\s+thing)\s+(?:i|we|i['’]ve|i\s+have)\s+(?:always\s+|usually\s+|normally\s+)?(?:use|used|type|typed|enter|entered|put\s+in|log\s+in\s+with|sign\s+in\s+with)${WORD_END}`, 'giu');
const WHAT_I_USE_HINT = /(?:what|the\s+one|the\s+thing)\s+(?:i|we)/i;
const PASSWORD_WORD = new RegExp(String.raw`${WORD_START}${SECRET_LABEL}${WORD_END}`, 'iu');
const LOGIN_JUST_BEFORE = new RegExp(String.raw`${WORD_START}${LOGIN_LABEL}${WORD_END}[\s:=]*(?:is\s+)?$`, 'iu');

interface Value extends SecretSpan { readonly text: string }

/** Lists of variants after a verb of trying (see above). */
export function triedVariants(text: string): SecretSpan[] {
  if (!TRIED_HINT.test(text)) return [];
  const spans: SecretSpan[] = [];
  TRIED.lastIndex = 0;
  for (let verb = TRIED.exec(text); verb; verb = TRIED.exec(text)) {
    const values = listedValues(text, TRIED.lastIndex);
    if (areVariants(values)) spans.push(...values);
  }
  return spans;
}

/** "X is what I use" (see above). */
export function valueSaidToBeUsed(text: string): SecretSpan[] {
  if (!WHAT_I_USE_HINT.test(text) || !PASSWORD_WORD.test(text)) return [];
  const spans: SecretSpan[] = [];
  for (const match of text.matchAll(WHAT_I_USE)) {
    const within = passwordWithin({ raw: match[1]!, evidence: 'near' });
    if (!within || LOGIN_JUST_BEFORE.test(text.slice(Math.max(0, match.index! - 24), match.index))) continue;
    spans.push({ start: match.index! + within.start, end: match.index! + within.end });
  }
  return spans;
}

function listedValues(text: string, from: number): Value[] {
  const values: Value[] = [];
  for (let at = from, pattern = FIRST_VALUE; values.length < MOST_VALUES; pattern = NEXT_VALUE) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    const raw = match?.[1];
    const within = raw && passwordWithin({ raw, evidence: 'announced' });
    if (!raw || !within) break;
    const start = pattern.lastIndex - raw.length;
    values.push({ start: start + within.start, end: start + within.end, text: raw.slice(within.start, within.end) });
    // The next value is read from the end of this one: a comma after it is the separator.
    at = start + within.end;
  }
  return values;
}

/** Two or more values, not all the same, with the same letters once case, digits and symbols are set aside. */
function areVariants(values: readonly Value[]): boolean {
  if (values.length < 2 || new Set(values.map((value) => value.text)).size < 2) return false;
  const stems = new Set(values.map((value) => value.text.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const [stem] = stems;
  return stems.size === 1 && stem!.length >= 3 && !NOT_A_PASSWORD.has(stem!) && values.every((value) => isPassword(value.text, 'announced'));
}
