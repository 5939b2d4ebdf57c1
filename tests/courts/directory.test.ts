import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCourtNamesFile, buildCourtsFile, COURT_NAMES_FILE, COURTS_FILE, DEFAULT_COURTS_DB } from '../../deploy/tools/buildCourts';
import { inspectContent } from '../../dialogs/content/loader';
import { CONTENT_DIR } from '../../dialogs/repoPaths';
import { CourtMatcher } from '../../dialogs/courts/courtMatcher';
import { PhraseIndex } from '../../dialogs/courts/phraseIndex';
import { TypoFixer } from '../../dialogs/courts/typos';
import { content } from '../helpers/engineHarness';

/** A copy of the content folder with one file changed, loaded: the problems the loader (and `npm run validate`) report. */
function problemsWith(file: string, change: (text: string) => string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'courts-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
  return inspectContent(dir).problems.map((problem) => problem.message);
}

describe('the court directory', () => {
  it('is exactly what npm run -s courts:build makes from courts-db and the hand-kept court files', () => {
    expect(readFileSync(COURTS_FILE, 'utf8')).toBe(buildCourtsFile(DEFAULT_COURTS_DB));
    // The everyday lookalikes take WordNet ~30 s to find: the generated file's are checked one by one below.
    const { everyday } = content().courtNames.words;
    expect(readFileSync(COURT_NAMES_FILE, 'utf8')).toBe(buildCourtNamesFile(DEFAULT_COURTS_DB, everyday));
  });

  it('never corrects an everyday English word into a court word ("normal" is not NorCal), and lists only such words', () => {
    const names = content().courtNames;
    const fixer = new TypoFixer(new PhraseIndex(names, content().courts.keys()).vocabulary);
    expect(names.words.everyday).toEqual(expect.arrayContaining(['normal']));
    expect(names.words.everyday.filter((word) => fixer.fix([word])[0] === word)).toEqual([]);
    const matcher = new CourtMatcher(names, content().courts.keys());
    expect(matcher.match(matcher.text('is it normal that the bankruptcy menus are missing'), false).courts).toEqual([]);
  });

  it('lists every current district and bankruptcy court under its PACER id, with its own CM/ECF address and website', () => {
    const courts = [...content().courts.values()];
    expect(courts.length).toBe(186);
    expect(courts.filter((court) => court.type === 'district').length).toBe(94);
    for (const court of courts) {
      expect(court.ecfUrl).toBe(`https://ecf.${court.id}.uscourts.gov`);
      expect(court.website).toMatch(/^https:\/\/[a-z0-9.]+\.uscourts\.gov$/);
    }
    expect(content().courts.get('nynb')!.name).toBe('the U.S. Bankruptcy Court for the Northern District of New York');
    expect(content().courts.get('neb')!.name).toBe('the U.S. Bankruptcy Court for the District of Nebraska');
    expect(content().courts.get('azb')!.website).toBe('https://www.azb.uscourts.gov');
    expect(content().courts.get('nmd')!.website).toBe('https://www.nmd.uscourts.gov');
    expect([...content().courts.keys()].filter((id) => /^bap|^arb$|^nebraskab$|^gub$|^usdistct$|^okd$/.test(id))).toEqual([]);
  });

  it('gives a help desk or a go-live date only to courts whose page is named', () => {
    const withDetails = [...content().courts.values()].filter((court) => court.helpDesk || court.nextGenLiveSince);
    expect(withDetails.map((court) => court.id).sort()).toEqual(['flsd', 'lawd', 'mdd']);
    for (const court of withDetails) expect(court.source).toMatch(new RegExp(`^https?://www\\.${court.id}\\.uscourts\\.gov/`));
  });

  it('states where the data comes from and its licence', () => {
    const courtsFile = readFileSync(COURTS_FILE, 'utf8');
    expect(courtsFile).toContain('Free Law Project');
    expect(courtsFile).toContain('BSD 2-Clause License');
    expect(readFileSync(path.join(DEFAULT_COURTS_DB, 'LICENSE'), 'utf8')).toContain('Free Law Project');
    expect(readFileSync(COURT_NAMES_FILE, 'utf8')).toContain('28 U.S.C.');
  });

  it('marks every name several districts share as ambiguous, and no other', () => {
    const { districts, ambiguous } = content().courtNames;
    const names = districts.flatMap((district) => district.names);
    expect(new Set(names).size).toBe(names.length);
    const shared = new Map(ambiguous.map((entry) => [entry.name, [...entry.districts].sort()]));
    expect(shared.get('kansas city')).toEqual(['ks', 'mow']);
    expect(shared.get('portland')).toEqual(['me', 'or']);
    for (const name of shared.keys()) expect(names).not.toContain(name);
  });

  it('is checked by validate: a name two districts answer to unmarked, a wrong CM/ECF address, a court in no district', () => {
    expect(problemsWith('court-names.yaml', (text) => text.replace('      - houston\n', '      - houston\n      - miami\n')))
      .toEqual([expect.stringContaining('"miami" names both')]);
    expect(problemsWith('courts.yaml', (text) => text.replace('ecfUrl: https://ecf.nysb.uscourts.gov', 'ecfUrl: https://ecf.COURT.uscourts.gov')))
      .toEqual([expect.stringContaining('should be https://ecf.nysb.uscourts.gov')]);
    expect(problemsWith('courts.yaml', (text) => text.replace('ecfUrl: https://ecf.nysb.uscourts.gov', 'ecfUrl: ecf.nysb.uscourts.gov')))
      .toEqual([expect.stringContaining('ecfUrl')]);
    expect(problemsWith('courts.yaml', (text) => text.replace('- id: nysb', '- id: nysx'))).toEqual(expect.arrayContaining([
      expect.stringContaining('"nysb", which is not in courts.yaml'), expect.stringContaining('court "nysx" is in no district')]));
    expect(problemsWith('courts.yaml', (text) => text.replace('- id: nysd', '- id: nysb'))).toEqual(expect.arrayContaining([
      expect.stringContaining('court id "nysb" is used twice')]));
  });
});
