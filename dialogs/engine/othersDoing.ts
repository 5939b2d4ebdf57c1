import { foldAccents } from '../content/normalise';
import type { Content } from '../content/types';
import { madeOnce } from './madeOnce';

const cache = new WeakMap<Content, OthersDoing>();

/**
 * Someone else's doing told as progress (issue 17, round 28): a paralegal reports what the attorney did ("ya abrió el
 * filing system y se metió con su pacer", "she logged in"), or what they did together ("le dimos submit", "we found the
 * link"). The steps' examples are in the first person ("entré", "le di submit"); read in the first person (content's
 * `answers.othersDoing`: "le dio" as "le di", "se metió" as "me metí", "su" as "mi"), the report is the same step done.
 * Built once per content; a message with none of the pairs' first words is returned as it is, uncopied.
 */
export class OthersDoing {
  /** The pairs by their said words' first word (folded), longest first. */
  private readonly byFirst: ReadonlyMap<string, readonly { readonly said: readonly string[]; readonly mine: string }[]>;

  private constructor(content: Content) {
    const byFirst = new Map<string, { said: string[]; mine: string }[]>();
    for (const [said, mine] of content.responses.answers.othersDoing ?? []) {
      const words = folded(said);
      if (words.length === 0) continue;
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ said: words, mine: folded(mine).join(' ') });
      byFirst.set(words[0]!, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.said.length - a.said.length);
    this.byFirst = byFirst;
    const firsts = [...byFirst.keys()].join('|');
    this.mentions = firsts === '' ? undefined : new RegExp(`(?:^|[^a-z0-9])(?:${firsts})(?:[^a-z0-9]|$)`);
  }

  /** Whether a text (lower case, folded) has a pair's first word: the cheap test before the words are read. */
  private readonly mentions: RegExp | undefined;
  /** The last text read and its reading: a turn reads its message several times (reports, what was tried). */
  private last: { readonly text: string; readonly own: string } | undefined;

  static of(content: Content): OthersDoing {
    return madeOnce(cache, content, (made) => new OthersDoing(made));
  }

  /**
   * The text with someone else's doing said in the first person ("ya le dio f5" -> "ya le di f5"); the words that are
   * none of the pairs' kept as typed, the marks between them too ("puso su login, le dio submit" keeps its comma).
   */
  asOwn(text: string): string {
    if (this.last?.text === text) return this.last.own;
    const own = this.mentions?.test(foldAccents(text.toLowerCase())) ? this.read(text) : text;
    this.last = { text, own };
    return own;
  }

  private read(text: string): string {
    const pieces = text.split(/(\s+)/);
    const words = pieces.map((piece, i) => (i % 2 === 0 ? bare(piece) : ''));
    if (!words.some((word) => this.byFirst.has(word))) return text;
    const out: string[] = [];
    for (let i = 0; i < pieces.length; i += 2) {
      const pair = this.byFirst.get(words[i]!)?.find(({ said }) => said.every((word, k) => words[i + 2 * k] === word
        // The pair's words end where a mark ends a clause ("puso, le dio" are two): only its last word may carry one.
        && (k === said.length - 1 || !/[.,;:!?]$/.test(pieces[i + 2 * k]!))));
      if (pair === undefined) {
        out.push(pieces[i]!, pieces[i + 1] ?? '');
        continue;
      }
      const last = pieces[i + 2 * (pair.said.length - 1)]!;
      out.push(pair.mine + (last.match(/[.,;:!?]+$/)?.[0] ?? ''), pieces[i + 2 * (pair.said.length - 1) + 1] ?? '');
      i += 2 * (pair.said.length - 1);
    }
    return out.join('');
  }
}

/** A typed word lower case, accents folded, without the marks around it ("Abrió," -> "abrio"). */
function bare(word: string): string {
  return foldAccents(word.toLowerCase()).replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

function folded(phrase: string): string[] {
  return phrase.split(/\s+/).map(bare).filter((word) => word !== '');
}
