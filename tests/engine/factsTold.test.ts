import { AnswerReader } from '../../dialogs/engine/answerReader';
import { ChoiceReader } from '../../dialogs/engine/choiceReader';
import { FactsTold } from '../../dialogs/engine/factsTold';
import { NodeQuestionMatcher } from '../../dialogs/engine/nodeQuestions';
import { content } from '../helpers/engineHarness';

const answers = new AnswerReader(content().responses.answers);
const choices = new ChoiceReader(answers, new NodeQuestionMatcher());
const told = new FactsTold(content(), answers, choices);
const facts = (text: string) => Object.fromEntries([...told.read(text)].map(([node, choice]) => [node, choice.fact ?? choice.label]));

describe('facts told before they are asked', () => {
  it('reads every prerequisite a message states, in the questions\' own words and dates', () => {
    expect(facts('The court is live now, my PACER account was created in 2016, and I still have my CM/ECF login.')).toEqual({
      check_efiler: 'efiler', check_live: 'court_live', check_upgraded: 'pacer_upgraded', check_ecf_login: 'knows_ecf_login',
    });
  });

  it('takes a year for the account only where the clause names what was made', () => {
    expect(facts('my own account was set up back in 2010')).toEqual({ check_upgraded: "It's older than August 2014" });
    expect(facts("I've been filing there since 2005")).toEqual({});
  });

  it('never reads a bare yes, a negated phrase or a question as a fact', () => {
    expect(facts('yes')).toEqual({});
    expect(facts("it's not live yet")).toEqual({ check_live: 'Not yet' });
    expect(facts("I don't have my ecf login")).toEqual({});
    expect(facts('is the court live?')).toEqual({});
  });

  it('reads nothing about a question when the message states two of its answers', () => {
    expect(facts('I forgot my old ECF login').check_ecf_login).toBe('No, I forgot them');
    expect(facts('I have my old ECF login but forgot the password').check_ecf_login).toBeUndefined();
  });
});
