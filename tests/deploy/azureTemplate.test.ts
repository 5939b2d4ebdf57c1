import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema } from '../../bot/platform/config';
import { settingDocs } from '../../deploy/tools/configReference';

/**
 * deploy/azure/main.json is written by hand to match main.bicep (no bicep CLI here), so these tests do what the
 * compiler would: every expression names only declared parameters and variables, the two files declare the same
 * parameters and app settings, and every setting the bot reads is configured (or excluded below, with a reason).
 */
const AZURE = path.resolve(__dirname, '..', '..', 'deploy', 'azure');
const template = JSON.parse(readFileSync(path.join(AZURE, 'main.json'), 'utf8')) as ArmTemplate;
const bicep = readFileSync(path.join(AZURE, 'main.bicep'), 'utf8');
const parametersFile = JSON.parse(readFileSync(path.join(AZURE, 'main.parameters.json'), 'utf8')) as { parameters: Record<string, unknown> };

/** Config keys deliberately not set as app settings on App Service. */
const NOT_APP_SETTINGS: Record<string, string> = {
  PORT: 'App Service sets PORT itself and routes traffic to it; an app setting would fight the platform.',
};

interface ArmParameter { type: string; defaultValue?: unknown }
interface ArmResource { type: string; name: string; dependsOn?: string[]; properties?: Record<string, unknown> }
interface ArmTemplate {
  $schema: string;
  metadata: { notAppSettings: Record<string, string> };
  parameters: Record<string, ArmParameter>;
  variables: Record<string, unknown>;
  resources: ArmResource[];
  outputs: Record<string, { value: string }>;
}

/** Every string in the template, with its JSON path (expressions live in strings: "[...]", "[[" escapes one). */
function strings(value: unknown, at = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`));
  return [];
}

const expressions = strings(template).filter(([, text]) => text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']'));
const referenced = (fn: string) => new Set(expressions.flatMap(([, text]) => [...text.matchAll(new RegExp(`\\b${fn}\\('([^']+)'\\)`, 'g'))].map((m) => m[1]!)));
const appSettingsResource = template.resources.find((resource) => resource.type === 'Microsoft.Web/sites/config')!;
const appSettings = appSettingsResource.properties as Record<string, string>;

/** `param name type` lines of the Bicep file, with whether @secure() decorates them. */
function bicepParameters(): Map<string, { type: string; secure: boolean }> {
  const found = new Map<string, { type: string; secure: boolean }>();
  let decorators: string[] = [];
  for (const line of bicep.split('\n')) {
    if (line.startsWith('@')) decorators.push(line);
    const match = /^param (\w+) (\w+)/.exec(line);
    if (match) found.set(match[1]!, { type: match[2]!, secure: decorators.some((d) => d.startsWith('@secure()')) });
    if (!line.startsWith('@')) decorators = [];
  }
  return found;
}

/** The keys of the Bicep appsettings resource's properties block. */
function bicepAppSettings(): string[] {
  const block = /name: 'appsettings'[\s\S]*?properties: \{([\s\S]*?)\n {2}\}/.exec(bicep)?.[1] ?? '';
  return [...block.matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]!);
}

