import { randomBytes } from 'node:crypto';
import type { Activity, ChannelAccount } from '../../platform/activity';
import { cleanLocale, cleanUserId, inboundActivity, membersAddedActivity, outboundActivity, type Parties } from './activities';
import type { Conversation, ActivitySet } from './conversation';
import { ConversationTable, type TableLimits } from './conversationTable';
import { TokenStore, type Clock, type Grant } from './tokens';

/** Who is calling: the Direct Line secret (any conversation), a token (its own conversation), or nobody. */
export type Access =
  | { readonly kind: 'secret' }
  | { readonly kind: 'token'; readonly token: string; readonly grant: Grant }
  /** A bearer credential that is neither the secret nor a valid token (unknown or expired). */
  | { readonly kind: 'invalid' }
  | { readonly kind: 'none' };

/**
 * Hands one activity to the bot and returns the bot's replies to it (the host's bridge into the adapter).
 * `client`: the per-client key of whoever created the conversation (for per-client limits in the turn),
 * undefined for this machine's own tools.
 */
export type DeliverToBot = (activity: Partial<Activity>, client?: string) => Promise<Partial<Activity>[]>;

export interface TokenResponse {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
}

export interface DirectLineOptions {
  readonly tokenLifetimeSeconds: number;
  readonly bot: ChannelAccount;
  /** Conversations and tokens may be created without the secret (the server is bound to a loopback address). */
  readonly allowAnonymous: boolean;
  readonly now?: Clock;
  /** Bounds of the conversation table (count, per client, history size, idle times); defaults below. */
  readonly limits?: Partial<TableLimits>;
}

/**
 * Heap per character of activity JSON held, rounded up: 2,000 conversations of 10 turns with card replies held
 * 43.4 million characters in 70.4 MB of heap (1.62 bytes each; node --expose-gc, heapUsed after a full GC).
 */
export const CHARS_PER_MB = 600_000;

/**
 * Defaults: 10,000 conversations, 100 per client, each keeping its last 200 activities or 128,000 characters of
 * them, 24 million characters over all (~40 MB of heap), idle ones forgotten after 20 minutes and never-started
 * ones after 5.
 */
export const DEFAULT_LIMITS: TableLimits = {
  maxConversations: 10_000,
  perOwner: 100,
  history: { maxActivities: 200, maxChars: 128_000 },
  maxTotalChars: 24_000_000,
  idleMs: 20 * 60_000,
  unstartedMs: 5 * 60_000,
};

export class DirectLineError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The built-in Direct Line 3.0 service: conversations, tokens, activities with watermarks. Transport-free
 * (routes.ts and stream.ts speak HTTP and WebSocket), so it is tested directly with a fake clock and bot.
 */
export class DirectLineService {
  readonly tokens: TokenStore;
  private readonly conversations: ConversationTable;
  private readonly now: Clock;

  constructor(private readonly deliver: DeliverToBot, private readonly options: DirectLineOptions) {
    this.now = options.now ?? Date.now;
    this.tokens = new TokenStore(options.tokenLifetimeSeconds * 1000, this.now);
    this.conversations = new ConversationTable({ ...DEFAULT_LIMITS, ...options.limits }, this.now,
      (forgotten) => this.tokens.revokeConversation(forgotten.id));
  }

  /** POST /tokens/generate: needs the secret, or nothing on a loopback-bound server. `owner`: see createConversation. */
  generateToken(access: Access, userId?: string, owner?: string): TokenResponse {
    this.checkCanCreate(access);
    return this.newConversationToken(userId, owner);
  }

  /**
   * A new conversation id and a token for it (the conversation starts on first use). For trusted callers.
   * `locale`: the page's language, which the conversation's start (and so the bot's welcome) carries.
   */
  newConversationToken(userId?: string, owner?: string, locale?: string): TokenResponse {
    const conversation = this.createConversation(cleanUserId(userId), owner, cleanLocale(locale));
    return this.tokenResponse(conversation.id, conversation.userId);
  }

  refreshToken(access: Access): TokenResponse {
    if (access.kind !== 'token') throw new DirectLineError(403, 'TokenExpired', 'A valid token is required.');
    const issued = this.tokens.refresh(access.token);
    if (!issued) throw new DirectLineError(403, 'TokenExpired', 'Token not valid or expired.');
    return { conversationId: issued.grant.conversationId, token: issued.token, expires_in: issued.expiresIn };
  }

  /** POST /conversations: starts the token's conversation, or (secret / open localhost) a new one. */
  async startConversation(access: Access, body: unknown, owner?: string): Promise<{ created: boolean; response: TokenResponse }> {
    const askedUser = cleanUserId((body as { user?: { id?: unknown } } | undefined)?.user?.id);
    if (access.kind === 'token') {
      const conversation = this.conversationFor(access, access.grant.conversationId);
      const created = !conversation.started;
      if (created) conversation.userId ??= access.grant.userId ?? askedUser;
      await this.start(conversation);
      return { created, response: { conversationId: conversation.id, token: access.token, expires_in: this.tokens.secondsLeft(access.grant) } };
    }
    this.checkCanCreate(access);
    const conversation = this.createConversation(askedUser, owner);
    await this.start(conversation);
    return { created: true, response: this.tokenResponse(conversation.id, conversation.userId) };
  }

