import type { Content, Court } from '../content/types';
import type { Placeholders } from './flowView';
import type { ConversationState } from './state';
import { tokens } from './answerReader';
import { DIRECTIONS, namesUnlistedCourt } from './courtNames';
import { matchesAny } from './textMatch';

/** The state value that records "my court isn't listed": answers stay generic and the bot stops asking. */
export const OTHER_COURT = 'other';
/** Court buttons beside "My court isn't listed": a turn shows at most 6 buttons (Teams hides the rest). */
const COURT_BUTTONS = 5;
/** Words of a court's formal name that do not tell courts apart. */
const GENERIC = new Set(['the', 'u', 's', 'us', 'united', 'states', 'court', 'courts', 'for', 'of', 'in', 'at']);

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

interface CourtName { readonly phrase: string; readonly words: readonly string[] }

/**
 * Finds the court a message names: a listed court by any of its names ("nysb", "the bankruptcy court in
 * manhattan" when "manhattan bankruptcy" is one of its names: all of a name's distinctive words, in any order),
 * or a court that is not listed ("ED Tex"), which counts as "my court isn't listed". Built once per engine.
 */
export class CourtFinder {
  private readonly names: readonly (readonly [string, readonly CourtName[], ReadonlySet<string>])[];

  constructor(private readonly content: Content) {
    this.names = [...content.courts.values()].map((court) => {
      const names = namesOf(court);
      const directions = new Set(names.flatMap((name) => name.words.filter((word) => DIRECTIONS.has(word))));
      return [court.id, names, directions] as const;
    });
  }

  /**
   * A court id, OTHER_COURT (not listed, or the "isn't listed" button), or undefined when no court is named or
   * several are ("I practice in SDNY, EDNY and the SDNY bankruptcy court": which one is for the question to ask).
   */
  find(text: string, courtQuestionOnScreen: boolean): string | undefined {
    if (matchesAny(text, [this.content.responses.buttons.otherCourt])) return OTHER_COURT;
    const words = tokens(text);
    if (words.length === 0) return undefined;
    const listed = this.listedIn(words);
    // Answering the court question, one listed court is the answer ("the bankruptcy court in manhattan, SDNY i think").
    if (listed.length === 1 && courtQuestionOnScreen) return listed[0]!.id;
    const used = new Set(listed.flatMap((match) => match.words));
    const unlisted = namesUnlistedCourt(words.filter((word) => !used.has(word)), courtQuestionOnScreen);
    if (listed.length === 1 && !unlisted) return listed[0]!.id;
    return listed.length === 0 && unlisted ? OTHER_COURT : undefined;
  }

  /** The listed courts a message names, with the words of the name it used. */
  private listedIn(words: readonly string[]): { id: string; words: readonly string[] }[] {
    const padded = ` ${words.join(' ')} `;
    const present = new Set(words);
    const directions = words.filter((word) => DIRECTIONS.has(word));
    return this.names.flatMap(([id, names, ownDirections]) => {
      // "eastern district of new york bankruptcy" is not the Southern District's court, though "new york bankruptcy" is in it.
      if (directions.some((direction) => !ownDirections.has(direction))) return [];
      const name = names.find((n) => padded.includes(` ${n.phrase} `) || (n.words.length >= 2 && n.words.every((word) => present.has(word))));
      return name ? [{ id, words: name.phrase.split(' ') }] : [];
    });
  }
}

function namesOf(court: Court): CourtName[] {
  return [court.id, court.short, court.name, ...court.also].map((name) => {
    const words = tokens(name);
    // In any order only by its distinctive words; initials ("S.D.N.Y.") must be written as they are.
    return { phrase: words.join(' '), words: words.filter((word) => word.length > 1 && !GENERIC.has(word)) };
  });
}

/** The court question's buttons: the first listed courts and "My court isn't listed" (typed names work for all). */
export function courtButtons(content: Content): string[] {
  return [...[...content.courts.values()].slice(0, COURT_BUTTONS).map((court) => court.short), content.responses.buttons.otherCourt];
}

export function courtPlaceholders(content: Content, court: Court | undefined, helpDesk: string | undefined): Placeholders {
  const fallbackDesk = helpDesk ?? content.responses.messages.helpDeskUnknown;
  return {
    'court.name': court?.name ?? content.unknownCourt.name,
    'court.ecfUrl': court?.ecfUrl ?? content.unknownCourt.ecfUrl,
    'court.helpDesk': court?.helpDesk ?? fallbackDesk,
  };
}
