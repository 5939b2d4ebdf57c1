import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadLocalizedContent } from '../../dialogs/content/locale/localizedContent';
import { CourtFinder, type CourtReading } from '../../dialogs/engine/courtDirectory';
import { clauses } from '../../dialogs/engine/textMatch';
import { withinTurn } from '../../dialogs/engine/turnMemo';

/**
 * What the court finder reads in every content example and every dev-set user message (tests/conversations-eval),
 * each read with its own language's content: the court or the courts to choose from, and the words left once they
 * are taken out (what the recognizer is asked about). The list was reviewed by hand for false readings ("dar" is no
 * Arkansas, "la mesa de ayuda de la corte" no Mesa, "new" in "the new CM/ECF" no word of New Jersey's name);
 * COURTS_FOUND_WRITE=1 writes it again after a change, to review the difference.
 */
const LIST = path.join(__dirname, '../fixtures/courts-found.tsv');
const EVAL_DIR = path.join(__dirname, '../conversations-eval');

interface Said { readonly lang: string; readonly text: string }

function devMessages(): Said[] {
  const dirs = readdirSync(EVAL_DIR).filter((name) => /^round\d+$/.test(name)).map((name) => path.join(EVAL_DIR, name));
  const files = [EVAL_DIR, ...dirs].flatMap((dir) => readdirSync(dir).filter((name) => /^dev.*\.yaml$/.test(name)).map((name) => path.join(dir, name)));
  return files.flatMap((file) => (parse(readFileSync(file, 'utf8')) as { conversations: { locale?: string; turns: { user: string }[] }[] })
    .conversations.flatMap((conversation) => conversation.turns.map(({ user }) => ({
      lang: conversation.locale?.startsWith('es') || /es\.yaml$/.test(file) ? 'es' : 'en', text: user,
    }))));
}

function shown(reading: CourtReading): string {
  if (reading.kind === 'court') return reading.id;
  if (reading.kind === 'choice') return reading.ids.join(',');
  return reading.kind === 'appellate' ? `appellate ${reading.id}` : reading.kind;
}

describe('the courts the court finder reads in examples and dev-set messages', () => {
  it('are the reviewed list', () => {
    const localized = loadLocalizedContent();
    const finders = new Map([...localized.byLocale].map(([lang, content]) => [lang, new CourtFinder(content)]));
    const examples = [...localized.byLocale].flatMap(([lang, content]) => content.topics.flatMap((topic) => topic.examples.map((text) => ({ lang, text }))));
    const lines = new Set<string>();
    for (const { lang, text } of [...examples, ...devMessages()]) {
      const finder = finders.get(lang)!;
      const reading = finder.read(text, false);
      if (!reading) continue;
      const ids = reading.kind === 'court' ? [reading.id] : reading.kind === 'choice' ? reading.ids : [];
      const rest = ids.length > 0 && !ids.includes('other') ? finder.withoutCourts(text, ids) : '';
      lines.add([lang, shown(reading), text.replace(/\s+/g, ' '), rest].join('\t'));
    }
    const list = `${[...lines].sort().join('\n')}\n`;
    if (process.env.COURTS_FOUND_WRITE === '1') writeFileSync(LIST, list);
    expect(list).toBe(readFileSync(LIST, 'utf8'));
  });
});

describe('a clause of a message, as the content recognizer reads it during the message\'s turn', () => {
  it('is read as it is alone, its court said as its kind ("I file in SDNY, EDNY and the 2nd Circuit" names courts in its clauses)', () => {
    const localized = loadLocalizedContent();
    const finders = new Map([...localized.byLocale].map(([lang, content]) => [lang, new CourtFinder(content)]));
    const differ: string[] = [];
    for (const { lang, text } of devMessages()) {
      const finder = finders.get(lang)!;
      for (const part of clauses(text)) {
        const alone = finder.withCourtAsKind(part);
        if (withinTurn(() => finder.withCourtAsKind(part), text) !== alone) differ.push(`${text} | ${part} | ${alone}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
