import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { ReportWords } from '../../dialogs/engine/reportWords';
import { content } from '../helpers/engineHarness';

const english = (): ReportWords => ReportWords.of(content());
const spanish = (): ReportWords => ReportWords.of(loadLocalizedContent(undefined, 'warn').byLocale.get('es')!);

describe('report words', () => {
  it('cuts a report where a join starts another one, in each language', () => {
    expect(english().sentences('set the app up and logged in on the court site. now what')).toEqual(['set the app up', 'logged in on the court site.', 'now what']);
    expect(spanish().sentences('ya entré y veo el menú de arriba')).toEqual(['ya entré', 'veo el menú de arriba']);
  });

  it('keeps one thing joined as one ("login and password")', () => {
    expect(english().sentences('typed the old login and the password')).toEqual(['typed the old login and the password']);
  });

  it('cuts a question typed without its mark off the report before it', () => {
    expect(english().sentences('ok im on the court site what do i click')).toEqual(['ok im on the court site', 'what do i click']);
  });

  it('knows done words no step owns from a step’s own', () => {
    expect(english().saysAnyStepDone('clicked.')).toBe(true);
    expect(english().saysAnyStepDone('submitted')).toBe(true);
    expect(english().saysAnyStepDone('logged in')).toBe(false);
    expect(spanish().saysAnyStepDone('le di clic al enlace')).toBe(true);
    expect(spanish().saysAnyStepDone('ya entré con mi usuario de pacer')).toBe(false);
  });
});
