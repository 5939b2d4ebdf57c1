import type { Content } from '../content/types';
import { spanishWords } from '../nlu-es/spanishText';

/** A run of court-name words must hold one of these (at least this long) to be a court's name: "of the" is not. */
const ANCHOR_MIN_LENGTH = 4;
/** State abbreviations ("la", "de", "me", "in") are everyday words in both languages: only longer words count. */
const NAME_WORD_MIN_LENGTH = 3;

/**
 * The English names of the federal courts inside a message ("es para el Western District of Texas"), taken out
 * before the message's language is told: a court's name is what the screens and the court call it, not a choice of
 * language. The words come from the English content: the courts' full names ("U.S. Bankruptcy Court for the Western
 * District of Texas"), the states' names and the court matcher's direction and kind words.
 */
export class CourtNameSpans {
  private readonly words: ReadonlySet<string>;
  private readonly anchors: ReadonlySet<string>;

  constructor(english: Content) {
    const { states, words } = english.courtNames;
    const fullNames = [...english.courts.values()].flatMap((court) => spanishWords(court.name));
    const names = [...states.flatMap((state) => state.names), ...Object.values(words.directions).flat()].flatMap(spanishWords)
      .filter((word) => word.length >= NAME_WORD_MIN_LENGTH);
    const kinds = [...words.bankruptcy, ...words.district, ...words.wholeState].flatMap(spanishWords);
    this.anchors = new Set(kinds.filter((word) => word.length >= ANCHOR_MIN_LENGTH && !/\d/.test(word)));
    this.words = new Set([...fullNames, ...names, ...this.anchors]);
  }

  /** The message's words without the courts' names in it (the words joined by spaces: what telling a language reads). */
  without(text: string): string {
    const kept: string[] = [];
    let run: string[] = [];
    const endRun = () => {
      if (!(run.length > 1 && run.some((word) => this.anchors.has(word)))) kept.push(...run);
      run = [];
    };
    for (const word of spanishWords(text)) {
      if (this.words.has(word)) run.push(word);
      else {
        endRun();
        kept.push(word);
      }
    }
    endRun();
    return kept.join(' ');
  }
}
