import { ActivityHandler, type InvokeResponse, type TurnContext } from '@microsoft/agents-hosting';
import type { Activity } from '../../platform/activity';
import { REQUEST_CLIENT } from '../../platform/clientAddress';
import type { HelpTurns, TurnPort } from '../helpTurns';
import { toSdkShape } from './wireActivity';

/** The Agents SDK's activity handler around the bot's turns (bot/host/helpTurns.ts), as HelpBot is botbuilder's. */
export class AgentsHelpBot extends ActivityHandler {
  constructor(private readonly turns: HelpTurns) {
    super();
    this.onMembersAdded(async (context, next) => {
      await turns.membersAdded(turnPort(context));
      await next();
    });
  }

  /** A message goes straight to its turn, as in HelpBot.run: the SDK's handler chains hold no other handler. */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity?.type === 'message') return this.turns.message(turnPort(context));
    return super.run(context);
  }

  /** The SDK's ActivityHandler has no event route (an event counts as unrecognized): Web Chat's ratings come as events. */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    if (context.activity.type === 'event') this.turns.event(asActivity(context));
    await super.onTurnActivity(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    return (await this.turns.invoke(asActivity(context))) ?? super.onInvokeActivity(context);
  }
}

/** The SDK's Activity class carries the protocol's fields under the same names. */
function asActivity(context: TurnContext): Activity {
  return context.activity as unknown as Activity;
}

function turnPort(context: TurnContext): TurnPort {
  return {
    activity: asActivity(context),
    client: context.turnState.get(REQUEST_CLIENT) as string | undefined,
    send: async (activities: Partial<Activity>[]) => {
      const sent = await context.sendActivities(activities.map(toSdkShape) as unknown as Parameters<TurnContext['sendActivities']>[0]);
      // expectReplies answers '' for each buffered reply: no id to remember.
      return sent.map((response) => response?.id || undefined);
    },
  };
}
