import type { CourtNames } from '../../courts/names';
import type { RawCourts } from '../compile';

/** content/locales/<lang>/court-details.yaml after the merge: the English court-details with translated texts. */
export interface CourtDetailsOverlay {
  courts: { id: string; helpDesk?: string }[];
  unknownCourt: { name: string; ecfUrl: string };
}

/** content/locales/<lang>/court-words.yaml after the merge (only what the chat shows is used at run time). */
export interface CourtWordsOverlay {
  messages: CourtNames['words']['messages'];
  buttons: CourtNames['words']['buttons'];
}

/**
 * content/courts.yaml is generated from court-details.yaml (and courts-db), so a court's help-desk text and the
 * words for an unknown court are translated in court-details and carried over here by court id. Courts without a
 * translated text are the English objects themselves (shared, not copied).
 */
export function courtsInLocale(courts: RawCourts, details: CourtDetailsOverlay | undefined): RawCourts {
  if (!details) return courts;
  const helpDesks = new Map(details.courts.flatMap((court) => (court.helpDesk ? [[court.id, court.helpDesk] as const] : [])));
  return {
    ...courts,
    courts: courts.courts.map((court) => (helpDesks.has(court.id) ? { ...court, helpDesk: helpDesks.get(court.id) } : court)),
    unknownCourt: { ...courts.unknownCourt, ...details.unknownCourt },
  };
}

/** The court matcher's messages and buttons in the locale; every name list is shared with the English one. */
export function courtNamesInLocale(names: CourtNames, words: CourtWordsOverlay | undefined): CourtNames {
  if (!words) return names;
  return { ...names, words: { ...names.words, messages: words.messages, buttons: words.buttons } };
}
