/**
 * The words the credential finder reads: labels that announce a password (in the languages filers write in),
 * labels of a login name, and the words a password value cannot be. They are the redactor's vocabulary, not
 * content: changing them changes what is kept out of logs, so they live with the code and its tests.
 */

/** Letters and digits of any script: what a word boundary means for labels such as "contraseña" or "пароль". */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

/** A password label, in English shorthands and in the languages most often seen at US courts' help desks. */
export const SECRET_LABEL = String.raw`(?:pass[\s-]?words?|passwd|pswd|pwd|pword|pw|p/w|pass[\s-]?(?:code|phrase)|pass|pin(?:\s+(?:number|code))?|contrase[ñn]as?|clave(?:\s+de\s+acceso)?|mots?\s+de\s+passe|mdp|passw[öo]rt|kennwort|senha|parola(?:\s+d['’]ordine)?|wachtwoord|has[łl]o|[şs]ifre|l[öo]senord|adgangskode|salasana|heslo|jelsz[óo]|пароль|m[ậa]t\s+kh[ẩa]u)`;

/** Labels written without spaces around them (Chinese, Japanese, Korean): no word boundary applies. */
export const CJK_SECRET_LABEL = String.raw`(?:密码|密碼|口令|パスワード|暗証番号|비밀번호|암호)`;

/** A login name's label: the value after it is a username, which is not secret. */
export const LOGIN_LABEL = String.raw`(?:user[\s-]?names?|user[\s-]?ids?|ids?|login(?:\s+(?:ids?|names?))?|log-in|sign[\s-]?in(?:\s+name)?|users?|usr|uname|un|e-?mail(?:\s+address)?|account\s+(?:name|number|id)|usuario|utilisateur|identifiant|benutzer(?:name)?|login\s?id)`;

/** Labels of a whole login (name and password together): "creds: jdoe / sunshine". */
export const CREDENTIALS_LABEL = String.raw`(?:credentials|creds|cred|log[\s-]?in\s+(?:info|information|details|credentials)|sign[\s-]?in\s+(?:info|details)|user(?:name)?\s*/\s*pass(?:word)?|login\s*/\s*pass(?:word)?|u\s*/\s*p|un\s*/\s*pw|id\s*/\s*pw)`;

/** Verbs that make "to" announce the new value: "changed my password to X", "reset it to X". */
export const CHANGE_VERB = String.raw`(?:chang(?:e|ed|ing)|reset(?:ting)?|set(?:ting)?|updat(?:e|ed|ing)|switch(?:ed|ing)?|made|mak(?:e|ing)|modif(?:y|ied))`;

/** Words just before a label that make it something other than the user's own password: "one-time password". */
export const NOT_MY_PASSWORD_BEFORE = /(?:one[\s-]?time|otp|wi-?fi|guest)\s*$/iu;

/**
 * Nouns that, right after a password label, make the phrase about something else ("password field is greyed
 * out", "password reset link expired", "password rules: 12 characters"): the value then belongs to that noun.
 */
export const TAKEOVER_NOUNS = new Set([
  'field', 'fields', 'box', 'screen', 'page', 'prompt', 'link', 'links', 'email', 'e-mail', 'mail', 'message',
  'rule', 'rules', 'requirement', 'requirements', 'policy', 'policies', 'hint', 'hints', 'question', 'questions',
  'length', 'history', 'expiration', 'expiry', 'date', 'code', 'codes', 'manager', 'protected', 'protection',
  'recovery', 'strength', 'format', 'option', 'options', 'setting', 'settings', 'error', 'issue',
  'issues', 'problem', 'problems', 'prompts', 'form', 'window', 'button', 'label', 'text', 'token',
  'boxes', 'screens', 'pages', 'forms', 'windows', 'buttons', 'labels', 'texts', 'tokens', 'entry', 'entries',
]);

/** Prepositions: a login word after one is an object ("the password for my email is X"), not a new label. */
export const PREPOSITIONS = new Set(['for', 'to', 'on', 'of', 'in', 'at', 'with', 'into', 'from', 'für', 'para', 'pour',
  'per', 'voor', 'de', 'du', 'da', 'do']);
