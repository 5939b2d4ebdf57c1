import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { TEAMS_DIR } from '../../dialogs/repoPaths';
import { colorIcon, outlineIcon } from './teamsIcons';

/**
 * The Teams app package: deploy/teams/manifest.json with its ${{PLACEHOLDERS}} filled, and the two icons,
 * zipped at the root of the archive as Teams expects. Deterministic (fixed file dates): the same inputs give
 * the same bytes.
 */
export interface PackageValues {
  /** The Azure Bot's Microsoft App ID (the bot's MicrosoftAppId). */
  readonly BOT_ID: string;
  /** The Teams app's own id (a GUID; commonly the same as BOT_ID). */
  readonly TEAMS_APP_ID: string;
  readonly PUBLISHER_NAME: string;
  readonly WEBSITE_URL: string;
  readonly PRIVACY_URL: string;
  readonly TERMS_URL: string;
}

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** Placeholder values that validate but cannot be installed: for checking the package, not for uploading it. */
export const SAMPLE_VALUES: PackageValues = {
  BOT_ID: ZERO_GUID, TEAMS_APP_ID: ZERO_GUID, PUBLISHER_NAME: 'Clerk of Court',
  WEBSITE_URL: 'https://www.uscourts.gov', PRIVACY_URL: 'https://www.uscourts.gov/privacy-policy', TERMS_URL: 'https://www.uscourts.gov/terms-use',
};

export function fillManifest(template: string, values: PackageValues): Record<string, unknown> {
  const filled = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_whole, name: string) => {
    const value = (values as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) throw new Error(`manifest.json uses \${{${name}}}, which has no value`);
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The icons in deploy/teams/, drawn (and written there) when missing, so a court can replace them. */
export function icons(dir: string = TEAMS_DIR): { color: Buffer; outline: Buffer } {
  const read = (name: string, draw: () => Buffer): Buffer => {
    const file = path.join(dir, name);
    if (!existsSync(file)) writeFileSync(file, draw());
    return readFileSync(file);
  };
  return { color: read('color.png', colorIcon), outline: read('outline.png', outlineIcon) };
}

export function buildPackage(manifest: Record<string, unknown>, iconFiles: { color: Buffer; outline: Buffer }): Uint8Array {
  const file = (data: Uint8Array): [Uint8Array, { mtime: Date }] => [data, { mtime: FIXED_DATE }];
  return zipSync({
    'manifest.json': file(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)),
    'color.png': file(iconFiles.color),
    'outline.png': file(iconFiles.outline),
  }, { level: 9 });
}

export function readTemplate(dir: string = TEAMS_DIR): string {
  return readFileSync(path.join(dir, 'manifest.json'), 'utf8');
}
