import { readFileSync } from 'node:fs';
import { buildCourtsFile, COURTS_FILE, DEFAULT_COURTS_DB } from '../../deploy/tools/buildCourts';
import { content, EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';
import { matchCourt } from '../../dialogs/engine/courtDirectory';
import { courtKey } from '../../dialogs/content/courtKey';


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
    expect(cases.map(([typed]) => [typed, matchCourt(courts, typed)])).toEqual(cases);
    expect(courts.courts.get('nynb')!.name).toBe('the U.S. Bankruptcy Court for the Northern District of New York');
  });

  it('compares names by their distinctive words, in any order', () => {
    expect(courtKey('the U.S. Bankruptcy Court, S.D.N.Y.')).toBe(courtKey('S.D.N.Y. bankruptcy'));
    expect(courtKey('Bankr. S.D.N.Y.')).toBe(courtKey('bankruptcy court for s d n y'));
    expect(courtKey('Southern District of New York')).not.toBe(courtKey('Northern District of New York'));
    expect(courtKey('the court')).toBe('');
  });

  it('takes no ambiguous name, no everyday word and nothing that is not a district or bankruptcy court', () => {
    const courts = content();
    for (const typed of ['new york bankruptcy', 'texas bankruptcy', 'mad', 'cod', 'yes', 'no', 'next']) expect(matchCourt(courts, typed)).toBeUndefined();
    expect([...courts.courts.keys()].filter((id) => /^bap|^arb$|^nebraskab$|^gub$/.test(id))).toEqual([]);
    expect(courts.courts.get('gud')!.name).toBe('the District Court of Guam');
  });

  it('gives a help desk or a go-live date only to courts whose page is named', () => {
    const withDetails = [...content().courts.values()].filter((court) => court.helpDesk || court.nextGenLiveSince).map((court) => court.id);
    expect(withDetails.sort()).toEqual(['flsd', 'lawd', 'mdd']);
  });

  it('offers at most five courts as buttons, and understands any other court typed', () => {
    const chat = new EngineConversation(engineWith(fakeRecognizer({ 'how do i link': { intent: 'start_linking', score: 0.9 } }), null));
    expect(toStep1(chat, 'how do i link')).toContain(content().responses.messages.whichCourt);
    expect(chat.buttons.filter((label) => !/step|Back|Repeat|Stop/.test(label)).length).toBeLessThanOrEqual(6);
    expect(chat.say('nysb')).toContain('https://ecf.nysb.uscourts.gov');
  });
});
