import type { LabelledExample } from '../nlu/recognizer';
import type { Content } from './types';

/** The recognizer's training set: every topic example labelled with its intent. */
export function trainingExamples(content: Content): LabelledExample[] {
  return content.topics.flatMap((topic) => topic.examples.map((text) => ({ text, intent: topic.intent })));
}
