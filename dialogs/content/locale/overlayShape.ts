/**
 * Which keys of each content file hold what a user sees (text) or types (words), and how a locale overlay's lists
 * are matched to the English ones (by `id` or by position). Everything not named here comes from the English file
 * only. One description serves the merge, the validation and the overlay schemas for editors (localeSchemas.ts).
 */
export type Shape =
  /** A text the user sees; `optional`: the English text is used when no translation is given (a phone number). */
  | { readonly kind: 'text'; readonly optional?: boolean }
  /** A list of words users type; the overlay's list replaces the English one. `required`: must be given. */
  | { readonly kind: 'words'; readonly required?: boolean }
  /** An object with translatable fields; `key` names a field that must repeat the English value (e.g. `intent`). */
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>>; readonly key?: string }
  | { readonly kind: 'list'; readonly by: 'id' | 'position'; readonly item: Shape }
  /** A map whose keys come from the English file. */
  | { readonly kind: 'map'; readonly value: Shape };

const text: Shape = { kind: 'text' };
const optionalText: Shape = { kind: 'text', optional: true };
const words: Shape = { kind: 'words' };
const object = (fields: Record<string, Shape>, key?: string): Shape => ({ kind: 'object', fields, ...(key ? { key } : {}) });
const byId = (item: Shape): Shape => ({ kind: 'list', by: 'id', item });
const byPosition = (item: Shape): Shape => ({ kind: 'list', by: 'position', item });
const map = (value: Shape): Shape => ({ kind: 'map', value });

const node = object({
  title: text, say: text, ask: text, tip: text, warning: text, caution: text,
  choices: byPosition(object({ label: text, also: words, when: words })),
  questions: byPosition(object({ examples: words, say: text })),
  done: words, at: words, tried: words,
}, 'id');

/** The overlay shapes, by the content file they translate (relative to content/). */
export const OVERLAY_SHAPES = {
  procedure: object({ title: text, nodes: byId(node) }),
  topic: object({ title: text, examples: { kind: 'words', required: true }, nodes: byId(node) }, 'intent'),
  responses: object({
    messages: map(text), buttons: map(text), labels: map(text), commands: map(words), answers: map(words), stepDone: words, frustration: words, withoutContact: words, ifItFails: words, stopSaid: words,
    stepRequest: object({ step: words, words, goingTo: words, after: words, doneSaid: words, doneWords: words }),
  }),
  glossary: object({ terms: byId(object({ term: text, also: words, say: text }, 'id')) }, 'intent'),
  facts: object({ seed: object({ title: text }), facts: map(object({ value: optionalText })) }),
  courtWords: object({
    messages: map(text), buttons: map(text), kinds: map(words), directions: map(words), notFederal: words, federal: words,
    circuitWords: words, changeCourt: words,
  }),
  courtDetails: object({ courts: byId(object({ helpDesk: text }, 'id')), unknownCourt: object({ name: text, ecfUrl: text }) }),
  triage: object({ urgent: words }),
} as const satisfies Record<string, Shape>;

export type OverlayKind = keyof typeof OVERLAY_SHAPES;
