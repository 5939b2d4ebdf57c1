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
