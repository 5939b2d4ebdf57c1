import { Activity as SdkActivity } from '@microsoft/agents-activity';
import { toWire, wireBody, withoutEmptyFields } from '../../../bot/host/agents/wireActivity';

/**
 * The Agents SDK host's conversions at its edge copy only what they change (a deep copy per activity cost a few per
 * cent of a turn): the protocol's names come out, and neither the SDK's activity nor the request's body is changed.
 */
describe('Agents SDK activities at the host edge', () => {
  const sdkActivity = () => SdkActivity.fromObject({
    type: 'message', channelId: 'msteams', text: 'Step 2 of 6', conversation: { id: 'c1' }, from: { id: 'bot' },
    relatesTo: { agent: { id: 'bot' }, conversation: { id: 'c1' }, channelId: 'msteams', serviceUrl: 'http://x' },
    suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Next', value: 'next' }] },
  });

  it('gives the protocol names (channelId, relatesTo.bot) and leaves the SDK activity as it was', () => {
    const activity = sdkActivity();
    const wire = toWire(activity) as Record<string, unknown>;
    expect(wire).toMatchObject({ channelId: 'msteams', text: 'Step 2 of 6', relatesTo: { bot: { id: 'bot' } } });
    expect(wire).not.toHaveProperty('_channelId');
    expect(wire.relatesTo).not.toHaveProperty('agent');
    expect(activity.channelId).toBe('msteams');
    expect(activity.relatesTo).toMatchObject({ agent: { id: 'bot' } });
    expect(activity.relatesTo).not.toHaveProperty('bot');
  });

  it('converts every activity of an expectReplies answer, and leaves any other body alone', () => {
    const body = wireBody({ activities: [sdkActivity()] }) as { activities: Record<string, unknown>[] };
    expect(body.activities[0]).toMatchObject({ channelId: 'msteams' });
    expect(JSON.stringify(body)).not.toContain('_channelId');
    expect(wireBody({ status: 200 })).toEqual({ status: 200 });
  });

  it('drops empty optional strings from a copy, keeping an empty text, and never changes the request body', () => {
    const body = {
      type: 'message', text: '', locale: '', from: { id: 'u', name: '' }, conversation: { id: 'c', name: '' },
      membersAdded: [{ id: 'm', role: '' }],
    };
    const before = JSON.stringify(body);
    expect(withoutEmptyFields(body)).toEqual({ type: 'message', text: '', from: { id: 'u' }, conversation: { id: 'c' }, membersAdded: [{ id: 'm' }] });
    expect(JSON.stringify(body)).toBe(before);
    const clean = { type: 'message', text: 'hi', from: { id: 'u' } };
    expect(withoutEmptyFields(clean)).toEqual(clean);
    expect(withoutEmptyFields(clean)).not.toBe(clean);
  });
});
