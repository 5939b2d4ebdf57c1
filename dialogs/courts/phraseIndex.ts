import type { CourtNames } from './names';

/** What a run of words may be: a name of some districts, a court id, a state, a district's direction, a kind word … */
export type Role =
  | { readonly role: 'districts'; readonly districts: readonly string[]; readonly ordinary?: true }
  | { readonly role: 'court'; readonly id: string; readonly district: string }
  | { readonly role: 'state'; readonly state: string; readonly standalone: boolean; readonly ordinary?: true }
  | { readonly role: 'direction'; readonly letter: string; readonly word: boolean }
  | { readonly role: 'wholeState' }
  | { readonly role: 'appellate'; readonly id: string }
  | { readonly role: 'bankruptcy' | 'district' | 'notFederal' | 'federal' };

/** How many of a direction's forms in court-words.yaml are words ("northern", "north"); the rest are initials ("nd"). */
export const DIRECTION_WORDS = 2;

/** A role found at words [from, to). */
export interface Found { readonly from: number; readonly to: number; readonly what: Role }

/**
 * Every name of content/court-names.yaml (and every court id) as word runs -> what they may be. One text is read by
 * looking up the runs that start with a name's first word: a few map lookups for most messages.
 */
export class PhraseIndex {
  private readonly roles = new Map<string, Role[]>();
  /** The most words of a name starting with a word: most words start none, and their runs are never looked up. */
  private readonly longestFrom = new Map<string, number>();
  /** Every single word of every name: what a misspelt word may be corrected to. */
  readonly vocabulary: ReadonlySet<string>;

  constructor(names: CourtNames, courtIds: Iterable<string>) {
    const { words } = names;
    const wordlike = new Set(words.wordlike);
    const wordlikeIds = new Set([...words.wordlikeIds, ...(words.notNames ?? [])]);
    const notNames = new Set(words.notNames);
    const ordinary = new Set(words.ordinary);
    const place = (name: string, districts: readonly string[]): Role => ({ role: 'districts', districts, ...(ordinary.has(name) ? { ordinary: true } : {}) });
    for (const district of names.districts) district.names.forEach((name) => notNames.has(name) || this.add(name, place(name, [district.code])));
    for (const shared of names.ambiguous) if (!notNames.has(shared.name)) this.add(shared.name, place(shared.name, shared.districts));
    for (const id of courtIds) if (!wordlikeIds.has(id)) this.add(id, { role: 'court', id, district: id.slice(0, -1) });
    for (const state of names.states) {
      // A short form that is also a word ("pa", "tenn") names its state alone only where a place is meant, as an ordinary place does.
      state.names.forEach((name) => this.add(name, {
        role: 'state', state: state.code, standalone: !wordlike.has(name) && !notNames.has(name),
        ...(ordinary.has(name) && !notNames.has(name) ? { ordinary: true } : {}),
      }));
    }
    for (const [letter, forms] of Object.entries(words.directions)) {
      forms.forEach((form, index) => this.add(form, { role: 'direction', letter, word: index < DIRECTION_WORDS }));
    }
    words.wholeState.forEach((form) => this.add(form, { role: 'wholeState' }));
    for (const court of names.appellate) court.names.forEach((name) => this.add(name, { role: 'appellate', id: court.id }));
    for (const role of ['bankruptcy', 'district', 'notFederal', 'federal'] as const) words[role].forEach((form) => this.add(form, { role }));
    for (const phrase of this.roles.keys()) {
      const [first] = phrase.split(' ', 1) as [string];
      this.longestFrom.set(first, Math.max(this.longestFrom.get(first) ?? 0, phrase.split(' ').length));
    }
    this.vocabulary = new Set([...this.roles.keys()].flatMap((phrase) => phrase.split(' ')));
  }

  private add(phrase: string, role: Role): void {
    if (phrase.length > 0) this.roles.set(phrase, [...(this.roles.get(phrase) ?? []), role]);
  }

  /** Every role of every run of words, longest runs first at each position. */
  scan(words: readonly string[]): Found[] {
    const found: Found[] = [];
    for (let from = 0; from < words.length; from += 1) {
      const longest = this.longestFrom.get(words[from]!) ?? 0;
      for (let to = Math.min(words.length, from + longest); to > from; to -= 1) {
        for (const what of this.roles.get(words.slice(from, to).join(' ')) ?? []) found.push({ from, to, what });
      }
    }
    return found;
  }

  /** The roles of one word ("sdny" is no phrase, but "ny" after "sd" is a state). */
  rolesOf(phrase: string): readonly Role[] {
    return this.roles.get(phrase) ?? [];
  }
}
