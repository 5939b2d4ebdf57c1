import { accountStates } from '../../dialogs/nlu/accountStates';
import { words } from '../../dialogs/nlu/textFeatures';

const states = (text: string): string[] => accountStates(words(text));

describe('accountStates', () => {
  it('ties each lost or fine word to the account named nearest to it, with the part of the login named', () => {
    expect(states('my PACER password works, it is the ECF password I cannot recall')).toEqual(['fine pacer password', 'lost ecf password']);
    expect(states('ECF password forgotten, PACER password is ok')).toEqual(['lost ecf password', 'fine pacer password']);
    expect(states('PACER is fine but I lost the e-filing one')).toEqual(['fine pacer', 'lost ecf']);
    expect(states('forgot my cm/ecf user name')).toEqual(['lost ecf name']);
  });

  it('reads a fine word after a negation as lost', () => {
    expect(states("I don't remember my PACER password")).toEqual(['lost pacer password']);
  });

  it('says nothing without an account or a state word', () => {
    expect(states('where do I type my password')).toEqual([]);
    expect(states('how do I link my PACER account')).toEqual([]);
  });
});
