import type { Content, Court } from '../content/types';
import type { Placeholders } from './flowView';
import type { ConversationState } from './state';
import { tokens } from './answerReader';
import { designations, hasCourtWord, mergeInitials, type Designation } from './courtNames';
import { matchesAny } from './textMatch';

/** Court buttons offered with "Which court is this for?" (plus "My court isn't listed"): the rest are typed. */
const MAX_COURT_BUTTONS = 5;
/** The longest court name, in distinctive words, that is looked for inside a message. */
const LONGEST_NAME = 6;
/** Words of a court's name that do not tell courts apart ("in" is Indiana's abbreviation in a name, a word in a message). */
const GENERIC = new Set(['the', 'u', 's', 'us', 'usa', 'united', 'states', 'court', 'courts', 'for', 'of', 'federal']);
const GENERIC_IN_MESSAGES = new Set([...GENERIC, 'in', 'at']);
const SAME_AS: Readonly<Record<string, string>> = { bankr: 'bankruptcy', bk: 'bankruptcy' };

/** The state value that records "my court isn't listed": answers stay generic and the bot stops asking. */
export const OTHER_COURT = 'other';

/** The court a conversation is about: the deployment's pinned court, the one the user named, or a single known one. */
export function resolveCourt(content: Content, pinned: Court | undefined, state: ConversationState): Court | undefined {
  if (pinned) return pinned;
  const chosen = state.courtId === undefined ? undefined : content.courts.get(state.courtId);
  if (chosen) return chosen;
  if (content.defaultCourtId !== undefined) return content.courts.get(content.defaultCourtId);
  return content.courts.size === 1 ? content.courts.values().next().value : undefined;
}

/** True while the bot should still ask which court (nothing pinned, named or declined). */
export function courtStillUnknown(content: Content, pinned: Court | undefined, state: ConversationState): boolean {
  return resolveCourt(content, pinned, state) === undefined && state.courtId !== OTHER_COURT;
}

/**
 * Finds the court a message names, among every court of courts.yaml: by one of its names in any word order
 * ("bankruptcy sdny", "the bankruptcy court in manhattan" for "manhattan bankruptcy"), or by its district however
 * it is written ("ED Tex", "eastern district of texas", "bankr. d. mass"). Several courts named is none (the
 * question that follows asks which). Built once per engine; a message costs a few map lookups.
 */
export class CourtFinder {
  /** Each name (short, full, other names: a PACER id only where courts.yaml lists it) as its sorted distinctive words -> id. */
  private readonly names = new Map<string, string>();

  constructor(private readonly content: Content) {
    for (const court of content.courts.values()) {
      for (const name of [court.short, court.name, ...court.also]) {
        const key = keyOf(distinctive(tokens(name), GENERIC));
        if (key.length > 0 && !this.names.has(key)) this.names.set(key, court.id);
      }
    }
  }

  /** A court id, OTHER_COURT (not listed, or the "isn't listed" button), or undefined (none, or several). */
  find(text: string, courtExpected: boolean): string | undefined {
    if (matchesAny(text, [this.content.responses.buttons.otherCourt])) return OTHER_COURT;
    const raw = tokens(text);
    if (raw.length === 0) return undefined;
    const words = distinctive(raw, GENERIC_IN_MESSAGES);
    const bankruptcy = words.includes('bankruptcy');
    const named = new Set([...this.byName(words), ...designations(raw, courtExpected).flatMap((d) => this.byDistrict(d))]
      .map((id) => (bankruptcy ? this.bankruptcyOf(id) : id)));
    if (named.size === 1) return named.values().next().value;
    // The court question answered with a court that is not in the list ("the bankruptcy court in houston").
    return named.size === 0 && courtExpected && hasCourtWord(words) ? OTHER_COURT : undefined;
  }

  /** Courts named by a run of the message's words: the longest runs win over the shorter ones inside them. */
  private byName(words: readonly string[]): string[] {
    const found: { id: string; from: number; to: number }[] = [];
    for (let length = Math.min(LONGEST_NAME, words.length); length >= 1; length -= 1) {
      for (let from = 0; from + length <= words.length; from += 1) {
        const to = from + length;
        if (found.some((match) => match.from <= from && to <= match.to)) continue;
        const key = keyOf(words.slice(from, to));
        const id = this.names.get(key);
        if (id) found.push({ id, from, to });
      }
    }
    return found.map((match) => match.id);
  }

  /** The court of a district: state, district initial and kind make its PACER id (a district court by default). */
  private byDistrict(district: Designation): string[] {
    const kind = district.kind === 'bankruptcy' ? 'b' : 'd';
    const id = `${district.state}${district.direction ?? ''}${kind}`;
    return this.content.courts.has(id) ? [id] : [];
  }

  /** "SDNY" said of a bankruptcy court is that district's bankruptcy court. */
  private bankruptcyOf(id: string): string {
    const court = this.content.courts.get(id);
    const sibling = court?.type === 'district' ? `${id.slice(0, -1)}b` : undefined;
    return sibling && this.content.courts.has(sibling) ? sibling : id;
  }
}

/** The words of a name that tell courts apart, initials run together ("S.D.N.Y." -> "sdny"), "bankr." as "bankruptcy". */
function distinctive(words: readonly string[], generic: ReadonlySet<string>): string[] {
  return mergeInitials(words).map((word) => SAME_AS[word] ?? word).filter((word) => !generic.has(word));
}

function keyOf(words: readonly string[]): string {
  return [...new Set(words)].sort().join(' ');
}

/** The court question's buttons: the featured courts (or the first ones) and "My court isn't listed". */
export function courtButtons(content: Content): string[] {
  const courts = [...content.courts.values()];
  const featured = courts.filter((court) => court.featured);
  const shown = (featured.length > 0 ? featured : courts).slice(0, MAX_COURT_BUTTONS);
  return [...shown.map((court) => court.short), content.responses.buttons.otherCourt];
}

export function courtPlaceholders(content: Content, court: Court | undefined, helpDesk: string | undefined): Placeholders {
  const fallbackDesk = helpDesk ?? content.responses.messages.helpDeskUnknown;
  return {
    'court.name': court?.name ?? content.unknownCourt.name,
    'court.ecfUrl': court?.ecfUrl ?? content.unknownCourt.ecfUrl,
    'court.helpDesk': court?.helpDesk ?? fallbackDesk,
  };
}
