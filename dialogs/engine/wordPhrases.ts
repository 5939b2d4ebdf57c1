/**
 * A content list of phrases of one or more words (the stuck words, the pointing and asking phrases, the contrast
 * words), looked up by their first word: a message is read with one map lookup per word instead of every phrase
 * tried, on a copy of the rest of the message, at every word. Trying them all made "says the user is stuck" ~11 % of
 * the engine's CPU on the conversation sets (bench/README.md, "Turn bench, round 13").
 */
export class WordPhrases {
  /** Each first word's phrases, in the content's order (the first listed that fits is the one found). */
  private readonly byFirst = new Map<string, (readonly string[])[]>();

  constructor(phrases: readonly (readonly string[])[]) {
    for (const phrase of phrases) {
      if (phrase.length === 0) continue;
      const listed = this.byFirst.get(phrase[0]!);
      if (listed) listed.push(phrase);
      else this.byFirst.set(phrase[0]!, [phrase]);
    }
  }

  /** The first phrase of the list that the words hold from `at` on, if any. */
  at(words: readonly string[], at: number): readonly string[] | undefined {
    const candidates = at < words.length ? this.byFirst.get(words[at]!) : undefined;
    return candidates?.find((phrase) => phrase.every((word, offset) => words[at + offset] === word));
  }

  /** Whether the words hold a phrase of the list anywhere. */
  inside(words: readonly string[]): boolean {
    return words.some((_, at) => this.at(words, at) !== undefined);
  }
}
