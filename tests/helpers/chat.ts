import { createServer, type AddressInfo } from 'node:net';
import { postMessage } from './postMessage';

export type Say = (conversationId: string, text: string) => Promise<string>;

/** One message to /api/messages with deliveryMode expectReplies; the replies' text, joined. Anything but 200 throws. */
export async function say(url: string, conversationId: string, text: string): Promise<string> {
  const activities = await postMessage(url, conversationId, text);
  return activities.map((activity) => activity.text ?? '').join('\n\n');
}

export const stepOf = (text: string): number | undefined => {
  const match = /Step (\d) of 6/.exec(text);
  return match ? Number(match[1]) : undefined;
};

/** What a user who says yes to every question types: the court question has no yes, so "My court isn't listed". */
export const yesTo = (text: string): string => (/Which court is this for\?/.test(text) ? "My court isn't listed" : 'yes');

/** From a fresh conversation to step 1: the opening question, then "yes" to each prerequisite. */
export async function walkToStep1(send: (text: string) => Promise<string>): Promise<void> {
  let text = await send('how do I link my CM/ECF account to PACER');
  for (let i = 0; i < 6 && stepOf(text) !== 1; i += 1) text = await send(yesTo(text));
  if (stepOf(text) !== 1) throw new Error(`never reached step 1; last reply: ${text}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
