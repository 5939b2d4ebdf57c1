/**
 * The recognizer's confusions of the round-13 dev conversations, as classes of generated paraphrases (issue 18/21,
 * round 13): `npm run -s bench:nlu -- --confusions [--list]`.
 *
 * Each class is a small grammar written for this measure (never a dev sentence): a sentence is one alternative of each
 * part, joined by spaces, and every combination is generated (the parts are few, so a class is a few dozen sentences
 * to a few hundred). A class names the topics that answer it right; its figures are the share read as one of them,
 * and the share read as another topic at a score of 0.7 or more (confident and wrong). The examples added for a class
 * were written apart from its grammar, with other words, so the figure shows paraphrases the examples do not spell out.
 */
import { loadLocalizedContent } from '../dialogs/content/locale/localizedContent';
import { recognizerOptions, trainingExamples } from '../dialogs/content/trainingExamples';
import { Recognizer, type Recognition } from '../dialogs/nlu/recognizer';
import { SpanishRecognizer } from '../dialogs/nlu-es/spanishRecognizer';

export interface ConfusionClass {
  name: string;
  lang: 'en' | 'es';
  /** The topics that answer the class right. */
  right: readonly string[];
  /** Alternatives of each part of a sentence, in order; '' leaves a part out. */
  parts: ReadonlyArray<readonly string[]>;
}

export const CONFUSION_CLASSES: readonly ConfusionClass[] = [
  {
    // "unlink" said in the frame of a missing menu item ("there's no ... button", "where is ...") is undoing a link.
    name: 'unlink, asked where', lang: 'en', right: ['undo_link'],
    parts: [['', 'hi,', 'ok so'], ["where's the", 'I cannot find any', 'there is no', 'why is there no', "I don't see an", 'which menu has the'],
      ['unlink', 'un-link', 'undo link', 'disconnect'], ['button', 'option', 'setting'], ['', 'anywhere', 'in Utilities', 'on the site']],
  },
  {
    name: 'desvincular, preguntado dónde', lang: 'es', right: ['undo_link'],
    parts: [['', 'oye,', 'hola'], ['dónde está el botón para', 'no encuentro la opción de', 'no hay ningún botón para', 'en qué menú puedo', 'no veo cómo'],
      ['desvincular', 'deslinkear', 'quitar el vínculo', 'deshacer el vínculo'], ['', 'en Utilities', 'la cuenta', 'en ningún lado']],
  },
  {
    // Registering said without naming PACER, after the bot has said the user needs a PACER account.
    name: 'sign up, account not named', lang: 'en', right: ['no_pacer_account'],
    parts: [['', 'ok', 'alright,', 'so'], ['where do I', 'how do I', 'where can I', 'how would I', 'what site do I use to'],
      ['sign up', 'register', 'make one', 'create an account', 'get an account', 'open one'], ['', 'then', 'for that', 'online']],
  },
  {
    name: 'registrarse, sin nombrar la cuenta', lang: 'es', right: ['no_pacer_account'],
    parts: [['', 'ok', 'bueno,', 'y'], ['dónde me', 'cómo me', 'en qué página me'], ['registro', 'inscribo', 'doy de alta'], ['', 'entonces', 'para eso']],
  },
  {
    // A report of what happened, then the request: the request decides.
    name: 'a report, then a request to link', lang: 'en', right: ['start_linking'],
    parts: [['', 'ok.', 'great.'],
      ['she made her own PACER account yesterday.', 'he set up an individual account over the weekend.', 'my pacer account got upgraded on monday.',
        'our associate opened her own login last month.', 'I registered a new account this morning.'],
      ["let's link it", 'now walk me through the linking', 'time to do the linking', 'how do we link it now', 'ready to link']],
  },
  {
    name: 'un aviso o un agradecimiento, luego la pregunta', lang: 'es', right: ['multiple_courts'],
    parts: [['ya funcionó, gracias.', 'listo!! muchas gracias.', 'perfecto, ya aparecen.', 'ok ya quedó.'],
      ['oye', 'una pregunta,', ''],
      ['en la corte de quiebras también tengo cuenta de ecf, tengo que vincular ahí también?', 'tengo que hacer lo mismo en la otra corte donde presento?',
        'y en el tribunal de apelaciones hay que vincular otra vez?']],
  },
  {
    name: 'thanks or a report, then the question', lang: 'en', right: ['multiple_courts'],
    parts: [['that fixed it, thanks!', 'ok they showed up. thx', 'great, it worked.', 'perfect, all done.'],
      ['quick one:', 'also', ''],
      ['do I have to do this again in the bankruptcy court?', 'I also file in the 9th circuit, do I link there separately?',
        'does this cover my other district too or do I repeat it there?']],
  },
  {
    // A request to link (to be walked through) against a request that the bot act; the engine decides the first by the
    // sentence's shape as well (conv22, round 13), so this measures the recognizer alone.
    name: 'a request to link, imperative', lang: 'en', right: ['start_linking'],
    parts: [['', 'ok', 'hi,'], ['link my', 'connect my', 'help me link my', "let's link my"], ['CM/ECF account', 'ecf login', 'e-filing account'],
      ['', 'please', 'to pacer please', 'now']],
  },
  {
    name: 'a request that the bot link', lang: 'en', right: ['link_for_me'],
    parts: [['can you', 'could you', 'will you'], ['link', 'connect'], ['my accounts', 'it', 'my ecf to pacer'], ['for me', 'on my behalf', 'yourself']],
  },
  {
    // A password said to be right is not a forgotten one: the link is failing, or the login is (cookies).
    name: 'the password is right, it still fails', lang: 'en', right: ['link_failed', 'login_cookies'],
    parts: [['', 'tried 3 times,', 'I typed it carefully,', 'ok so'],
      ["I'm sure the password is right", 'the password is definitely correct', 'my ecf password is right', 'I know my old password is right'],
      ['', 'but it still says invalid', 'and it keeps failing', "and it won't take it"]],
  },
  {
    name: 'la contraseña está bien, sigue fallando', lang: 'es', right: ['link_failed', 'login_cookies'],
    parts: [['', 'ya lo intenté 3 veces,', 'lo escribí con cuidado,'],
      ['estoy segura de que la contraseña está bien', 'el password es el correcto', 'la clave de ecf está bien'],
      ['', 'pero sigue diciendo inválido', 'y no me deja', 'y sigue fallando']],
  },
  {
    // "the new one" names the upgraded PACER account's password, not an account to upgrade.
    name: 'the new one is the PACER password', lang: 'en', right: ['forgot_pacer_password'],
    parts: [["I can't remember", 'I forgot', 'I lost', 'no idea what is'], ['the pacer password,', 'my password for pacer,', 'the password,'],
      ['the new one', 'the one for the new account', 'the upgraded one', 'from the new account']],
  },
  {
    name: 'el nuevo es la contraseña de PACER', lang: 'es', right: ['forgot_pacer_password'],
    parts: [['no me acuerdo de', 'se me olvidó', 'olvidé', 'perdí'], ['la contraseña de pacer,', 'el password de pacer,', 'la clave de pacer,'],
      ['la nueva', 'el nuevo', 'la de la cuenta nueva', 'la de la cuenta actualizada']],
  },
];

