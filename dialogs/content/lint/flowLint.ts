import type { ContentFiles } from '../loader';
import type { ContentProblem } from '../problem';
import type { RawNode } from '../semanticCheck';
import { normaliseText } from '../normalise';

/**
 * A path through a troubleshooting tree that ends with nothing to do next: a last answer with no suggested
 * answer and no person, or a choice that just ends the tree. (One-answer topics are not trees; the procedure's
 * last step is exempt too: the engine offers "Back" and "Start over" there.)
 */
export function deadEnds(files: ContentFiles): ContentProblem[] {
  return files.topics.filter(({ value }) => value.nodes.length > 1).flatMap(({ source, value }) => value.nodes.flatMap((node, index) => {
    const ends = node.ask === undefined && node.next === undefined;
    const wayOn = (node.suggest ?? []).length > 0 || node.handoff === true;
    const endChoices = (node.choices ?? []).flatMap((choice, c) => (choice.end ? [source.problemAt(['nodes', index, 'choices', c],
      `choice "${choice.label}" of node "${node.id}" ends the tree without an answer: lead it to an answer ("goto" or "topic").`)] : []));
    return ends && !wayOn ? [...endChoices, source.problemAt(['nodes', index, 'id'],
      `node "${node.id}" ends the tree without a way on: add "suggest" (a next answer, or contact_help_desk for a person) or "handoff: true".`)] : endChoices;
  }));
}

/** A question two of whose choices answer to the same words: typing them would pick whichever comes first. */
export function overlappingChoices(files: ContentFiles): ContentProblem[] {
  const flows = [...files.topics, ...(files.procedure ? [files.procedure] : [])];
  return flows.flatMap(({ source, value }) => (value.nodes as readonly RawNode[]).flatMap((node, index) => {
    const owner = new Map<string, string>();
    const problems: ContentProblem[] = [];
    (node.choices ?? []).forEach((choice, c) => {
      const own = [choice.label, ...(choice.also ?? [])];
      for (const phrase of new Set(own.map(normaliseText))) {
        const first = owner.get(phrase);
        if (first !== undefined && first !== choice.label) {
          problems.push(source.problemAt(['nodes', index, 'choices', c],
            `choices "${first}" and "${choice.label}" of node "${node.id}" both answer to "${phrase}".`));
        }
        owner.set(phrase, first ?? choice.label);
      }
    });
    return problems;
  }));
}
