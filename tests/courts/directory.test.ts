import { readFileSync } from 'node:fs';
import { buildCourtsFile, COURTS_FILE, DEFAULT_COURTS_DB } from '../../deploy/tools/buildCourts';
import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';
import { CourtFinder } from '../../dialogs/engine/courtDirectory';


describe('the court list', () => {
  it('is exactly what npm run -s courts:build makes from courts-db and court-details.yaml', () => {
    expect(readFileSync(COURTS_FILE, 'utf8')).toBe(buildCourtsFile(DEFAULT_COURTS_DB));
  });

  it('sends the names filers type to the right court, including the one the audit found wrong', () => {
    const courts = content();
    const cases: [string, string][] = [
      ['nysb', 'nysb'], ['Bankruptcy S.D.N.Y.', 'nysb'], ['Bankr. S.D.N.Y.', 'nysb'], ['sdny bankruptcy', 'nysb'],
      ['northern district of new york bankruptcy', 'nynb'], ['NYNB', 'nynb'], ['the bankruptcy court for the southern district of new york', 'nysb'],
      ['S.D.N.Y.', 'nysd'], ['southern district of new york', 'nysd'], ['Eastern District of Texas bankruptcy', 'txeb'],
      ['District, S.D. Fla.', 'flsd'], ['miami federal court', 'flsd'], ['Bankruptcy, D. Ariz.', 'azb'], ['district of nebraska bankruptcy', 'neb'],
    ];
    const finder = new CourtFinder(courts);
    expect(cases.map(([typed]) => [typed, finder.find(typed, false)])).toEqual(cases);
    expect(courts.courts.get('nynb')!.name).toBe('the U.S. Bankruptcy Court for the Northern District of New York');
  });

  it('takes no ambiguous name, no everyday word and nothing that is not a district or bankruptcy court', () => {
    const courts = content();
    const finder = new CourtFinder(courts);
    for (const typed of ['new york bankruptcy', 'texas bankruptcy', 'mad', 'cod', 'yes', 'no', 'next']) expect(finder.find(typed, false)).toBeUndefined();
    expect([...courts.courts.keys()].filter((id) => /^bap|^arb$|^nebraskab$|^gub$/.test(id))).toEqual([]);
    expect(courts.courts.get('gud')!.name).toBe('the District Court of Guam');
  });

  it('gives a help desk or a go-live date only to courts whose page is named', () => {
    const withDetails = [...content().courts.values()].filter((court) => court.helpDesk || court.nextGenLiveSince).map((court) => court.id);
    expect(withDetails.sort()).toEqual(['flsd', 'lawd', 'mdd']);
  });

  it('offers at most five courts as buttons, and understands any other court typed', () => {
    const chat = new EngineConversation(engineWith(fakeRecognizer({ 'how do i link': { intent: 'start_linking', score: 0.9 } }), null));
    chat.say('how do i link');
    expect(chat.say('yes')).toContain(content().responses.messages.whichCourt);
    expect(chat.buttons.length).toBeLessThanOrEqual(6);
    chat.say('nysb');
    expect(toStep1(chat, 'yes')).toContain('https://ecf.nysb.uscourts.gov');
  });
});
