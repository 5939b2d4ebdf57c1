import { AnswerReader } from '../../dialogs/engine/answerReader';
import { ChoiceReader } from '../../dialogs/engine/choiceReader';
import { NodeQuestionMatcher } from '../../dialogs/engine/nodeQuestions';
import type { Choice, FlowNode } from '../../dialogs/content/types';
import { oneSlipFrom } from '../../dialogs/engine/commandReader';
import { saysAny } from '../../dialogs/engine/textMatch';
import { content } from '../helpers/engineHarness';

const answers = new AnswerReader(content().responses.answers);
const node = (id: string): FlowNode => content().procedure.flow.nodes.get(id)!;

describe('answer reader', () => {
  it.each([
    ['yes', 'yes'], ['yeah i think so', 'yes'], ['Yep!', 'yes'], ['ok yes', 'yes'], ['sure thing', 'yes'],
    ['no', 'no'], ['not really', 'no'], ["I don't think so", 'no'], ['nope, not yet', 'no'],
    ['no idea', 'unsure'], ["i'm not sure", 'unsure'], ['dunno', 'unsure'],
  ])('reads "%s" as %s', (text, polarity) => {
    expect(answers.polarity(text)?.polarity).toBe(polarity);
  });

  it('does not read a negated statement as yes', () => {
    expect(answers.polarity('i have no pacer account')).toBeUndefined();
    expect(answers.polarity('the login page keeps coming back')).toBeUndefined();
  });

  it('reads positions among the buttons, and nothing beyond them', () => {
    expect(answers.position('2', 3)).toBe(1);
    expect(answers.position('the second one', 3)).toBe(1);
    expect(answers.position('option 3', 3)).toBe(2);
    expect(answers.position('the last one', 4)).toBe(3);
    expect(answers.position('5', 3)).toBeUndefined();
    expect(answers.position('i made it in 2019', 3)).toBeUndefined();
  });

  it('reads dates as spans of months', () => {
    expect(answers.dateSpan('i made it in 2019')).toEqual({ first: 2019 * 12, last: 2019 * 12 + 11 });
    expect(answers.dateSpan('march 2012')).toEqual({ first: 2012 * 12 + 2, last: 2012 * 12 + 2 });
    expect(answers.dateSpan('sometime before 2010')!.last).toBe(2010 * 12 - 1);
    expect(answers.dateSpan('no date here')).toBeUndefined();
  });

  it('tells a question from an answer', () => {
    expect(answers.isQuestion('ok where is utilities')).toBe(true);
    expect(answers.isQuestion('how do i check that')).toBe(true);
    expect(answers.isQuestion('yes its live since last month')).toBe(false);
    expect(answers.isQuestion("ok we're on the link page")).toBe(false);
    expect(answers.isQuestion('after i register do i still link')).toBe(true);
    // A question word before a subject inside a sentence tells ("upgraded when I created it"), unless marked.
    expect(answers.isQuestion('my pacer was upgraded when I created it in 2019')).toBe(false);
    expect(answers.isQuestion("that's what i did already")).toBe(false);
    expect(answers.isQuestion('so when i log in which password do i use')).toBe(true);
    expect(answers.isQuestion('ok and when i get there?')).toBe(true);
    expect(answers.isQuestion('I do, I have them saved.')).toBe(false);
  });

  it('reads an asking phrase of several words only as a whole', () => {
    const spanish = new AnswerReader({ ...content().responses.answers, asking: ['qué', 'tengo que', 'se puede'] });
    expect(spanish.isQuestion('tengo que vincular otra vez')).toBe(true);
    expect(spanish.isQuestion('se puede hacer desde el celular')).toBe(true);
    expect(spanish.isQuestion('tengo una reunión')).toBe(false);
    expect(spanish.isQuestion('se me olvidó el usuario')).toBe(false);
  });

  it('reads a word that asks only with a question mark as a statement without one (a language that drops the subject)', () => {
    const spanish = new AnswerReader({ ...content().responses.answers, asking: ['qué'], askingIfMarked: ['está', 'es'] });
    expect(spanish.isQuestion('está en vivo')).toBe(false);
    expect(spanish.isQuestion('es individual y actualizada')).toBe(false);
    expect(spanish.isQuestion('¿está en vivo?')).toBe(true);
    expect(spanish.isQuestion('está en vivo?')).toBe(true);
  });

  it('reads a "what if" opening as a question whose "si" is no yes, after fillers too, and a plain "si, …" as a yes', () => {
    const spanish = new AnswerReader({ ...content().responses.answers, yes: ['si'], fillers: ['y', 'ok'], conditional: ['y si', 'qué pasa si'] });
    expect(spanish.isQuestion('y si me equivoqué de cuenta')).toBe(true);
    expect(spanish.polarity('ok y si me equivoqué de cuenta')).toBeUndefined();
    expect(spanish.isQuestion('qué pasa si no tengo cuenta')).toBe(true);
    expect(spanish.polarity('si, presento ahí')?.polarity).toBe('yes');
    expect(spanish.isQuestion('si, presento ahí')).toBe(false);
  });

  it('points back by a pointing phrase of several words only as a whole', () => {
    const spanish = new AnswerReader({ ...content().responses.answers, referring: ['eso', 'en vez'] });
    expect(spanish.refersBack('ya está en vivo')).toBe(false);
    expect(spanish.refersBack('y en vez de eso qué hago')).toBe(true);
    expect(spanish.refersBack('qué hago en vez')).toBe(true);
  });

  it('hears a problem that remains, and not in a polite no', () => {
    expect(answers.saysStuck('nope, still the same')).toBe(true);
    expect(answers.saysStuck("that didn't work")).toBe(true);
    expect(answers.saysStuck('no thanks')).toBe(false);
    expect(answers.saysStuck("no, that's all")).toBe(false);
  });

  it('reads a polite request without its opening', () => {
    expect(answers.request('can you repeat that')).toBe('repeat that');
    expect(answers.request('ok could we go back please')).toBe('go back please');
    expect(answers.request('repeat that')).toBeUndefined();
  });
});

