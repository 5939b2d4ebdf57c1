import { loadContent } from '../../dialogs/content/loader';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import type { Content } from '../../dialogs/content/types';
import { FrustrationDetector } from '../../dialogs/nlu/frustration';
import { Recognizer } from '../../dialogs/nlu/recognizer';
import { Triage } from './triage';
import { triageRulesOf } from './triageRules';

export interface StandaloneTriageOptions {
  readonly contentDir?: string;
  readonly courtId?: string;
  readonly helpDesk?: string;
  readonly maxMessageLength: number;
}

/**
 * Triage outside the server (the batch command): content, recognizer and frustration detector built exactly as
 * the composition root builds them for the chat, so a question is filed as the bot would understand it.
 */
export function createStandaloneTriage(options: StandaloneTriageOptions): { triage: Triage; content: Content } {
  const content = loadContent(options.contentDir);
  const rules = triageRulesOf(content);
  const examples = trainingExamples(content);
  const recognizer = Recognizer.train(examples);
  const frustration = FrustrationDetector.forContent(content);
  const pinnedCourt = options.courtId === undefined ? undefined : content.courts.get(options.courtId);
  if (options.courtId !== undefined && !pinnedCourt) throw new Error(`COURT_ID "${options.courtId}" is not in courts.yaml`);
  const triage = new Triage({
    content, rules, pinnedCourt, helpDesk: options.helpDesk, maxMessageLength: options.maxMessageLength,
    recognize: (text) => recognizer.recognize(text),
    isFrustrated: (text) => frustration.isFrustrated(text),
  });
  return { triage, content };
}
