import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MintedTokens } from './mintedTokens';

/** What a link opens: the printable checklist or the conversation, of one conversation. */
export type KeepPurpose = 'checklist' | 'conversation';

export interface KeepGrant {
  readonly purpose: KeepPurpose;
  readonly channelId: string;
  readonly conversationId: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Link tokens that only the chat they were sent to holds: the conversation they open, their purpose and expiry,
 * sealed with AES-256-GCM under the deployment's key. Unguessable (96-bit random IV, 128-bit tag), unreadable
 * (no conversation id shows in the URL) and tamper-proof; they need no storage per link, so putting a link on
 * every step card costs one encryption. Another conversation's token opens only that other conversation.
 */
export class KeepTokens {
  /** `minted`: where each new token is told, for the transcript's redactor (mintedTokens.ts). */
  constructor(private readonly key: () => Promise<Buffer>, private readonly now: () => number = Date.now, private readonly minted?: MintedTokens) {}

  async issue(grant: KeepGrant, lifetimeMs: number): Promise<string> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', await this.key(), iv);
    const payload = JSON.stringify([grant.purpose, grant.channelId, grant.conversationId, this.now() + lifetimeMs]);
    const sealed = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
    const token = Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
    this.minted?.add(token);
    return token;
  }

  /** The grant of a valid, unexpired token for `purpose`; undefined for anything else (forged, expired, mangled). */
  async open(token: unknown, purpose: KeepPurpose): Promise<KeepGrant | undefined> {
    if (typeof token !== 'string' || token.length > 2_000 || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', await this.key(), bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      const [sealedPurpose, channelId, conversationId, expires] = JSON.parse(plain) as [string, string, string, number];
      if (sealedPurpose !== purpose || !(expires > this.now())) return undefined;
      return { purpose, channelId, conversationId };
    } catch {
      return undefined;
    }
  }
}
