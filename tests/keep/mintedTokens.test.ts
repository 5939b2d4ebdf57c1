import { KeepTokens } from '../../bot/keep/keepTokens';
import { MintedTokens } from '../../bot/keep/mintedTokens';
import { maskCodesIn } from '../../dialogs/keep/resumeCode';
import { redact } from '../../dialogs/privacy/redact';

const key = Buffer.alloc(32, 7);
const grant = { purpose: 'checklist' as const, channelId: 'webchat', conversationId: 'abc' };
const redactTranscript = (text: string) => maskCodesIn(redact(text));

/** The redactor, recording each text it was handed. */
function recording(): { redact: (text: string) => string; read: string[] } {
  const read: string[] = [];
  return { read, redact: (text) => (read.push(text), redactTranscript(text)) };
}

function stepCard(token: string): string {
  return `**Step 2 of 6: Log in**\n\nLog in to PACER.\n\nKeep these steps: [printable checklist](https://bot.example/keep/checklist?t=${token}). ` +
    'Need a break? Say "continue later" for a code to come back to this step.';
}

describe('the transcript redactor and the link tokens the bot minted', () => {
  it('reads step cards of different conversations as one text, and stores each with its own link whole', async () => {
    const minted = new MintedTokens();
    const tokens = new KeepTokens(() => Promise.resolve(key), Date.now, minted);
    const first = await tokens.issue(grant, 60_000);
    const second = await tokens.issue({ ...grant, conversationId: 'def' }, 60_000);
    const { redact: reader, read } = recording();
    expect(minted.redactAround(stepCard(first), reader)).toBe(stepCard(first));
    expect(minted.redactAround(stepCard(second), reader)).toBe(stepCard(second));
    expect(read).toHaveLength(2);
    expect(read[0]).toBe(read[1]);
    expect(read[0]).not.toContain(first);
  });

  it('still masks everything a user typed around a pasted link of theirs', async () => {
    const minted = new MintedTokens();
    const token = await new KeepTokens(() => Promise.resolve(key), Date.now, minted).issue(grant, 60_000);
    const typed = `my password is Tr0ub4dor&3 and https://bot.example/keep/checklist?t=${token} won't open, call me at 212-555-0134, code K7M4Q-9TXRB`;
    const stored = minted.redactAround(typed, redactTranscript);
    expect(stored).not.toContain('Tr0ub4dor&3');
    expect(stored).not.toContain('555-0134');
    expect(stored).not.toContain('9TXRB');
    expect(stored).toContain(`?t=${token} `);
  });

  it('reads whole a token it did not mint, or one glued to more characters', async () => {
    const minted = new MintedTokens();
    const token = await new KeepTokens(() => Promise.resolve(key), Date.now, minted).issue(grant, 60_000);
    for (const text of [stepCard('Zm9yZ2VkLXRva2VuLW5vdC1taW50ZWQ'), stepCard(`${token}x`), stepCard(`x${token}`)]) {
      const { redact: reader, read } = recording();
      expect(minted.redactAround(text, reader)).toBe(redactTranscript(text));
      expect(read).toEqual([text]);
    }
  });

  it('reads the whole text when the redactor masks over the token, or the text held the mark already', () => {
    const minted = new MintedTokens();
    minted.add('abcdefghijklmnop');
    const overToken = (text: string) => text.replace(/\?t=\S+/, '[PASSWORD]');
    expect(minted.redactAround('see ?t=abcdefghijklmnop now', overToken)).toBe('see [PASSWORD] now');
    const { redact: reader, read } = recording();
    const withMark = 'see ?t=abcdefghijklmnop and \uE0A1';
    expect(minted.redactAround(withMark, reader)).toBe(withMark);
    expect(read).toEqual([withMark]);
  });

  it('starts afresh when full: a token forgotten is read with the rest', () => {
    const minted = new MintedTokens(2);
    for (const token of ['firsttoken', 'secondtoken', 'thirdtoken']) minted.add(token);
    const { redact: reader, read } = recording();
    minted.redactAround('?t=firsttoken ?t=thirdtoken', reader);
    expect(read).toEqual(['?t=firsttoken ?t=\uE0A1']);
  });
});
