import { foldAccents } from '../content/normalise';
import type { Content } from '../content/types';
import { SPANISH_STOP_WORDS } from '../nlu-es/spanishText';
import { tokens } from './answerReader';
import { procedureSteps } from './flowView';
import { FUNCTION_WORDS, root, stem } from './wordForms';
import { madeOnce } from './madeOnce';

/** A step's words, in the order they tell the step: the names on screen it shows in bold, then the rest of its card. */
interface StepVocabulary { readonly step: number; readonly tiers: readonly ReadonlySet<string>[] }

const vocabularies = new WeakMap<Content, readonly StepVocabulary[]>();

/**
 * The things each step's card names, to tell which earlier step a user means when they go back to it in words of
 * its own ("which menu was that under?", "i want to check the utilities part again", "which site exactly?"). First
 * the names on the user's screen (the card's bold words: **Utilities**, **NextGen Release 1.1 Menu Items**), then the
 * card's other words (its title, text and tip): a word names a step when no other step before the place has it
 * anywhere on its card. Made once per content.
 */
export function stepNamedBefore(content: Content, text: string, place: number): number | undefined {
  const stop = content.locale === 'es' ? SPANISH_STOP_WORDS : FUNCTION_WORDS;
  const said = new Set(contentWords(text, stop));
  const before = vocabularyOf(content).filter((vocabulary) => vocabulary.step < place);
  for (let tier = 0; tier < TIERS; tier += 1) {
    // A word another earlier step's card has anywhere names neither ("account": Step 2's and Step 3's).
    const named = before.filter((vocabulary) => [...said].some((word) => vocabulary.tiers[tier]!.has(word)
      && before.every((other) => other === vocabulary || other.tiers.every((words) => !words.has(word)))));
    if (named.length === 1) return named[0]!.step;
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/**
 * "what am i checking", "which link was it": a question whose words of substance are all on the card of `step` (1-based)
 * and one at least: it asks what the card says.
 */
export function saidOfStep(content: Content, text: string, step: number): boolean {
  const stop = content.locale === 'es' ? SPANISH_STOP_WORDS : FUNCTION_WORDS;
  const card = cardRoots(content).get(step);
  // Compared by their roots: "what am i checking" asks of Step 5's "Check the names".
  const said = contentWords(text, stop).map(root);
  return card !== undefined && said.length > 0 && said.every((word) => card.has(word));
}

const rootsByContent = new WeakMap<Content, ReadonlyMap<number, ReadonlySet<string>>>();

/** Each step's card words by their roots, made once. */
function cardRoots(content: Content): ReadonlyMap<number, ReadonlySet<string>> {
  return madeOnce(rootsByContent, content, () => new Map(vocabularyOf(content).map((vocabulary) => [vocabulary.step, new Set([...vocabulary.tiers[1]!].map(root))])));
}

/**
 * The one step whose warning or caution names a word the text says that no other step's card, warning or caution has
 * ("the firm one", "shared acct": Step 2's "Do not log on using a shared firm PACER account"); undefined when none
 * or several. 1-based.
 */
export function stepWarnedOf(content: Content, text: string): number | undefined {
  const stop = content.locale === 'es' ? SPANISH_STOP_WORDS : FUNCTION_WORDS;
  const warned = warnedWords(content);
  const steps = new Set(contentWords(text, stop).flatMap((word) => (warned.has(word) ? [warned.get(word)!] : [])));
  return steps.size === 1 ? [...steps][0] : undefined;
}

const warnedByContent = new WeakMap<Content, ReadonlyMap<string, number>>();

/** Each word only one step's warning or caution has, to that step, made once. */
function warnedWords(content: Content): ReadonlyMap<string, number> {
  return madeOnce(warnedByContent, content, () => {
    const stop = content.locale === 'es' ? SPANISH_STOP_WORDS : FUNCTION_WORDS;
    const steps = procedureSteps(content);
    const warnings = steps.map((node) => new Set(contentWords([node.warning ?? '', node.caution ?? ''].join(' '), stop)));
    const cards = vocabularyOf(content).map((vocabulary) => vocabulary.tiers[1]!);
    const found = new Map<string, number>();
    steps.forEach((node, i) => warnings[i]!.forEach((word) => {
      const elsewhere = steps.some((_, j) => j !== i && (warnings[j]!.has(word) || cards[j]!.has(word)));
      if (!elsewhere && node.step !== undefined) found.set(word, node.step);
    }));
    return found;
  });
}

const TIERS = 2;
/** Words shorter than this say nothing of a step ("1", "on", "cm"). */
const MIN_WORD = 3;

function vocabularyOf(content: Content): readonly StepVocabulary[] {
  let found = vocabularies.get(content);
  if (!found) {
    const stop = content.locale === 'es' ? SPANISH_STOP_WORDS : FUNCTION_WORDS;
    found = procedureSteps(content).map((node) => {
      const card = [node.title ?? '', node.say, node.tip ?? ''].join(' ');
      const bold = [...card.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]!).join(' ');
      // A placeholder ({court.ecfUrl}) is no word the user sees.
      const plain = card.replace(/\{[^}]*\}/g, ' ');
      return { step: node.step ?? 0, tiers: [new Set(contentWords(bold, stop)), new Set(contentWords(plain, stop))] };
    });
    vocabularies.set(content, found);
  }
  return found;
}

function contentWords(text: string, stop: ReadonlySet<string>): string[] {
  return tokens(foldAccents(text)).filter((word) => word.length >= MIN_WORD && !stop.has(word) && !/\d/.test(word)).map(stem);
}
