import { groupSimilar } from '../../dialogs/helpdesk/textGroups';

/** The /desk report's grouping of the questions the bot could not answer. */
describe('grouping unanswered questions', () => {
  it('puts differently worded questions about the same thing together, most frequent first', () => {
    const groups = groupSimilar([
      { text: 'how do I postpone jury duty', count: 3 },
      { text: 'can I postpone my jury duty summons', count: 1 },
      { text: 'why was my PACER bill so high', count: 2 },
      { text: 'PACER bill too high, why?', count: 1 },
      { text: 'where do I park at the courthouse', count: 1 },
    ]);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['how do I postpone jury duty', 4], ['why was my PACER bill so high', 3], ['where do I park at the courthouse', 1],
    ]);
  });
});
