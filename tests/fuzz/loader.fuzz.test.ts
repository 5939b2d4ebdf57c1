import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultContentDir, loadContent } from '../../dialogs/content/loader';
import { ContentError } from '../../dialogs/content/problem';

/** Random edits an author (or a bad merge) might make to a YAML file. */
type Mutation = { kind: 'deleteLine' | 'duplicateLine' | 'indent' | 'dedent' | 'insertChar' | 'truncate'; at: number; char: string };
const mutation = fc.record({
  kind: fc.constantFrom('deleteLine', 'duplicateLine', 'indent', 'dedent', 'insertChar', 'truncate'),
  at: fc.nat(),
  char: fc.constantFrom(':', '-', '"', "'", '{', '[', '#', '\t', '&', '*', '|', '>', ' ', 'x'),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, { kind, at, char }: Mutation): string {
  const lines = text.split('\n');
  const i = at % lines.length;
  switch (kind) {
    case 'deleteLine': lines.splice(i, 1); break;
    case 'duplicateLine': lines.splice(i, 0, lines[i]!); break;
    case 'indent': lines[i] = `  ${lines[i]}`; break;
    case 'dedent': lines[i] = lines[i]!.replace(/^ {1,2}/, ''); break;
    case 'insertChar': { const line = lines[i]!; const p = at % (line.length + 1); lines[i] = line.slice(0, p) + char + line.slice(p); break; }
    case 'truncate': return text.slice(0, at % text.length);
  }
  return lines.join('\n');
}

describe('content loader under random YAML mutations', () => {
  const files = ['procedure.yaml', 'responses.yaml', 'courts.yaml', 'topics/login_cookies.yaml', 'topics/greeting.yaml'];
  let dir: string;
  beforeAll(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'fuzz-content-')), 'content');
    cpSync(defaultContentDir(), dir, { recursive: true });
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('either loads or reports file:line:column problems, never crashes or half-loads', () => {
    fc.assert(fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, mutations) => {
      const target = path.join(dir, file);
      const original = readFileSync(target, 'utf8');
      writeFileSync(target, mutations.reduce(mutate, original));
      try {
        const loaded = loadContent(dir);
        expect(loaded.procedure.totalSteps).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        for (const problem of (error as ContentError).problems) {
          expect(problem.file).toMatch(/^content\//);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.message.length).toBeGreaterThan(5);
        }
      } finally {
        writeFileSync(target, original);
      }
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 120) });
  });
});
