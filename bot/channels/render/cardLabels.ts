import type { CardLabels } from '../../../dialogs/content/types';
import type { Reply } from '../../../dialogs/engine/replies';

/**
 * The chrome around the authors' words on cards and in Markdown ("Step 2 of 6", "Important", "Tip", "Source"). The
 * words are content (responses.yaml `labels`, translated like every text), carried by each reply in its own
 * language, so a Spanish reply never shows an English label and a missing translation is a content problem.
 */
export function cardLabels(reply: Reply): CardLabels {
  // Only the engine builds replies with steps, tips, warnings or sources, and it labels every reply.
  if (!reply.labels) throw new Error('a reply with a step, tip, warning or source was built without its labels');
  return reply.labels;
}
