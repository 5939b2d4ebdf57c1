import { courtPhrase } from '../../courts/courtText';
import { namedCourts, namesInLocale, type CourtNaming } from '../../courts/localeNaming';
import type { CourtNames } from '../../courts/names';
import type { RawCourts } from '../compile';

/** content/locales/<lang>/court-details.yaml after the merge: the English court-details with translated texts. */
export interface CourtDetailsOverlay {
  courts: { id: string; helpDesk?: string }[];
  unknownCourt: { name: string; ecfUrl: string };
}

/** content/locales/<lang>/court-words.yaml after the merge: what the chat shows, and the words users type. */
export interface CourtWordsOverlay {
  messages: CourtNames['words']['messages'];
  buttons: CourtNames['words']['buttons'];
  kinds: { bankruptcy: string[]; district: string[] };
  directions: Record<string, string[]>;
  notFederal: string[];
  federal: string[];
  changeCourt: string[];
}

/**
 * content/courts.yaml is generated from court-details.yaml (and courts-db), so a court's help-desk text and the
 * words for an unknown court are translated in court-details and carried over here by court id. Courts without a
 * translated text are the English objects themselves (shared, not copied).
 */
export function courtsInLocale(courts: RawCourts, details: CourtDetailsOverlay | undefined, named?: { names: CourtNames; naming: CourtNaming }): RawCourts {
  if (named) courts = { ...courts, courts: namedCourts(courts.courts, named.names, named.naming) };
  if (!details) return courts;
  const helpDesks = new Map(details.courts.flatMap((court) => (court.helpDesk ? [[court.id, court.helpDesk] as const] : [])));
  return {
    ...courts,
    courts: courts.courts.map((court) => (helpDesks.has(court.id) ? { ...court, helpDesk: helpDesks.get(court.id) } : court)),
    unknownCourt: { ...courts.unknownCourt, ...details.unknownCourt },
  };
}

/**
 * The court matcher's names in the locale: its messages and buttons, the words its speakers type around a court's
 * name (which replace the English lists, and repeat the English words people mix in), and its naming (court-naming).
 */
export function courtNamesInLocale(names: CourtNames, words: CourtWordsOverlay | undefined, naming?: CourtNaming): CourtNames {
  const phrases = (list: readonly string[]) => list.map(courtPhrase);
  const localWords = words && {
    ...names.words, messages: words.messages, buttons: words.buttons,
    bankruptcy: phrases(words.kinds.bankruptcy), district: phrases(words.kinds.district),
    directions: Object.fromEntries(Object.entries(words.directions).map(([letter, forms]) => [letter, phrases(forms)])),
    notFederal: phrases(words.notFederal), federal: phrases(words.federal), changeCourt: phrases(words.changeCourt),
  };
  const localNames = localWords ? { ...names, words: localWords } : names;
  return naming ? namesInLocale(localNames, naming) : localNames;
}
