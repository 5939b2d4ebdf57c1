import { z } from 'zod';

/**
 * Every setting the bot reads, parsed once from the environment at start-up. Nothing else reads process.env.
 * A bad value stops start-up with a message naming the variable.
 */
const optionalText = z.string().trim().min(1).optional();

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978)
    .describe('TCP port of the HTTP server.'),
  HOST: z.string().trim().min(1).default('127.0.0.1')
    .describe('Address to bind. 127.0.0.1 (local only) unless the bot is deployed behind a channel.'),
  MicrosoftAppId: optionalText.describe('Bot Framework app (client) id. Unset: local mode without authentication.'),
  MicrosoftAppPassword: optionalText.describe('Bot Framework app secret (secret).'),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()
    .describe('Bot Framework app type.'),
  MicrosoftAppTenantId: optionalText.describe('Azure AD tenant id (SingleTenant / UserAssignedMSI).'),
  COURT_ID: optionalText.describe('The court this deployment serves (an id from content/courts.yaml).'),
  HELP_DESK_CONTACT: optionalText
    .describe('How users reach a person, e.g. "the Clerk\'s Office CM/ECF help desk at (555) 555-0100", when the court entry has none.'),
  CONTENT_DIR: optionalText.describe('Folder of the YAML content (default: the repository\'s content/).'),
  MAX_MESSAGE_LENGTH: z.coerce.number().int().min(100).max(100_000).default(2000)
    .describe('Longest user message the bot reads, in characters.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
    .describe('Log level.'),
}).superRefine((config, context) => {
  if (config.MicrosoftAppId && !config.MicrosoftAppPassword && config.MicrosoftAppType !== 'UserAssignedMSI') {
    context.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
  }
  if (config.MicrosoftAppType === 'SingleTenant' && !config.MicrosoftAppTenantId) {
    context.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType is SingleTenant' });
  }
});

export type Config = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Parses the environment (or any map of strings) into a frozen Config, or throws ConfigError naming each bad key. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const relevant = Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, emptyToUndefined(env[key])]));
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}

export function isLocalMode(config: Config): boolean {
  return config.MicrosoftAppId === undefined;
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
