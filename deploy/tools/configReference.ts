/*
 * Writes deploy/CONFIGURATION.md from bot/platform/config.ts's configSchema, so the reference cannot drift from what the bot
 * actually reads: `npm run -s config:reference`. tests/deploy/configReference.test.ts regenerates it in memory and
 * fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod/v4';
import { configSchema } from '../../bot/platform/config';
import { REPO_ROOT } from '../../dialogs/repoPaths';

export const REFERENCE_FILE = path.join(REPO_ROOT, 'deploy', 'CONFIGURATION.md');

/** Names that mark a value as a credential, whatever the description says. */
const SECRET_NAME = /PASSWORD|SECRET|KEY|CONNECTION_STRING/i;

/**
 * Environment variables the code reads that are not settings of the bot (no validation, no effect on behaviour).
 * The test greps the code for process.env reads and accepts only schema keys and these.
 */
export const NON_SETTINGS: ReadonlyArray<{ name: string; why: string }> = [
  { name: 'DOTENV_CONFIG_QUIET', why: 'The `natural` NLP library calls dotenv on import; the bot sets this to `true` when unset so no banner is printed. Leave it alone.' },
];

/**
 * The schema's cross-field checks (its superRefine), which no introspection can list: one line per addIssue in
 * bot/platform/config.ts, in the same order (the test counts them, so a new check without a line here fails).
 */
export const CROSS_CHECKS: readonly string[] = [
  '`STORAGE=blob` needs `AZURE_STORAGE_CONNECTION_STRING`.',
  '`MicrosoftAppId` needs `MicrosoftAppPassword` (unless `MicrosoftAppType=UserAssignedMSI`, or a certificate: `MicrosoftAppCertificateFile`).',
  '`MicrosoftAppCertificateFile` and `MicrosoftAppCertificateKeyFile` go together: set both or neither.',
  'A `HOST` other than a loopback address needs `MicrosoftAppId` (Bot Framework authentication) or `DIRECTLINE_SECRET`: without either the bot is in local mode, which binds to 127.0.0.1 only.',
  '`MicrosoftAppType=SingleTenant` needs `MicrosoftAppTenantId`.',
];

export interface SettingDoc {
  readonly name: string;
  readonly defaultValue: string;
  readonly accepts: string;
  readonly description: string;
  readonly secret: boolean;
}

interface FieldSchema {
  type?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  format?: string;
  pattern?: string;
}

/** One row per key of configSchema, in the schema's order (which groups related settings). */
export function settingDocs(): SettingDoc[] {
  return Object.entries(configSchema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field, { io: 'input' }) as FieldSchema;
    const description = (field.description ?? '').trim();
    return {
      name,
      defaultValue: json.default === undefined ? 'unset' : `\`${String(json.default)}\``,
      accepts: accepts(json),
      description: description.replace(/\s*\(secret\)/g, ''),
      secret: SECRET_NAME.test(name) || /\(secret\)/.test(description),
    };
  });
}

function accepts(json: FieldSchema): string {
  if (json.enum) return json.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (json.type === 'integer' || json.type === 'number') {
    const kind = json.type === 'integer' ? 'integer' : 'number';
    const low = json.exclusiveMinimum !== undefined ? `> ${json.exclusiveMinimum}` : json.minimum !== undefined ? `≥ ${json.minimum}` : '';
    // .int() alone sets the maximum to Number.MAX_SAFE_INTEGER: not a limit worth printing.
    const high = json.maximum !== undefined && json.maximum < Number.MAX_SAFE_INTEGER ? `≤ ${json.maximum}` : '';
    return [kind, [low, high].filter(Boolean).join(', ')].filter(Boolean).join(' ');
  }
  if (json.format === 'uri') return 'URL';
  if (json.pattern) return 'container name (3-63 of a-z, 0-9, single -)';
  if (json.minLength !== undefined && json.minLength > 1) return `text, ≥ ${json.minLength} characters`;
  return 'text';
}

/** Markdown table cells: a literal | would split the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderConfigurationReference(): string {
  const docs = settingDocs();
  const rows = docs.map((doc) =>
    `| \`${doc.name}\` | ${doc.secret ? '**yes**' : ''} | ${cell(doc.defaultValue)} | ${cell(doc.accepts)} | ${cell(doc.description)} |`);
  const secrets = docs.filter((doc) => doc.secret).map((doc) => `\`${doc.name}\``);
  const others = NON_SETTINGS.map((entry) => `| \`${entry.name}\` | ${cell(entry.why)} |`);
  return [
    '<!-- Generated from configSchema in bot/platform/config.ts by `npm run -s config:reference`. Do not edit by hand. -->',
    '# Configuration reference',
    '',
    'Every setting the bot reads. Settings are environment variables (on Azure: App Service application settings;',
    'on a server: `/etc/cmecf-help-bot.env`; on a developer machine: a `.env` file in the working directory). They are',
    'read once at start-up and validated; a bad value stops start-up with a message naming the variable. An empty',
    'value counts as unset.',
    '',
    `${docs.length} settings. Secrets (keep them out of source control, logs and tickets; on Azure prefer Key Vault`,
    `references): ${secrets.join(', ')}.`,
    '',
    '| variable | secret | default | accepts | what it does |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'Rules checked together at start-up:',
    '',
    ...CROSS_CHECKS.map((rule) => `- ${rule}`),
    '- `COURT_ID` must name a court in `content/courts.yaml` (checked against the content).',
    '',
    '## Also read from the environment (not settings)',
    '',
    '| variable | why |',
    '|---|---|',
    ...others,
    '',
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(REFERENCE_FILE, renderConfigurationReference());
  process.stdout.write(`wrote ${path.relative(process.cwd(), REFERENCE_FILE)}\n`);
}
