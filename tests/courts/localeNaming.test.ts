import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { namingProblems, type CourtNaming } from '../../dialogs/courts/localeNaming';
import { content } from '../helpers/engineHarness';

const SPANISH = path.join(__dirname, '..', '..', 'content', 'locales', 'es', 'court-naming.yaml');
const spanish = parse(readFileSync(SPANISH, 'utf8')) as CourtNaming;

describe('a locale\'s court naming (content/locales/<lang>/court-naming.yaml)', () => {
  const names = content().courtNames;

  it('the Spanish file names every state with a court and has every template', () => {
    expect(namingProblems(spanish, names)).toEqual([]);
  });

  it('reports a missing state name and a template without its placeholder, and a file that is no map', () => {
    const { nm: _dropped, ...states } = spanish.states;
    const broken = { ...spanish, states, short: { ...spanish.short, district: 'Distrito' } };
    expect(namingProblems(broken, names)).toEqual([
      'short.district: a text with {citation} is missing.',
      'states.nm: the name of this state or territory is missing.',
    ]);
    expect(namingProblems('just text', names)).toHaveLength(1);
  });
});
