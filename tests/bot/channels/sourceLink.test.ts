import { renderReplies } from '../../../bot/channels/render/render';
import type { Reply } from '../../../dialogs/engine/replies';
import { content } from '../../helpers/engineHarness';

const source = { label: 'pacer.uscourts.gov', url: 'https://pacer.uscourts.gov/help/faqs/find-a-case' };
const { labels } = content().responses;
const plainAnswer: Reply = { text: 'Call the PACER Service Center.', source, labels };
const cardAnswer: Reply = { text: 'Click **Utilities**.', title: 'Open the linking page', step: { number: 3, total: 6 }, source, labels };

const json = (value: unknown) => JSON.stringify(value);

describe('the source of each answer, shown to the user', () => {
  it('is a "Source" link on Web Chat cards and in its Markdown messages', () => {
    const [card] = renderReplies([cardAnswer], [], 'webchat');
    expect(json(card!.attachments![0]!.content)).toContain('Source: [pacer.uscourts.gov](https://pacer.uscourts.gov/help/faqs/find-a-case)');
    const [text] = renderReplies([plainAnswer], [], 'webchat');
    expect(text!.text).toContain('Source: [pacer.uscourts.gov](https://pacer.uscourts.gov/help/faqs/find-a-case)');
  });

  it('is on Teams cards too, and plain text where no cards or Markdown are shown', () => {
    const [teams] = renderReplies([cardAnswer], ['Next step'], 'msteams');
    expect(json(teams!.attachments![0]!.content)).toContain('Source: [pacer.uscourts.gov]');
    const [sms] = renderReplies([plainAnswer], [], 'sms');
    expect(sms!.text).toContain('Source: pacer.uscourts.gov (https://pacer.uscourts.gov/help/faqs/find-a-case)');
  });

  it('is shown once under several replies in a row from the same source', () => {
    const activities = renderReplies([plainAnswer, { text: 'And then this.', source, labels }], [], 'markdown');
    expect(activities.map((activity) => (activity.text ?? '').includes('Source:'))).toEqual([false, true]);
  });

  it('is absent from the bot\'s own messages, which have no source', () => {
    const [message] = renderReplies([{ text: 'Is there anything else I can help you with?' }], [], 'webchat');
    expect(message!.text).not.toContain('Source');
  });
});
