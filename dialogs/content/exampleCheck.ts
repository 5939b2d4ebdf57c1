import type { ContentProblem } from './problem';
import type { YamlSource } from './yamlSource';
import { normaliseText } from './normalise';

/** Fewer distinct examples than this and the recognizer cannot learn an intent reliably. */
export const MIN_EXAMPLES_PER_INTENT = 10;

interface TopicExamples { source: YamlSource; value: { intent: string; examples: string[] } }


/** Every intent has enough distinct examples, and no example appears twice or under two intents. */
export function checkExamples(topics: readonly TopicExamples[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstSeen = new Map<string, string>();
  for (const { source, value } of topics) {
    const distinct = new Set<string>();
    value.examples.forEach((example, index) => {
      const key = normaliseText(example);
      const owner = firstSeen.get(key);
      if (owner !== undefined) {
        const where = owner === value.intent ? 'appears twice in this topic' : `is already an example of "${owner}"`;
        problems.push(source.problemAt(['examples', index], `example "${example}" ${where}.`));
      } else {
        firstSeen.set(key, value.intent);
      }
      distinct.add(key);
    });
    if (distinct.size < MIN_EXAMPLES_PER_INTENT) {
      problems.push(source.problemAt(['examples'],
        `"${value.intent}" has ${distinct.size} distinct examples; write at least ${MIN_EXAMPLES_PER_INTENT}.`));
    }
  }
  return problems;
}
