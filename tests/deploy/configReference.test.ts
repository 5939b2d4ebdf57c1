import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from '../../bot/platform/config';
import { CROSS_CHECKS, NON_SETTINGS, REFERENCE_FILE, renderConfigurationReference, settingDocs } from '../../deploy/tools/configReference';

/**
 * deploy/CONFIGURATION.md is generated from configSchema; these tests fail when someone adds a setting (or reads
 * a variable) without regenerating it, so the reference court IT follows cannot fall behind the code.
 */
const ROOT = path.resolve(__dirname, '..', '..');
/** The code that runs in production or on an operator's command line (tests and benchmarks set their own env). */
const CODE_DIRS = ['bot', 'dialogs', 'deploy'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(name) ? [full] : [];
  });
}

function codeMatches(pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of CODE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) found.set(match.slice(1).find((group) => group !== undefined)!, path.relative(ROOT, file));
  }
  return found;
}

describe('configuration reference (deploy/CONFIGURATION.md)', () => {
  const keys = Object.keys(configSchema.shape);
  const committed = readFileSync(REFERENCE_FILE, 'utf8');

  it('is what `npm run -s config:reference` generates from configSchema now', () => {
    // On failure: run `npm run -s config:reference` and commit deploy/CONFIGURATION.md.
    expect(committed).toBe(renderConfigurationReference());
  });

  it('has one row per setting, each with a description', () => {
    for (const key of keys) expect(committed).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    for (const doc of settingDocs()) expect(doc.description.length).toBeGreaterThan(5);
  });

  it('marks credentials as secrets: by name, and by "(secret)" in the description', () => {
    const secret = new Map(settingDocs().map((doc) => [doc.name, doc.secret]));
    for (const key of ['MicrosoftAppPassword', 'DIRECTLINE_SECRET', 'AZURE_DIRECTLINE_SECRET', 'AZURE_STORAGE_CONNECTION_STRING',
      'HANDOFF_WEBHOOK_SECRET', 'HANDOFF_TEAMS_WEBHOOK_URL', 'TRIAGE_API_KEY', 'DESK_KEY']) {
      expect({ key, secret: secret.get(key) }).toEqual({ key, secret: true });
    }
    for (const key of ['PORT', 'HOST', 'MicrosoftAppId', 'COURT_ID', 'STORAGE']) expect(secret.get(key)).toBe(false);
  });

  it('states every cross-field check of the schema (one per addIssue in bot/platform/config.ts)', () => {
    const checks = readFileSync(path.join(ROOT, 'bot', 'platform', 'config.ts'), 'utf8').match(/context\.addIssue\(/g) ?? [];
    expect(CROSS_CHECKS).toHaveLength(checks.length);
  });

  it('lists every environment variable the code reads (process.env.X)', () => {
    const reads = codeMatches(/process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\])/g);
    const documented = new Set([...keys, ...NON_SETTINGS.map((entry) => entry.name)]);
    const missing = [...reads.entries()].filter(([name]) => !documented.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
    for (const entry of NON_SETTINGS) expect(committed).toContain(`| \`${entry.name}\` |`);
  });

  it('lists every config key the code uses (config.X)', () => {
    const used = codeMatches(/\bconfig\??\.((?:[A-Z][A-Z0-9_]+)|(?:Microsoft[A-Za-z]+))\b/g);
    const missing = [...used.entries()].filter(([name]) => !keys.includes(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });
});
