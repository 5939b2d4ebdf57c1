import type { NumberFinding } from './numberRules';
import type { SecretSpan } from './spans';
import { WORD_END, WORD_START } from './words';

/*
 * Dates of birth. A birth-date label ("DOB", "d.o.b", "b.", "born", "date of birth", "fecha de nacimiento",
 * "né le", "geb.", "生年月日" …) makes the dates after it in the same sentence count, in the forms people write:
 * 3/4/1980, 1980-03-04, 19800304, March 4th, 1980, 4 mars 1980, the fourth of March 1980, 4. März 1980, June 1980,
 * 1980年3月4日; a date just before "is my date of birth" counts too. Only dates a living adult was born on count
 * (a year from 100 to 14 years ago), and not a date after the word of another event ("my date of birth … I
 * registered on 05/11/2025"). Each label is read over a bounded stretch, so the work stays linear.
 */

const MONTH_WORDS = `january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
  noviembre diciembre abr ago dic janvier février fevrier mars avril mai juin juillet août aout septembre octobre
  novembre décembre decembre janv févr fevr juil déc januar jänner februar märz maerz april juni juli oktober dezember
  okt dez gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre giu lug ott janeiro fevereiro março
  marco maio junho julho setembro outubro dezembro fev`;
const longestFirst = (words: string) => [...new Set(words.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length).join('|');
const MONTH = String.raw`(?:${longestFirst(MONTH_WORDS)})\.?(?!\p{L})`;
const UNIT_ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth';
const ORDINAL = String.raw`(?:(?:twenty|thirty)[\s-]?(?:${UNIT_ORDINALS.replace(/ /g, '|')})|${longestFirst(`${UNIT_ORDINALS} tenth eleventh
  twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth`)})`;
const DAY = String.raw`(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?|${ORDINAL})`;
const YEAR = String.raw`(?:\d{4}|['’]?\d{2})(?!\d)`;
/** 3/4/1980, 1980-03-04, 1980年3月4日, March 4th, 1980, 4 de marzo de 1980, the fourth of March '80. */
const DATE = String.raw`(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?${YEAR}|\d{4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,2}(?!\d)|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日?|${MONTH}[\s/.-]{1,3}${DAY},?[\s/.-]{1,3}(?:de\s+)?${YEAR}|${DAY}[\s/.-]{1,3}(?:(?:of|de)\s+)?${MONTH},?[\s/.-]{1,3}(?:(?:de|del)\s+)?${YEAR})`;
/** After a label also "June 1980" and 19800304 (checked to be a real date below). */
const LABELLED_DATE = String.raw`(?:${DATE}|${MONTH},?\s{1,3}(?:(?:of|de|del)\s+)?\d{4}(?!\d)|\d{8}(?!\d))`;
const NOT_INSIDE = String.raw`(?<![\p{L}\p{N}/-]|\d\.)`;

const DOB_WORDS = String.raw`d\.?\s?o\.?\s?b\.?|d/o/b|date\s+of\s+birth|birth(?:\s?date|\s?day)?|b-?day|b['’]day|born|b\.(?=\s{0,2}\d)|fecha\s+de\s+nac(?:imiento|\.)?|f\.\s?(?:de\s+)?nac\.?|nacid[oa]|date\s+de\s+naissance|née?\s+le|geburtsdatum|geb\.|geboren|data\s+de\s+nascimento|nascid[oa]|data\s+di\s+nascita|nat[oa]\s+il|data\s+urodzenia|urodzon[ya]|дата\s+рождения|родил(?:ся|ась)`;
const LABEL = new RegExp(String.raw`${WORD_START}(?:${DOB_WORDS})${WORD_END}|生年月日|出生日期|생년월일`, 'giu');
/** Something every label contains: most texts skip the label search. */
const DOB_HINT = /d\.?\s?o\.?\s?b|d\/o\/b|birth|born|day|b\.|nac|naiss|née?\s|geb|nasc|nat[oa]\s|urodz|рожд|родил|生年|出生|생년/iu;

/** The first date after a label: within 40 characters of words ("DOB is", "born on the"); then the sentence's. */
const FIRST_AFTER = new RegExp(String.raw`^[^\d\n]{0,40}?${NOT_INSIDE}(${LABELLED_DATE})`, 'iu');
const ANY_DATE = new RegExp(String.raw`${NOT_INSIDE}(${LABELLED_DATE})`, 'giu');
/** A date just before its label: "02/03/1971 is my date of birth", "3/4/80 (DOB)". */
const BEFORE_LABEL = new RegExp(String.raw`${NOT_INSIDE}(${DATE})[^\d\n]{0,20}?(?:\s(?:is|was|as|for)|[=:,(–—-])\s*(?:(?:my|his|her|the|their|our|client['’]s|debtor['’]s)\s+)?(?:(?:real|actual|correct|true)\s+)?$`, 'iu');
/** The end of the sentence a label is in: later dates there are still the birth date (a correction, a second one). */
const SENTENCE_END = /\n|[!?;]|\.(?=\s+\p{Lu})/u;
/** Words of another event: a date after one of them is that event's. */
const OTHER_EVENT = /(?<!\p{L})(?:admitted|admission|registered|registration|created|opened|linked|filed|joined|hired|married|enrolled|live|since|licensed|sworn|graduated|moved|started|upgraded|expire[sd]?|expiring|due|hearing|deadline|dated|issued|changed|reset|updated|called|emailed|paid|charged|closed|deactivated|today|yesterday)(?!\p{L})/iu;
const STRETCH = 140;
const MOST_DATES = 4;
const ADULT_AGE = 14;
const OLDEST = 100;

export function findBirthDates(text: string, digits: number): NumberFinding[] {
  if (digits < 3 || !DOB_HINT.test(text)) return [];
  const found: NumberFinding[] = [];
  LABEL.lastIndex = 0;
  for (let label = LABEL.exec(text); label; label = LABEL.exec(text)) {
    // A label among dates already found ("DOB 1/2/1980, DOB 3/4/1981 …") adds nothing new to read.
    if (label.index < (found[found.length - 1]?.end ?? 0)) continue;
    const end = label.index + label[0].length;
    for (const span of [...dateBefore(text, label.index), ...datesAfter(text, end)]) found.push({ ...span, kind: 'dob' });
  }
  return found;
}

function datesAfter(text: string, labelEnd: number): SecretSpan[] {
  const stretch = text.slice(labelEnd, labelEnd + STRETCH);
  const first = FIRST_AFTER.exec(stretch);
  if (!first) return [];
  const firstStart = first[0].length - first[1]!.length;
  const sentence = stretch.slice(0, first[0].length + endOf(stretch.slice(first[0].length)));
  const spans: SecretSpan[] = [];
  let previousEnd = 0;
  ANY_DATE.lastIndex = firstStart;
  for (let date = ANY_DATE.exec(sentence); date && spans.length < MOST_DATES; date = ANY_DATE.exec(sentence)) {
    const before = sentence.slice(previousEnd, date.index);
    if (OTHER_EVENT.test(before)) break;
    if (isBirthDate(date[1]!)) spans.push({ start: labelEnd + date.index, end: labelEnd + ANY_DATE.lastIndex });
    previousEnd = ANY_DATE.lastIndex;
  }
  return spans;
}

function dateBefore(text: string, labelStart: number): SecretSpan[] {
  const from = Math.max(0, labelStart - 70);
  const match = BEFORE_LABEL.exec(text.slice(from, labelStart));
  if (!match || !isBirthDate(match[1]!)) return [];
  return [{ start: from + match.index, end: from + match.index + match[1]!.length }];
}

function endOf(sentence: string): number {
  const end = sentence.search(SENTENCE_END);
  return end < 0 ? sentence.length : end;
}

/** A date a living adult was born on. */
function isBirthDate(date: string): boolean {
  const now = new Date().getFullYear();
  const plausible = (year: number) => year >= now - OLDEST && year <= now - ADULT_AGE;
  if (/^\d{8}$/.test(date)) return compactDateYear(date).some(plausible);
  const fourDigits = /(?<!\d)\d{4}(?!\d)/.exec(date);
  if (fourDigits) return plausible(Number(fourDigits[0]));
  const twoDigits = Number(/\d{2}(?!.*\d)/.exec(date)?.[0] ?? NaN);
  return plausible(1900 + twoDigits) || plausible(2000 + twoDigits);
}

/** The years 19800304, 03041980 and 04031980 can be read with (yyyymmdd, mmddyyyy, ddmmyyyy), when they are dates. */
function compactDateYear(date: string): number[] {
  const n = (from: number, to: number) => Number(date.slice(from, to));
  const isDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const years: number[] = [];
  if (isDay(n(4, 6), n(6, 8))) years.push(n(0, 4));
  if (isDay(n(0, 2), n(2, 4)) || isDay(n(2, 4), n(0, 2))) years.push(n(4, 8));
  return years;
}
