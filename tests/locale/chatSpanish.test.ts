import { informal, informalSentences, plain } from '../../bench/informalSpanish';
import { readChatAbbreviations, readChatSpanish } from '../../dialogs/nlu-es/chatSpanish';
import { seededRandom } from '../../dialogs/nlu/random';
import { spanishWords } from '../../dialogs/nlu-es/spanishText';

const read = (text: string): string => readChatSpanish(spanishWords(text)).join(' ');

/** Chat shorthand and Spanglish reach the Spanish recognizer as the Spanish words the examples are written in. */
describe('readChatSpanish', () => {
  it('reads chat abbreviations as the words they stand for', () => {
    expect(read('q hago xq no me deja, tb lo intente x la tarde')).toBe('que hago porque no me deja tambien lo intente por la tarde');
    expect(read('porfa d donde saco el msj')).toBe('por favor de donde saco el mensaje');
  });

  it('reads the Spanish verb forms of an English word as the Spanish verb, in the same person and tense', () => {
    expect(read('linkee la cuenta, como la deslinkeo')).toBe('vincule la cuenta como la desvinculo');
    expect(read('mi pacer esta upgradeado, hay que upgradear el otro')).toBe('mi pacer esta actualizado hay que actualizar el otro');
    expect(read('no puedo loguearme')).toBe('no puedo entrarme');
  });

  it('reads the regional verb for filing as the verb of the examples, also with the abbreviations alone', () => {
    expect(read('ella radica x mi, yo no radico nada, hay q radicarlo hoy')).toBe('ella presenta por mi yo no presento nada hay que presentarlo hoy');
    expect(readChatAbbreviations(['ella', 'radica', 'radical'])).toEqual(['ella', 'presenta', 'radical']);
    const plainWords = ['she', 'files'];
    expect(readChatAbbreviations(plainWords)).toBe(plainWords);
  });

  it('reads the English words for the account as the Spanish ones', () => {
    expect(read('olvide el password y el user')).toBe('olvide el contrasena y el usuario');
  });

  it('leaves the words the examples use as they are, and words that only start like a loanword', () => {
    expect(read('no veo el link de login en utilities')).toBe('no veo el link de login en utilities');
    expect(read('linkedin upgraded')).toBe('linkedin upgraded');
  });
});

describe('the informal Spanish generator (bench/informalSpanish.ts)', () => {
  it('writes a sentence without accents and ¿¡, then with abbreviations and loanwords, the same every run', () => {
    const text = '¿Por qué no puedo iniciar sesión para vincular mi contraseña?';
    expect(plain(text)).toBe('por que no puedo iniciar sesion para vincular mi contrasena?');
    const typed = informal(text, 'todo junto', seededRandom(3));
    expect(typed).toMatch(/^(xq|pq) no puedo (hacer login|loguearme) (pa|p) linkear mi password\?$/);
    expect(informal(text, 'todo junto', seededRandom(3))).toBe(typed);
  });

  it('keeps only the sentences a register changes (all of them without accents)', () => {
    const carriers = [{ text: 'hola' }, { text: 'olvidé la contraseña' }];
    expect(informalSentences(carriers, 'spanglish').map((s) => s.text)).toEqual(['olvide la password']);
    expect(informalSentences(carriers, 'sin acentos')).toHaveLength(2);
  });
});
