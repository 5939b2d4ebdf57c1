/*
 * `npm run teams:package -- [--bot-id GUID] [--app-id GUID] [--publisher NAME] [--website URL] [--privacy URL]
 * [--terms URL] [--out FILE]`: fills deploy/teams/manifest.json, checks it against the Teams manifest schema
 * offline (@microsoft/app-manifest ships the schemas), and writes the zip to upload to Teams.
 * The bot id defaults to MicrosoftAppId from the environment / .env; without one, the package uses zero GUIDs
 * (it validates, but is for checking only).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../../bot/platform/config';
import { DIST_DIR } from '../../dialogs/repoPaths';
import { buildPackage, fillManifest, icons, readTemplate, SAMPLE_VALUES, type PackageValues } from './teamsAppPackage';

const FLAGS = {
  'bot-id': { type: 'string' }, 'app-id': { type: 'string' }, publisher: { type: 'string' }, website: { type: 'string' },
  privacy: { type: 'string' }, terms: { type: 'string' }, out: { type: 'string' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof FLAGS }>>['values'];

function values(flags: Flags): { values: PackageValues; sample: boolean } {
  loadDotenv({ quiet: true });
  const botId = flags['bot-id'] ?? loadConfig(process.env).MicrosoftAppId;
  return {
    sample: botId === undefined,
    values: {
      BOT_ID: botId ?? SAMPLE_VALUES.BOT_ID,
      TEAMS_APP_ID: flags['app-id'] ?? botId ?? SAMPLE_VALUES.TEAMS_APP_ID,
      PUBLISHER_NAME: flags.publisher ?? SAMPLE_VALUES.PUBLISHER_NAME,
      WEBSITE_URL: flags.website ?? SAMPLE_VALUES.WEBSITE_URL,
      PRIVACY_URL: flags.privacy ?? SAMPLE_VALUES.PRIVACY_URL,
      TERMS_URL: flags.terms ?? SAMPLE_VALUES.TERMS_URL,
    },
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = parseArgs({ args: [...argv], options: FLAGS }).values;
  const { values: filled, sample } = values(flags);
  const manifest = fillManifest(readTemplate(), filled);
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as never);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`manifest.json: ${problem}`);
    return 1;
  }
  const out = path.resolve(flags.out ?? path.join(DIST_DIR, 'teams', 'cmecf-help-bot-teams.zip'));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, buildPackage(manifest, icons()));
  console.log(`Teams app package: ${path.relative(process.cwd(), out)} (manifest valid against schema ${String(manifest.manifestVersion)})`);
  if (sample) console.warn('No bot id given (--bot-id or MicrosoftAppId): the package uses zero GUIDs and is for checking only.');
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`teams:package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
