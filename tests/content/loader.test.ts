import { cpSync, mkdtempSync, rmSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir, loadContent } from '../../dialogs/content/loader';
import { ContentError, formatProblem } from '../../dialogs/content/problem';

const fixtures = path.join(__dirname, '..', 'fixtures', 'broken-content');
let workDir: string;

/** A copy of the shipped content that a test may break. */
function contentCopy(): string {
  const dir = path.join(workDir, 'content');
  cpSync(defaultContentDir(), dir, { recursive: true });
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('content unexpectedly loaded');
}

beforeEach(() => { workDir = mkdtempSync(path.join(tmpdir(), 'content-')); });
afterEach(() => rmSync(workDir, { recursive: true, force: true }));

describe('the shipped content', () => {
  it('loads: the procedure has six steps and every stable intent has a topic', () => {
    const content = loadContent();
    expect(content.procedure.totalSteps).toBe(6);
    const intents = ['start_linking', 'upgrade_account', 'court_not_live', 'login_cookies', 'shared_account',
      'missing_utilities_link', 'forgot_pacer_password', 'forgot_pacer_username', 'forgot_ecf_credentials',
      'names_dont_match', 'menus_missing_after_linking', 'pacer_only', 'multiple_courts', 'no_pacer_account',
      'undo_link', 'link_failed', 'contact_help_desk', 'client_code', 'greeting', 'thanks', 'goodbye', 'out_of_scope'];
    for (const intent of intents) expect(content.topicsByIntent.get(intent)?.examples.length).toBeGreaterThanOrEqual(20);
  });
});

describe('invalid content', () => {
  it('reports a typo\'d key, a dangling goto and an unreachable node as file:line:column', () => {
    const dir = contentCopy();
    copyFileSync(path.join(fixtures, 'login_cookies.yaml'), path.join(dir, 'topics', 'login_cookies.yaml'));
    const problems = problemsOf(dir);
    expect(problems).toEqual(expect.arrayContaining([
      'content/topics/login_cookies.yaml:27:5: unknown key "sya" in "nodes" [2]. Did you mean "say"?',
      'content/topics/login_cookies.yaml:26:5: "nodes" [2] is missing "say".',
    ]));
  });

  it('reports references and reachability once the schema is satisfied', () => {
    const dir = contentCopy();
    const text = readFileSync(path.join(fixtures, 'login_cookies.yaml'), 'utf8').replace('sya:', 'say:');
    writeFileSync(path.join(dir, 'topics', 'login_cookies.yaml'), text);
    expect(problemsOf(dir)).toEqual(expect.arrayContaining([
      'content/topics/login_cookies.yaml:25:15: "goto" names "try_other_browser", but no node has that id.',
      'content/topics/login_cookies.yaml:28:9: node "orphan" can never be reached: no "next" or "goto" leads to it from the first node.',
    ]));
  });

  it('reports YAML syntax errors with their position and keeps checking the other files', () => {
    const dir = contentCopy();
    copyFileSync(path.join(fixtures, 'syntax.yaml'), path.join(dir, 'topics', 'greeting.yaml'));
    writeFileSync(path.join(dir, 'procedure.yaml'),
      readFileSync(path.join(dir, 'procedure.yaml'), 'utf8').replace('goto: step1', 'goto: step_one'));
    const problems = problemsOf(dir);
    expect(problems.some((p) => /^content\/topics\/greeting\.yaml:\d+:\d+: YAML syntax/.test(p))).toBe(true);
    expect(problems.some((p) => /^content\/procedure\.yaml:\d+:\d+: "goto" names "step_one"/.test(p))).toBe(true);
  });

  it('rejects an answer topic without sources, and sources or a node source in a topic of kind "conversation"', () => {
    const dir = contentCopy();
    const edit = (name: string, change: (text: string) => string) => {
      const file = path.join(dir, 'topics', `${name}.yaml`);
      writeFileSync(file, change(readFileSync(file, 'utf8')));
    };
    edit('client_code', (text) => text.replace(/^sources:\n( {2}- .*\n)+/m, ''));
    edit('thanks', (text) => text.replace('kind: conversation\n', 'kind: conversation\nsources:\n  - seed\n'));
    edit('goodbye', (text) => text.replace(/^( {4}say: .*)$/m, '$1\n    source: seed'));
    const problems = problemsOf(dir);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^content\/topics\/client_code\.yaml:\d+:\d+: the file is missing "sources"\.$/),
      expect.stringMatching(/^content\/topics\/thanks\.yaml:\d+:\d+: "sources" does not belong here: a topic of kind "conversation"/),
      expect.stringMatching(/^content\/topics\/goodbye\.yaml:\d+:\d+: "source" does not belong in a topic of kind "conversation"/),
    ]));
    expect(problems.some((problem) => /must match/.test(problem))).toBe(false);
  });

  it('rejects a node\'s question whose answer names no source, at the question\'s line', () => {
    const dir = contentCopy();
    const file = path.join(dir, 'topics', 'shared_account.yaml');
    const text = readFileSync(file, 'utf8');
    // The first filing-agent question ("whose name appears on filings"), its page taken away.
    const source = '        source: https://www.txwb.uscourts.gov/nextgen-filing-agents\n';
    const question = text.indexOf('      - examples: ["name on the docket"');
    writeFileSync(file, text.slice(0, question) + text.slice(question).replace(source, ''));
    const line = text.slice(0, question).split('\n').length;
    expect(problemsOf(dir)).toContain(`content/topics/shared_account.yaml:${line}:9: "nodes" [6] "questions" [1] is missing "source".`);
  });

  it('rejects a fact implied by a choice that no choice establishes', () => {
    const dir = contentCopy();
    writeFileSync(path.join(dir, 'procedure.yaml'),
      readFileSync(path.join(dir, 'procedure.yaml'), 'utf8').replace('implies: [efiler]', 'implies: [e_filer]'));
    expect(problemsOf(dir).some((p) => /^content\/procedure\.yaml:\d+:\d+: "implies" names the fact "e_filer", but no choice/.test(p))).toBe(true);
  });

  it('rejects the same example under two intents', () => {
    const dir = contentCopy();
    const goodbye = loadContent().topicsByIntent.get('goodbye')!.examples[0]!;
    const file = path.join(dir, 'topics', 'thanks.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/examples:\n/, `examples:\n  - ${JSON.stringify(goodbye)}\n`));
    expect(problemsOf(dir)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^content\/topics\/thanks\.yaml:\d+:\d+: example .* is already an example of "goodbye"\.$/),
    ]));
  });

  it('names a missing file', () => {
    const dir = contentCopy();
    rmSync(path.join(dir, 'responses.yaml'));
    expect(problemsOf(dir)).toContain('content/responses.yaml:1:1: file not found');
  });
});