/** Determiners and pronouns; with prepositions they end a compound after a label ("password for my account"). */
export const DETERMINERS = new Set(['my', 'the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'which',
  'i', 'we', 'you', 'it', 'they', 'he', 'she', 'mi', 'mon', 'ma', 'mein', 'meine', 'minha', 'meu']);

const FUNCTION_WORDS = `a an the my your our their his her its this that these those it i me we you he she they them
  what which who whom whose where when why how whatever something anything nothing everything someone one ones same
  such so and or but nor if then than because since though although in on at to for from of with without by into onto
  about after before during until up down out off over under again still also not no yes yep yup yeah nope nah all any some each
  every both
  either neither only just even very too much many more most less least please thanks thank sorry hi hello ok okay is
  was are were be been being am has have had do does did will would shall should can could may might must gonna wanna
  supposed there here below above like as else now currently actually already really definitely probably apparently
  maybe perhaps exactly basically literally simply mine yours ours theirs hers whole entire usual
  isnt arent wasnt werent dont doesnt didnt cant cannot couldnt wont wouldnt shouldnt hasnt havent hadnt aint
  im ive its thats whats theres lol sigh ugh hmm haha jk oops idk btw pls plz thx asap fyi imo tbh omg twice
  zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty hundred thousand few several
  multiple`;

const STATE_WORDS = `wrong incorrect invalid expired expiring expires expire correct right fine good bad broken locked
  blocked disabled deactivated suspended inactive active valid rejected accepted denied required needed mandatory
  optional missing lost forgotten forgot unknown weak strong long short empty blank different new old current temporary
  temp default changed reset set saved stored updated encrypted hidden masked visible sensitive case insensitive
  correctly never gone done stuck useless weird strange odd fake real true false legit secure insecure compromised known
  shared personal private public complicated complex simple easy hard difficult great awful terrible hacked stolen
  leaked exposed due overdue outdated obsolete failing fails failed working works work messed screwed unchanged
  identical similar asterisks dots characters letters digits numbers symbols special uppercase lowercase capital
  caps unable able ready sure unsure certain confused confusing annoying frustrating ridiculous impossible
  unavailable available sent given told shown written chosen known taken gotten got seen put let kept successful
  wrote writen gave froze frozen broke stole somewhere
  unsuccessful complete incomplete pending finished possible allowed enabled mismatched recognized recognised
  wrongly fixed solved resolved sorted today yesterday tomorrow recently ago last week month year morning
  afternoon tonight unique random memorable generic typical standard confidential secret pretty quite rather fairly
  super kinda kind sort somewhat way stale accurate exact fine-ish legacy upgraded linked unlinked n/a na tbd unset none longer shorter stronger weaker better worse easier harder simpler safer older newer`;

const DOMAIN_WORDS = `pacer ecf cm/ecf cmecf nextgen court courts account accounts login logins username usernames user
  users email e-mail mail name names id ids link page site website portal system field box screen form code pin number
  phone birthday address help desk helpdesk filing efile e-file e-filing attorney lawyer clerk bankruptcy district
  appeals admin administrator firm office computer browser chrome firefox edge safari app authenticator token key
  question questions hint answer rules requirements policy length minimum maximum password passwords pass passcode
  pw pwd pin ssn dob card code spaces space emoji emojis word words phrase passphrase sentence initials lowercase uppercase
  windows win mac macos ios android iphone ipad office outlook adobe acrobat java`;

const COMMON_VERBS = `use set enter type put choose pick keep have need want get make change update reset recover
  retrieve remember forget find know see show send give try link log sign access file upgrade match comply meet fail
  accept reject require include contain create register unlock verify confirm call email text ask tell wait start
  stop continue click press go come login logout reenter re-enter retype resend receive
  save store write delete erase remove lose clear autofill autosave fill copy paste print memorize sync import export
  submit submits submitted submitting resubmit resubmitted`;

