import { z } from 'zod/v4';

/*
 * The least an activity must carry for the bot to answer it. Anything else gets a 400 naming the problem,
 * before botbuilder sees it (botbuilder would throw deep inside the turn and answer 500).
 */

const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

const activitySchema = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  text: z.string().optional(),
  channelId: z.string().min(1).max(128),
  serviceUrl: z.string().min(1).max(2048),
  conversation: account,
  from: account,
  recipient: account.optional(),
  deliveryMode: z.string().max(64).optional(),
}).passthrough();

export type CheckedActivity = z.infer<typeof activitySchema>;

export type ActivityCheck = { ok: true; activity: CheckedActivity } | { ok: false; message: string };

export function checkActivity(body: unknown): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The request body must be one Bot Framework activity (a JSON object).' };
  }
  const parsed = activitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'activity'}: ${issue.message}`);
  return { ok: false, message: `Malformed activity: ${problems.join('; ')}.` };
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
