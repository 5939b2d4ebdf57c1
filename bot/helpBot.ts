import { ActivityHandler, type ConversationState as BotConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { ConversationEngine } from '../dialogs/engine/engine';
import type { TurnResult } from '../dialogs/engine/replies';
import { INITIAL_STATE, type ConversationState } from '../dialogs/engine/state';
import { redact } from '../dialogs/privacy/redact';
import type { Logger } from './logger';
import { renderReplies } from './render';

/** The Bot Framework shell around the engine: reads the turn's text, keeps per-conversation state, sends replies. */
export class HelpBot extends ActivityHandler {
  private readonly engineState: StatePropertyAccessor<ConversationState>;

  constructor(
    private readonly engine: ConversationEngine,
    private readonly conversationState: BotConversationState,
    private readonly logger: Logger,
  ) {
    super();
    this.engineState = conversationState.createProperty<ConversationState>('engine');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient?.id);
      if (joined.length > 0) await this.send(context, this.engine.welcome());
      await next();
    });
  }

  /** Saves state after every turn, including the turn-error path. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = messageText(context);
    const state = await this.engineState.get(context, INITIAL_STATE);
    const result = this.engine.turn(state, text);
    await this.engineState.set(context, result.state);
    this.logger.info({
      conversationId: context.activity.conversation?.id,
      said: redact(text).slice(0, 200),
      ...result.trace,
    }, 'turn');
    await this.send(context, result);
  }

  private async send(context: TurnContext, result: TurnResult<unknown>): Promise<void> {
    await context.sendActivities(renderReplies(result.replies, result.buttons));
  }
}

/** Typed text, or the text carried by a card submit / messageBack value. */
function messageText(context: TurnContext): string {
  const { text, value } = context.activity;
  if (typeof text === 'string' && text.trim().length > 0) return text;
  if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    return (value as { text: string }).text;
  }
  return '';
}
