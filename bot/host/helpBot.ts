import { ActivityTypes, TeamsActivityHandler, type Activity as BotbuilderActivity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Activity } from '../platform/activity';
import { REQUEST_CLIENT } from '../platform/clientAddress';
import type { HelpTurns, TurnPort } from './helpTurns';

/** botbuilder's activity handler around the bot's turns (bot/host/helpTurns.ts). */
export class HelpBot extends TeamsActivityHandler {
  constructor(private readonly turns: HelpTurns) {
    super();
    this.onEvent(async (context, next) => {
      turns.event(context.activity);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await turns.membersAdded(turnPort(context));
      await next();
    });
  }

  /**
   * A message goes straight to its turn. ActivityHandler would pass it through its 'Turn', 'Message' and 'Dialog'
   * handler chains, a dozen generator-based promises per message, with no handler in them but this one (bench/README,
   * "Turn bench, round 15"). Every other activity takes the handler's way (Teams invokes, members added, events).
   */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity?.type === ActivityTypes.Message) return this.turns.message(turnPort(context));
    return super.run(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    return (await this.turns.invoke(context.activity)) ?? super.onInvokeActivity(context);
  }
}

function turnPort(context: TurnContext): TurnPort {
  return {
    activity: context.activity,
    client: context.turnState.get(REQUEST_CLIENT) as string | undefined,
    send: async (activities: Partial<Activity>[]) => {
      const sent = await context.sendActivities(activities as Partial<BotbuilderActivity>[]);
      return sent.map((response) => response?.id);
    },
  };
}
