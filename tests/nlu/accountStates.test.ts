import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir, loadContent } from '../../dialogs/content/loader';
import { ContentError, formatProblem } from '../../dialogs/content/problem';
import { recognizerOptions, trainingExamples } from '../../dialogs/content/trainingExamples';
import { AccountStateReader } from '../../dialogs/nlu/accountStates';
import { trainRecognizer } from '../../bot/host/nluCache';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';
import { words } from '../../dialogs/nlu/textFeatures';

// The content's own words (content/account-states.yaml): the rule is code, the words are content.
const reader = new AccountStateReader(loadContent().accountStates);
const states = (text: string): string[] => reader.states(words(text));

describe('accountStates', () => {
  it('ties each lost or fine word to the account named nearest to it, with the part of the login named', () => {
    expect(states('my PACER password works, it is the ECF password I cannot recall')).toEqual(['fine pacer password', 'lost ecf password']);
    expect(states('ECF password forgotten, PACER password is ok')).toEqual(['lost ecf password', 'fine pacer password']);
    expect(states('PACER is fine but I lost the e-filing one')).toEqual(['fine pacer', 'lost ecf']);
    expect(states('forgot my cm/ecf user name')).toEqual(['lost ecf name']);
  });

  it('reads a fine word after a negation as lost', () => {
    expect(states("I don't remember my PACER password")).toEqual(['lost pacer password']);
  });

  it('reads a password or user name a negation governs as lost, of the one account the text names', () => {
    expect(states('I still know my PACER user name, just not my password')).toEqual(['fine pacer name', 'lost pacer password']);
    expect(reader.lostTopic(words('I still know my PACER user name, just not my password'))).toBe('forgot_pacer_password');
    expect(states('I have no PACER account')).toEqual([]);
  });

  it('reads a negated alternative as the opposite of the state said before it: "lost X, not Y" keeps Y fine', () => {
    expect(states('it is my PACER user name I lost, not my password')).toEqual(['lost pacer name', 'fine pacer password']);
    expect(reader.lostTopic(words('it is my PACER user name I lost, not my password'))).toBe('forgot_pacer_username');
    expect(states("can't recall the ECF password, not the user name")).toEqual(['lost ecf password', 'fine ecf name']);
  });

  it('reads one part of a login after an account, the next part as another phrase ("PACER username. Password I know")', () => {
    expect(states("Can't recall the PACER user name. Password I remember")).toEqual(['lost pacer name', 'fine pacer password']);
    expect(reader.lostTopic(words('I lost my ECF password. User ID I know'))).toBe('forgot_ecf_credentials');
    expect(reader.lostTopic(words("I don't know my pacer username, password works"))).toBe('forgot_pacer_username');
    expect(states('forgot my pacer login password')).toEqual(['lost pacer password']);
  });

  it('says nothing without an account or a state word', () => {
    expect(states('where do I type my password')).toEqual([]);
    expect(states('how do I link my PACER account')).toEqual([]);
  });
});

describe('the lost login of a message that says another works', () => {
  it('is the lost account\'s topic, by the part of the login when the account has one per part', () => {
    expect(reader.lostTopic(words('PACER is fine for me, but the e-filing login is gone'))).toBe('forgot_ecf_credentials');
    expect(reader.lostTopic(words('I know my ECF password, the user name escapes me'))).toBe('forgot_ecf_credentials');
    expect(reader.lostTopic(words('my ecf login works, my pacer password is lost'))).toBe('forgot_pacer_password');
    expect(reader.lostTopic(words('I remember my PACER password but the username is gone'))).toBe('forgot_pacer_username');
  });

  it('is nothing unless a login is said to work and one login is said to be lost', () => {
    expect(reader.lostTopic(words('forgot my ECF password'))).toBeUndefined();
    expect(reader.lostTopic(words('my PACER password works fine'))).toBeUndefined();
    expect(reader.lostTopic(words('PACER password fine, the ECF password is lost and the PACER user name is gone too'))).toBeUndefined();
  });

  it('decides between the credential topics the classifier confuses, on the content\'s recognizer', () => {
    const content = loadContent();
    const recognizer = trainRecognizer(trainingExamples(content), TEST_NLU_CACHE_DIR, recognizerOptions(content));
    expect(recognizer.recognize('i still know my pacer password, the e-filing password is what is gone').intent).toBe('forgot_ecf_credentials');
    expect(recognizer.recognize('ECF works for me but my PACER password got lost').intent).toBe('forgot_pacer_password');
    expect(recognizer.recognize('how do I link my PACER account, my ECF login works').intent).not.toMatch(/^forgot/);
    expect(recognizer.recognize('lost the pacer username, not the password').intent).toBe('forgot_pacer_username');
  });
});

describe('the account-state words are content', () => {
  let workDir: string;
  beforeEach(() => { workDir = mkdtempSync(path.join(tmpdir(), 'states-')); });
  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  /** A copy of the shipped content with account-states.yaml edited by `change`; the problems loading it reports. */
  function problemsWith(change: (yaml: string) => string): string[] {
    const dir = path.join(workDir, 'content');
    cpSync(defaultContentDir(), dir, { recursive: true });
    const file = path.join(dir, 'account-states.yaml');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    try {
      loadContent(dir);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map(formatProblem);
      throw error;
    }
    return [];
  }

  it('refuses a word that says both lost and fine, and a word that is not lower case', () => {
    expect(problemsWith((yaml) => yaml.replace(/^lost: \[/m, 'lost: [fine, '))).toEqual([
      expect.stringMatching(/^content\/account-states\.yaml:\d+:\d+: "fine" is in both "lost" and "fine"/),
    ]);
    expect(problemsWith((yaml) => yaml.replace(/^fine: \[/m, 'fine: [Works, '))).toEqual([expect.stringMatching(/^content\/account-states\.yaml:\d+:\d+: /)]);
  });

  it('changes what the recognizer reads when content changes, with no code change', () => {
    const text = 'my pacer password is peachy but the ecf one is kaput';
    expect(reader.states(words(text))).toEqual([]);
    const edited = loadContent().accountStates;
    const moreWords = new AccountStateReader({ ...edited, lost: [...edited.lost, 'kaput'], fine: [...edited.fine, 'peachy'] });
    expect(moreWords.states(words(text))).toEqual(['fine pacer password', 'lost ecf']);
  });
});
