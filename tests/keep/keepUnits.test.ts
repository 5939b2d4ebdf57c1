import { MemoryStorage } from 'botbuilder';
import { KeepReader } from '../../dialogs/keep/keepReader';
import { CODE_ALPHABET, codeAttempt, isWellFormed, maskCodesIn, newResumeCode } from '../../dialogs/keep/resumeCode';
import { checklistFor } from '../../dialogs/keep/checklist';
import { KeepTokens } from '../../bot/keep/keepTokens';
import { CodeThrottle } from '../../bot/keep/codeThrottle';
import { ResumeCodeStore } from '../../bot/storage/resumeCodeStore';
import { INITIAL_STATE } from '../../dialogs/engine/state';
import { content } from '../helpers/engineHarness';

describe('continue-later codes', () => {
  it('are ten characters without look-alikes, always letters and digits mixed', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newResumeCode();
      expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      expect(code).not.toMatch(/[01OILU]/);
      expect(code).toMatch(/\d/);
      expect(code).toMatch(/[A-Z]/);
      expect(isWellFormed(code)).toBe(true);
    }
    expect(CODE_ALPHABET).toHaveLength(30);
  });

  it('are read as typed: alone, lower case, without the dash, after "continue"', () => {
    for (const typed of ['K7M4Q-9TXRB', 'k7m4q-9txrb', 'K7M4Q 9TXRB', 'continue k7m4q9txrb', 'continue K7M4Q-9TXRB', 'my code is k7m4q-9txrb.', 'resume: K7M4Q9TXRB']) {
      expect(codeAttempt(typed)).toBe('K7M4Q-9TXRB');
    }
    // Words and numbers are not codes: every code mixes letters and digits.
    // A password typed alone is not a code (the engine warns about it).
    for (const typed of ['continue yesterdays', 'continue walkthrough', '2125551234', 'continue later', 'continue', 'my case is 23-12345 help',
      'Summer2024!', 'k7m4q9txrb']) {
      expect(codeAttempt(typed)).toBeUndefined();
    }
  });

  it('are masked in logs and transcripts', () => {
    expect(maskCodesIn('Your code is **K7M4Q-9TXRB**, type continue K7M4Q-9TXRB')).toBe('Your code is **K7M4Q-•••••**, type continue K7M4Q-•••••');
  });

  it('are kept by a hash, taken once, and refused alike when unknown, used or expired', async () => {
    const storage = new MemoryStorage();
    let now = 1_000;
    const codes = new ResumeCodeStore(storage, () => now, 10_000);
    const place = { walkthrough: { flowId: 'procedure', nodeId: 'step3', history: [] } };
    await expect(codes.save('K7M4Q-9TXRB', place)).resolves.toBe(true);
    expect(JSON.stringify((storage as unknown as { memory: object }).memory)).not.toContain('K7M4Q');
    await expect(codes.save('K7M4Q-9TXRB', place)).resolves.toBe(false);
    await expect(codes.redeem('K7M4Q-9TXRC')).resolves.toBeUndefined();
    await expect(codes.redeem('K7M4Q-9TXRB')).resolves.toEqual(place);
    await expect(codes.redeem('K7M4Q-9TXRB')).resolves.toBeUndefined();
    await codes.save('AAAAA-2222B', place);
    now += 10_001;
    await expect(codes.redeem('AAAAA-2222B')).resolves.toBeUndefined();
  });

  it('give a code to only one of two chats redeeming it at once', async () => {
    const codes = new ResumeCodeStore(new MemoryStorage());
    await codes.save('K7M4Q-9TXRB', { walkthrough: {} });
    const both = await Promise.all([codes.redeem('K7M4Q-9TXRB'), codes.redeem('K7M4Q-9TXRB')]);
    expect(both.filter((place) => place !== undefined)).toHaveLength(1);
  });

  it('are throttled per conversation, per client and for everyone', () => {
    const throttle = new CodeThrottle();
    for (let i = 0; i < 5; i += 1) throttle.failed('chat-1', 'client-1', 0);
    expect(throttle.locked('chat-1', 'client-1', 0)).toBe(true);
    expect(throttle.locked('chat-2', 'client-1', 0)).toBe(false);
    // One machine opening many chats.
    for (let i = 0; i < 20; i += 1) throttle.failed(`chat-x${i}`, 'client-2', 0);
    expect(throttle.locked('chat-new', 'client-2', 0)).toBe(true);
    // Many machines together.
    for (let i = 0; i < 100; i += 1) throttle.failed(`chat-y${i}`, `client-y${i}`, 0);
    expect(throttle.locked('chat-z', 'client-z', 0)).toBe(true);
    expect(throttle.locked('chat-z', 'client-z', 600_000)).toBe(false);
  });
});

