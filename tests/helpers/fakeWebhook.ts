import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandoffSummary } from '../../dialogs/engine/replies';

export interface ReceivedPost {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}

/** A webhook receiver on loopback that answers with the scripted statuses in turn (then 200) and records every post. */
export async function startFakeWebhook(statuses: number[] = []) {
  const received: ReceivedPost[] = [];
  const script = [...statuses];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      const status = script.shift() ?? 200;
      received.push({ path: req.url ?? '', headers: req.headers, body, status });
      // Two calls: restify patches ServerResponse, and its writeHead does not return the response.
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status < 300 ? 'ok' : 'down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Posts answered with 2xx, parsed. */
    delivered: () => received.filter((post) => post.status < 300).map((post) => JSON.parse(post.body) as Record<string, unknown>),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const SAMPLE_SUMMARY: HandoffSummary = {
  reason: 'asked',
  court: 'U.S. Bankruptcy Court, Northern District of New York',
  courtId: 'nynb',
  whereInProcedure: 'Walkthrough step 3 of 6: Open the linking page',
  tried: ['Read the answer on "I can\'t find the link under Utilities"'],
  topics: [{ intent: 'missing_utilities_link', score: 0.81 }],
  userWords: ['no link under utilities', '[click me](https://evil.example) <b>bold</b>'],
  contact: 'jane.doe@firm.com',
  suggestedReply: 'On the Utilities page, look for Link a CM/ECF account to my PACER account.',
};

