import type { TurnObservation } from './observe';

/** What a conversation file may expect of a turn (README.md); every key optional, all given keys must hold. */
export interface Expectation {
  readonly kind?: string | readonly string[];
  readonly not_kind?: string | readonly string[];
  readonly asks?: boolean;
  readonly topic?: string | readonly string[];
  readonly not_topic?: string | readonly string[];
  readonly step?: number;
  readonly keeps_place?: boolean;
  readonly offers_person?: boolean;
  readonly ticket?: boolean;
  readonly says?: string | readonly string[];
  readonly not_says?: string | readonly string[];
  /** Project extensions (the project's own conversations, as Rasa's test stories): the intent and the action. */
  readonly intent?: string;
  readonly action?: string;
}

/** The shape every turn must have, whatever its expectation. */
export const SHAPE = { questions: 1, buttons: 6, words: 120 } as const;

const KEYS = new Set(['kind', 'not_kind', 'asks', 'topic', 'not_topic', 'step', 'keeps_place', 'offers_person', 'ticket', 'says', 'not_says',
  'intent', 'action']);

/** Keys a file uses that the format does not define (a typo must not pass silently). */
export function unknownKeys(expectation: object): string[] {
  return Object.keys(expectation).filter((key) => !KEYS.has(key));
}

/** Every way the turn misses its expectation or the shape rules, in words; empty when it passes. */
export function failures(expect: Expectation, seen: TurnObservation): string[] {
  const problems = [...shapeProblems(seen)];
  const kinds = wanted(expect.kind);
  if (kinds && !kinds.some((kind) => seen.kinds.includes(kind))) problems.push(`kind: expected ${kinds.join(' | ')}, got ${seen.kinds.join(' + ') || 'none'}`);
  const banned = wanted(expect.not_kind)?.filter((kind) => seen.kinds.includes(kind)) ?? [];
  if (banned.length > 0) problems.push(`not_kind: got ${banned.join(', ')}`);
  const topics = wanted(expect.topic);
  if (topics && !topics.includes(seen.topic ?? '')) problems.push(`topic: expected ${topics.join(' | ')}, got ${seen.topic ?? 'none'}`);
  if (seen.topic && wanted(expect.not_topic)?.includes(seen.topic)) problems.push(`not_topic: got ${seen.topic}`);
  if (expect.step !== undefined && seen.step !== expect.step) problems.push(`step: expected ${expect.step}, got ${seen.step ?? 'no step card'}`);
  if (expect.asks !== undefined && (seen.questions === 1) !== expect.asks) problems.push(`asks: expected ${expect.asks}, got ${seen.questions} question(s)`);
  if (expect.keeps_place !== undefined && seen.keptPlace !== expect.keeps_place) problems.push(`keeps_place: expected ${expect.keeps_place}`);
  if (expect.offers_person !== undefined && seen.offeredPerson !== expect.offers_person) problems.push(`offers_person: expected ${expect.offers_person}`);
  if (expect.ticket !== undefined && seen.ticket !== expect.ticket) problems.push(`ticket: expected ${expect.ticket}`);
  if (expect.intent !== undefined && seen.intent !== expect.intent) problems.push(`intent: expected ${expect.intent}, got ${seen.intent ?? 'none'}`);
  if (expect.action !== undefined && seen.action !== expect.action) problems.push(`action: expected ${expect.action}, got ${seen.action}`);
  for (const pattern of wanted(expect.says) ?? []) if (!new RegExp(pattern, 'i').test(seen.text)) problems.push(`says: /${pattern}/ not found`);
  for (const pattern of wanted(expect.not_says) ?? []) if (new RegExp(pattern, 'i').test(seen.text)) problems.push(`not_says: /${pattern}/ found`);
  return problems;
}

/** A key that takes one value or a list of them, as a list (a lone regex must not be read letter by letter). */
function wanted(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
}

function shapeProblems(seen: TurnObservation): string[] {
  const problems: string[] = [];
  if (seen.questions > SHAPE.questions) problems.push(`shape: ${seen.questions} questions`);
  if (!seen.questionIsLast) problems.push('shape: the question is not the last bubble');
  if (seen.buttons > SHAPE.buttons) problems.push(`shape: ${seen.buttons} buttons`);
  if (seen.words > SHAPE.words) problems.push(`shape: ${seen.words} words`);
  if (seen.leakedSecret) problems.push('shape: a password the user typed is in the reply');
  return problems;
}
