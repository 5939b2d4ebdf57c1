import type { FactBook } from '../facts';
import type { ContentProblem } from '../problem';
import type { YamlSource } from '../yamlSource';

/** Values with this many digits (phone numbers) are compared by their digits, whatever the punctuation. */
const DIGITS_OF_A_NUMBER = 7;

/** A shared fact written out by hand instead of {facts.NAME}: the next update would miss it. */
export function factsWrittenOut(
  texts: readonly { source: YamlSource; path: (string | number)[]; text: string }[], facts: FactBook,
): ContentProblem[] {
  const literals = facts.literals();
  return texts.flatMap(({ source, path, text }) => literals.flatMap(({ name, written }) => {
    const found = written.find((form) => contains(text, form));
    return found === undefined ? [] : [source.problemAt(path, `"${found}" is the fact ${name}: write {facts.${name}} instead.`)];
  }));
}

function contains(text: string, form: string): boolean {
  const digits = form.replace(/\D/g, '');
  if (digits.length >= DIGITS_OF_A_NUMBER) return text.replace(/\D/g, '').includes(digits);
  return text.toLowerCase().includes(form.toLowerCase());
}
