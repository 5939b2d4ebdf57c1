import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { createBotCore, createEngine } from '../../bot/host/botCore';
import { loadConfig } from '../../bot/platform/config';
import { buildPackage, fillManifest, icons, readTemplate, SAMPLE_VALUES } from '../../deploy/tools/teamsAppPackage';
import { pngSize } from '../../deploy/tools/png';
import { INITIAL_STATE } from '../../dialogs/engine/state';
import { TEAMS_DIR } from '../../dialogs/repoPaths';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';

/** The Teams app package: manifest valid against the Teams schema (offline), icons of the right size, zip layout. */
const VALUES = {
  ...SAMPLE_VALUES,
  BOT_ID: '3f1c2a9e-8d4b-4c1e-9a7f-2b6d5e4c3a21',
  TEAMS_APP_ID: '7a2b9c4d-1e3f-4a5b-8c6d-9e0f1a2b3c4d',
};

/**
 * @microsoft/app-manifest validates offline against the schema it ships for the manifest's $schema. It loads
 * ESM-only dependencies that jest's CommonJS runtime cannot, so it runs in a plain node child process.
 */
async function validateOffline(manifest: unknown): Promise<string[]> {
  const script = `require('@microsoft/app-manifest').AppManifestUtils.validateAgainstSchema(JSON.parse(process.argv[1]))
    .then((problems) => process.stdout.write(JSON.stringify(problems)))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, JSON.stringify(manifest)], { cwd: path.resolve(__dirname, '..', '..') });
  return JSON.parse(stdout) as string[];
}

function pixels(png: Buffer): Buffer {
  const { width, height } = pngSize(png);
  const idat = png.subarray(41, png.length - 16);
  const rows = inflateSync(idat);
  expect(rows.length).toBe(height * (width * 4 + 1));
  return Buffer.concat(Array.from({ length: height }, (_, y) => rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1))));
}

describe('Teams app package', () => {
  const template = readTemplate();
  const manifest = fillManifest(template, VALUES);

  it('has placeholders for the bot id and the app id in the committed manifest', () => {
    expect(template).toContain('"botId": "${{BOT_ID}}"');
    expect(template).toContain('"id": "${{TEAMS_APP_ID}}"');
    expect((manifest.bots as { botId: string }[])[0]!.botId).toBe(VALUES.BOT_ID);
  });

  it('validates against the Teams manifest schema named in $schema, offline', async () => {
    expect(await validateOffline(manifest)).toEqual([]);
    const broken = { ...manifest, id: 'not-a-guid', name: { short: 'x'.repeat(31) } };
    const problems = await validateOffline(broken);
    expect(problems.join('\n')).toMatch(/\/id must match pattern[\s\S]*\/name\/short/);
  });

  it('refuses a placeholder without a value', () => {
    expect(() => fillManifest(template, { ...VALUES, BOT_ID: undefined as unknown as string })).toThrow(/BOT_ID/);
  });

  it('zips manifest.json, color.png (192x192) and outline.png (32x32, white on transparent) at the root', () => {
    const files = unzipSync(buildPackage(manifest, icons()));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'))).toEqual(manifest);
    expect(pngSize(Buffer.from(files['color.png']!))).toEqual({ width: 192, height: 192 });
    expect(pngSize(Buffer.from(files['outline.png']!))).toEqual({ width: 32, height: 32 });
    const outline = pixels(Buffer.from(files['outline.png']!));
    for (let i = 0; i < outline.length; i += 4) expect([outline[i], outline[i + 1], outline[i + 2]]).toEqual([255, 255, 255]);
    expect(outline.some((_, i) => i % 4 === 3 && outline[i] === 0)).toBe(true);
    const color = pixels(Buffer.from(files['color.png']!));
    expect(color.every((_, i) => i % 4 !== 3 || color[i] === 255)).toBe(true);
  });

  it('builds the same bytes twice', () => {
    expect(Buffer.from(buildPackage(manifest, icons()))).toEqual(Buffer.from(buildPackage(manifest, icons())));
  });

  it('refuses a missing icon, or one of another size than Teams requires, naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'teams-icons-'));
    try {
      copyFileSync(path.join(TEAMS_DIR, 'color.png'), path.join(dir, 'color.png'));
      expect(() => icons(dir)).toThrow(/outline\.png is missing: Teams needs a 32x32 PNG/);
      copyFileSync(path.join(TEAMS_DIR, 'color.png'), path.join(dir, 'outline.png'));
      expect(() => icons(dir)).toThrow(/outline\.png is 192x192: Teams needs 32x32/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers commands the bot understands', () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
    const engine = createEngine(config, createBotCore(config));
    const [list] = (manifest.bots as { commandLists: { commands: { title: string }[] }[] }[])[0]!.commandLists;
    for (const { title } of list!.commands) {
      expect({ title, action: engine.turn(INITIAL_STATE, title).trace.action }).not.toMatchObject({ action: expect.stringMatching(/out_of_scope|repeated_miss|did_you_mean/) });
    }
  });
});
