import type { HandoffSummary } from '../engine/replies';
import type { TicketStatus } from './ticket';

/** Clerk-facing words for ticket fields (the desk page and the Teams card say the same thing). */
export const REASON_LABELS: Readonly<Record<HandoffSummary['reason'], string>> = {
  asked: 'Asked for a person',
  repeated_miss: 'The bot could not answer twice in a row',
  frustrated: 'Sounded frustrated',
};

export const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  new: 'New',
  in_progress: 'In progress',
  closed: 'Closed',
};

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', es: 'Spanish (español)' };

/** The language the user wrote in, for the clerk who answers (a ticket from before languages: English). */
export function languageLabel(summary: HandoffSummary): string {
  const language = summary.language ?? 'en';
  return LANGUAGE_NAMES[language] ?? language;
}
