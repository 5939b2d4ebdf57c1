import { DayDelta } from '../../dialogs/helpdesk/dayDelta';
import { emptyDay, lastDays, MAX_UNANSWERED, mergeDays } from '../../dialogs/helpdesk/dayStats';

/** The /desk report's daily counts: additive, so flushes of several instances merge by summing. */
describe('day statistics', () => {
  it('adds the counts of two instances for the same day', () => {
    const a = new DayDelta('2025-11-25');
    a.turns = 3;
    a.conversations = 2;
    a.topic('login_cookies');
    a.reachedStep(1);
    a.unansweredText('jury duty');
    const b = new DayDelta('2025-11-25');
    b.turns = 1;
    b.conversations = 1;
    b.topic('login_cookies');
    b.unansweredText('jury duty');
    b.unansweredText('parking');
    expect(mergeDays(a.toStats(), b.toStats())).toMatchObject({
      turns: 4, conversations: 3, topics: { login_cookies: 2 }, reached: { 1: 1 },
      unanswered: [{ text: 'jury duty', count: 2 }, { text: 'parking', count: 1 }], unansweredOverflow: 0,
    });
  });

  it('keeps the most frequent unanswered texts and counts the rest, so the stored day stays bounded', () => {
    const many = (from: number) => {
      const delta = new DayDelta('2025-11-25');
      for (let i = from; i < from + MAX_UNANSWERED; i += 1) delta.unansweredText(`question ${i}`);
      return delta.toStats();
    };
    const merged = mergeDays(many(0), many(MAX_UNANSWERED / 2));
    expect(merged.unanswered).toHaveLength(MAX_UNANSWERED);
    expect(merged.unanswered[0]!.count).toBe(2);
    const listed = merged.unanswered.reduce((sum, item) => sum + item.count, 0);
    expect(listed + merged.unansweredOverflow).toBe(2 * MAX_UNANSWERED);
    expect(mergeDays(emptyDay('2025-11-25'), merged)).toEqual(merged);
  });

  it('names the last days of a report period in UTC, oldest first', () => {
    expect(lastDays(new Date('2025-03-01T23:30:00Z'), 3)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
  });
});
