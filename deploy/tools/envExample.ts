/*
 * Writes the root .env.example from configSchema (the same rows as deploy/CONFIGURATION.md), so the example cannot
 * drift from what the bot reads: `npm run -s config:reference`. tests/deploy/envExample.test.ts fails when the
 * committed file differs.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { settingDocs } from './configReference';

export const ENV_EXAMPLE_FILE = path.join(REPO_ROOT, '.env.example');

/** Every setting as a commented-out line with its default: copying the file changes nothing until a line is enabled. */
export function renderEnvExample(): string {
  const settings = settingDocs().flatMap((doc) => [
    `# ${doc.description.replace(/\s+/g, ' ')}${doc.secret ? ' SECRET: never commit it.' : ''}`,
    `# Accepts: ${doc.accepts.replace(/`/g, '')}. Default: ${doc.defaultValue.replace(/`/g, '')}.`,
    `#${doc.name}=${doc.defaultValue === 'unset' || doc.secret ? '' : doc.defaultValue.replace(/`/g, '')}`,
    '',
  ]);
  return [
    '# Settings of the CM/ECF Help Bot on a developer machine: `cp .env.example .env`, then uncomment what you change.',
    '# `npm start` and `npm run dev` read .env from the working directory (.env is git-ignored: it may hold secrets).',
    '# With nothing set the bot runs on its embedded defaults: local mode on 127.0.0.1:3978, SQLite in ./data.',
    '# Generated from bot/platform/config.ts by `npm run -s config:reference` (do not edit by hand); the same settings',
    '# with more detail: deploy/CONFIGURATION.md. On a server use deploy/systemd/cmecf-help-bot.env.example instead.',
    '',
    ...settings,
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(ENV_EXAMPLE_FILE, renderEnvExample());
  process.stdout.write(`wrote ${path.relative(process.cwd(), ENV_EXAMPLE_FILE)}\n`);
}
