import { foldAccents } from '../content/normalise';
import type { Content } from '../content/types';
import { SPANISH_STOP_WORDS } from '../nlu-es/spanishText';
import { tokens } from './answerReader';
import { procedureSteps } from './flowView';
import { FUNCTION_WORDS, stem } from './wordForms';

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
