import { formatProblem } from '../../dialogs/content/problem';
import { inspectLocalizedContent, loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { LocaleFixture } from './localeFixture';

const GREETING = `intent: greeting
title: Saludar
examples: [hola, buenos días, buenas tardes, qué tal]
nodes:
  - id: answer
    say: ¡Hola! Le ayudo a vincular su cuenta de CM/ECF con su cuenta de PACER actualizada.
`;

let fixture: LocaleFixture;
beforeEach(() => { fixture = new LocaleFixture(); });
afterEach(() => fixture.remove());

const problemsOf = (missing: 'error' | 'warn' = 'warn') => inspectLocalizedContent(fixture.dir, missing).problems.map(formatProblem);

describe('locale overlays', () => {
  it('lays a topic overlay over the English topic: Spanish text and examples, English structure', () => {
    fixture.write('topics/greeting.yaml', GREETING);
    const { byLocale, english } = loadLocalizedContent(fixture.dir, 'warn');
    const spanish = byLocale.get('es')!;
    const greeting = spanish.topicsByIntent.get('greeting')!;
    expect(greeting.title).toBe('Saludar');
    expect(greeting.examples).toContain('buenos días');
    expect(greeting.flow.nodes.get('answer')!.say).toMatch(/^¡Hola!/);
    // What is not text comes from the English file.
    expect(greeting.flow.nodes.get('answer')!.suggest).toEqual(english.topicsByIntent.get('greeting')!.flow.nodes.get('answer')!.suggest);
    // An untranslated topic keeps the English text while translation is under way ('warn').
    expect(spanish.topicsByIntent.get('thanks')!.title).toBe(english.topicsByIntent.get('thanks')!.title);
  });

  it('without a locales folder there is only English', () => {
    expect([...loadLocalizedContent(fixture.dir).byLocale.keys()]).toEqual(['en']);
  });

  it('reports missing translations at the English line, as errors unless drafts are allowed', () => {
    fixture.write('topics/greeting.yaml', GREETING.replace(/\nnodes:[\s\S]*$/, '\n'));
    const strict = inspectLocalizedContent(fixture.dir, 'error');
    expect(strict.localized).toBeUndefined();
    expect(strict.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^content\/topics\/greeting\.yaml:\d+:\d+: .*no translation in content\/locales\/es\/topics\/greeting\.yaml/));
    expect(strict.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^content\/procedure\.yaml:\d+:\d+: .*no translation in content\/locales\/es\/procedure\.yaml \(no such file\)/));
    const draft = inspectLocalizedContent(fixture.dir, 'warn');
    expect(draft.problems).toEqual([]);
    expect(draft.warnings.length).toBeGreaterThan(0);
  });

  it('names overlay nodes, choices and keys the English file does not have, at the overlay line', () => {
    fixture.write('topics/greeting.yaml', `${GREETING}  - id: no_such_node
    say: Nada
`);
    fixture.write('procedure.yaml', `title: Vincular
nodes:
  - id: check_efiler
    goto: somewhere
    choices:
      - label: Sí
      - label: No
      - label: Tal vez
`);
    const problems = problemsOf();
    expect(problems).toContainEqual('content/locales/es/topics/greeting.yaml:7:5: there is no "no_such_node" in the English file.');
    expect(problems).toContainEqual(expect.stringMatching(/^content\/locales\/es\/procedure\.yaml:4:5: "goto" is not translated: it comes from the English file/));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/locales\/es\/procedure\.yaml:8:9: the English list has 2 entries; this one has 3/));
  });

  it('reports placeholders and link addresses that differ from the English text', () => {
    fixture.write('procedure.yaml', `title: Vincular
nodes:
  - id: check_efiler
    ask: ¿Presenta documentos electrónicamente en {court.nombre}?
`);
    fixture.write('facts.yaml', `seed:
  title: "Instrucciones oficiales ([PACER](https://example.com/otra))"
`);
    const problems = problemsOf();
    expect(problems).toContainEqual(expect.stringMatching(/^content\/locales\/es\/procedure\.yaml:4:10: placeholder\(s\) of the English text missing here: \{court\.name\}\./));
    expect(problems).toContainEqual(expect.stringMatching(/procedure\.yaml:4:10: placeholder\(s\) not in the English text: \{court\.nombre\}\./));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/locales\/es\/facts\.yaml:2:10: link address\(es\) not in the English text: https:\/\/example\.com\/otra\./));
  });

  it('a topic file with no English topic is an error', () => {
    fixture.write('topics/made_up.yaml', GREETING);
    expect(problemsOf()).toContainEqual(expect.stringMatching(/^content\/locales\/es\/topics\/made_up\.yaml:1:1: there is no English topic/));
  });

  it('a word list replaces the English one, and courts keep their English objects unless translated', () => {
    fixture.write('responses.yaml', 'commands:\n  next: [siguiente, sigue, listo]\n');
    const { byLocale, english } = loadLocalizedContent(fixture.dir, 'warn');
    const spanish = byLocale.get('es')!;
    expect(spanish.responses.commands.next).toEqual(['siguiente', 'sigue', 'listo']);
    expect(spanish.responses.commands.back).toEqual(english.responses.commands.back);
    expect(spanish.courtNames.districts).toBe(english.courtNames.districts);
  });
});