describe('choice reader', () => {
  const choices = new ChoiceReader(answers, new NodeQuestionMatcher());
  const pick = (text: string, at: string): Choice | undefined => choices.read(text, node(at).choices)?.choice;
  const labels = (at: string) => node(at).choices.map((choice) => choice.label);

  it('places typed answers among the choices of the question on screen', () => {
    expect(pick('yep i know them both', 'check_ecf_login')?.label).toBe(labels('check_ecf_login')[0]);
    expect(pick("i can't remember them", 'check_ecf_login')?.label).toBe(labels('check_ecf_login')[1]);
    expect(pick("it's not live yet", 'check_live')?.label).toBe(labels('check_live')[1]);
    expect(pick('i have no pacer account', 'check_upgraded')?.label).toBe(labels('check_upgraded')[2]);
    expect(pick('i made it in 2019', 'check_upgraded')?.label).toBe(labels('check_upgraded')[0]);
    expect(pick('it dates from march 2010', 'check_upgraded')?.label).toBe(labels('check_upgraded')[1]);
    expect(pick('where is utilities', 'check_live')).toBeUndefined();
    const names = (label: string) => content().topicsByIntent.get('names_dont_match')!.flow.nodes.get('start')!.choices.find((c) => c.label === label);
    expect(choices.read('the pacer one isnt mine', content().topicsByIntent.get('names_dont_match')!.flow.nodes.get('start')!.choices)?.choice)
      .toBe(names("PACER name isn't mine"));
  });

  it('takes a short reply saying the problem remains as the question\'s no, but not a question or a longer report', () => {
    const menus = content().topicsByIntent.get('menus_missing_after_linking')!.flow.nodes.get('start')!.choices;
    expect(choices.read('reloaded the page. same thing', menus)?.choice.label).toBe('No');
    expect(choices.read('what if it is still the same?', menus)).toBeUndefined();
    expect(choices.read('reloaded twice and it still shows only query reports and utilities up top', menus)).toBeUndefined();
  });
});

describe('a question word pressed for more', () => {
  it('names nothing but asks: "how exactly", "why precisely?", "¿cómo exactamente?"', () => {
    expect(answers.pressesForMore('how exactly')).toBe(true);
    expect(answers.pressesForMore('ok but why precisely?')).toBe(true);
    const spanish = new AnswerReader({ ...content().responses.answers, asking: ['cómo', 'por qué'], pressing: ['exactamente'], fillers: ['y', 'pero'] });
    expect(spanish.pressesForMore('y por qué exactamente?')).toBe(true);
  });

  it('is no such question when it names something, or presses nothing', () => {
    expect(answers.pressesForMore('how exactly do i upgrade')).toBe(false);
    expect(answers.pressesForMore('how?')).toBe(false);
    expect(answers.pressesForMore('exactly')).toBe(false);
  });
});

