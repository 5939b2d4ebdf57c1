import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir, loadContent } from '../../dialogs/content/loader';
import { ContentError, formatProblem } from '../../dialogs/content/problem';
import { YamlSource } from '../../dialogs/content/yamlSource';

/**
 * A content file with a "billion laughs" alias bomb (each anchor repeats the one before nine times) is refused like
 * any other content error: a file:line:column problem pointing at the alias, instead of a raw stack trace without a
 * file name, and before the file has a value: nothing (the checks, the parsed-content cache) ever walks billions of
 * values, so neither the outcome nor the work depends on how busy the machine is.
 */
const BOMB = [
  'lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'lol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'lol4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'lol5: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'lol6: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'lol7: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'lol8: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  'lol9: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'alias-bomb-')), 'content');
  cpSync(defaultContentDir(), dir, { recursive: true });
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

/** What loading the content reports (the load must fail with a ContentError). */
function problemsOf(contentDir: string): string[] {
  let thrown: unknown;
  try {
    loadContent(contentDir);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ContentError);
  return (thrown as ContentError).problems.map(formatProblem);
}

describe('a YAML alias bomb in content', () => {
  it('is refused with file:line:column at the alias where the repetition passes the limit', () => {
    const file = path.join(dir, 'topics', 'greeting.yaml');
    const original = readFileSync(file, 'utf8');
    const bombLine = original.split('\n').length + 1;
    writeFileSync(file, `${original}\n${BOMB}\n`);
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    // "lol3" is where it passes: its nine *b are 9 x (1 + 9 x 10) values.
    expect(problems[0]).toMatch(new RegExp(`^content/topics/greeting\\.yaml:${bombLine + 2}:\\d+: aliases repeat more than 100 values`));
    expect(problems[0]).toMatch(/alias bomb/);
  });

  it('never becomes a value, so nothing can expand it', () => {
    const source = YamlSource.fromText(BOMB, 'bomb.yaml');
    // Not toBeUndefined(): on failure jest would print the value, walking the very expansion this guards against.
    expect(source.value() === undefined).toBe(true);
    expect(source.syntaxProblems.map(formatProblem)).toEqual([expect.stringMatching(/^bomb\.yaml:3:\d+: aliases repeat more than 100 values/)]);
  });

  it('still lets a file use a few aliases', () => {
    const file = path.join(dir, 'topics', 'greeting.yaml');
    const text = readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: &title $1').replace(/^examples:\n/m, 'examples:\n  - *title\n');
    writeFileSync(file, text);
    const greeting = loadContent(dir).topicsByIntent.get('greeting')!;
    expect(greeting.examples).toContain(greeting.title);
  });
});
