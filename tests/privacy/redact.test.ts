import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { redact } from '../../dialogs/privacy/redact';

interface Corpus { positive: { text: string; secret: string }[]; negative: string[] }
const corpus = parse(readFileSync(path.join(__dirname, 'redaction-corpus.yaml'), 'utf8')) as Corpus;

describe('redaction corpus', () => {
  it('removes every secret and leaves every ordinary question untouched (precision/recall printed)', () => {
    const missed = corpus.positive.filter(({ text, secret }) => redact(text).includes(secret));
    const mangled = corpus.negative.filter((text) => redact(text) !== text);
    const truePositives = corpus.positive.length - missed.length;
    const recall = truePositives / corpus.positive.length;
    const precision = truePositives / (truePositives + mangled.length);
    console.log(`redaction: recall ${(100 * recall).toFixed(1)}% (${truePositives}/${corpus.positive.length}), ` +
      `precision ${(100 * precision).toFixed(1)}% (${mangled.length} of ${corpus.negative.length} ordinary messages changed)`);
    expect(missed.map((m) => m.text)).toEqual([]);
    expect(mangled).toEqual([]);
  });

  it('labels what it removed and keeps contact details the user gave with consent', () => {
    expect(redact('email jane@firm.com or call 212-555-0147')).toBe('email [EMAIL] or call [PHONE]');
    expect(redact('email jane@firm.com or call 212-555-0147', { keep: ['email', 'phone'] }))
      .toBe('email jane@firm.com or call 212-555-0147');
    expect(redact('my password is Hunter2! and ssn 123-45-6789', { keep: ['email'] }))
      .toBe('my password is [PASSWORD] and ssn [SSN]');
  });
});
