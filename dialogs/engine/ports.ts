import type { Content, Court } from '../content/types';
import type { LabelledExample, RecognizerOptions } from '../nlu/recognizer';

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

/**
 * Trains the progress reader's model (dialogs/engine/progressReader) on its examples, in the content's language with
 * those options; the host passes one that keeps the trained model between starts (NLU_CACHE_DIR).
 */
export type TrainProgress = (examples: readonly LabelledExample[], locale: string, options: RecognizerOptions) => { recognize: Recognize };

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
  /** Other languages (dialogs/locale): each turn runs on the content and recognizer of the language chosen for it. */
  readonly localization?: Localization;
  /** How the progress reader's model is trained (default: trained here, on first use). */
  readonly trainProgress?: TrainProgress;
}

/** What a conversation remembers of its language (in its state). */
export interface LocaleMemory {
  readonly locale?: string;
  /** The user chose it: it wins until they choose again. */
  readonly localeChosen?: boolean;
  /** A question of the bot waits for its answer: a short reply ("ya", "correct") is read in the conversation's language. */
  readonly pending?: unknown;
}

/** The languages the engine speaks besides the English content it is built with (see dialogs/locale/localeChooser). */
export interface Localization {
  /** `isFrustrated`: that language's frustration check (its own anger phrases); without it, EngineOptions' is used. */
  readonly byLocale: ReadonlyMap<string, { readonly content: Content; readonly recognize: Recognize; readonly isFrustrated?: IsFrustrated }>;
  /** The language to welcome in. */
  initial(memory: LocaleMemory, channelLocale?: string): string;
  /** The language of one message's turn; `switchOnly`: the message only chose it. */
  choose(memory: LocaleMemory, text: string, channelLocale?: string): { locale: string; chosen: boolean; switchOnly: boolean };
}

/** Everything one turn reads; built once per engine. */
export interface TurnDeps extends EngineOptions {
  readonly content: Content;
  readonly recognize: Recognize;
}
