import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { failures, unknownKeys, type Expectation } from './expectations';
import { observe, type TurnObservation } from './observe';

/** A typed-user conversation, as written in a conversation file (README.md). */
export interface EvalConversation {
  readonly id: string;
  readonly who?: string;
  readonly channel?: 'webchat' | 'teams';
  /** The channel's locale (Web Chat's `locale`, Teams' activity locale), e.g. "es" or "es-MX"; unset: none given. */
  readonly locale?: string;
  readonly turns: readonly { readonly user: string; readonly expect?: Expectation }[];
}

export interface TurnOutcome {
  readonly user: string;
  readonly expect: Expectation;
  readonly seen: TurnObservation;
  /** Empty when the turn passed. */
  readonly problems: readonly string[];
  /** The bot's visible text, for the failure listing. */
  readonly reply: string;
}

export interface ConversationOutcome {
  readonly id: string;
  readonly file: string;
  readonly turns: readonly TurnOutcome[];
  readonly passed: boolean;
}

export function readConversations(file: string): EvalConversation[] {
  const parsed = parse(readFileSync(file, 'utf8')) as { conversations?: EvalConversation[] } | null;
  const conversations = parsed?.conversations ?? [];
  for (const conversation of conversations) {
    if (!conversation.id || !Array.isArray(conversation.turns)) throw new Error(`${file}: a conversation needs an id and turns`);
    for (const turn of conversation.turns) {
      const unknown = unknownKeys(turn.expect ?? {});
      if (unknown.length > 0) throw new Error(`${file}: ${conversation.id}: unknown expect key(s) ${unknown.join(', ')}`);
    }
  }
  return conversations;
}

/**
 * Plays one conversation against the engine as the bot does: one state per conversation, typed text only, and a
 * handoff confirmed with a ticket number the way the bot's help desk does it.
 */
export function play(engine: ConversationEngine, conversation: EvalConversation, file: string): ConversationOutcome {
  let state: ConversationState = INITIAL_STATE;
  let tickets = 0;
  const turns = conversation.turns.map((turn): TurnOutcome => {
    let result = engine.turn(state, turn.user, conversation.locale);
    const ticketMade = result.handoff !== undefined;
    if (result.handoff) {
      tickets += 1;
      const confirmation = engine.confirmHandoff(result.state, `HD-EVAL${tickets}`, result.handoff.contact);
      result = { ...result, replies: [...result.replies, ...confirmation.replies], buttons: confirmation.buttons, state: confirmation.state };
    }
    const seen = observe(state, turn.user, result, ticketMade);
    state = result.state;
    const expect = turn.expect ?? {};
    return { user: turn.user, expect, seen, problems: failures(expect, seen), reply: seen.text };
  });
  return { id: conversation.id, file: path.basename(file), turns, passed: turns.every((turn) => turn.problems.length === 0) };
}
