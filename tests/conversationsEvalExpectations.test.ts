import { failures } from './conversations-eval/expectations';
import type { TurnObservation } from './conversations-eval/observe';

const seen: TurnObservation = {
  kinds: ['answer'], topic: 'login_cookies', questions: 0, questionIsLast: true, buttons: 0, words: 12,
  text: 'Turn on cookies for pacer.uscourts.gov (then press F5 to refresh).', keptPlace: true, offeredPerson: false,
  ticket: false, leakedSecret: false, action: 'answer',
};

describe('conversation expectations: says / not_says', () => {
  it('reads a lone regex as one pattern, as a one-item list is read', () => {
    expect(failures({ says: 'F5|refresh' }, seen)).toEqual([]);
    expect(failures({ says: '\\(then press' }, seen)).toEqual([]);
    expect(failures({ says: 'Utilities' }, seen)).toEqual(['says: /Utilities/ not found']);
    expect(failures({ not_says: 'cookies? for' }, seen)).toEqual(['not_says: /cookies? for/ found']);
    expect(failures({ says: ['cookie', 'Utilities'] }, seen)).toEqual(['says: /Utilities/ not found']);
  });
});