describe('node questions and step done', () => {
  const matcher = new NodeQuestionMatcher();
  const anyStep = content().responses.stepDone;

  it('matches a question about the node, with negation agreeing', () => {
    expect(matcher.byExample('what if the names match?', node('step5'))).toBeDefined();
    expect(matcher.byExample("the names don't match", node('step5'))).toBeUndefined();
    expect(matcher.byExample('which password goes here, the PACER one or the old ECF one?', node('step4'))).toBeDefined();
  });

  it('reads a negative question as asking what its plain form asks, and a negated statement as turned around', () => {
    const asked = { id: 'x', say: '', questions: [{ examples: ['does my link carry over', 'can pacer reset it'], say: 'no', suggest: [], intents: [] }] } as unknown as FlowNode;
    expect(matcher.byExample('linked in 2019, doesnt that carry over', asked)).toBeDefined();
    expect(matcher.byExample("can't PACER just reset it for me?", asked)).toBeDefined();
    expect(matcher.byExample("the link does carry over, doesn't it?", asked)).toBeDefined();
    expect(matcher.byExample("my link doesn't carry over", asked)).toBeUndefined();
    expect(matcher.byExample('pacer cant reset it', asked)).toBeUndefined();
  });

  it('hears that a step was done', () => {
    expect(matcher.saysDone("ok we're on the link page", node('step3'), anyStep)).toBe(true);
    expect(matcher.saysDone('logged in with mine', node('step2'), anyStep)).toBe(true);
    expect(matcher.saysDone('finished that one', node('step1'), anyStep)).toBe(true);
    expect(matcher.saysDone("i can't log in", node('step2'), anyStep)).toBe(false);
  });

  it("finds a flow's question by the message's words as reading every node in order does", () => {
    const flows = [content().procedure.flow, ...content().topics.map((topic) => topic.flow)];
    const examples = flows.flatMap((flow) => [...flow.nodes.values()].flatMap((each) => each.questions.flatMap((question) => question.examples)));
    // Each example as said, cut short, with a word more, negated, and beside another flow's example.
    const texts = examples.flatMap((example, i) => [example, example.split(' ').slice(1).join(' '), `${example} please help`,
      `I don't think ${example}`, `${example} ${examples[(i * 7) % examples.length]}`]);
    let found = 0;
    for (const flow of flows) {
      for (const [coverage, fewest] of [[undefined, undefined], [0.75, 0], [1, 0], [1, 3]] as const) {
        for (const text of texts) {
          const scanned = [...flow.nodes.values()].map((each) => matcher.byExample(text, each, coverage, fewest)).find(Boolean);
          expect(matcher.firstInFlow(text, flow, coverage, fewest)).toBe(scanned);
          if (scanned) found += 1;
        }
      }
    }
    expect(found).toBeGreaterThan(examples.length);
  });
});

describe('slipped keys and phrases said inside a message', () => {
  it('reads one added or swapped key, never a changed one', () => {
    expect(oneSlipFrom('donne', 'done')).toBe(true);
    expect(oneSlipFrom('nxet', 'next')).toBe(true);
    expect(oneSlipFrom('nexxt', 'next')).toBe(true);
    expect(oneSlipFrom('none', 'done')).toBe(false);
    expect(oneSlipFrom('done', 'done')).toBe(false);
    expect(oneSlipFrom('dnoe', 'next')).toBe(false);
  });

  it('finds a phrase as whole words in a short message only', () => {
    expect(saysAny('hi, could I please talk to a real person', ['real person'], 14)).toBe(true);
    expect(saysAny('surreal personality', ['real person'], 14)).toBe(false);
    expect(saysAny(`${'word '.repeat(20)}real person`, ['real person'], 14)).toBe(false);
  });

  it('finds any of several phrases that open with the same word, wherever the message says it', () => {
    const phrases = ["I'll finish later", 'I will come back', "I'll come back", 'a real person'];
    expect(saysAny("ok, I'll come back tomorrow", phrases, 14)).toBe(true);
    expect(saysAny('sorry i will come back', phrases, 14)).toBe(true);
    expect(saysAny('Is there a REAL person?', phrases, 14)).toBe(true);
    expect(saysAny("I'll finish the form", phrases, 14)).toBe(false);
    expect(saysAny('will you come back', phrases, 14)).toBe(false);
  });
});
