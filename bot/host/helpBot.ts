import { EventFactory, TeamsActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { TurnResult } from '../../dialogs/engine/replies';
import type { ConversationState } from '../../dialogs/engine/state';
import { redact } from '../../dialogs/privacy/redact';
import type { HelpDeskTurns, PreparedTurn } from '../helpdesk/helpDeskTurns';
import { REQUEST_CLIENT } from '../platform/clientAddress';
import type { Logger } from '../platform/logger';
import { renderReplies } from '../channels/render/render';
import type { ConversationStore } from '../storage/conversationStore';
import { StorageError } from '../storage/storageErrors';
import { conversationKey } from '../storage/storageKeys';
import { channelLocale, incomingMessage, shouldWelcome } from '../channels/teams/teamsInput';
import { TEAMS_SUBMIT_ACTION, type AnswerFeedback } from '../helpdesk/feedback/answerFeedback';
import type { ClerkAssistant } from '../helpdesk/clerks/clerkAssistant';

/** The Bot Framework shell around the engine: reads the turn's text, keeps per-conversation state, sends replies. */
export class HelpBot extends TeamsActivityHandler {
  constructor(
    private readonly engine: ConversationEngine,
    private readonly conversations: ConversationStore<ConversationState>,
    /** Said instead of an answer when the state store is unreachable (content: messages.storageTrouble). */
    private readonly storageTrouble: string,
    private readonly logger: Logger,
    /** Help desk hooks around each turn: handoff tickets and usage analytics (bot/helpdesk/helpDesk.ts). */
    private readonly helpDesk?: HelpDeskTurns,
    /** Ratings of answers: thumbs on rateable replies, and what the channels send back (bot/helpdesk/feedback). */
    private readonly feedback?: AnswerFeedback,
    /** The clerks' reply assistant in their Teams team or chat (bot/helpdesk/clerks). */
    private readonly clerks?: ClerkAssistant,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      this.feedback?.receiveEvent(context.activity);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (shouldWelcome(context.activity)) await this.send(context, this.engine.welcome(undefined, channelLocale(context.activity)));
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { addressed, text, locale } = incomingMessage(context.activity);
    // The clerks' own team or chat: a pasted e-mail to triage, not a user's conversation (nothing stored for it).
    if (this.clerks?.serves(context.activity)) {
      const reply = this.clerks.reply(context.activity, text, addressed);
      if (reply) await context.sendActivity(reply);
      return;
    }
    if (!addressed) return;
    const { channelId, conversation } = context.activity;
    const conversationId = conversation?.id;
    // State is written before any reply leaves, so a reply never describes a turn that was not kept.
    try {
      // A handoff's confirmation is prepared inside the transaction (so its state is the one stored); the ticket is
      // created, and the turn counted, once the state is stored and before any reply leaves.
      const step = (state: ConversationState) => {
        const result = this.engine.turn(state, text, locale);
        return this.helpDesk?.prepare(result) ?? result;
      };
      await this.conversations.runTurn(conversationKey(channelId, conversationId ?? ''), step,
        async ({ result, attempts }) => {
          this.logger.info({ conversationId, said: redact(text).slice(0, 200), attempts, ...result.trace }, 'turn');
          await this.send(context, await this.completed(context, result, text));
        });
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      // Nothing was written: the user may simply send the message again once the store is back.
      // Only code and message: a storage client's error can carry request details that do not belong in logs.
      this.logger.error({ conversationId, code: error.code, reason: error.message }, 'conversation state unavailable');
      await context.sendActivity(this.storageTrouble);
    }
  }

  /** After the state is stored: the help desk counts the turn and, for an accepted handoff, opens the ticket. */
  private completed(context: TurnContext, result: PreparedTurn, text: string): Promise<TurnResult<unknown>> {
    if (!this.helpDesk) return Promise.resolve(result);
    const address = {
      channelId: context.activity.channelId ?? '',
      conversationId: context.activity.conversation?.id ?? '',
      client: context.turnState.get(REQUEST_CLIENT) as string | undefined,
    };
    // Bot Framework's handoff event in the user's conversation: a human-agent hub takes it from there.
    return this.helpDesk.complete(address, result, text, (handoff) => context.sendActivity(EventFactory.createHandoffInitiation(context, handoff)));
  }

  /** Teams' feedback loop arrives as an invoke; it is answered 200 with nothing said in the chat. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== TEAMS_SUBMIT_ACTION || !this.feedback) return super.onInvokeActivity(context);
    await this.feedback.receiveTeams(context.activity);
    return { status: 200, body: {} };
  }

  private async send(context: TurnContext, result: TurnResult<unknown>): Promise<void> {
    const rated = this.feedback?.rated(result);
    const sent = await context.sendActivities(renderReplies(result.replies, result.buttons, context.activity.channelId, rated));
    await this.feedback?.sent(context.activity, rated, sent.map((response) => response?.id));
  }
}
