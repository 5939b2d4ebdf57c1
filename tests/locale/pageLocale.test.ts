import { startTestServer } from '../helpers/testServer';
import { spanishFixture } from './fixtures/spanishOverlay';

/**
 * The help page's language travels with its token request to the conversation's start, so that the bot's first
 * welcome is in it (`?lang=es` opens the page in Spanish: no English welcome first). HTTP level, built-in Direct Line.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let remove: () => void;
beforeAll(async () => {
  const fixture = spanishFixture();
  remove = () => fixture.remove();
  server = await startTestServer({ CONTENT_DIR: fixture.dir });
});
afterAll(async () => {
  await server.close();
  remove();
});

async function firstWelcome(body?: unknown): Promise<string[]> {
  const init = body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const session = (await (await fetch(`${server.url}/api/directline/token`, { method: 'POST', ...init })).json()) as { token: string; conversationId: string; domain: string };
  const authorization = { authorization: `Bearer ${session.token}` };
  expect((await fetch(`${server.url}${session.domain}/conversations`, { method: 'POST', headers: authorization })).status).toBe(201);
  const set = (await (await fetch(`${server.url}${session.domain}/conversations/${session.conversationId}/activities`, { headers: authorization })).json()) as { activities: { type: string; text?: string }[] };
  return set.activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
}

describe('the page\'s language reaches the first welcome', () => {
  it('{"locale": "es-ES"} starts the conversation with the Spanish welcome, and no English one', async () => {
    const said = await firstWelcome({ locale: 'es-ES' });
    expect(said.join('\n')).toMatch(/Le ayudo a vincular su cuenta/);
    expect(said.join('\n')).not.toMatch(/Hello|link your CM\/ECF/);
  });

  it('without a locale, or with one the bot does not speak or a malformed one, the welcome is English', async () => {
    for (const body of [undefined, {}, { locale: 'fr-FR' }, { locale: '<script>' }, { locale: 42 }]) {
      expect((await firstWelcome(body)).join('\n')).toMatch(/link your CM\/ECF e-filing account/);
    }
  });
});
