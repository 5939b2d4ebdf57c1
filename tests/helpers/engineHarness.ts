import { loadContent } from '../../dialogs/content/loader';
import type { Content } from '../../dialogs/content/types';
import { ConversationEngine, type IntentRecognition } from '../../dialogs/engine/engine';
import { replyMarkdown } from '../../bot/channels/render/render';
import type { TurnResult } from '../../dialogs/engine/replies';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';

let shared: Content | undefined;
export function content(): Content {
  shared ??= loadContent();
  return shared;
}

/** A recognizer stand-in for routing tests: fixed answers per message, everything else out of scope. */
export function fakeRecognizer(table: Record<string, Partial<IntentRecognition>>) {
  return (text: string): IntentRecognition => ({
    intent: 'out_of_scope', score: 0.2, ranked: [], ambiguous: false, ...table[text],
  });
}

/** Drives one conversation through the engine and keeps its state, like the bot does. */
export class EngineConversation {
  state: ConversationState = INITIAL_STATE;
  buttons: readonly string[] = [];
  /** The last turn's whole result (trace, replies), for tests that assert what happened rather than wording. */
  last?: TurnResult<ConversationState>;

  constructor(readonly engine: ConversationEngine) {}

  say(text: string): string {
    const result = this.engine.turn(this.state, text);
    this.last = result;
    this.state = result.state;
    this.buttons = result.buttons;
    return result.replies.map(replyMarkdown).join('\n\n');
  }

  /** The last turn's kind and action, and where the walkthrough and an open tree are (node ids). */
  get at(): { kind?: string; action?: string; walkthrough?: string; tree?: string } {
    return {
      kind: this.last?.trace.kind, action: this.last?.trace.action,
      walkthrough: this.state.walkthrough?.nodeId, tree: this.state.tree && `${this.state.tree.flowId}/${this.state.tree.nodeId}`,
    };
  }
}

/** An engine for the seed's court (pinned, as a one-court deployment would), or asking users when `courtId` is null. */
export function engineWith(recognize: (text: string) => IntentRecognition, courtId: string | null = 'nynb'): ConversationEngine {
  const c = content();
  const pinnedCourt = courtId === null ? undefined : c.courts.get(courtId)!;
  return new ConversationEngine(c, recognize, { pinnedCourt, maxMessageLength: 2000 });
}

/** Starts the walkthrough with `opening` and answers "yes" to each prerequisite until step 1 shows. */
export function toStep1(chat: EngineConversation, opening: string): string {
  let reply = chat.say(opening);
  for (let i = 0; i < 5 && chat.state.walkthrough?.nodeId !== 'step1'; i += 1) reply = chat.say('yes');
  return reply;
}