export interface GeneratedSentence {
  className: string;
  lang: 'en' | 'es';
  right: readonly string[];
  text: string;
}

/** Every combination of one alternative per part, spaces collapsed. */
export function sentencesOf(c: ConfusionClass): GeneratedSentence[] {
  let texts = [''];
  for (const part of c.parts) texts = texts.flatMap((head) => part.map((alt) => `${head} ${alt}`));
  return texts.map((t) => ({ className: c.name, lang: c.lang, right: c.right, text: t.replace(/\s+/g, ' ').trim() }));
}

export interface ClassFigures {
  name: string;
  lang: string;
  sentences: number;
  right: number;
  /** Another topic at a score of 0.7 or more. */
  confidentlyWrong: number;
  wrong: Array<{ text: string; intent: string; score: number }>;
}

export function classFigures(c: ConfusionClass, recognize: (text: string) => Recognition): ClassFigures {
  const figures: ClassFigures = { name: c.name, lang: c.lang, sentences: 0, right: 0, confidentlyWrong: 0, wrong: [] };
  for (const s of sentencesOf(c)) {
    const r = recognize(s.text);
    figures.sentences++;
    if (c.right.includes(r.intent)) figures.right++;
    else {
      figures.wrong.push({ text: s.text, intent: r.intent, score: r.score });
      if (r.score >= 0.7) figures.confidentlyWrong++;
    }
  }
  return figures;
}

/** Every class read by the recognizer of its language, each trained on all of that language's examples. */
export function confusionRows(): ClassFigures[] {
  const localized = loadLocalizedContent(undefined, 'warn');
  const english = Recognizer.train(trainingExamples(localized.english), recognizerOptions(localized.english));
  const spanish = SpanishRecognizer.train(trainingExamples(localized.byLocale.get('es')!));
  return CONFUSION_CLASSES.map((c) => classFigures(c, (text) => (c.lang === 'es' ? spanish : english).recognize(text)));
}

export function confusionTable(rows: readonly ClassFigures[], list: boolean): string {
  const pct = (n: number, of: number): string => `${n} (${(100 * n / Math.max(1, of)).toFixed(1)} %)`;
  const lines = ['class\tlanguage\tsentences\tright topic\tanother topic at >= 0.7'];
  for (const r of rows) {
    lines.push([r.name, r.lang, r.sentences, pct(r.right, r.sentences), pct(r.confidentlyWrong, r.sentences)].join('\t'));
    if (list) for (const w of r.wrong) lines.push(`  -> ${w.intent} (${w.score.toFixed(2)}): ${w.text}`);
  }
  return lines.join('\n');
}
