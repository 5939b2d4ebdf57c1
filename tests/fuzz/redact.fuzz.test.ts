import fc from 'fast-check';
import { containsSecret } from '../../dialogs/privacy/credentials';
import { findPersonalData, redact } from '../../dialogs/privacy/redact';

/**
 * The redactor runs on whatever arrives, before any length check (log lines, transcripts of 100 KB messages):
 * it must never throw, and every pattern must stay linear. Long inputs are built from the pieces each pattern
 * starts with or repeats (labels, connectors, digit groups, separators, "at" and "dot"), the inputs most likely to
 * make a regular expression backtrack.
 */
const PIECES: Readonly<Record<string, string>> = {
  letters: 'a', digits: '1', digitSpace: '1 ', digitDot: '1.', digitDash: '12-', label: 'password is ', labelColon: 'pw: ',
  labelOnly: 'password ', labelLines: 'password\n', quotedLabel: "password '", sentence: 'my password for the account ', foreign: 'contraseña es ',
  cjk: '密码是', changed: 'changed my password to ', changedIt: 'changed it to ', before: 'x as my ', pairs: 'username jdoe / ', creds: 'creds: a / ',
  system: 'PACER: a / ', at: 'a at ', atDot: 'a at b dot ', atSign: 'a@', atSignDot: 'a@b.', spacedAt: 'a @ b . ',
  plus: '+1 ', international: '+44 20 ', zeros: '00 ', ssn: 'ssn ', ssnDigits: 'ssn 123 ', card: 'card 4111 ',
  code: 'code 12 ', codeSix: 'the code 123 ', dob: 'dob 1/2/', born: 'born March 3 ', phoneWord: 'phone 1 ',
  strong: 'Ab1!', strongSpaced: 'Ab1!x ', markdown: '**Ab** ', hyphenated: 'a-1-B ', quote: '"',
  // Round 2: lists of tried values, values said to be used, passphrases, old and new values, bracketed values.
  tried: 'tried Ab1, ab1 and ', typedThen: 'typed in ab then Ab then ', whatIUse: 'Ab1 is what I use ', passphrase: 'passphrase is a b ',
  anterior: 'pw: Ab1! / anterior: ', fromTo: 'changed it from Ab1 to ', bracketed: 'password (a) ', appositive: 'password, Ab1, ',
  guillemets: '«a»_1 ', underscore: 'Ab_1', phraseRun: 'password is abc def ',
  // Dates of birth, taxpayer numbers, card codes, one-time codes, e-mails and phones as people write them.
  dobRun: 'dob 1/2/1980 and ', bornOrdinal: 'born the twelfth of ', bDot: 'b. 3/', geb: 'geb. 1.2.', dobMonth: 'DOB March ',
  dobCompact: 'dob 19800304 ', dobForeign: 'né le 3 mars ', ein: 'EIN 12-', spacedSsn: 'ssn 1 2 3 ', cardCode: 'security code ',
  backDigits: 'digits on the back ', typedCode: 'I typed 123 ', spacedCode: 'entered 1 2 3 ', six: '123456 ', sixList: '123456, ',
  backup: 'backup code k7d2-', codeList: 'codes 123 456, ', bracketAt: 'a(at)b.', bracketDot: 'a@b[.]', shortAt: 'a(a)b.',
  wideAt: 'a＠b.', spelledEmail: 'a at b dot ', spelledDigits: 'one two ', localPhone: 'call me at 555-', institution: "clerk's office number ",
};

/** CPU time, not wall time: on a busy machine a scan waits for a core, and only its own work is the pattern's. */
function scanMs(text: string): number {
  const start = process.cpuUsage();
  redact(text);
  containsSecret(text);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Below this, the large text's time is noise, whatever the small one's: no pattern can have backtracked. */
const FLOOR_MS = 250;

/**
 * The best of up to five runs of each text, the two sizes taking turns so a busy machine slows both alike. The runs
 * stop once the large text scans under FLOOR_MS: the best times can only fall, so more runs could not change the
 * verdict, and a linear pattern is done after one run instead of five. A backtracking one never gets under the floor
 * and is timed all five times, as before.
 */
function bestTimesMs(small: string, large: string): { small: number; large: number } {
  const best = { small: Infinity, large: Infinity };
  for (let run = 0; run < 5 && best.large > FLOOR_MS; run += 1) {
    best.small = Math.min(best.small, scanMs(small));
    best.large = Math.min(best.large, scanMs(large));
  }
  return best;
}

const repeated = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

describe('redactor on long and hostile text', () => {
  it.each(Object.entries(PIECES))('stays linear on 100 KB of "%s"', (_name, piece) => {
    const { small, large } = bestTimesMs(repeated(piece, 10_000), repeated(piece, 100_000));
    // Ten times the text: linear work takes about ten times as long, quadratic a hundred. The floor keeps
    // millisecond noise on a busy machine from counting.
    expect(large).toBeLessThanOrEqual(Math.max(30 * small, FLOOR_MS));
  });

  it('never throws and returns ordered, separate findings inside the text', () => {
    const pieces = [...Object.values(PIECES), 'Hunter2!', 'jane@firm.com', '212-555-0147', '\u200b', '🙂', '\n', '\u0000', ' '];
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(fc.property(text, (input) => {
      const findings = findPersonalData(input);
      findings.forEach((finding, i) => {
        expect(finding.start).toBeGreaterThanOrEqual(i === 0 ? 0 : findings[i - 1]!.end);
        expect(finding.end).toBeGreaterThan(finding.start);
        expect(finding.end).toBeLessThanOrEqual(input.length);
      });
      expect(typeof redact(input)).toBe('string');
    }), { numRuns: 400 });
  });

  it('removes a generated password, however it is announced', () => {
    const password = fc.stringMatching(/^[A-Za-z]{3,8}[0-9]{1,4}[!#$%&*@]{0,2}$/);
    const phrasing = fc.constantFrom(
      (p: string) => `my password is ${p}`, (p: string) => `password: ${p}`, (p: string) => `the password for my account is: ${p}`,
      (p: string) => `I typed ${p} as my password`, (p: string) => `changed my pw to ${p} yesterday`, (p: string) => `creds: jdoe / ${p}`,
      (p: string) => `user jdoe pass ${p}`, (p: string) => `mot de passe : ${p}`, (p: string) => `${p} is my pacer password`,
    );
    fc.assert(fc.property(password, phrasing, (secret, phrase) => {
      const text = phrase(secret);
      expect(redact(text)).not.toContain(secret);
      expect(containsSecret(text)).toBe(true);
    }), { numRuns: 300 });
  });
});
