import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { defaultContentDir } from '../../dialogs/content/loader';
import { containsSecret } from '../../dialogs/privacy/credentials';
import { redact } from '../../dialogs/privacy/redact';

/**
 * Everything the content says (answers, steps, buttons, intent examples) passes the redactor unchanged: the bot's
 * replies go through it on their way to the transcript, and the examples are ordinary help questions. A password
 * pattern that fired on "**Manage My Account**" or a phone pattern on the PACER Service Center's number would
 * show up here.
 */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return name.endsWith('.yaml') ? [full] : [];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the content through the redactor', () => {
  const texts = yamlFiles(defaultContentDir()).flatMap((file) => strings(parse(readFileSync(file, 'utf8'))));

  it('leaves every string of the content unchanged and warns about none', () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => redact(text) !== text)).toEqual([]);
    expect(texts.filter((text) => containsSecret(text))).toEqual([]);
  });
});
