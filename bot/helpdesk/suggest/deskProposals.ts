import type { Content } from '../../../dialogs/content/types';
import type { Recognize } from '../../../dialogs/engine/engine';
import type { DayStats } from '../../../dialogs/helpdesk/dayStats';
import { buildProposals, type Proposal } from '../../../dialogs/helpdesk/suggest/proposals';
import { readTopicFiles } from './topicFiles';

/** Proposals as the running bot sees them (its content folder, its recognizer); figures are left to the command line. */
export type SuggestContent = (days: readonly DayStats[]) => Proposal[];

export function contentSuggester(content: Content, recognize: Recognize, contentDir: string): SuggestContent {
  return (days) => {
    const { files, topicsDir } = readTopicFiles(contentDir);
    return buildProposals({ days, content, recognize, topicFiles: files, topicsDir, today: new Date().toISOString().slice(0, 10) });
  };
}
