/*
 * The least an activity must carry for the bot to answer it. Anything else gets a 400 naming the problem,
 * before botbuilder sees it (botbuilder would throw deep inside the turn and answer 500).
 *
 * Checked by hand against this table rather than with a schema library: the check runs on every request, and
 * zod's parse (which copies the whole activity, and which the bot never used) was ~2 % of the bot's CPU per turn
 * (bench/README.md, "Turn bench, round 12"). Other fields pass as they are.
 */

/** A string field: its length in UTF-16 units from `min` to `max`; `optional` fields may be absent. */
interface StringRule { readonly min: number; readonly max: number; readonly optional?: boolean }

const ACTIVITY_STRINGS: Readonly<Record<string, StringRule>> = {
  type: { min: 1, max: 64 },
  id: { min: 0, max: 512, optional: true },
  text: { min: 0, max: Infinity, optional: true },
  channelId: { min: 1, max: 128 },
  serviceUrl: { min: 1, max: 2048 },
  deliveryMode: { min: 0, max: 64, optional: true },
};
/** Accounts: an object with an `id` of 1-512 characters; `recipient` may be absent. */
const ACCOUNTS: Readonly<Record<string, { readonly optional?: boolean }>> = { conversation: {}, from: {}, recipient: { optional: true } };
const ACCOUNT_ID: StringRule = { min: 1, max: 512 };

export interface CheckedAccount {
  readonly id: string;
  readonly [field: string]: unknown;
}

export interface CheckedActivity {
  readonly type: string;
  readonly id?: string;
  readonly text?: string;
  readonly channelId: string;
  readonly serviceUrl: string;
  readonly conversation: CheckedAccount;
  readonly from: CheckedAccount;
  readonly recipient?: CheckedAccount;
  readonly deliveryMode?: string;
  readonly [field: string]: unknown;
}

export type ActivityCheck = { ok: true; activity: CheckedActivity } | { ok: false; message: string };

/** The activity as it came (not copied), or the first five problems found, each naming its field. */
export function checkActivity(body: unknown): ActivityCheck {
  if (!isObject(body)) {
    return { ok: false, message: 'The request body must be one Bot Framework activity (a JSON object).' };
  }
  const problems: string[] = [];
  for (const [field, rule] of Object.entries(ACTIVITY_STRINGS)) checkString(body[field], field, rule, problems);
  for (const [field, { optional }] of Object.entries(ACCOUNTS)) {
    const account = body[field];
    if (account === undefined && optional) continue;
    if (isObject(account)) checkString(account.id, `${field}.id`, ACCOUNT_ID, problems);
    else problems.push(`${field}: ${expected('an object', account)}`);
  }
  if (problems.length === 0) return { ok: true, activity: body as CheckedActivity };
  return { ok: false, message: `Malformed activity: ${problems.slice(0, 5).join('; ')}.` };
}

function checkString(value: unknown, path: string, rule: StringRule, problems: string[]): void {
  if (value === undefined && rule.optional) return;
  if (typeof value !== 'string') problems.push(`${path}: ${expected('a string', value)}`);
  else if (value.length < rule.min) problems.push(`${path}: must not be empty`);
  else if (value.length > rule.max) problems.push(`${path}: must be at most ${rule.max} characters`);
}

function expected(what: string, value: unknown): string {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return `expected ${what}, got ${got === 'undefined' ? 'nothing' : got}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Without Bot Framework credentials, botbuilder would post replies to whatever serviceUrl an activity names: a
 * request-forgery hole. So in local mode replies come back in the response (expectReplies), or, for the Bot
 * Framework Emulator only (channel "emulator"), go to the address it names itself by: `http://localhost:<port>`,
 * `http://127.0.0.1:<port>` or `http://[::1]:<port>`, with no path, user or query. The raw text is checked, not a
 * parsed URL: parsers turn `127.1`, `0x7f.1` or `2130706433` into 127.0.0.1, and other tools read them otherwise.
 * (Who may send such an activity at all is decided before: only this machine, see messageGuards.)
 */
const LOCAL_SERVICE_URL = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):([1-9]\d{0,4})\/?$/;

export function isSafeLocalDelivery(activity: CheckedActivity): boolean {
  if (activity.deliveryMode === 'expectReplies') return true;
  if (activity.channelId !== 'emulator') return false;
  const match = LOCAL_SERVICE_URL.exec(activity.serviceUrl);
  return match !== null && Number(match[1]) <= 65_535;
}
