import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { TurnResult } from '../../dialogs/engine/replies';
import type { ConversationState } from '../../dialogs/engine/state';
import { redact } from '../../dialogs/privacy/redact';
import { renderReplies } from '../channels/render/render';
import { channelLocale, incomingMessage, shouldWelcome } from '../channels/teams/teamsInput';
import type { ClerkAssistant } from '../helpdesk/clerks/clerkAssistant';
import { TEAMS_SUBMIT_ACTION, type AnswerFeedback } from '../helpdesk/feedback/answerFeedback';
import type { HelpDeskTurns, PreparedTurn } from '../helpdesk/helpDeskTurns';
import type { Activity } from '../platform/activity';
import type { Logger } from '../platform/logger';
import type { ConversationStore } from '../storage/conversationStore';
import { StorageError } from '../storage/storageErrors';
import { conversationKey } from '../storage/storageKeys';
import { keepAddress, type KeepTurns } from '../keep/keepTurns';
import { handoffInitiation } from './handoffEvent';

/** One turn as a host hands it over: the incoming activity, who sent it, and a way to send replies. */
export interface TurnPort {
  readonly activity: Activity;
  /** The sender's per-client key (REQUEST_CLIENT), when the host knows it. */
  readonly client?: string;
  /** Sends in order; resolves to the ids the channel gave the replies (undefined where it gave none). */
  send(activities: Partial<Activity>[]): Promise<(string | undefined)[]>;
}

export interface HelpTurnsDeps {
  readonly engine: ConversationEngine;
  readonly conversations: ConversationStore<ConversationState>;
  /** Said instead of an answer when the state store is unreachable (content: messages.storageTrouble). */
  readonly storageTrouble: string;
  readonly logger: Logger;
  /** Help desk hooks around each turn: handoff tickets and usage analytics (bot/helpdesk/helpDesk.ts). */
  readonly helpDesk?: HelpDeskTurns;
  /** Ratings of answers: thumbs on rateable replies, and what the channels send back (bot/helpdesk/feedback). */
  readonly feedback?: AnswerFeedback;
  /** The clerks' reply assistant in their Teams team or chat (bot/helpdesk/clerks). */
  readonly clerks?: ClerkAssistant;
  /** What users keep: the checklist, their conversation, a code to continue later (bot/keep). */
  readonly keep?: KeepTurns;
}

/**
 * What the bot does with each kind of activity, whichever SDK hosts it (botbuilder's HelpBot, the Agents SDK's
 * AgentsHelpBot): reads the turn's text, keeps per-conversation state, renders and sends replies.
 */
export class HelpTurns {
  constructor(private readonly deps: HelpTurnsDeps) {}

  async message(turn: TurnPort): Promise<void> {
    const { clerks, conversations, helpDesk, logger } = this.deps;
    const { addressed, text, locale } = incomingMessage(turn.activity);
    // The clerks' own team or chat: a pasted e-mail to triage, not a user's conversation (nothing stored for it).
    if (clerks?.serves(turn.activity)) {
      const reply = clerks.reply(turn.activity, text, addressed);
      if (reply) await turn.send([reply]);
      return;
    }
    if (!addressed) return;
    const { channelId, conversation } = turn.activity;
    const conversationId = conversation?.id;
    // State is written before any reply leaves, so a reply never describes a turn that was not kept.
    try {
      // A handoff's confirmation is prepared inside the transaction (so its state is the one stored); the ticket is
      // created, and the turn counted, once the state is stored and before any reply leaves.
      // A keep request (checklist, conversation, continue later) is planned first: a code is looked up only here.
      const keep = await this.deps.keep?.plan(keepAddress(turn.activity, turn.client), text);
      const said = keep?.said ?? text;
      const step = (state: ConversationState) => {
        const result = keep ? keep.step(state) : this.deps.engine.turn(state, text, locale);
        return helpDesk?.prepare(result) ?? result;
      };
      await conversations.runTurn(conversationKey(channelId ?? '', conversationId ?? ''), step, async ({ result, attempts }) => {
        logger.info({ conversationId, said: redact(said).slice(0, 200), attempts, ...result.trace }, 'turn');
        const kept = keep ? await keep.finish(result) : result;
        await this.send(turn, await this.completed(turn, kept, said));
      });
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      // Nothing was written: the user may simply send the message again once the store is back.
      // Only code and message: a storage client's error can carry request details that do not belong in logs.
      logger.error({ conversationId, code: error.code, reason: error.message }, 'conversation state unavailable');
      await turn.send([{ type: 'message', text: this.deps.storageTrouble }]);
    }
  }

  /** A rating sent back as an event (Web Chat's thumbs). */
  event(activity: Activity): void {
    this.deps.feedback?.receiveEvent(activity);
  }

  async membersAdded(turn: TurnPort): Promise<void> {
    if (shouldWelcome(turn.activity)) await this.send(turn, this.deps.engine.welcome(undefined, channelLocale(turn.activity)));
  }

  /** Teams' feedback loop arrives as an invoke, answered 200 with nothing said; undefined: not an invoke of ours. */
  async invoke(activity: Activity): Promise<{ status: number; body: unknown } | undefined> {
    if (activity.name !== TEAMS_SUBMIT_ACTION || !this.deps.feedback) return undefined;
    await this.deps.feedback.receiveTeams(activity);
    return { status: 200, body: {} };
  }

  /** After the state is stored: the help desk counts the turn and, for an accepted handoff, opens the ticket. */
  private completed(turn: TurnPort, result: PreparedTurn, text: string): Promise<TurnResult<unknown>> {
    const { helpDesk } = this.deps;
    if (!helpDesk) return Promise.resolve(result);
    const address = { channelId: turn.activity.channelId ?? '', conversationId: turn.activity.conversation?.id ?? '', client: turn.client };
    // Bot Framework's handoff event in the user's conversation: a human-agent hub takes it from there.
    return helpDesk.complete(address, result, text, (handoff) => turn.send([handoffInitiation(turn.activity, handoff)]));
  }

  private async send(turn: TurnPort, shaped: TurnResult<unknown>): Promise<void> {
    const { keep } = this.deps;
    const result = keep ? await keep.withStepLinks(shaped, keepAddress(turn.activity, turn.client)) : shaped;
    const rated = this.deps.feedback?.rated(result);
    const activities = renderReplies(result.replies, result.buttons, turn.activity.channelId, rated);
    const sentIds = await turn.send(keep?.stamped(activities) ?? activities);
    await this.deps.feedback?.sent(turn.activity, rated, sentIds);
  }
}
