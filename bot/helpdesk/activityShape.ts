/**
 * The parts of a Bot Framework activity the help desk reads and the replies it hands back, as project-owned types:
 * only host/ and channels/ import botbuilder, so the move to the Microsoft 365 Agents SDK (same Activity protocol)
 * stays in those folders.
 */
export interface InboundActivity {
  type?: string;
  channelId?: string;
  conversation?: { id?: string };
  channelData?: unknown;
  value?: unknown;
  name?: string;
  entities?: readonly unknown[];
  replyToId?: string;
}

/** A message the host sends for the help desk (plain text, or one Adaptive Card). */
export interface HelpDeskMessage {
  type: 'message';
  text?: string;
  textFormat?: 'plain';
  attachments?: { contentType: string; content: unknown }[];
  summary?: string;
}

export { adaptiveCardAttachment } from '../platform/activity';
