import { stepOf, yesTo } from './chat';
import { allText, buttonsOf, startTestServer, type BotReply } from './testServer';

type Server = Awaited<ReturnType<typeof startTestServer>>;
export const WEBCHAT = { channelId: 'webchat' };

/**
 * Questions on one theme the content does not cover (ordering a hearing's transcript). Changing where court notices
 * are e-mailed was the theme until round 22's content answered it (PACER FAQ: Manage My Account).
 */
export const NEW_THEME = [
  'how do I order a transcript of my hearing',
  'how can I order the transcript of a hearing',
  'I want to order a hearing transcript',
  'order a court transcript of the hearing',
];

interface Rated { readonly '@type': string; readonly '@id': string }

/** The thumbs Web Chat would show on a reply (its schema.org Message entity), if any. */
export function thumbsOf(replies: readonly BotReply[]): Rated[] {
  const entities = replies.flatMap((reply) => (reply as { entities?: { potentialAction?: Rated[] }[] }).entities ?? []);
  return entities.flatMap((entity) => entity.potentialAction ?? []);
}

/** Presses a thumb the way Web Chat does: an event named webchat:activity-status/feedback carrying the action. */
export async function pressThumb(server: Server, conversation: string, replies: readonly BotReply[], type: 'LikeAction' | 'DislikeAction'): Promise<string> {
  const action = thumbsOf(replies).find((candidate) => candidate['@type'] === type);
  if (!action) throw new Error(`no ${type} on the reply`);
  await server.say(conversation, '', { ...WEBCHAT, type: 'event', name: 'webchat:activity-status/feedback', entities: [action] });
  return action['@id'].replace(/^helpbot-answer:/, '');
}

export async function walkToStep(server: Server, conversation: string, step: number): Promise<void> {
  let text = allText(await server.say(conversation, 'how do I link my CM/ECF account to PACER'));
  for (let i = 0; i < 12 && stepOf(text) !== step; i += 1) text = allText(await server.say(conversation, stepOf(text) ? 'next' : yesTo(text)));
  if (stepOf(text) !== step) throw new Error(`never reached step ${step}; last reply: ${text}`);
}

/**
 * One day at the help desk, ten conversations: answered and rated helpful, rated not helpful (with what was wrong),
 * handed to a person, left at step 3, four unanswered questions on one new theme, answered and left without a sign,
 * and the walkthrough followed to its last step.
 */
export async function scriptedDay(server: Server): Promise<void> {
  const cookies = await server.say('day-helpful', 'the login page keeps coming back', WEBCHAT);
  await pressThumb(server, 'day-helpful', cookies, 'LikeAction');
  const password = await server.say('day-not-helpful', 'I forgot my PACER password', WEBCHAT);
  const answer = await pressThumb(server, 'day-not-helpful', password, 'DislikeAction');
  await server.say('day-not-helpful', '', { ...WEBCHAT, type: 'event', name: 'helpbot/answer-comment',
    value: { answer, comment: 'The reset page never sent me anything. My password is Tr0ub4dor&3 btw' } });
  await server.say('day-handoff', 'recommend a good italian restaurant downtown');
  const offer = await server.say('day-handoff', 'who won the game last night');
  const accept = buttonsOf(offer).find((label) => /person/i.test(label));
  if (!accept) throw new Error('no handoff offer after two misses');
  const noContact = buttonsOf(await server.say('day-handoff', accept))[0]!;
  await server.say('day-handoff', noContact);
  await walkToStep(server, 'day-left-at-3', 3);
  for (const [index, question] of NEW_THEME.entries()) await server.say(`day-theme-${index}`, question, WEBCHAT);
  await server.say('day-answered-left', 'what does NextGen mean', WEBCHAT);
  await walkToStep(server, 'day-finished', 6);
}
