import { normaliseText } from '../content/normalise';

/**
 * Candidates (labels, navigation words, titles, court names) all come from content, so their normalised forms
 * are computed once and kept; this was the engine's largest per-turn cost. The user's text is never cached.
 */
const normalisedCandidates = new Map<string, string>();
function normaliseCandidate(candidate: string): string {
  let normalised = normalisedCandidates.get(candidate);
  if (normalised === undefined) {
    normalised = normaliseText(candidate);
    normalisedCandidates.set(candidate, normalised);
  }
  return normalised;
}

/** Whole-message matching for buttons and navigation words: case, spacing and punctuation do not matter. */
export function matchesAny(text: string, candidates: readonly string[]): boolean {
  return matchesNormalised(normaliseText(text), candidates);
}

/** matchesAny for a text already normalised, so a caller comparing one message with many lists does it once. */
export function matchesNormalised(wanted: string, candidates: readonly string[]): boolean {
  return wanted.length > 0 && candidates.some((candidate) => normaliseCandidate(candidate) === wanted);
}

/** A short message (at most maxWords words) that begins with one of the phrases, e.g. "yes it is" for "yes". */
export function startsWithAny(text: string, phrases: readonly string[], maxWords: number): boolean {
  const wanted = normaliseText(text);
  if (wanted.split(' ').length > maxWords) return false;
  return phrases.some((phrase) => {
    const start = normaliseCandidate(phrase);
    return start.length > 0 && wanted.startsWith(`${start} `);
  });
}

/** A message of at most maxWords words that says one of the phrases somewhere, as whole words ("can i talk to a real person"). */
export function saysAny(text: string, phrases: readonly string[], maxWords: number): boolean {
  const wanted = normaliseText(text);
  if (wanted.length === 0) return false;
  const words = wanted.split(' ');
  if (words.length > maxWords) return false;
  const padded = ` ${wanted} `;
  // A phrase said as whole words starts at one of the message's words: only the phrases opening with one are tried.
  const byFirstWord = spacedPhrases(phrases);
  return words.some((word) => byFirstWord.get(word)?.some((said) => padded.includes(said)) ?? false);
}

/**
 * A content list's phrases normalised and padded with a space at each end (the empty ones left out), by their first
 * word, made once per list: the handoff layer and the stop reader read every message, and each of its sentences or
 * clauses, against the same lists, and trying every phrase of a list on each was a few per cent of the engine's turn.
 */
const spacedLists = new WeakMap<readonly string[], ReadonlyMap<string, readonly string[]>>();
function spacedPhrases(phrases: readonly string[]): ReadonlyMap<string, readonly string[]> {
  let spaced = spacedLists.get(phrases);
  if (!spaced) {
    const byFirstWord = new Map<string, string[]>();
    for (const said of phrases.map(normaliseCandidate).filter((normalised) => normalised.length > 0)) {
      const first = said.split(' ', 1)[0]!;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), ` ${said} `]);
    }
    spaced = byFirstWord;
    spacedLists.set(phrases, spaced);
  }
  return spaced;
}

/** A message's first clause and what follows it as typed ("no thanks. i logged in now"); undefined for one clause. */
export function firstClause(text: string): { readonly first: string; readonly rest: string } | undefined {
  const found = /^([^,.;!?]+)[,.;!?]+\s*(\S.*)$/s.exec(text);
  return found ? { first: found[1]!, rest: found[2]! } : undefined;
}

/** The clauses of a message, split at punctuation ("done, next" -> "done", "next"). */
export function clauses(text: string): string[] {
  // Single letters are initials cut at their dots ("N.D.N.Y."), not clauses ("n" would be "next").
  // A dash between words is a mark too ("Sounds good — start me off"); an em dash, never inside a word, even unspaced.
  return text.split(/[,.;!?—]+|\s[-–]\s/).map((part) => part.trim()).filter((part) => part.length > 1);
}

/**
 * The clauses of a message (as `clauses`) with the marks that close them: "¿está en vivo?" asks, "está en vivo,"
 * states; a question mark is how a language that drops the subject tells them apart.
 */
export function markedClauses(text: string): string[] {
  return markedPieces(text).filter(hasWords);
}

/** A piece made only of abbreviations cut at their dots ("D.", "Del.", "N.D."): part of a name, not a clause. */
const ABBREVIATION = /^(\p{L}{1,5}\.)+$/u;

/**
 * The clauses of a message as `markedClauses` splits them, a name cut at its dots kept whole with the clause before it
 * ("Hi, D. Del. clerk's office here": "Hi, D. Del." and "clerk's office here").
 */
export function clausesKeepingAbbreviations(text: string): string[] {
  const joined: string[] = [];
  for (const piece of markedPieces(text)) {
    if (joined.length > 0 && ABBREVIATION.test(piece)) joined.push(`${joined.pop()!} ${piece}`);
    else joined.push(piece);
  }
  return joined.filter(hasWords);
}

function markedPieces(text: string): string[] {
  return text.split(/(?<=[,.;!?])(?![,.;!?])\s*|\s[-–]\s|\s*—\s*/).map((part) => part.trim()).filter((part) => part !== '');
}

function hasWords(part: string): boolean {
  return /[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(part);
}

/** A message's sentences, each with its closing marks ("own??", "¿y la facturación?"). */
export function sentences(text: string): string[] {
  return (text.match(/[^.!?]+[.!?]*/g) ?? []).map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The message without the worries told after its last sentence that asks (a question mark, or `asks`): "how do i
 * upgrade it?? i'm scared i'll mess something up" asks for the upgrade, and the worry names nothing asked. What is
 * told before the question stays ("it worked with Chrome. what do I do after logging in?"), and so does a detail
 * after it ("y la factura? queremos una sola cuenta"). Else the whole message.
 */
export function withoutWorryAfter(text: string, asks: (sentence: string) => boolean, worries: (sentence: string) => boolean): string {
  const parts = sentences(text);
  let last = parts.length - 1;
  while (last >= 0 && !parts[last]!.endsWith('?') && !asks(parts[last]!)) last -= 1;
  const after = parts.slice(last + 1);
  return last >= 0 && after.length > 0 && after.every(worries) ? parts.slice(0, last + 1).join(' ') : text;
}
