/**
 * The chrome around the authors' words on cards and in Markdown ("Step 2 of 6", "Important", "Tip", "Source"), in
 * each language the bot answers in. Labels only, never procedure text: the words inside come from the content of
 * the reply's locale (Reply.locale), so a Spanish reply never carries an English label.
 */
export interface CardLabels {
  /** `{n}` and `{total}` are the step's number and the number of steps. */
  readonly step: string;
  readonly warning: string;
  readonly tip: string;
  readonly source: string;
}

const ENGLISH: CardLabels = { step: 'Step {n} of {total}', warning: '⚠ Important', tip: 'Tip', source: 'Source' };

const BY_LOCALE: Readonly<Record<string, CardLabels>> = {
  en: ENGLISH,
  es: { step: 'Paso {n} de {total}', warning: '⚠ Importante', tip: 'Consejo', source: 'Fuente' },
};

/** The labels of a reply's locale; English for a reply without one (or in a language with no labels yet). */
export function cardLabels(locale: string | undefined): CardLabels {
  return (locale !== undefined && BY_LOCALE[locale]) || ENGLISH;
}
