import path from 'node:path';
import { conversationFiles } from '../../conversations-eval/cli';
import { readConversations, type EvalConversation } from '../../conversations-eval/runner';
import { HOSTS } from '../../helpers/hosts';
import { startTestServer } from '../../helpers/testServer';

/**
 * The project's conversations (walkthrough, troubleshooting, understanding, handoff), typed over /api/messages to
 * the botbuilder host and to the Agents SDK host side by side, as Web Chat and as a Teams personal chat: every turn
 * must show the user exactly the same thing on both (text, cards, buttons, ratings, the handoff event). What the
 * replies should be is the conversation evaluation's job (tests/conversations.test.ts); this proves the hosts agree.
 */
type Server = Awaited<ReturnType<typeof startTestServer>>;

const CHANNELS = {
  webchat: { channelId: 'webchat' },
  msteams: { channelId: 'msteams', conversation: { conversationType: 'personal' } },
} as const;

/** What a user sees of a reply; ids, times and addressing differ by nature, ticket numbers and resume codes by chance. */
function visible(reply: Record<string, unknown>): string {
  const { type, name, text, textFormat, attachments, suggestedActions, entities, inputHint } = reply;
  return JSON.stringify({ type, name, text, textFormat, attachments, suggestedActions, entities, inputHint })
    // Links users keep carry a sealed token, new at every mint; masked first, since a token can hold "HD-" by chance.
    .replace(/\/keep\/(\w+)\?t=[\w-]+/g, '/keep/$1?t=#')
    // A ticket number starts a word: a resume code's first half may end in "HD" by chance ("GNRHD-…").
    .replace(/\bHD-[A-Z0-9-]+/g, 'HD-#')
    // A code to continue later ("K7M4Q-9TXRB") is drawn at random on each host.
    .replace(/\b[A-Z2-9]{5}-[A-Z2-9]{5}\b/g, '#####-#####')
    .replace(/"(ticketId|key|id)":"[^"]*"/g, '"$1":"#"');
}

async function turn(server: Server, channel: keyof typeof CHANNELS, conversationId: string, text: string): Promise<string[]> {
  const { conversation, ...extra } = CHANNELS[channel] as { channelId: string; conversation?: object };
  const replies = await server.say(conversationId, text, { ...extra, conversation: { id: conversationId, ...conversation } });
  return replies.map((reply) => visible(reply as Record<string, unknown>));
}

const conversations: EvalConversation[] = conversationFiles([path.join(__dirname, '../../conversations')]).flatMap(readConversations);

describe('botbuilder and Agents SDK hosts show users the same conversation', () => {
  const servers = new Map<string, Server>();
  beforeAll(async () => {
    // Every conversation is played as fast as the machine goes: the rate limits are not under test here.
    const unlimited = { RATE_LIMIT_CONVERSATION_BURST: '100000', RATE_LIMIT_CONVERSATION_PER_SECOND: '100000' };
    for (const sdk of HOSTS) servers.set(sdk, await startTestServer({ BOT_SDK: sdk, ...unlimited }));
  }, 120_000);
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
  });

  it.each(Object.keys(CHANNELS) as (keyof typeof CHANNELS)[])('%s: every turn of every project conversation', async (channel) => {
    let handoffEvents = 0;
    for (const conversation of conversations) {
      const conversationId = `${channel}-${conversation.id}`;
      for (const { user } of conversation.turns) {
        const [botbuilder, agents] = await Promise.all(HOSTS.map((sdk) => turn(servers.get(sdk)!, channel, conversationId, user)));
        expect(botbuilder.length).toBeGreaterThan(0);
        expect({ conversation: conversation.id, user, replies: agents }).toEqual({ conversation: conversation.id, user, replies: botbuilder });
        handoffEvents += agents.filter((reply) => reply.includes('"name":"handoff.initiate"')).length;
      }
    }
    expect(conversations.length).toBeGreaterThan(10);
    // The handoff conversations open tickets: the handoff event reached the channel on both hosts.
    expect(handoffEvents).toBeGreaterThan(0);
    // A guard against a hung host, not a speed check: the time grows with the project conversations (3,851 turns, four
    // HTTP requests each, at stop 47) and with the machine's load (379 s under load 25 on two cores).
  }, 900_000);
});
