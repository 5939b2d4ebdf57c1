import { allText, buttonsOf, startTestServer } from '../../helpers/testServer';
import { HOSTS } from '../../helpers/hosts';
import { yesTo } from '../../helpers/chat';

describe.each(HOSTS)('%s host', (sdk) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => { server = await startTestServer({ BOT_SDK: sdk }); });
  afterAll(async () => { await server.close(); });

  /** Typed answers to the prerequisite questions until the first step shows. */
  async function walkToStep1(conversationId: string): Promise<string> {
    let text = allText(await server.say(conversationId, 'how do I link my CM/ECF account to PACER'));
    for (let i = 0; i < 5 && !text.includes('Step 1 of 6'); i += 1) text = allText(await server.say(conversationId, yesTo(text)));
    return text;
  }

  describe('HTTP', () => {
    it('answers /healthz with 200 once ready', async () => {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
    });

    it('walks the whole procedure over /api/messages with expectReplies', async () => {
      expect(await walkToStep1('walk')).toMatch(/Step 1 of 6[\s\S]*Document Filing System/);
      expect(allText(await server.say('walk', 'next'))).toMatch(/Step 2 of 6[\s\S]*individual[\s\S]*shared firm/);
      expect(allText(await server.say('walk', 'next'))).toMatch(/Step 3 of 6[\s\S]*Utilities/);
      expect(allText(await server.say('walk', 'back'))).toContain('Step 2 of 6');
      expect(allText(await server.say('walk', 'repeat'))).toContain('Step 2 of 6');
      for (const step of [3, 4, 5]) expect(allText(await server.say('walk', 'next'))).toContain(`Step ${step} of 6`);
      expect(allText(await server.say('walk', 'next'))).toMatch(/Step 6 of 6[\s\S]*F5/);
    });

    it('keeps two conversations at separate positions', async () => {
      await walkToStep1('alice');
      await walkToStep1('bob');
      await server.say('alice', 'next');
      await server.say('alice', 'next');
      expect(allText(await server.say('bob', 'next'))).toContain('Step 2 of 6');
      expect(allText(await server.say('alice', 'next'))).toContain('Step 4 of 6');
    });

    it('welcomes a user who joins, with a button that starts the walkthrough', async () => {
      const replies = await server.say('joined', '', {
        type: 'conversationUpdate', text: undefined,
        membersAdded: [{ id: 'user-joined' }], recipient: { id: 'bot' },
      });
      expect(allText(replies)).toMatch(/link your CM\/ECF e-filing account/);
      const [button] = buttonsOf(replies);
      expect(allText(await server.say('joined', button!))).toMatch(/e-file/);
    });
  });
});
