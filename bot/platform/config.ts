import { z } from 'zod/v4';
import { parseTrustedProxies } from './clientAddress';
import { isLoopbackHost } from './loopback';

/*
 * Every setting the bot reads, parsed once from the environment at start-up. Nothing else reads process.env.
 * A bad value stops start-up with a message naming the variable.
 */

const optionalText = z.string().trim().min(1).optional();
/** Azure's rule for container names, checked here so a typo fails at start-up rather than on the first turn. */
const blobContainer = z.string().trim().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'must be 3-63 lower-case letters, digits or single hyphens');

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
  MicrosoftAppCertificateFile: optionalText
    .describe('Instead of MicrosoftAppPassword: a PEM file holding the app registration\'s certificate (BEGIN CERTIFICATE), sent to Entra ID for subject-name/issuer authentication. Needs MicrosoftAppCertificateKeyFile.'),
  MicrosoftAppCertificateKeyFile: optionalText
    .describe('PEM file of the certificate\'s private key (BEGIN PRIVATE KEY) (secret file: keep it readable by the bot only).'),
  BOT_SDK: z.enum(['botbuilder', 'agents']).default('botbuilder')
    .describe('Which SDK hosts the bot: botbuilder (Bot Framework SDK 4.23, archived) or agents (Microsoft 365 Agents SDK). Same endpoint, settings, content and storage; see deploy/README.md, "Moving to the Agents SDK".'),
  COURT_ID: optionalText.describe('The court this deployment serves (an id from content/courts.yaml).'),
  HELP_DESK_CONTACT: optionalText
    .describe('How users reach a person, e.g. "the Clerk\'s Office CM/ECF help desk at (555) 555-0100", when the court entry has none.'),
  CONTENT_DIR: optionalText.describe('Folder of the YAML content (default: the repository\'s content/).'),
  MAX_MESSAGE_LENGTH: z.coerce.number().int().min(100).max(100_000).default(2000)
    .describe('Longest user message the bot reads, in characters.'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024)
    .describe('Largest request body accepted, in bytes, counted after decompression (gzip, deflate, br); larger ones get 413.'),
  RATE_LIMIT_CONVERSATION_BURST: z.coerce.number().int().min(1).default(20)
    .describe('Messages one conversation may send at once before 429.'),
  RATE_LIMIT_CONVERSATION_PER_SECOND: z.coerce.number().positive().default(5)
    .describe('Sustained messages per second allowed per conversation.'),
  TRUST_PROXY: z.string().trim().min(1).refine((value) => trustProxyProblem(value) === undefined, {
    error: (issue) => trustProxyProblem(String(issue.input)),
  }).optional().describe('Reverse proxies whose X-Forwarded-For (or Forwarded) header is believed, comma-separated: addresses, CIDR ranges, "loopback" (a proxy on this machine, e.g. the documented nginx) or "private" (10/8, 172.16/12, 192.168/16, fc00::/7). Set: rate limits and the local-mode check see the client the proxy forwarded for. Unset: the peer address is the client, and a request with forwarding headers is never treated as local.'),
  RATE_LIMIT_CLIENT_BURST: z.coerce.number().int().min(1).default(200)
    .describe('Requests one non-loopback client address may send at once before 429.'),
  RATE_LIMIT_CLIENT_PER_SECOND: z.coerce.number().positive().default(50)
    .describe('Sustained requests per second allowed per non-loopback client address.'),
  NLU_CACHE_DIR: optionalText
    .describe('Folder where the trained recognizer and the parsed content files are kept and reused at start-up while content and code are unchanged (skips ~1 s of training and most of the YAML parsing). Unset: train and parse at every start.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
    .describe('Log level.'),
  DIRECTLINE_SECRET: z.string().trim().min(32, 'must be at least 32 characters').optional()
    .describe('Secret of the built-in Direct Line endpoint /v3/directline (secret). Required to use it when HOST is not a loopback address.'),
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800)
    .describe('Lifetime of a built-in Direct Line token, in seconds (clients refresh it).'),
  DIRECTLINE_MEMORY_MB: z.coerce.number().int().min(4).max(4096).default(40)
    .describe('Memory the built-in Direct Line may use for the activity history of all its conversations together, in MB (approximate: measured in characters of activity JSON). Beyond it idle conversations are forgotten first; conversations with an open stream keep their recent activities.'),
  AZURE_DIRECTLINE_SECRET: optionalText
    .describe('Secret of the Azure Bot Service Direct Line channel (secret). Set: the Web Chat page gets its tokens from Azure through the server.'),
  AZURE_DIRECTLINE_ENDPOINT: z.url({ protocol: /^https?$/ }).default('https://directline.botframework.com/v3/directline')
    .describe('Azure Direct Line endpoint (or a regional one, e.g. https://europe.directline.botframework.com/v3/directline).'),
  STORAGE: z.enum(['sqlite', 'blob', 'memory']).default('sqlite')
    .describe('Where conversation state and transcripts live: sqlite (a file in DATA_DIR), blob (Azure Blob Storage, for several instances) or memory (tests; lost on restart).'),
  DATA_DIR: z.string().trim().min(1).default('./data').describe('Folder of the embedded SQLite database (STORAGE=sqlite).'),
  CONVERSATION_TTL_HOURS: z.coerce.number().positive().max(24 * 365).default(72)
    .describe('A conversation idle this long starts afresh; its stored state is removed.'),
  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30)
    .describe('Days redacted transcripts are kept; 0 keeps none.'),
  STORAGE_SWEEP_MINUTES: z.coerce.number().positive().max(24 * 60).default(60)
    .describe('How often expired conversations and transcripts are removed (STORAGE=sqlite).'),
  AZURE_STORAGE_CONNECTION_STRING: optionalText.describe('Azure Storage connection string (secret), required when STORAGE=blob.'),
  AZURE_STORAGE_STATE_CONTAINER: blobContainer.default('bot-state').describe('Blob container of conversation state.'),
  AZURE_STORAGE_TRANSCRIPT_CONTAINER: blobContainer.default('bot-transcripts').describe('Blob container of transcripts.'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional()
    .describe('The bot\'s public address (https://help.example.uscourts.gov): the start of the links users keep (printable checklist, their conversation) in channels other than the bot\'s own Web Chat page, such as Teams. Unset: http://HOST:PORT, right only when users reach the bot at that address.'),
  HANDOFF_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional()
    .describe('Help desk: each new ticket is POSTed here as JSON (retried in the background while it is down).'),
  HANDOFF_WEBHOOK_SECRET: z.string().trim().min(16, 'must be at least 16 characters').optional()
    .describe('Help desk: signs each webhook post: X-HelpBot-Timestamp: <Unix seconds>, X-HelpBot-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>"> (secret). Receivers reject a timestamp more than 5 minutes off (replays).'),
  TEAMS_CLERKS_IDS: optionalText
    .describe('Help desk: the clerks\' Teams team ids (19:…@thread.tacv2) and/or group chat ids (19:…@thread.v2), comma-separated. A message to the bot in one of them is read as a pasted e-mail and answered with a triage card (topic, suggested reply and source, urgency flags). Unset: no reply assistant.'),
  HANDOFF_TEAMS_WEBHOOK_URL: z.url({ protocol: /^https$/ }).optional()
    .describe('Help desk: a Teams incoming-webhook (or Workflows) URL of the clerks\' channel; each new ticket is posted as an Adaptive Card (secret).'),
  HANDOFF_RETRY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8)
    .describe('Help desk: attempts per webhook post (delays double from 2 s, at most 5 min apart) before giving up.'),
  TRIAGE_API_KEY: z.string().trim().min(16, 'must be at least 16 characters').optional()
    .describe('Key of POST /api/triage, sent as "Authorization: Bearer <key>" or "x-api-key" (secret). Unset: the endpoint answers 503.'),
  DESK_KEY: z.string().trim().min(12, 'must be at least 12 characters').optional()
    .describe('Key of the clerks\' page /desk (login form, or HTTP Basic with any user name) (secret). Unset: /desk is served only when HOST is a loopback address.'),
  DESK_REPORT_DAYS: z.coerce.number().int().min(1).max(366).default(30)
    .describe('Days the /desk report covers unless the clerk picks another range.'),
  ANALYTICS_FLUSH_SECONDS: z.coerce.number().positive().max(3600).default(5)
    .describe('How often per-day usage counts for the /desk report are written to storage (also on shutdown).'),
}).superRefine((config, context) => {
  if (config.STORAGE === 'blob' && !config.AZURE_STORAGE_CONNECTION_STRING) {
    context.addIssue({ code: 'custom', path: ['AZURE_STORAGE_CONNECTION_STRING'], message: 'is required when STORAGE is blob' });
  }
  const certificate = config.MicrosoftAppCertificateFile !== undefined;
  if (config.MicrosoftAppId && !config.MicrosoftAppPassword && !certificate && config.MicrosoftAppType !== 'UserAssignedMSI') {
    context.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set (or a certificate: MicrosoftAppCertificateFile)' });
  }
  if (certificate !== (config.MicrosoftAppCertificateKeyFile !== undefined)) {
    context.addIssue({ code: 'custom', path: [certificate ? 'MicrosoftAppCertificateKeyFile' : 'MicrosoftAppCertificateFile'], message: 'a certificate needs both MicrosoftAppCertificateFile and MicrosoftAppCertificateKeyFile' });
  }
  if (!config.MicrosoftAppId && !isLoopbackHost(config.HOST) && !config.DIRECTLINE_SECRET) {
    context.addIssue({ code: 'custom', path: ['HOST'], message:
      'is not a loopback address, but without MicrosoftAppId the bot runs in local mode, which binds to 127.0.0.1 only. ' +
      'Set HOST=127.0.0.1, or configure Bot Framework credentials, or DIRECTLINE_SECRET to serve the built-in Direct Line' });
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

/** Why a TRUST_PROXY value cannot be used, or undefined when it can. */
function trustProxyProblem(value: string): string | undefined {
  try {
    parseTrustedProxies(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
