import type { Content, Court } from '../content/types';

/**
 * What the engine needs from outside, in one module that imports nothing of the engine: the recognizer and the
 * frustration check (dialogs/nlu), and the deployment's options. engine.ts, turn.ts and handoff.ts all read these
 * types from here, so none of them imports another only for a type.
 */

/** What the engine needs from a recognizer: text in, ranked intents out (see dialogs/nlu/recognizer). */
export interface IntentRecognition {
  readonly intent: string;
  readonly score: number;
  readonly ranked: readonly { readonly intent: string; readonly score: number }[];
  readonly ambiguous: boolean;
}
export type Recognize = (text: string) => IntentRecognition;

/** Tells whether a message sounds clearly frustrated (see dialogs/nlu/frustration). */
export type IsFrustrated = (text: string) => boolean;

export interface EngineOptions {
  /** The court a deployment serves; unset, the bot asks for it before the walkthrough's first question. */
  readonly pinnedCourt?: Court;
  /** How to reach a person when the court's entry has no help desk (from config). */
  readonly helpDesk?: string;
  readonly maxMessageLength: number;
  /** Spots a clearly frustrated user, to offer a person (default: never). */
  readonly isFrustrated?: IsFrustrated;
}

/** Everything one turn reads; built once per engine. */
export interface TurnDeps extends EngineOptions {
  readonly content: Content;
  readonly recognize: Recognize;
}
