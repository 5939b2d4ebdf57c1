import type { SourceLink } from '../../dialogs/content/types';

/** What the conversation page reads of a stored activity (botbuilder's Activity fits). */
export interface StoredActivity {
  readonly type: string;
  readonly text?: string;
  readonly timestamp?: Date | string;
  readonly from?: { readonly role?: string };
  readonly attachments?: readonly { readonly content?: unknown }[];
  readonly channelData?: unknown;
}

/** The one thing read of the transcript store (botbuilder's TranscriptStore fits). */
export interface TranscriptReader {
  getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string):
    Promise<{ readonly items: readonly StoredActivity[]; readonly continuationToken?: string }>;
}

/** One message of a kept conversation, as the conversation page shows it. */
export interface TranscriptEntry {
  readonly fromUser: boolean;
  /** "2026-12-03 14:05 UTC". */
  readonly time?: string;
  /** Markdown, as stored (redacted before it was stored). */
  readonly text: string;
  readonly sources: readonly SourceLink[];
  /** The content version the bot's answer came from (stamped on each reply when it was sent). */
  readonly version?: string;
}

/** A reply's source line, as the renderer writes it in cards and Markdown ("Source: [label](url)"). */
const SOURCE_LINE = /^Source: \[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)$/;
/** A long conversation is cut here: the page stays a page, and a request stays bounded. */
const MAX_PAGES = 20;

/** The conversation as stored, oldest first: every message with its words; events and typing left out. */
export async function readTranscript(store: TranscriptReader, channelId: string, conversationId: string): Promise<StoredActivity[]> {
  const activities: StoredActivity[] = [];
  let continuation: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await store.getTranscriptActivities(channelId, conversationId, continuation);
    activities.push(...result.items);
    continuation = result.continuationToken;
    if (!continuation) break;
  }
  return activities.filter((activity) => activity.type === 'message');
}

export function transcriptEntries(activities: readonly StoredActivity[]): TranscriptEntry[] {
  return activities.flatMap((activity) => {
    const paragraphs = activityParagraphs(activity);
    const sources = paragraphs.flatMap((paragraph) => {
      const found = SOURCE_LINE.exec(paragraph);
      return found ? [{ label: found[1]!, url: found[2]! }] : [];
    });
    const text = paragraphs.filter((paragraph) => !SOURCE_LINE.test(paragraph)).join('\n\n');
    if (!text && sources.length === 0) return [];
    const version = (activity.channelData as { contentVersion?: unknown } | undefined)?.contentVersion;
    return [{
      fromUser: activity.from?.role === 'user',
      ...(activity.timestamp ? { time: timeOf(activity.timestamp) } : {}),
      text,
      sources,
      ...(typeof version === 'string' ? { version } : {}),
    }];
  });
}

/** The day a conversation started ("2026-12-03"), from its first message. */
export function startedOn(activities: readonly StoredActivity[]): string | undefined {
  const first = activities.find((activity) => activity.timestamp);
  return first?.timestamp ? timeOf(first.timestamp).slice(0, 10) : undefined;
}

export function timeOf(timestamp: Date | string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Text and card text blocks, paragraph by paragraph (a card's source line is a paragraph of its own). */
function activityParagraphs(activity: StoredActivity): string[] {
  const texts = [activity.text ?? '', ...(activity.attachments ?? []).flatMap((attachment) => cardTexts(attachment.content))];
  return texts.flatMap((text) => text.split(/\n\s*\n/)).map((paragraph) => paragraph.trim()).filter(Boolean);
}

function cardTexts(element: unknown): string[] {
  if (element === null || typeof element !== 'object') return [];
  const { type, text, body, items } = element as { type?: unknown; text?: unknown; body?: unknown; items?: unknown };
  if (type === 'TextBlock' && typeof text === 'string') return [text];
  return [body, items].flatMap((children) => (Array.isArray(children) ? children.flatMap(cardTexts) : []));
}