/** Foreign-language words that follow a password label but are not a password (states, articles, negations). */
const OTHER_LANGUAGES = `incorrecta incorrecto incorrect incorrecte falsch falsche falsches errada errado sbagliata
  sbagliato inválida invalida inválido invalido caducada caducado expirada expirado expiré expirée abgelaufen vencida
  vencido bloqueada bloqueado bloqué bloquée gesperrt olvidé oublié vergessen mal non nicht kein keine nie la el le les
  los las mi mis mon ma mes mein meine minha meu de del du der die das est es ist não nao no`;

/**
 * Spanish, the bot's second language (issue 21): words around a password label that are no password, with and
 * without accents ("contraseña vieja", "¿cuál es mi contraseña?", "la contraseña nueva no funciona").
 */
const SPANISH = `qué que cuál cual cuáles cuales quién quien dónde donde cómo como cuándo cuando cuánto cuanto este esta estos estas
  ese esa esos esas aquel su sus tu tus nuestro nuestra un una unos unas y o u pero porque pues también tambien ya todavía
  todavia aún aun muy más mas menos otro otra otros otras mismo misma igual algo nada nadie todo toda todos sin con por para
  sobre entre hasta desde si sí cuál yo me te se lo le nos les ahí ahi aquí aqui allí alli ahora antes después despues nunca
  siempre bien solo sólo hola gracias favor viejo vieja viejos viejas nuevo nueva nuevos nuevas actual actuales anterior
  anteriores antiguo antigua correcto correcta incorrectos incorrectas equivocado equivocada olvidado olvidada perdido
  perdida temporal provisional diferente distinta distinto mismo segura seguro larga largo corta corto fácil facil difícil
  dificil propia propio personal contraseña contraseñas contrasena contrasenas clave claves usuario usuarios cuenta cuentas
  corte cortes código codigo correo correos sitio página pagina enlace vínculo vinculo login password paso pasos sistema
  es era fue son está esta están estan estaba sea soy tengo tiene tenía tenia funciona funcionó funciono funcionan sirve
  sirvió sirvio cambié cambie cambió cambio olvidé olvide recuerdo acuerdo sé se sabe puedo puede entrar escribo escribí
  escribi pongo puse uso usé use dice dijo pide pidió pidio acepta aceptó acepto rechaza rechazó rechazo vence venció vencio
  haga clic vaya abra escriba ingrese ponga busque pida llame revise intente vuelva elija seleccione copie pegue cambie
  guarde siga lea mire entre necesito necesita quiero`;

/** Words a password value cannot be: "my password is wrong / the same / too long / pacer's" say nothing secret. */
export const NOT_A_PASSWORD = new Set(
  [FUNCTION_WORDS, STATE_WORDS, DOMAIN_WORDS, COMMON_VERBS, OTHER_LANGUAGES, SPANISH].join(' ').split(/\s+/).filter(Boolean),
);

/**
 * Words after a credentials label that say what was done with them ("creds entered, submit pressed", "creds typed,
 * hit submit"): an explicit list, since a login may itself end like a verb form ("alfred", "kelly", "sterling").
 */
export const CREDENTIALS_DONE = new Set([
  'entered', 'typed', 'keyed', 'input', 'inputted', 'used', 'filled', 'submitted', 'accepted', 'rejected', 'saved',
  'tried', 'checked', 'verified', 'confirmed', 'worked', 'failed', 'ingresados', 'ingresadas', 'puestos', 'puestas',
  'escritos', 'escritas', 'aceptados', 'aceptadas',
]);

/** Units after a number that make it a quantity ("12 characters", "3 times"), not a PIN. */
export const QUANTITY_UNITS = new Set([
  'character', 'characters', 'chars', 'char', 'digit', 'digits', 'letter', 'letters', 'number', 'numbers', 'symbol',
  'symbols', 'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'minute', 'minutes', 'mins', 'second', 'seconds', 'attempt', 'attempts', 'try', 'tries', 'long', 'pages', 'page',
  'am', 'pm', 'percent', 'or', 'and', 'to',
]);
