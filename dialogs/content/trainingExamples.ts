import type { LabelledExample, RecognizerOptions } from '../nlu/recognizer';
import { OUT_OF_SCOPE_INTENT } from './intents';
import type { Content } from './types';

/** The recognizer's training set: every topic example labelled with its intent. */
export function trainingExamples(content: Content): LabelledExample[] {
  return content.topics.flatMap((topic) => topic.examples.map((text) => ({ text, intent: topic.intent })));
}

/** How the English recognizer is trained on this content: its out-of-scope topic and its account-state words. */
export function recognizerOptions(content: Content): RecognizerOptions {
  return { outOfScopeIntent: OUT_OF_SCOPE_INTENT, accountStates: content.accountStates };
}
