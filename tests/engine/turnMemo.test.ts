import { TurnMemo, withinTurn } from '../../dialogs/engine/turnMemo';

/** A reader that counts how often it really reads. */
function counted() {
  const reads: string[] = [];
  return { reads, read: (text: string) => { reads.push(text); return text.length; } };
}

describe('TurnMemo: a text read once per turn', () => {
  it('reads each text once inside a turn, and again in the next turn (nothing is kept from another message)', () => {
    const memo = new TurnMemo<number>();
    const { reads, read } = counted();
    withinTurn(() => {
      expect([memo.of('yes', read), memo.of('yes', read), memo.of('next', read)]).toEqual([3, 3, 4]);
    });
    withinTurn(() => memo.of('yes', read));
    expect(reads).toEqual(['yes', 'next', 'yes']);
  });

  it('keeps nothing outside a turn, nor after a turn that threw', () => {
    const memo = new TurnMemo<number>();
    const { reads, read } = counted();
    memo.of('yes', read);
    memo.of('yes', read);
    expect(() => withinTurn(() => { memo.of('help', read); throw new Error('turn failed'); })).toThrow('turn failed');
    memo.of('help', read);
    expect(reads).toEqual(['yes', 'yes', 'help', 'help']);
  });
});
