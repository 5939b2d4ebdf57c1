import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The Spanish text says the screens' sentences in Spanish: only the names of buttons, menus and links stay in English
 * (bold, with the Spanish beside them, "**Submit** (Enviar)"), because a user looks for them on the English screens.
 * A screen's prompt or warning ("the screen asks Do you want …?") is a sentence the user must understand, so it is
 * said in Spanish. Checked on every text a user reads in content/locales/es (the words users type are not).
 */
const SPANISH = path.join(__dirname, '..', '..', 'content', 'locales', 'es');

/** Keys holding words users type (recognizer examples, choice words, command and court word lists), never said. */
const TYPED_KEYS = new Set(['examples', 'also', 'done', 'commands', 'answers', 'stopSaid', 'stepDone', 'frustration',
  'urgent', 'kinds', 'directions', 'notFederal', 'federal', 'circuitWords', 'changeCourt', 'names', 'short', 'districts',
  'states', 'stateForms', 'appellate', 'wholeState', 'between', 'courtWords', 'ordinary', 'notNames', 'districtWords',
  'placeWords', 'orWords', 'appellateOrdinals', 'everyday', 'functionWords', 'id', 'intent']);

/** English words no Spanish sentence uses ("a", "no", "me", "de" are shared, so they are not here). */
const ENGLISH_WORDS = new Set(['the', 'you', 'your', 'to', 'of', 'and', 'is', 'are', 'with', 'for', 'this', 'that', 'these',
  'please', 'do', 'does', 'not', 'it', 'on', 'if', 'what', 'which', 'when', 'will', 'can', 'have', 'has', 'be', 'an', 'at',
  'from', 'by', 'my', 'or', 'in', 'was', 'were', 'should', 'would', 'must', 'click', 'select', 'enter', 'want', 'need',
  'there', 'here', 'using', 'log', 'logged', "don't", "isn't", "can't", 'account', 'accounts', 'link', 'screen']);
/** A bold span that reads as a sentence rather than a name: it opens like a question, an order or a statement. */
const SENTENCE_OPENING = /^"?(do|does|did|don't|are|is|please|you|we|if|when|would|will|can|could|should|there|it|never|always)\b\s+\S/i;
const ADDRESSES_READER = /\b(you|your)\b[^.?!\n]*\b(you|your|the|to)\b/i;

interface SaidText { readonly file: string; readonly key: string; readonly text: string }

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.yaml') ? [full] : [];
  });
}

function saidTexts(value: unknown, file: string, key: string): SaidText[] {
  if (typeof value === 'string') return [{ file, key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => saidTexts(item, file, `${key}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).filter(([name]) => !TYPED_KEYS.has(name)).flatMap(([name, item]) => saidTexts(item, file, `${key}.${name}`));
}

const englishWordCount = (clause: string) => clause.toLowerCase().split(/[^a-z']+/).filter((word) => ENGLISH_WORDS.has(word)).length;

/** English sentences in a text: bold spans that are sentences, or clauses outside bold, quotes and links with three English words. */
function englishSentences(text: string): string[] {
  const bold = [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]!.trim());
  const inBold = bold.filter((span) => SENTENCE_OPENING.test(span) || ADDRESSES_READER.test(span));
  const outside = text.replace(/\*\*[^*]+\*\*/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/https?:\S+/g, ' ').replace(/"[^"]*"/g, ' ');
  const clauses = outside.split(/[.?!:;()\n]/).map((clause) => clause.trim()).filter((clause) => englishWordCount(clause) >= 3);
  return [...inBold, ...clauses];
}

describe('Spanish text keeps English to the names on the screens', () => {
  it('finds an English sentence, in bold or not, and leaves names of buttons, menus and links alone', () => {
    expect(englishSentences('La pantalla pregunta **Do you want to link these accounts?** (¿Desea vincular?).')).toEqual(['Do you want to link these accounts?']);
    expect(englishSentences('El paso 2 advierte: **Do not log on using a shared firm PACER account**.')).toHaveLength(1);
    expect(englishSentences('Si no, click the link on the Utilities page.')).toHaveLength(1);
    expect(englishSentences('Haga clic en **Link a CM/ECF account to my PACER account** (Vincular) y en **Submit** (Enviar).')).toEqual([]);
    expect(englishSentences('Use **Forgot Your Password?** (¿Olvidó su contraseña?) en **Manage My Account**.')).toEqual([]);
  });

  it('no Spanish text a user reads has an English sentence', () => {
    const found = filesUnder(SPANISH).flatMap((file) => saidTexts(parse(readFileSync(file, 'utf8')), path.relative(SPANISH, file), ''))
      .flatMap(({ file, key, text }) => englishSentences(text).map((sentence) => `${file} ${key}: ${sentence}`));
    expect(found).toEqual([]);
  });
});
