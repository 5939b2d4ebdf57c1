/**
 * Spanish as people chat it, read as the Spanish the examples are written in (issue 21, round 12). Two habits of the
 * register move the recognizer's reading when left as typed (bench/README.md, "Round 12: informal Spanish"):
 * - chat abbreviations: "q" for "que", "xq" / "pq" for "porque", "tb" for "también", "x" for "por", "pa" for "para", "pal" for "para el";
 * - English words for the account and the screens, and the Spanish verbs made from them: "password" for "contraseña",
 *   "user" for "usuario", "linkear" / "linkeé" / "linkeado" for "vincular" / "vinculé" / "vinculado", "upgradeada"
 *   for "actualizada", "loguearme" for "entrar";
 * - regional words for filing: "radicar" / "radica" / "radico" (Puerto Rico, Colombia) for "presentar"; and for
 *   pressing a button: "picar" / "pico" / "pique" (Mexico: "¿le pico submit?") for "presionar".
 * The examples have some of these forms and not others ("password" 23 times, "contraseña" 190 times, "linkear" 3
 * times, "vincular" and its forms hundreds): read as the Spanish word, each form has every example of the word behind
 * it. Words already in the examples' Spanish ("login", "link" the noun: the Utilities menu's own words) are left as
 * they are.
 */

/** Chat abbreviations (folded, lower case) and the Spanish words they stand for. */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  q: ['que'], k: ['que'], xq: ['porque'], pq: ['porque'], porq: ['porque'], tb: ['tambien'], tmb: ['tambien'],
  x: ['por'], pa: ['para'], pal: ['para', 'el'], d: ['de'], dnd: ['donde'], msj: ['mensaje'], porfa: ['por', 'favor'], xfa: ['por', 'favor'],
  grax: ['gracias'], toy: ['estoy'],
}));

/** Whole words (folded, lower case) and the Spanish words they stand for: the abbreviations and the English words. */
const WORDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  ...Object.fromEntries(ABBREVIATIONS),
  password: ['contrasena'], passwords: ['contrasenas'], pass: ['contrasena'], user: ['usuario'], username: ['usuario'],
  usernames: ['usuarios'], email: ['correo'], mail: ['correo'], emails: ['correos'], browser: ['navegador'],
  upgrade: ['actualizacion'], upload: ['subir'], uploadear: ['subir'],
}));

/**
 * Spanish -ar verbs made from an English word ("link" + "ear"), by the part before the Spanish ending, and the
 * Spanish -ar verb's part they stand for: "linkeo" -> "vinculo", "deslinkear" -> "desvincular".
 */
const VERB_ROOTS: ReadonlyMap<string, string> = new Map(Object.entries({
  linke: 'vincul', upgrade: 'actualiz', logue: 'entr', resete: 'cambi',
}));
/**
 * Spanish -ar verbs of a region, by the same part, and the verb of the examples' Spanish they stand for: "radicar"
 * (Puerto Rico, Colombia: to file a document at the court) is "presentar"; "picar" (Mexico: to press a button, "le
 * piqué submit") is "presionar"; "tranquear" (Venezuela, Colombia: to lock, "no me va a tranquear?") is "bloquear". No
 * English word reads so: they are read
 * with the chat abbreviations too.
 */
const REGIONAL_ROOTS: ReadonlyMap<string, string> = new Map(Object.entries({ radic: 'present', pic: 'presion', tranque: 'bloque' }));
/** Endings of a regular -ar verb (folded): infinitive with pronouns, present, past, participles, imperative. */
const AR_ENDING = /^(ar|arme|arla|arlo|arlas|arlos|o|as|a|amos|an|e|es|en|emos|aste|aron|ado|ada|ados|adas|ando|ame|ala|alo|eme|enme|ela|elo)$/;

/** One folded word as the Spanish it stands for (one word or more); the word itself when it is not an informal form. */
function readWord(word: string): readonly string[] {
  const whole = WORDS.get(word);
  if (whole) return whole;
  return [verbOf(word, VERB_ROOTS) ?? verbOf(word, REGIONAL_ROOTS) ?? word];
}

/** A folded word as the -ar verb of the examples' Spanish that one of `roots` stands for, if it is one. */
function verbOf(word: string, roots: ReadonlyMap<string, string>): string | undefined {
  const prefix = word.startsWith('des') ? 'des' : '';
  for (const [other, spanish] of roots) {
    if (word.startsWith(other, prefix.length) && AR_ENDING.test(word.slice(prefix.length + other.length))) {
      return prefix + spanish + word.slice(prefix.length + other.length);
    }
  }
  return undefined;
}

/** Whether a folded word may be a regional verb (the cheap test before `verbOf`). */
function mayBeRegional(word: string): boolean {
  for (const other of REGIONAL_ROOTS.keys()) if (word.startsWith(other)) return true;
  return false;
}

/** Folded words of a message with chat abbreviations and Spanglish read as the Spanish words they stand for. */
export function readChatSpanish(words: readonly string[]): string[] {
  return words.flatMap(readWord);
}

/**
 * Folded words with the chat abbreviations and the regional verbs only read as the words they stand for ("pq tengo
 * q" as "porque tengo que", "radica" as "presenta"); English words are left as typed, for text that may be English
 * ("pass" is no "password" there).
 */
export function readChatAbbreviations(words: readonly string[]): readonly string[] {
  // Most messages have none (every turn reads its message this way, English ones too): their words as they are, uncopied.
  if (!words.some((word) => ABBREVIATIONS.has(word) || mayBeRegional(word))) return words;
  return words.flatMap((word) => ABBREVIATIONS.get(word) ?? [verbOf(word, REGIONAL_ROOTS) ?? word]);
}
