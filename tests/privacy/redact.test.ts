import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { containsSecret } from '../../dialogs/privacy/credentials';
import { findPersonalData, redact, type PersonalDataKind } from '../../dialogs/privacy/redact';
import { isCovered } from './coverage';

interface Corpus { positive: { kind: PersonalDataKind; text: string; secret: string }[]; negative: string[] }
const corpus = parse(readFileSync(path.join(__dirname, 'redaction-corpus.yaml'), 'utf8')) as Corpus;

describe('redaction corpus (one or more phrasings per class)', () => {
  it('finds every secret as its kind and leaves every ordinary question untouched (recall printed)', () => {
    const missed = corpus.positive.filter(({ text, secret, kind }) => !isCovered(text, secret, { kind }));
    const mangled = corpus.negative.filter((text) => redact(text) !== text);
    console.log(`redaction corpus: ${corpus.positive.length - missed.length}/${corpus.positive.length} secrets found as their kind, ` +
      `${mangled.length} of ${corpus.negative.length} ordinary messages changed`);
    expect(missed.map((m) => m.text)).toEqual([]);
    expect(mangled).toEqual([]);
  });

  it('warns for every password phrasing and for nothing else', () => {
    const passwords = corpus.positive.filter(({ kind }) => kind === 'password');
    expect(passwords.filter(({ text }) => !containsSecret(text)).map(({ text }) => text)).toEqual([]);
    const others = [...corpus.positive.filter(({ kind }) => kind !== 'password').map(({ text }) => text), ...corpus.negative];
    expect(others.filter((text) => containsSecret(text))).toEqual([]);
  });

  it('labels what it removed and keeps contact details the user gave with consent', () => {
    expect(redact('email jane@firm.com or call 212-555-0147')).toBe('email [EMAIL] or call [PHONE]');
    expect(redact('email jane@firm.com or call 212-555-0147', { keep: ['email', 'phone'] }))
      .toBe('email jane@firm.com or call 212-555-0147');
    expect(redact('my password is Hunter2! and ssn 123-45-6789', { keep: ['email'] }))
      .toBe('my password is [PASSWORD] and ssn [SSN]');
    expect(redact('DOB 3/4/1980, code 482913')).toBe('DOB [DOB], code [CODE]');
  });

  it('finds institutions\' numbers and addresses but leaves them, so a user can still give one as contact', () => {
    const text = 'the help desk at 212-668-2870 said to call 1-800-555-0199 or write ecf_help@nysd.uscourts.gov';
    expect(redact(text)).toBe(text);
    expect(findPersonalData(text).map((finding) => [finding.kind, finding.public])).toEqual([['phone', true], ['phone', true], ['email', true]]);
    expect(redact('call me at 212-668-2870')).toBe('call me at [PHONE]');
  });

  it('reads what it wrote as ordinary text (redacting twice changes nothing more)', () => {
    for (const { text } of corpus.positive) expect(redact(redact(text))).toBe(redact(text));
  });
});
