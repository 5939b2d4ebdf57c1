import { stem, tokenizeWords } from '../nlu/naturalText';
import { inverseDocumentFrequencies } from '../nlu/tfidf';

/*
 * Groups similar short texts (the questions the bot could not answer) so clerks see themes, not hundreds of lines.
 * Texts become TF-IDF vectors of Porter stems (natural's tokenizer and stemmer); each text joins the group whose
 * centroid is most similar by cosine if that is at least `threshold`, else starts a group. Most frequent first, so
 * a group is named after its most common wording.
 */

/** A distinct text and how often it was seen. */
export interface CountedText {
  readonly text: string;
  readonly count: number;
}

export interface TextGroup {
  /** The most frequent wording in the group. */
  readonly label: string;
  readonly count: number;
  readonly texts: readonly CountedText[];
}

/** Function words carry no theme; without them "I can't find the link" and "I can't log in" do not look alike. */
const FUNCTION_WORDS = new Set(('a an the and or but if so to of in on at by for with from into about as is are was were be been am do does '
  + 'did have has had i me my we our you your it its this that these those there here what which who how when where why can could '
  + 'would should will just not no t s m d ll re ve please hi hello thanks help').split(' '));

export const DEFAULT_GROUP_THRESHOLD = 0.45;
type Vector = Map<string, number>;

/** Lower-case Porter stems of a text's words: "Deadlines" and "deadline" meet as "deadlin". */
export function stems(text: string): string[] {
  return tokenizeWords(text.toLowerCase()).map(stem);
}

export function groupSimilar(items: readonly CountedText[], threshold = DEFAULT_GROUP_THRESHOLD): TextGroup[] {
  const sorted = [...items].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const terms = sorted.map((item) => contentStems(item.text));
  const idf = inverseDocumentFrequencies(terms);
  const groups: { texts: CountedText[]; centroid: Vector }[] = [];
  sorted.forEach((item, index) => {
    const vector = tfIdf(terms[index]!, idf);
    let best: { group: (typeof groups)[number]; similarity: number } | undefined;
    for (const group of groups) {
      const similarity = cosine(vector, group.centroid);
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { group, similarity };
    }
    if (best) {
      best.group.texts.push(item);
      addInto(best.group.centroid, vector);
    } else {
      groups.push({ texts: [item], centroid: new Map(vector) });
    }
  });
  return groups
    .map(({ texts }) => ({ label: texts[0]!.text, count: texts.reduce((sum, text) => sum + text.count, 0), texts }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function contentStems(text: string): string[] {
  return tokenizeWords(text.toLowerCase()).filter((word) => !FUNCTION_WORDS.has(word)).map(stem);
}

function tfIdf(terms: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const vector: Vector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + (idf.get(term) ?? 1));
  return vector;
}

function addInto(target: Vector, vector: Vector): void {
  for (const [term, weight] of vector) target.set(term, (target.get(term) ?? 0) + weight);
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