describe('Azure template (deploy/azure/main.json, main.bicep)', () => {
  it('is a deployment template whose expressions use only declared parameters and variables', () => {
    expect(template.$schema).toMatch(/deploymentTemplate\.json#$/);
    expect(expressions.length).toBeGreaterThan(30);
    for (const name of referenced('parameters')) expect({ name, declared: name in template.parameters }).toEqual({ name, declared: true });
    for (const name of referenced('variables')) expect({ name, declared: name in template.variables }).toEqual({ name, declared: true });
    // An unused parameter is a value someone fills in for nothing.
    for (const name of Object.keys(template.parameters)) expect({ name, used: referenced('parameters').has(name) }).toEqual({ name, used: true });
    for (const [at, text] of expressions) {
      const balanced = [...text].reduce((depth, ch) => (depth < 0 ? depth : depth + (ch === '(' ? 1 : ch === ')' ? -1 : 0)), 0);
      expect({ at, balanced }).toEqual({ at, balanced: 0 });
    }
  });

  it('depends only on resources it declares', () => {
    const declared = new Set(template.resources.map((resource) => resource.type));
    for (const resource of template.resources) {
      for (const dependency of resource.dependsOn ?? []) {
        const type = /resourceId\('([^']+)'/.exec(dependency)?.[1];
        expect({ dependency, declared: type !== undefined && declared.has(type) }).toEqual({ dependency, declared: true });
      }
    }
  });

  it('declares the same parameters as main.bicep, secure ones as securestring', () => {
    const inBicep = bicepParameters();
    expect([...inBicep.keys()].sort()).toEqual(Object.keys(template.parameters).sort());
    for (const [name, { type, secure }] of inBicep) {
      const armType = secure ? `secure${type}` : type;
      expect({ name, type: template.parameters[name]!.type }).toEqual({ name, type: armType });
    }
  });

  it('sets every setting the bot reads as an app setting, or says why not', () => {
    const missing = Object.keys(configSchema.shape).filter((key) => !(key in appSettings) && !(key in NOT_APP_SETTINGS));
    expect(missing).toEqual([]);
    for (const key of Object.keys(NOT_APP_SETTINGS)) expect(appSettings).not.toHaveProperty(key);
    // The exclusions are documented in the template itself too, for whoever reads it in the portal.
    expect(template.metadata.notAppSettings).toEqual(NOT_APP_SETTINGS);
    expect(bicepAppSettings().sort()).toEqual(Object.keys(appSettings).sort());
  });

  it('runs the bot for App Service: blob store, all interfaces, health check, WebSockets, Node 20', () => {
    expect(appSettings).toMatchObject({ STORAGE: 'blob', HOST: '0.0.0.0', MicrosoftAppType: 'SingleTenant', NODE_ENV: 'production' });
    expect(appSettings.AZURE_STORAGE_CONNECTION_STRING).toContain('listKeys(');
    expect(appSettings.AZURE_DIRECTLINE_SECRET).toContain("listChannelWithKeys(resourceId('Microsoft.BotService/botServices/channels'");
    const site = template.resources.find((resource) => resource.type === 'Microsoft.Web/sites')!;
    expect(site.properties).toMatchObject({
      httpsOnly: true,
      siteConfig: { linuxFxVersion: 'NODE|20-lts', healthCheckPath: '/healthz', webSocketsEnabled: true, appCommandLine: expect.stringContaining('dist/bot/main.js') },
    });
    const channels = template.resources.filter((resource) => resource.type === 'Microsoft.BotService/botServices/channels')
      .map((resource) => (resource.properties as { channelName: string }).channelName);
    expect(channels.sort()).toEqual(['DirectLineChannel', 'MsTeamsChannel']);
    const bot = template.resources.find((resource) => resource.type === 'Microsoft.BotService/botServices')!;
    expect(bot.properties).toMatchObject({ msaAppType: 'SingleTenant', endpoint: expect.stringContaining('/api/messages') });
  });

  it('takes every secret from a secure parameter or a key listing, never a literal', () => {
    for (const doc of settingDocs().filter((setting) => setting.secret && setting.name in appSettings)) {
      const value = appSettings[doc.name]!;
      const secureParameters = [...value.matchAll(/parameters\('([^']+)'\)/g)].map((m) => template.parameters[m[1]!]!.type);
      const fromKeys = /\blist\w*\(/.test(value);
      const ok = value === '' || fromKeys || (secureParameters.length > 0 && secureParameters.every((type) => type === 'securestring'));
      expect({ setting: doc.name, ok }).toEqual({ setting: doc.name, ok: true });
    }
  });

  it('has a parameters file with placeholders for declared, non-secret parameters only', () => {
    for (const name of Object.keys(parametersFile.parameters)) {
      expect({ name, declared: name in template.parameters }).toEqual({ name, declared: true });
      expect({ name, type: template.parameters[name]!.type }).not.toEqual({ name, type: 'securestring' });
    }
    const required = Object.entries(template.parameters).filter(([, p]) => p.defaultValue === undefined && p.type !== 'securestring').map(([name]) => name);
    for (const name of required) expect(parametersFile.parameters).toHaveProperty(name);
  });
});
