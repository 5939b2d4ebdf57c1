/**
 * Court names as people write them, built from a PACER court id (nysb = New York, Southern district, bankruptcy),
 * the state, and the Bluebook citation in courts-db ("Bankr. S.D.N.Y."). Used only by buildCourts.
 */
export interface CourtIdentity {
  readonly id: string;
  readonly type: 'bankruptcy' | 'district';
  /** "Southern District of New York", "District of Alaska". */
  readonly district: string;
  /** "S.D.N.Y.", "D. Alaska" (the citation without "Bankr."). */
  readonly citation: string;
  /** State postal code (the id's first two letters) and district letter ('' for a whole-state district). */
  readonly state: string;
  readonly letter: string;
}

const DIRECTIONS: Readonly<Record<string, string>> = { n: 'Northern', s: 'Southern', e: 'Eastern', w: 'Western', m: 'Middle', c: 'Central' };
const PACER_ID = /^([a-z]{2})([nsewmc])?([bd])$/;

/** Splits a plain PACER court id; undefined for ids of another form (territories are named by hand). */
export function parseCourtId(id: string): { state: string; letter: string; type: 'bankruptcy' | 'district' } | undefined {
  const match = PACER_ID.exec(id);
  if (!match) return undefined;
  return { state: match[1]!, letter: match[2] ?? '', type: match[3] === 'b' ? 'bankruptcy' : 'district' };
}

export function districtName(letter: string, location: string): string {
  return letter === '' ? `District of ${location}` : `${DIRECTIONS[letter]} District of ${location}`;
}

/** "the U.S. Bankruptcy Court for the Southern District of New York". */
export function fullName(court: CourtIdentity): string {
  return `the U.S. ${court.type === 'bankruptcy' ? 'Bankruptcy' : 'District'} Court for the ${court.district}`;
}

/** "Bankruptcy, S.D.N.Y." — what a button shows. */
export function shortName(court: CourtIdentity): string {
  return `${court.type === 'bankruptcy' ? 'Bankruptcy' : 'District'}, ${court.citation}`;
}

/**
 * Other ways people type the court: the id, the citation with and without dots, the postal form ("sd ny") and the
 * district in words, each with "bankruptcy" for a bankruptcy court or "district" for a district court. Matching
 * compares courtKey forms (word order, "the", "court", "U.S." and "of" don't matter), so one form of each is
 * enough; names two courts share are dropped by the caller.
 */
export function typedNames(court: CourtIdentity, skipId: boolean): string[] {
  const cite = court.citation;
  const compact = /^([A-Z]\.\s?)+$/.test(cite) ? [cite.replace(/[^A-Za-z]/g, '').toLowerCase()] : [];
  const postal = court.letter === '' ? [] : [`${court.letter}d ${court.state}`, `${court.letter}d${court.state}`];
  const places = [cite, ...compact, ...postal, court.district.toLowerCase()];
  const kind = court.type === 'bankruptcy' ? 'bankruptcy' : 'district';
  const bare = court.type === 'district' ? places : [];
  return [...(skipId ? [] : [court.id]), ...bare, ...places.map((place) => `${place} ${kind}`)];
}
