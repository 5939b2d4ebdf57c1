import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { TEAMS_DIR } from '../../dialogs/repoPaths';
import { pngSize } from './png';

/*
 * The Teams app package: deploy/teams/manifest.json with its ${{PLACEHOLDERS}} filled, and the two icons committed
 * beside it, zipped at the root of the archive as Teams expects. Deterministic (fixed file dates): the same inputs
 * give the same bytes.
 */

/** The values of the manifest's placeholders. */
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

/** The sizes Teams requires of the two icons, in pixels. */
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;

/**
 * The icons in deploy/teams/ (committed; a court may replace them with its own artwork), checked for the size Teams
 * requires, so a wrong file fails here rather than at upload.
 */
export function icons(dir: string = TEAMS_DIR): { color: Buffer; outline: Buffer } {
  const read = (name: keyof typeof ICON_SIZES): Buffer => {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: Teams needs a ${ICON_SIZES[name]}x${ICON_SIZES[name]} PNG there`);
    const png = readFileSync(file);
    const { width, height } = pngSize(png);
    if (width !== ICON_SIZES[name] || height !== ICON_SIZES[name]) {
      throw new Error(`${file} is ${width}x${height}: Teams needs ${ICON_SIZES[name]}x${ICON_SIZES[name]}`);
    }
    return png;
  };
  return { color: read('color.png'), outline: read('outline.png') };
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
