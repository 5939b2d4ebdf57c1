import { WrongKeyThrottle } from '../platform/keyThrottle';

/**
 * Wrong continue-later codes, counted three ways: per conversation, per client (address; behind a proxy, see
 * TRUST_PROXY) and for the whole service, so neither one chat, nor one machine opening many chats, nor many
 * machines together can try codes faster than a trickle. While any count is over, no code is looked up at all,
 * the right one included: guessing learns nothing. Only wrong codes count; a user's own right code never locks them.
 */
export class CodeThrottle {
  constructor(
    private readonly perConversation = new WrongKeyThrottle(5, 1 / 60),
    private readonly perClient = new WrongKeyThrottle(20, 1 / 30),
    private readonly everyone = new WrongKeyThrottle(100, 0.5),
  ) {}

  locked(conversation: string, client: string | undefined, now = Date.now()): boolean {
    return this.perConversation.lockedFor(conversation, now) > 0 || (client !== undefined && this.perClient.lockedFor(client, now) > 0)
      || this.everyone.lockedFor('all', now) > 0;
  }

  failed(conversation: string, client: string | undefined, now = Date.now()): void {
    this.perConversation.failed(conversation, now);
    if (client !== undefined) this.perClient.failed(client, now);
    this.everyone.failed('all', now);
  }
}