describe('link tokens', () => {
  const key = Buffer.alloc(32, 7);
  const grant = { purpose: 'conversation' as const, channelId: 'webchat', conversationId: 'abc' };

  it('open only for their purpose, conversation and lifetime, and reveal nothing', async () => {
    let now = 0;
    const tokens = new KeepTokens(() => Promise.resolve(key), () => now);
    const token = await tokens.issue(grant, 1_000);
    expect(token).not.toContain('abc');
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('webchat');
    await expect(tokens.open(token, 'conversation')).resolves.toEqual(grant);
    await expect(tokens.open(token, 'checklist')).resolves.toBeUndefined();
    now = 1_001;
    await expect(tokens.open(token, 'conversation')).resolves.toBeUndefined();
  });

  it('refuse a token changed in any byte, or sealed under another key', async () => {
    const tokens = new KeepTokens(() => Promise.resolve(key));
    const token = await tokens.issue(grant, 60_000);
    const bytes = Buffer.from(token, 'base64url');
    for (const at of [0, 12, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at]! ^= 1;
      await expect(tokens.open(changed.toString('base64url'), 'conversation')).resolves.toBeUndefined();
    }
    const other = new KeepTokens(() => Promise.resolve(Buffer.alloc(32, 8)));
    await expect(other.open(token, 'conversation')).resolves.toBeUndefined();
    for (const junk of [undefined, '', 'a', '%%%', 'x'.repeat(5_000)]) await expect(tokens.open(junk, 'conversation')).resolves.toBeUndefined();
  });
});

describe('keep requests', () => {
  const reader = new KeepReader(content().responses);

  it('are read in the words people type', () => {
    const cases: [string, string][] = [
      ['give me the steps', 'checklist'], ['Checklist please', 'checklist'], ['can you give me the steps?', 'checklist'],
      ['printable steps', 'checklist'], ['download this conversation', 'transcript'], ['ok save this chat', 'transcript'],
      ['continue later', 'saveplace'], ['Save my place', 'saveplace'], ['can i continue later', 'saveplace'],
      ['continue K7M4Q-9TXRB', 'code'],
    ];
    expect(cases.map(([text]) => reader.read(text)?.kind)).toEqual(cases.map(([, kind]) => kind));
  });

  it("are read for every phrase of content's, as typed, shouted, or after another clause", () => {
    // The reader skips a message that lacks a word of every command (keepReader.ts): each form keeps all of a phrase's words.
    for (const [kind, phrases] of Object.entries(content().responses.commands).filter(([kind]) => ['checklist', 'transcript', 'saveplace'].includes(kind))) {
      for (const phrase of phrases) {
        const forms = [phrase, `${phrase.toUpperCase()}!!`, `i have to leave soon, ${phrase}`];
        expect(forms.map((form) => [form, reader.read(form)?.kind])).toEqual(forms.map((form) => [form, kind]));
      }
    }
  });

  it('leave every other message to the engine', () => {
    for (const text of ['continue', 'next', 'what are the steps to link my account', 'my password is hunter2', 'stop']) {
      expect(reader.read(text)).toBeUndefined();
    }
  });
});

describe('the checklist', () => {
  it('fills the court and ticks the steps gone past', () => {
    const state = { ...INITIAL_STATE, courtId: 'nysb', walkthrough: { flowId: 'procedure', nodeId: 'step3', history: ['check_efiler', 'step1', 'step2'] } };
    const list = checklistFor(content(), state, {});
    expect(list.court.ecfUrl).toBe('https://ecf.nysb.uscourts.gov');
    expect(list.steps.map((step) => step.done)).toEqual([true, true, false, false, false, false]);
    expect(list.steps[0]!.text).toContain('https://ecf.nysb.uscourts.gov');
    expect(list.sources.length).toBeGreaterThan(0);
  });

  it('keeps to general words when no court is known', () => {
    const list = checklistFor(content(), INITIAL_STATE, {});
    expect(list.steps).toHaveLength(6);
    expect(list.steps.every((step) => !step.done)).toBe(true);
    expect(list.court.name).toBe(content().unknownCourt.name);
  });
});
