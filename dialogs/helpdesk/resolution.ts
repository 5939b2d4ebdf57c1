import type { Content } from '../content/types';
import { emptyDay, mergeDays, withoutBareDuplicates, type Complaint, type DayStats } from './dayStats';
import { OUTCOMES, parseOutcomeKey, type Outcome } from './outcome';

/** Conversations by outcome, and the figures around them, for one day or one topic. */
export interface OutcomeCounts {
  readonly conversations: number;
  readonly byOutcome: Readonly<Record<Outcome, number>>;
}

export interface ResolutionDay extends OutcomeCounts {
  readonly day: string;
  readonly answered: number;
  /** Conversations that rated at least one answer helpful. */
  readonly ratedHelpful: number;
}

export interface ResolutionTopic extends OutcomeCounts {
  /** '' for conversations that got no answer. */
  readonly intent: string;
  readonly title: string;
  /** Questions answered in this topic (a conversation may ask several). */
  readonly questions: number;
  /** Ratings of this topic's answers. */
  readonly helpfulRatings: number;
  readonly notHelpfulRatings: number;
}

export interface StepLeft {
  readonly step: number;
  readonly label: string;
  readonly left: number;
}

export interface Resolution {
  readonly total: ResolutionDay;
  readonly days: readonly ResolutionDay[];
  readonly topics: readonly ResolutionTopic[];
  /** Conversations that left mid-walkthrough, by the step they were at. */
  readonly leftAt: readonly StepLeft[];
  /** Answers rated not helpful, most frequent first: the question before (redacted) and what was wrong. */
  readonly complaints: readonly (Complaint & { readonly title: string })[];
}

/**
 * The resolution figures of some days: per day, per topic (each conversation counted under the topic of its last
 * answer) and where walkthroughs were left. A conversation's outcome is where it stood at its last message of the day.
 */
export function buildResolution(days: readonly DayStats[], content: Content): Resolution {
  const total = days.reduce((sum, day) => mergeDays(sum, day), emptyDay(days[0]?.day ?? ''));
  return {
    total: { ...dayRow(total), day: `${days[0]?.day ?? ''} to ${days[days.length - 1]?.day ?? ''}` },
    days: days.map(dayRow),
    topics: topicRows(total, content),
    leftAt: leftAt(total, content),
    complaints: withoutBareDuplicates(total.complaints ?? []).map((complaint) => ({ ...complaint, title: answerTitle(complaint.answer, content) })),
  };
}

function dayRow(stats: DayStats): ResolutionDay {
  const byOutcome = zeroOutcomes();
  forEachOutcome(stats, (outcome, count) => { byOutcome[outcome.outcome] += count; });
  return { day: stats.day, conversations: stats.conversations, answered: stats.answered ?? 0, ratedHelpful: stats.ratedHelpful ?? 0, byOutcome };
}

function topicRows(total: DayStats, content: Content): ResolutionTopic[] {
  const rows = new Map<string, { byOutcome: Record<Outcome, number>; helpful: number; notHelpful: number }>();
  const row = (intent: string) => {
    let found = rows.get(intent);
    if (!found) rows.set(intent, (found = { byOutcome: zeroOutcomes(), helpful: 0, notHelpful: 0 }));
    return found;
  };
  forEachOutcome(total, (outcome, count) => { row(outcome.topic).byOutcome[outcome.outcome] += count; });
  for (const [key, count] of Object.entries(total.helpful ?? {})) row(intentOfRef(key, content)).helpful += count;
  for (const [key, count] of Object.entries(total.notHelpful ?? {})) row(intentOfRef(key, content)).notHelpful += count;
  return [...rows].map(([intent, counts]) => ({
    intent,
    title: intent === '' ? 'No answer given' : content.topicsByIntent.get(intent)?.title ?? intent,
    questions: total.topics[intent] ?? 0,
    conversations: Object.values(counts.byOutcome).reduce((sum, count) => sum + count, 0),
    byOutcome: counts.byOutcome,
    helpfulRatings: counts.helpful,
    notHelpfulRatings: counts.notHelpful,
  })).filter((topic) => topic.conversations > 0 || topic.helpfulRatings + topic.notHelpfulRatings > 0)
    .sort((a, b) => b.conversations - a.conversations || a.title.localeCompare(b.title));
}

function leftAt(total: DayStats, content: Content): StepLeft[] {
  const counts = new Map<number, number>();
  forEachOutcome(total, (outcome, count) => {
    if (outcome.outcome === 'left_in_walkthrough') counts.set(outcome.step ?? 0, (counts.get(outcome.step ?? 0) ?? 0) + count);
  });
  const titles = new Map<number, string>();
  for (const node of content.procedure.flow.nodes.values()) if (node.step !== undefined) titles.set(node.step, node.title ?? '');
  return Array.from({ length: content.procedure.totalSteps + 1 }, (_, step) => ({
    step,
    label: step === 0 ? 'Questions before step 1' : `Step ${step}: ${titles.get(step) ?? ''}`,
    left: counts.get(step) ?? 0,
  }));
}

/** "Forgot PACER password (answer reset)": the topic's title and which of its answers. */
function answerTitle(key: string, content: Content): string {
  const intent = intentOfRef(key, content);
  const node = key.slice(key.indexOf('/') + 1, key.indexOf('@'));
  return `${content.topicsByIntent.get(intent)?.title ?? intent} (answer "${node}")`;
}

function forEachOutcome(stats: DayStats, visit: (outcome: NonNullable<ReturnType<typeof parseOutcomeKey>>, count: number) => void): void {
  for (const [key, count] of Object.entries(stats.outcomes ?? {})) {
    const outcome = parseOutcomeKey(key);
    if (outcome && count !== 0) visit(outcome, count);
  }
}

function zeroOutcomes(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
}

/** `login_cookies/start@1a2b3c4d` -> login_cookies (the walkthrough's steps count under its start intent). */
function intentOfRef(key: string, content: Content): string {
  const flowId = key.slice(0, key.indexOf('/'));
  return flowId === 'procedure' ? content.procedure.startIntent : flowId;
}
