import type { Activity } from '../../../bot/platform/activity';
import WebSocket from 'ws';
import { eventually } from '../../helpers/eventually';
import { startTestServer } from '../../helpers/testServer';
import { HOSTS } from '../../helpers/hosts';

/**
 * The unmodified botframework-directlinejs client (what Web Chat uses), run in node against the built-in
 * Direct Line: by polling (webSocket: false) and by WebSocket streaming (the `ws` package stands in for the
 * browser's WebSocket). Node has no XMLHttpRequest, which the client's RxJS ajax needs: xhr2 provides it.
 */
const globals = globalThis as { XMLHttpRequest?: unknown; WebSocket?: unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
globals.XMLHttpRequest = require('xhr2');
globals.WebSocket = WebSocket;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

type Client = InstanceType<typeof DirectLine>;
interface Started { conversationId: string; token: string }

describe.each(HOSTS)('%s host', (sdk) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ BOT_SDK: sdk }); });
  afterAll(async () => { await server.close(); });

  async function newToken(): Promise<Started> {
    const response = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' });
    return (await response.json()) as Started;
  }

  function collect(client: Client): Partial<Activity>[] {
    const seen: Partial<Activity>[] = [];
    // end() ends the stream with an error ("conversation ended"): expected, so handled.
    client.activity$.subscribe((activity) => seen.push(activity as Partial<Activity>), () => undefined);
    return seen;
  }

  function post(client: Client, text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      client.postActivity({ type: 'message', from: { id: 'user-1', name: 'Pat' }, text } as never).subscribe(resolve, reject);
    });
  }

  async function converse(client: Client): Promise<Partial<Activity>[]> {
    const seen = collect(client);
    const id = await post(client, 'how do I link my account');
    expect(id).toMatch(/\|\d{7}$/);
    // The turn's replies are separate activities and a poll can return before the last one is stored: wait for the
    // first step's question (the end of the turn), not just for the first reply.
    await eventually(() => seen.some((a) => a.replyToId === id && /do you e-file/i.test(a.text ?? '')));
    expect(seen.find((a) => a.id === id)).toMatchObject({ text: 'how do I link my account', from: { role: 'user' } });
    return seen;
  }

  describe('botframework-directlinejs against the built-in Direct Line', () => {
    it.each([
      ['starts a conversation, posts and receives replies by polling (webSocket: false)', { webSocket: false, pollingInterval: 200 }],
      ['does the same over a WebSocket stream', { webSocket: true }],
    ])('%s', async (_name, transport) => {
      const { token } = await newToken();
      const client = new DirectLine({ token, domain: `${server.url}/v3/directline`, ...transport });
      try {
        const seen = await converse(client);
        expect(JSON.stringify(seen)).toMatch(/do you e-file/i);
      } finally {
        client.end();
      }
    });

    it('a second client cannot read the first conversation with its own token', async () => {
      const first = await newToken();
      const owner = new DirectLine({ token: first.token, domain: `${server.url}/v3/directline`, webSocket: false, pollingInterval: 200 });
      const ownerSeen = await converse(owner);
      owner.end();
      expect(ownerSeen.length).toBeGreaterThan(1);

      const other = await newToken();
      const intruder = new DirectLine({
        token: other.token, conversationId: first.conversationId, domain: `${server.url}/v3/directline`, webSocket: false, pollingInterval: 200,
      });
      const statuses: number[] = [];
      intruder.connectionStatus$.subscribe((status) => statuses.push(status));
      const stolen = collect(intruder);
      try {
        await eventually(() => statuses.includes(ConnectionStatus.ExpiredToken) || statuses.includes(ConnectionStatus.FailedToConnect));
        expect(stolen).toEqual([]);
        const direct = await fetch(`${server.url}/v3/directline/conversations/${first.conversationId}/activities`, {
          headers: { authorization: `Bearer ${other.token}` },
        });
        expect(direct.status).toBe(403);
      } finally {
        intruder.end();
      }
    });
  });
});
