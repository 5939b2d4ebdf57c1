import { AnswerReader } from '../../dialogs/engine/answerReader';
import { ChoiceReader } from '../../dialogs/engine/choiceReader';
import { FactsTold } from '../../dialogs/engine/factsTold';
import { NodeQuestionMatcher } from '../../dialogs/engine/nodeQuestions';
import { INITIAL_STATE } from '../../dialogs/engine/state';
import { content } from '../helpers/engineHarness';
import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { bareForm } from '../../dialogs/engine/wordForms';

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

  it('keeps the facts an answer implies: a CM/ECF login for the court makes the user an e-filer there', () => {
    expect(told.noted(INITIAL_STATE, 'I still know my old ECF password').facts).toEqual(['knows_ecf_login', 'efiler']);
    expect(told.noted(INITIAL_STATE, 'the court is live').facts).toEqual(['court_live']);
  });

  it('reads no yes of the path in a clause that opens with a no or a not sure', () => {
    expect(facts('not sure i have my ecf login anymore')).toEqual({});
    expect(facts('no idea if it is upgraded')).toEqual({});
  });

  it('reads an account by its owner or its year, and a known CM/ECF login by meaning (content `when`)', () => {
    expect(facts('ED Virginia, live, own upgraded PACER from 2017')).toEqual({ check_live: 'court_live', check_upgraded: 'pacer_upgraded' });
    expect(facts('individual pacer, registered 2019')).toEqual({ check_upgraded: 'pacer_upgraded' });
    expect(facts('the pacer account is my personal one')).toEqual({ check_upgraded: 'pacer_upgraded' });
    expect(facts('got my pacer login back in 2012')).toEqual({ check_upgraded: "It's older than August 2014" });
    expect(facts('my pacer is my own and was upgraded when I created it in 2019')).toEqual({ check_upgraded: 'pacer_upgraded' });
    expect(facts('i know my ecf user and pass')).toEqual({ check_ecf_login: 'knows_ecf_login' });
    expect(facts('ecf creds are in my notes')).toEqual({ check_ecf_login: 'knows_ecf_login' });
  });

  it('reads no owner or login that is negated, and no year that fits both sides of the cut-off', () => {
    expect(facts("it's not my own account, it's the firm's")).toEqual({});
    expect(facts("i don't remember my ecf password")).toEqual({});
    expect(facts('my own pacer from 2014')).toEqual({});
  });

  it('reads nothing about a question when the message states two of its answers', () => {
    expect(facts('I forgot my old ECF login').check_ecf_login).toBe('No, I forgot them');
    expect(facts('I have my old ECF login but forgot the password').check_ecf_login).toBeUndefined();
  });

  it('reads the words said by meaning in their bare forms: plural, gender and accents aside, never a shorter word', () => {
    expect(bareForm('anotadas')).toBe(bareForm('anotado'));
    expect(bareForm('mío')).toBe(bareForm('mia'));
    expect(bareForm('mio')).not.toBe(bareForm('mi'));
    const spanish = loadLocalizedContent(undefined, 'warn').byLocale.get('es')!;
    const spanishAnswers = new AnswerReader(spanish.responses.answers);
    const es = new FactsTold(spanish, spanishAnswers, new ChoiceReader(spanishAnswers, new NodeQuestionMatcher()));
    const factsEs = (text: string) => [...es.read(text).values()].map((choice) => choice.fact);
    expect(factsEs('tengo anotadas mis credenciales de cmecf')).toEqual(['knows_ecf_login']);
    expect(factsEs('ella se sabe su usuario de ecf')).toEqual(['knows_ecf_login']);
    expect(factsEs('no me acuerdo de mi password de ecf')).toEqual([]);
  });
});

describe('the court live and the login known, in words that point back or name where they are kept (issue 17, round 29)', () => {
  it('reads a phrase that points back when its other words name what the question asks about', () => {
    expect(facts("yes it's on nextgen").check_live).toBe('court_live');
    expect(facts('their site says nextgen is up').check_live).toBe('court_live');
    expect(facts('ecf username + password are in my notebook').check_ecf_login).toBe('knows_ecf_login');
    expect(facts('CM/ECF credentials handy').check_ecf_login).toBe('knows_ecf_login');
    expect(facts('i know them')).toEqual({});
    expect(facts('i have it')).toEqual({});
    const spanish = loadLocalizedContent(undefined, 'warn').byLocale.get('es')!;
    const spanishAnswers = new AnswerReader(spanish.responses.answers);
    const es = new FactsTold(spanish, spanishAnswers, new ChoiceReader(spanishAnswers, new NodeQuestionMatcher()));
    const factsEs = (text: string) => [...es.read(text).values()].map((choice) => choice.fact);
    expect(factsEs('la corte esta en nextgen')).toEqual(['court_live']);
    expect(factsEs('me se todo lo del ecf')).toEqual(['knows_ecf_login']);
    expect(factsEs('me lo se')).toEqual([]);
  });
});
