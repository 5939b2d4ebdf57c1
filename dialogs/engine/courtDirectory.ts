import type { Content, Court } from '../content/types';
import type { Placeholders } from './flowView';
import type { ConversationState } from './state';
import { normaliseText } from '../content/normalise';
import { courtKey } from '../content/courtKey';
import { matchesNormalised } from './textMatch';

/** Court buttons offered with "Which court is this for?" (plus "My court isn't listed"): the rest are typed. */
const MAX_COURT_BUTTONS = 5;

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

/** The court a whole message names (its button label, name, id or another name), or OTHER_COURT for "not listed". */
export function matchCourt(content: Content, text: string): string | undefined {
  const wanted = normaliseText(text);
  if (matchesNormalised(wanted, [content.responses.buttons.otherCourt])) return OTHER_COURT;
  // One lookup in the index of every court's names, built at load: this runs on every turn.
  return content.courtNames.get(courtKey(text));
}

export function courtButtons(content: Content): string[] {
  const courts = [...content.courts.values()];
  const featured = courts.filter((court) => court.featured);
  return [...(featured.length > 0 ? featured : courts).slice(0, MAX_COURT_BUTTONS).map((court) => court.short), content.responses.buttons.otherCourt];
}

export function courtPlaceholders(content: Content, court: Court | undefined, helpDesk: string | undefined): Placeholders {
  const fallbackDesk = helpDesk ?? content.responses.messages.helpDeskUnknown;
  return {
    'court.name': court?.name ?? content.unknownCourt.name,
    'court.ecfUrl': court?.ecfUrl ?? content.unknownCourt.ecfUrl,
    'court.helpDesk': court?.helpDesk ?? fallbackDesk,
  };
}
