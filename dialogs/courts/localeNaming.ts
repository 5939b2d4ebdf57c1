import type { RawCourts } from '../content/compile';
import { courtPhrase } from './courtText';
import type { CourtNames, CourtWords } from './names';

/**
 * content/locales/<lang>/court-naming.yaml: how a locale names the courts it shows ({court.name}, the court buttons,
 * {appellate.name}) and the words its speakers name a district with ("Distrito Sur de Florida", "Nuevo México").
 */
type RawCourt = RawCourts['courts'][number];

export interface CourtNaming {
  readonly names: Readonly<Record<RawCourt['type'], string>>;
  readonly short: Readonly<Record<RawCourt['type'], string>>;
  /** A district by its direction letter ('' for a state with one district), with {state}. */
  readonly districts: Readonly<Record<string, string>>;
  readonly states: Readonly<Record<string, string>>;
  readonly stateForms?: Readonly<Record<string, readonly string[]>>;
  /** Courts named otherwise (territorial courts), by id. */
  readonly courts?: Readonly<Record<string, string>>;
  readonly appellate?: Readonly<Record<string, string>>;
  readonly wholeState?: readonly string[];
  readonly between?: readonly string[];
  readonly courtWords?: readonly string[];
  readonly ordinary?: readonly string[];
  readonly notNames?: readonly string[];
  readonly districtWords?: readonly string[];
  readonly placeWords?: readonly string[];
  readonly orWords?: readonly string[];
  readonly circuitWords?: readonly string[];
  readonly functionWords?: readonly string[];
  /** The locale's words a typo away from a court word, never corrected to it. */
  readonly everyday?: readonly string[];
  readonly appellateOrdinals?: Readonly<Record<string, readonly string[]>>;
}

/**
 * What is wrong with a court-naming file: the templates it must have (each with its placeholder), and a name for
 * every state or territory with a court (a court without one would keep its English name in the locale's replies).
 */
export function namingProblems(value: unknown, names: CourtNames): string[] {
  if (typeof value !== 'object' || value === null) return ['court-naming must be a map (names, short, districts, states …).'];
  const naming = value as Partial<Record<string, unknown>>;
  const texts = (key: string, keys: readonly string[], placeholder: string) => keys.flatMap((inner) => {
    const text = (naming[key] as Record<string, unknown> | undefined)?.[inner];
    return typeof text === 'string' && text.includes(`{${placeholder}}`) ? [] : [`${key}.${inner}: a text with {${placeholder}} is missing.`];
  });
  const states = naming.states as Record<string, unknown> | undefined;
  return [
    ...texts('names', ['district', 'bankruptcy'], 'district'), ...texts('short', ['district', 'bankruptcy'], 'citation'),
    ...texts('districts', unique(names.districts.map((district) => district.direction)), 'state'),
    ...unique(names.districts.map((district) => district.state)).filter((code) => typeof states?.[code] !== 'string')
      .map((code) => `states.${code}: the name of this state or territory is missing.`),
  ];
}

/** The English court's citation on its button: "District, C.D. Cal." -> "C.D. Cal.". */
const CITATION = /^[^,]+,\s*(.+)$/;

/** The courts with the locale's names and button labels; a court whose district is unknown keeps its English ones. */
export function namedCourts<T extends RawCourt>(courts: readonly T[], names: CourtNames, naming: CourtNaming): T[] {
  const districtOf = new Map(names.districts.flatMap((district) => district.courts.map((id) => [id, district] as const)));
  return courts.map((court) => {
    const district = districtOf.get(court.id);
    const state = district && naming.states[district.state];
    const where = district && state && naming.districts[district.direction];
    const citation = CITATION.exec(court.short)?.[1];
    if (!where || !citation) return court;
    const name = naming.courts?.[court.id] ?? fill(naming.names[court.type], 'district', fill(where, 'state', state));
    return { ...court, name, short: fill(naming.short[court.type], 'citation', citation) };
  });
}

/** The court matcher's names with the locale's: its state names, appellate names and reading words added. */
export function namesInLocale(names: CourtNames, naming: CourtNaming): CourtNames {
  const statesOf = (code: string) => [naming.states[code], ...(naming.stateForms?.[code] ?? [])].flatMap((name) => (name ? [courtPhrase(name)] : []));
  const phrases = (list: readonly string[] | undefined) => (list ?? []).map(courtPhrase);
  const words: CourtWords = {
    ...names.words,
    wholeState: [...names.words.wholeState, ...phrases(naming.wholeState)],
    everyday: [...names.words.everyday, ...phrases(naming.everyday)],
    between: phrases(naming.between), courtWords: phrases(naming.courtWords),
    ordinary: [...(names.words.ordinary ?? []), ...phrases(naming.ordinary)], notNames: phrases(naming.notNames),
    functionWords: phrases(naming.functionWords), districtWords: phrases(naming.districtWords), placeWords: phrases(naming.placeWords), orWords: phrases(naming.orWords),
  };
  return {
    ...names,
    // "las Islas Vírgenes" is typed without its article.
    states: names.states.map((state) => ({ ...state, names: unique([...state.names, ...statesOf(state.code).map(withoutArticle)]) })),
    appellate: names.appellate.map((court) => ({
      ...court, name: naming.appellate?.[court.id] ?? court.name, names: unique([...court.names, ...circuitNames(naming, court.id)]),
    })),
    words,
  };
}

/** "noveno circuito", "circuito noveno", "9no cir": a court of appeals by its ordinal, before or after the circuit word. */
function circuitNames(naming: CourtNaming, id: string): string[] {
  const ordinals = naming.appellateOrdinals?.[id] ?? [];
  return (naming.circuitWords ?? []).flatMap((word) => ordinals.flatMap((ordinal) => [`${ordinal} ${word}`, `${word} ${ordinal}`])).map(courtPhrase);
}

/** A naming template's one placeholder filled ("el Distrito Sur de {state}"). */
function fill(template: string, key: string, value: string): string {
  return template.replace(`{${key}}`, value);
}

function withoutArticle(phrase: string): string {
  return phrase.replace(/^(las|los|la|el) /, '');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
