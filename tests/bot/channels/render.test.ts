import type { Activity } from '../../../bot/platform/activity';
import { channelProfile, renderReplies, replyMarkdown } from '../../../bot/channels/render/render';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../../../bot/channels/render/renderCard';
import { escapeMarkdown, linkedMarkdown, paragraphs, plainText, safeMarkdown } from '../../../bot/channels/render/renderText';
import type { Reply } from '../../../dialogs/engine/replies';
import { content } from '../../helpers/engineHarness';

// The engine labels every reply with the words of its language's content (responses.yaml `labels`).
const { labels } = content().responses;
const step: Reply = {
  labels,
  step: { number: 2, total: 6 },
  title: 'Log in',
  text: 'Log on with your **own** account.\nThen go to https://ecf.example.uscourts.gov.',
  warning: 'Do not use a shared account.',
  tip: 'Cookies must be on.',
};
const question: Reply = { text: 'Do you e-file there?' };
const buttons = ['Yes', 'No'];

function cardOf(activity: Partial<Activity>): AdaptiveCard {
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
  return attachment!.content as AdaptiveCard;
}
const texts = (card: AdaptiveCard): string => JSON.stringify(card.body);

describe('channel profiles', () => {
  it.each([
    ['webchat', 'cards'], ['directline', 'cards'], ['emulator', 'cards'], ['msteams', 'teams'],
    ['sms', 'plain'], ['test', 'markdown'], [undefined, 'markdown'],
  ])('%s -> %s', (channelId, profile) => expect(channelProfile(channelId)).toBe(profile));
});

describe('Web Chat / Direct Line rendering', () => {
  const [card, text] = renderReplies([step, question], buttons, 'directline');

  it('renders a step as an Adaptive Card: step n of m, title, text, warning, tip', () => {
    const body = texts(cardOf(card!));
    expect(body).toContain('Step 2 of 6');
    expect(body).toContain('Log in');
    expect(body).toContain('Important');
    expect(body).toContain('Do not use a shared account.');
    expect(body).toContain('Cookies must be on.');
    expect(cardOf(card!).version).toBe('1.5');
    expect(cardOf(card!).fallbackText).toContain('Step 2 of 6: Log in');
    expect(card!.summary).toBe('Step 2 of 6: Log in');
  });

  it('turns bare URLs into links, and keeps the sentence full stop outside', () => {
    expect(texts(cardOf(card!))).toContain('[https://ecf.example.uscourts.gov](https://ecf.example.uscourts.gov).');
  });

  it('renders a plain reply as Markdown text, with the buttons as suggested actions (imBack)', () => {
    expect(text!.text).toBe('Do you e-file there?');
    expect(text!.suggestedActions?.actions).toEqual([
      { type: 'imBack', title: 'Yes', value: 'Yes' }, { type: 'imBack', title: 'No', value: 'No' },
    ]);
    expect(card!.suggestedActions).toBeUndefined();
  });
});

describe('Teams rendering', () => {
  it('puts the buttons on the last card as Action.Submit (Teams shows no suggested actions)', () => {
    const activities = renderReplies([step], buttons, 'msteams');
    const card = cardOf(activities[0]!);
    expect(activities[0]!.suggestedActions).toBeUndefined();
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Yes', data: { text: 'Yes', msteams: { type: 'messageBack', text: 'Yes', displayText: 'Yes' } } },
      { type: 'Action.Submit', title: 'No', data: { text: 'No', msteams: { type: 'messageBack', text: 'No', displayText: 'No' } } },
    ]);
  });

  it('makes a text card when the last reply is plain text and has buttons; earlier text stays text', () => {
    const activities = renderReplies([question, question], buttons, 'msteams');
    expect(activities[0]!.text).toBe('Do you e-file there?');
    expect(activities[0]!.attachments).toBeUndefined();
    const card = cardOf(activities[1]!);
    expect(texts(card)).toContain('Do you e-file there?');
    expect(card.actions).toHaveLength(2);
  });
});

describe('plain-text and Markdown fallbacks', () => {
  it('gives channels without cards the whole step as plain text', () => {
    const [activity] = renderReplies([step], buttons, 'sms');
    expect(activity!.textFormat).toBe('plain');
    expect(activity!.text).toContain('Step 2 of 6: Log in');
    expect(activity!.text).toContain('Log on with your own account.');
    expect(activity!.text).not.toContain('**');
    expect(activity!.attachments).toBeUndefined();
  });

  it('keeps the Markdown form for other channels', () => {
    expect(replyMarkdown(step)).toMatch(/^\*\*Step 2 of 6: Log in\*\*/);
    expect(replyMarkdown(step)).toContain('**⚠ Important:** Do not use a shared account.');
  });
});

describe('escaping', () => {
  const attack = '<img src=x onerror=alert(1)><script>alert(2)</script> **b** [x](javascript:alert(3))';

  it('never lets raw HTML or a javascript: link through, in any profile', () => {
    for (const channelId of ['directline', 'msteams', 'test', 'sms']) {
      const json = JSON.stringify(renderReplies([{ text: attack, title: attack }], buttons, channelId));
      expect(json).not.toMatch(/<img|<script/i);
      expect(json).not.toMatch(/\]\(javascript:/i);
    }
  });

  it('escapes text from outside the content so it shows literally', () => {
    expect(escapeMarkdown('**b** [x](y) <i>')).toBe('\\*\\*b\\*\\* \\[x\\]\\(y\\) &lt;i\\>');
    expect(safeMarkdown('a < b > c')).toBe('a &lt; b > c');
  });

  it('keeps safe links, drops unsafe ones, and reads well as plain text', () => {
    expect(linkedMarkdown('see [PACER](https://pacer.uscourts.gov) or [x](data:text/html,hi)')).toBe('see [PACER](https://pacer.uscourts.gov) or x');
    expect(plainText('**Utilities** then [PACER](https://pacer.uscourts.gov)')).toBe('Utilities then PACER (https://pacer.uscourts.gov)');
  });

  it('joins the author\'s wrapped lines but keeps paragraphs and list items', () => {
    expect(paragraphs('one\ntwo\n\nthree\n- a\n- b')).toEqual(['one two', 'three\n- a\n- b']);
  });
});
