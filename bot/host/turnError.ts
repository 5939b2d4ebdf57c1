import type { Logger } from '../platform/logger';

/** The part of either SDK's turn context the turn-error boundary uses. */
interface FailedTurn {
  readonly activity: { readonly conversation?: { readonly id?: string } };
  sendActivity(text: string): Promise<unknown>;
}

/**
 * The one turn-error boundary, for both hosts' adapters (onTurnError): logs with the conversation id and answers the
 * user politely (content: messages.turnError); the conversation stays usable.
 */
export function turnErrorHandler(logger: Logger, turnErrorText: string): (context: FailedTurn, error: unknown) => Promise<void> {
  return async (context, error) => {
    logger.error({ conversationId: context.activity.conversation?.id, err: error }, 'turn failed');
    try {
      await context.sendActivity(turnErrorText);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the user about the failed turn');
    }
  };
}
