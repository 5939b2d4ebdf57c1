import { DeliveryModes, Activity as SdkActivity } from '@microsoft/agents-activity';
import {
  CloudAdapter, TranscriptLoggerMiddleware, TurnContext, type AuthConfiguration, type Request, type TranscriptLogger as SdkTranscriptLogger,
  type UserTokenClient,
} from '@microsoft/agents-hosting';
import type { Activity } from '../../platform/activity';
import { REQUEST_CLIENT } from '../../platform/clientAddress';
import { turnErrorHandler } from '../turnError';
import type { Logger } from '../../platform/logger';
import type { TranscriptLogger } from '../../storage/storageTypes';
import { remember } from '../rememberedClients';
import { CapturedResponse } from './capturedResponse';
import { toWire, wireBody, withoutEmptyFields } from './wireActivity';

/** What runs a turn: the activity handler (AgentsHelpBot). */
export interface AgentsTurnRunner {
  run(context: TurnContext): Promise<void>;
}

/** Who sent a request, as the SDK's JWT check read it (its claims; `aud` is the audience). */
type Identity = NonNullable<Request['user']>;

/** An /api/messages request the SDK's JWT check refused (the HTTP layer answers 401). */
export class UnauthorizedRequest extends Error {
  readonly code = 'UNAUTHORIZED';
}

/**
 * The Agents SDK's CloudAdapter, driven from restify. Without MicrosoftAppId (local mode) no request is
 * authenticated, as with botbuilder (the HTTP guards keep local mode to this machine); with it, every request must
 * carry a Bot Framework / Entra ID token the SDK verifies (signature, issuer, audience = the app id).
 */
export class AgentsHelpAdapter extends CloudAdapter {
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(authConfig: AuthConfiguration, private readonly localMode: boolean, private readonly appId: string) {
    super(authConfig);
  }

  /**
   * With deliveryMode expectReplies a turn's replies go back in the HTTP answer, so the turn needs no connector client:
   * the SDK documents that rule, but its code builds one (a new HTTP client and a telemetry span) on every turn whose
   * activity names a serviceUrl. This bot's turns only send replies (no update, deletion, member look-up or proactive
   * message), so an expectReplies turn never uses it. Every other turn gets its client as before.
   */
  protected override resolveIfConnectorClientIsNeeded(activity: SdkActivity): boolean {
    return activity.deliveryMode !== DeliveryModes.ExpectReplies && super.resolveIfConnectorClientIsNeeded(activity);
  }

  /**
   * The SDK builds a user-token client (a new HTTP client and a telemetry span) on every turn. This bot signs no one in,
   * so it never calls the token service; a client holds only the service's URL, the scope and the audience's token
   * provider (which it asks for a token per request), so one is kept per audience, service and scope, as the botbuilder
   * host keeps its own (cachingAuthentication.ts). It is built without the request's headers, so no request's
   * correlation id sticks to it.
   */
  protected override createUserTokenClient(identity: Identity, tokenServiceEndpoint?: string, scope?: string, audience?: string): Promise<UserTokenClient> {
    const key = `${String(identity?.aud ?? '')}|${tokenServiceEndpoint ?? ''}|${scope ?? ''}`;
    return remember(this.userTokenClients, key, () => super.createUserTokenClient(identity, tokenServiceEndpoint, scope, audience));
  }

  /**
   * One /api/messages request: authenticates it (throws UnauthorizedRequest), calls `onTurnStart`, then runs
   * `bot` through the SDK's process(). Returns what the SDK answered (invoke response, expectReplies' activities,
   * or a bare status), for the HTTP layer to send.
   */
  async processIncoming(authHeader: string, body: unknown, bot: AgentsTurnRunner, onTurnStart: () => void): Promise<{ status: number; body?: unknown }> {
    const request: Request = { method: 'POST', headers: { authorization: authHeader || undefined }, body: body as Record<string, unknown> };
    await this.authenticate(request);
    request.body = withoutEmptyFields(request.body!);
    onTurnStart();
    const response = new CapturedResponse();
    let parsed = false;
    try {
      await this.process(request, response, async (context) => {
        parsed = true;
        // With credentials the sender is authenticated by now, and channel traffic comes from a few Bot Service
        // addresses: the user is the client (per-client limits). Local mode: every sender is this machine.
        if (!this.localMode) context.turnState.set(REQUEST_CLIENT, `${context.activity.channelId}:${context.activity.from?.id ?? ''}`);
        await bot.run(context);
      });
    } catch (error) {
      // The SDK reads the activity with its schema before any turn starts: what it refuses is a bad request.
      const refused = parsed ? undefined : schemaProblem(error);
      if (refused === undefined) throw error;
      return { status: 400, body: { code: 'BadActivity', message: `The activity is not valid: ${refused}.` } };
    }
    return { status: response.statusCode, body: wireBody(response.body) };
  }

  /**
   * The built-in Direct Line's way in: the same adapter, middleware and bot as /api/messages, with deliveryMode
   * expectReplies, authenticated as the bot itself (the activity comes from this process, not from the network).
   * Resolves to every reply of the turn, the turn-error handler's apology included.
   */
  async processDirect(activity: Partial<Activity>, client: string | undefined, bot: AgentsTurnRunner): Promise<Partial<Activity>[]> {
    const incoming = SdkActivity.fromObject(withoutEmptyFields({ ...activity, deliveryMode: 'expectReplies' }));
    const context = new TurnContext(this, incoming, CloudAdapter.createIdentity(this.appId));
    if (client !== undefined) context.turnState.set(REQUEST_CLIENT, client);
    const replies: Partial<Activity>[] = [];
    context.onSendActivities(async (_context, activities, next) => {
      replies.push(...activities.map(toWire));
      return next();
    });
    await this.runMiddleware(context, (turn) => bot.run(turn));
    return replies;
  }

  private async authenticate(request: Request): Promise<void> {
    if (this.localMode) {
      request.user = { name: 'anonymous' };
      return;
    }
    const refusal = new CapturedResponse();
    let authorized = false;
    await this.authorizeRequest(request, refusal, () => {
      authorized = true;
    });
    if (!authorized) throw new UnauthorizedRequest(`refused by the Agents SDK's JWT check (${refusal.statusCode})`);
  }
}

/** `transcripts`, when given, receives every activity in and out (the caller wraps it in the redactor). */
export function createAgentsAdapter(authConfig: AuthConfiguration, appId: string | undefined, logger: Logger, turnErrorText: string,
  transcripts?: TranscriptLogger): AgentsHelpAdapter {
  const adapter = new AgentsHelpAdapter(authConfig, appId === undefined, appId ?? '');
  // The project's transcript store gets protocol activities (channelId, not the SDK class's _channelId).
  if (transcripts) {
    const logger: SdkTranscriptLogger = { logActivity: (activity) => transcripts.logActivity(toWire(activity) as Activity) };
    adapter.use(new TranscriptLoggerMiddleware(logger));
  }
  adapter.onTurnError = turnErrorHandler(logger, turnErrorText);
  return adapter;
}

/** The field and reason of the SDK's schema error (zod's issues), or undefined for any other error. */
function schemaProblem(error: unknown): string | undefined {
  const first = (error as { issues?: { path: (string | number)[]; message: string }[] } | undefined)?.issues?.[0];
  return first ? `${first.path.join('.')}: ${first.message}` : undefined;
}
