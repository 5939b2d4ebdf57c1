/**
 * Misspelt domain words, generated rather than hand-picked (issue 18, round 11): how the recognizer fares when a
 * question says "utilites", "pacr" or "credintials" instead of the content's own word.
 *
 * - The domain words are the content's own: every word of at least MIN_WORD_LENGTH letters that MIN_EXAMPLES or more
 *   training examples use and that is not an English stop word (so "password", "utilities", "nextgen", "link").
 * - Each carrier sentence of the committed evaluation sets (in scope, written by people who never saw content/) that
 *   says one of those words gets one of them misspelt by a seeded random edit of the kinds typing makes (Damerau 1964;
 *   Kukich 1992: most misspellings are one deletion, insertion, substitution or swap): a letter dropped, doubled,
 *   swapped with the next, or replaced by / preceded by a neighbour on a QWERTY keyboard, at any letter (the first
 *   too, although people seldom mistype it: the corrector's first-letter rule is measured, not assumed). A second set applies two such edits to the same word ("credintials" is one,
 *   "utilitys" two).
 * - Figures: the recognizer's top intent right on the clean and on the misspelt sentence, the answers the typo
 *   changed, and how often the typo reaches the model as the content's word again (`restored`).
 */
import { readFileSync } from 'fs';
import { seededRandom } from '../dialogs/nlu/random';
import type { LabelledExample, Recognizer } from '../dialogs/nlu/recognizer';
import { stem, stopWords } from '../dialogs/nlu/naturalText';
import { words } from '../dialogs/nlu/textFeatures';

const MIN_WORD_LENGTH = 4;
const MIN_EXAMPLES = 5;

/** Letters next to each letter on a QWERTY keyboard (same row and the rows above and below). */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'qwsz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol', q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji',
  v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asx',
};

export interface MisspeltSentence {
  intent: string;
  clean: string;
  misspelt: string;
  word: string;
  typo: string;
}

/** The content's domain words: used by at least `minExamples` training examples, not stop words, letters only. */
export function domainWords(examples: readonly LabelledExample[], minExamples = MIN_EXAMPLES): Set<string> {
  const used = new Map<string, number>();
  for (const example of examples) for (const word of new Set(words(example.text))) used.set(word, (used.get(word) ?? 0) + 1);
  const everyday = new Set(stopWords);
  return new Set([...used].filter(([word, n]) => n >= minExamples && word.length >= MIN_WORD_LENGTH && /^[a-z]+$/.test(word) && !everyday.has(word))
    .map(([word]) => word));
}

/** One random typing edit of `word`, at any letter. */
export function oneEdit(word: string, random: () => number): string {
  const pick = (options: string): string => options[Math.floor(random() * options.length)] as string;
  const at = Math.floor(random() * word.length);
  const letter = word[at] as string;
  switch (Math.floor(random() * 5)) {
    case 0: return word.slice(0, at) + word.slice(at + 1); // dropped
    case 1: return word.slice(0, at) + letter + word.slice(at); // doubled
    case 2: return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + letter + word.slice(at + 2) : word.slice(0, at); // swapped
    case 3: return word.slice(0, at) + pick(NEIGHBOURS[letter] ?? letter) + word.slice(at + 1); // wrong key
    default: return word.slice(0, at) + pick(NEIGHBOURS[letter] ?? letter) + word.slice(at); // extra key
  }
}

/** `edits` random edits of the word; never the word itself. */
export function typoOf(word: string, edits: number, random: () => number): string {
  for (;;) {
    let typo = word;
    for (let i = 0; i < edits; i++) typo = oneEdit(typo, random);
    if (typo !== word) return typo;
  }
}

/** Each carrier that says a domain word, with one of its domain words misspelt (`edits` edits), the same every run. */
export function misspeltSentences(carriers: readonly LabelledExample[], domain: ReadonlySet<string>, edits: number, seed = 1): MisspeltSentence[] {
  const random = seededRandom(seed);
  const out: MisspeltSentence[] = [];
  for (const { text, intent } of carriers) {
    const said = [...new Set(words(text))].filter((w) => domain.has(w));
    if (said.length === 0) continue;
    const word = said[Math.floor(random() * said.length)] as string;
    const typo = typoOf(word, edits, random);
    const misspelt = text.replace(new RegExp(`\\b${word}\\b`, 'i'), typo);
    out.push({ intent, clean: text, misspelt, word, typo });
  }
  return out;
}

export interface MisspellingFigures {
  sentences: number;
  cleanRight: number;
  misspeltRight: number;
  /** Right when clean, wrong when misspelt. */
  broken: number;
  /** The typo reached the model as the domain word (or a word of its stem). */
  restored: number;
  /** The typo was taken for another training word. */
  miscorrected: number;
}

type Reader = Pick<Recognizer, 'recognize'> & { correctedWords(text: string): string[] };

export function misspellingFigures(recognizer: Reader, set: readonly MisspeltSentence[]): MisspellingFigures {
  const figures: MisspellingFigures = { sentences: set.length, cleanRight: 0, misspeltRight: 0, broken: 0, restored: 0, miscorrected: 0 };
  for (const s of set) {
    const clean = recognizer.recognize(s.clean).intent === s.intent;
    const misspelt = recognizer.recognize(s.misspelt).intent === s.intent;
    figures.cleanRight += Number(clean);
    figures.misspeltRight += Number(misspelt);
    figures.broken += Number(clean && !misspelt);
    const read = recognizer.correctedWords(s.typo)[0] ?? s.typo;
    if (read === s.word || stem(read) === stem(s.word)) figures.restored++;
    else if (read !== s.typo) figures.miscorrected++;
  }
  return figures;
}

export function readLabelled(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((line) => JSON.parse(line) as LabelledExample);
}

export function misspellingTable(rows: ReadonlyArray<{ name: string; figures: MisspellingFigures }>): string {
  const pct = (n: number, of: number): string => `${n} (${(100 * n / Math.max(1, of)).toFixed(1)} %)`;
  const lines = ['misspelt domain words\tsentences\tright, clean\tright, misspelt\tbroken by the typo\ttypo read as the word\tread as another word'];
  for (const { name, figures: f } of rows) {
    lines.push([name, f.sentences, pct(f.cleanRight, f.sentences), pct(f.misspeltRight, f.sentences), pct(f.broken, f.sentences),
      pct(f.restored, f.sentences), pct(f.miscorrected, f.sentences)].join('\t'));
  }
  return lines.join('\n');
}
