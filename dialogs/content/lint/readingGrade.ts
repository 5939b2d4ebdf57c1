import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { normaliseText } from '../normalise';

/**
 * The Flesch-Kincaid grade of an answer as a reader meets it. Markdown and link targets are dropped, a
 * placeholder reads as one short word, and the glossary's terms (CM/ECF, NextGen, upgraded account …) count as
 * known one-syllable words: the bot explains them, so they should not push an answer's grade up.
 * Each line of a list counts as a sentence, as a reader takes it in.
 */
export class ReadingGrade {
  /** Known phrases, longest first, normalised (lower case, punctuation as spaces). */
  private readonly known: readonly string[];

  constructor(knownTerms: readonly string[]) {
    this.known = [...new Set(knownTerms.map(normaliseText).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  }

  grade(text: string): number {
    const sentences = this.sentencesOf(text);
    const words = sentences.flat();
    if (words.length === 0) return 0;
    const syllables = words.reduce((sum, word) => sum + (word === KNOWN ? 1 : Math.max(1, syllable(word))), 0);
    return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  }

  private sentencesOf(text: string): string[][] {
    const plain = text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, 'link')
      .replace(/\{[\w.]+\}/g, KNOWN)
      .replace(/[*_`>]/g, ' ');
    return plain.split(/[.!?]+(?=\s|$)|:\s*\n|\n+/)
      .map((sentence) => this.wordsOf(sentence))
      .filter((words) => words.length > 0);
  }

  /** The words of one sentence, each known term (of any length) replaced by one known word. */
  private wordsOf(sentence: string): string[] {
    let padded = ` ${normaliseText(sentence)} `;
    for (const term of this.known) padded = padded.split(` ${term} `).join(` ${KNOWN} `);
    return padded.split(' ').filter((word) => word.length > 0);
  }
}

/** Stands for a word the reader knows: a glossary term or a filled-in value. */
const KNOWN = 'known';
