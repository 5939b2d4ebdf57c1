import { z } from 'zod';

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
 * Without Bot Framework credentials, botbuilder would post replies to whatever serviceUrl an activity names:
 * a request-forgery hole on an exposed host. So in local mode only expectReplies or a loopback serviceUrl pass.
 */
export function isSafeLocalDelivery(activity: CheckedActivity): boolean {
  if (activity.deliveryMode === 'expectReplies') return true;
  try {
    const host = new URL(activity.serviceUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}
