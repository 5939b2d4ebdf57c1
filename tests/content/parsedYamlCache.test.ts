import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir, inspectContent, loadContent } from '../../dialogs/content/loader';
import { ParsedYamlCache } from '../../dialogs/content/parsedYamlCache';
import { formatProblem } from '../../dialogs/content/problem';
import { YamlSource } from '../../dialogs/content/yamlSource';

/**
 * The bot's cold start reads parsed content files from NLU_CACHE_DIR instead of parsing the YAML again. Whatever comes
 * from the cache must be what parsing gives: the same values, the same file:line of a problem, and an edited file is
 * never answered from an old entry.
 */
let workDir: string;
let cacheDir: string;
let cache: ParsedYamlCache;

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'yaml-cache-'));
  cacheDir = path.join(workDir, 'cache');
  cache = new ParsedYamlCache(cacheDir);
});
afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function writeYaml(text: string): string {
  const file = path.join(workDir, 'file.yaml');
  writeFileSync(file, text);
  return file;
}

const entries = () => readdirSync(cacheDir).filter((name) => name.endsWith('.json'));

it('reads the shipped content from the cache as it parsed it, and points at the same places', () => {
  const file = path.join(defaultContentDir(), 'procedure.yaml');
  const parsed = YamlSource.read(file, 'content/procedure.yaml', cache);
  expect(entries()).toHaveLength(1);
  const cached = YamlSource.read(file, 'content/procedure.yaml', cache);
  expect(cached.value()).toEqual(parsed.value());
  expect(cached.problemAt(['nodes', 2], 'here')).toEqual(parsed.problemAt(['nodes', 2], 'here'));
  expect(cached.problemAt(['nodes', 2], 'here').line).toBeGreaterThan(1);
});

it('never answers an edited file from the entry of its old text', () => {
  const file = writeYaml('greeting: hello\n');
  YamlSource.read(file, 'file.yaml', cache);
  writeYaml('greeting: goodbye\n');
  expect(YamlSource.read(file, 'file.yaml', cache).value()).toEqual({ greeting: 'goodbye' });
});

it('parses as usual when an entry is corrupt, and keeps no file with a problem or a value JSON cannot hold', () => {
  const file = writeYaml('greeting: hello\n');
  YamlSource.read(file, 'file.yaml', cache);
  for (const name of entries()) writeFileSync(path.join(cacheDir, name), '{"greeting": ');
  expect(YamlSource.read(file, 'file.yaml', cache).value()).toEqual({ greeting: 'hello' });

  rmSync(cacheDir, { recursive: true });
  expect(YamlSource.read(writeYaml('a: [1, 2\n'), 'file.yaml', cache).syntaxProblems.length).toBeGreaterThan(0);
  expect(YamlSource.read(writeYaml('limit: .inf\n'), 'file.yaml', cache).value()).toEqual({ limit: Infinity });
  expect(YamlSource.read(writeYaml('limit: .inf\n'), 'file.yaml', cache).value()).toEqual({ limit: Infinity });
  expect(readdirSync(workDir)).not.toContain('cache');
});

it('reports a broken content file at the same file:line whether the other files came from the cache or not', () => {
  const dir = path.join(workDir, 'content');
  cpSync(defaultContentDir(), dir, { recursive: true });
  loadContent(dir, cache); // fills the cache
  writeFileSync(path.join(dir, 'topics', 'greeting.yaml'), 'intent: greeting\nexamples: [hello\n');
  const problems = (from?: ParsedYamlCache) => inspectContent(dir, from).problems.map(formatProblem);
  const withCache = problems(cache);
  expect(withCache).toEqual(problems());
  expect(withCache.some((problem) => /^content\/topics\/greeting\.yaml:\d+:\d+: YAML syntax/.test(problem))).toBe(true);
});

it('checks a file against its schema again when its text changed, even after the old text passed', () => {
  const dir = path.join(workDir, 'content');
  cpSync(defaultContentDir(), dir, { recursive: true });
  expect(inspectContent(dir, cache).problems).toEqual([]); // fills the cache, and remembers every file passed
  expect(readdirSync(cacheDir).some((name) => name.startsWith('passed-'))).toBe(true);
  const triage = path.join(dir, 'triage.yaml');
  writeFileSync(triage, `${readFileSync(triage, 'utf8')}\nnotAKey: 1\n`);
  expect(inspectContent(dir, cache).problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/triage\.yaml:\d+:\d+: unknown key "notAKey"/)]);
});

it('is used only by the loads handed it: another load in the same process parses and keeps nothing', () => {
  YamlSource.read(writeYaml('greeting: hello\n'), 'file.yaml', cache);
  expect(entries()).toHaveLength(1);
  expect(YamlSource.read(writeYaml('greeting: goodbye\n'), 'file.yaml').value()).toEqual({ greeting: 'goodbye' });
  expect(entries()).toHaveLength(1);
});