  /** GET /conversations/{id}: reconnect information (a fresh token when the caller used the secret). */
  reconnect(access: Access, conversationId: string): TokenResponse {
    const conversation = this.conversationFor(access, conversationId);
    if (access.kind === 'token') {
      return { conversationId, token: access.token, expires_in: this.tokens.secondsLeft(access.grant) };
    }
    return this.tokenResponse(conversation.id, conversation.userId);
  }

  /** POST /conversations/{id}/activities: the user's activity joins the list, then the bot's replies. */
  async postActivity(access: Access, conversationId: string, body: unknown): Promise<{ id: string }> {
    const conversation = this.conversationFor(access, conversationId);
    const user = this.sender(access, conversation, body);
    const activity = inboundActivity(body, this.parties(conversation, user));
    return conversation.serialize(async () => {
      await this.startNow(conversation);
      const posted = this.conversations.append(conversation, activity);
      if (activity.type !== 'typing') {
        if (!conversation.members.has(user.id)) {
          conversation.members.add(user.id);
          await this.toBot(conversation, membersAddedActivity([user], this.parties(conversation, user), activity.locale), user);
        }
        await this.toBot(conversation, { ...activity, id: posted.id }, user);
      }
      return { id: posted.id! };
    });
  }

  /** GET /conversations/{id}/activities?watermark= */
  activities(access: Access, conversationId: string, watermark: string | undefined): ActivitySet {
    return this.conversationFor(access, conversationId).since(watermark);
  }

  /** The conversation the caller may use, or an error: 403 for a token of another conversation, 404 unknown. */
  conversationFor(access: Access, conversationId: string): Conversation {
    if (access.kind === 'none' || access.kind === 'invalid') {
      throw new DirectLineError(403, 'Forbidden', 'A valid token or secret is required.');
    }
    if (access.kind === 'token' && access.grant.conversationId !== conversationId) {
      throw new DirectLineError(403, 'Forbidden', 'Token not valid for this conversation.');
    }
    const conversation = this.conversations.use(conversationId);
    if (!conversation) throw new DirectLineError(404, 'NotFound', 'Conversation not found.');
    return conversation;
  }

  /** Forgets idle and never-started conversations (never while a stream is open) and expired tokens. */
  sweep(): void {
    this.conversations.sweep();
    this.tokens.sweep();
  }

  get conversationCount(): number {
    return this.conversations.size;
  }

  /** Whether a conversation is held, without counting as a use (tests, diagnostics). */
  hasConversation(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Characters of activity JSON held over all conversations (what the history costs in memory). */
  get historyChars(): number {
    return this.conversations.chars;
  }

  private checkCanCreate(access: Access): void {
    if (access.kind === 'secret' || (access.kind === 'none' && this.options.allowAnonymous)) return;
    if (access.kind === 'none') throw new DirectLineError(401, 'Unauthorized', 'The Direct Line secret is required.');
    throw new DirectLineError(403, 'Forbidden', 'Token not valid or expired.');
  }

  /**
   * Always succeeds: a full table forgets its least recently used conversation. `owner` is the creating client's
   * key (per-client limit); undefined for this machine's own tools, which are not limited.
   */
  private createConversation(userId: string | undefined, owner: string | undefined, locale?: string): Conversation {
    return this.conversations.create(randomBytes(18).toString('base64url'), userId, owner, locale);
  }

  private start(conversation: Conversation): Promise<void> {
    return conversation.serialize(() => this.startNow(conversation));
  }

  /** Once per conversation: the bot learns it joined (and who the user is, when known), as in Azure. */
  private async startNow(conversation: Conversation): Promise<void> {
    if (conversation.started) return;
    conversation.started = true;
    const user: ChannelAccount = { id: conversation.userId ?? anonymousUserId(), name: '' };
    const members: ChannelAccount[] = [{ ...this.options.bot }];
    if (conversation.userId) {
      members.push(user);
      conversation.members.add(conversation.userId);
    }
    await this.toBot(conversation, membersAddedActivity(members, this.parties(conversation, user), conversation.locale), user);
  }

  /**
   * Who sends: the token's user, else the conversation's user, else the first sender's own id (kept for the
   * conversation, so one conversation never speaks as several users).
   */
  private sender(access: Access, conversation: Conversation, body: unknown): ChannelAccount {
    const from = (body as { from?: { id?: unknown; name?: unknown } } | undefined)?.from;
    const bound = access.kind === 'token' ? access.grant.userId : undefined;
    conversation.userId ??= bound ?? cleanUserId(from?.id) ?? anonymousUserId();
    const name = typeof from?.name === 'string' ? from.name.slice(0, 64) : '';
    return { id: bound ?? conversation.userId, name };
  }

  private async toBot(conversation: Conversation, activity: Partial<Activity>, user: ChannelAccount): Promise<void> {
    const replies = await this.deliver(activity, conversation.owner);
    const parties = this.parties(conversation, user);
    for (const reply of replies) {
      const shaped = outboundActivity(reply, parties, activity.id);
      if (shaped) this.conversations.append(conversation, shaped);
    }
  }

  private parties(conversation: Conversation, user: ChannelAccount): Parties {
    return { conversationId: conversation.id, user, bot: this.options.bot, now: new Date(this.now()) };
  }

  private tokenResponse(conversationId: string, userId: string | undefined): TokenResponse {
    const issued = this.tokens.issue(conversationId, userId);
    return { conversationId, token: issued.token, expires_in: issued.expiresIn };
  }
}

function anonymousUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
