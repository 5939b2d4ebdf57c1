import type { Content } from '../content/types';
import { mergeDays, emptyDay, type DayStats } from './dayStats';
import { groupSimilar, type TextGroup } from './textGroups';

export interface FunnelStep {
  readonly step: number;
  readonly label: string;
  /** Conversations that got at least this far. */
  readonly reached: number;
  /** Conversations whose furthest point was this step. */
  readonly stoppedHere: number;
}

export interface DeskReport {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly turns: number;
  readonly conversations: number;
  readonly handoffOffers: number;
  readonly handoffs: number;
  readonly topics: readonly { readonly intent: string; readonly title: string; readonly count: number }[];
  readonly funnel: readonly FunnelStep[];
  readonly unanswered: readonly TextGroup[];
  readonly unansweredCount: number;
  /** Unanswered messages counted but not listed (the per-day list is bounded). */
  readonly unansweredOverflow: number;
}

/** Texts grouped for the report at most; the rarest beyond this are left out of the grouping (still counted). */
const MAX_GROUPED = 1000;

/** The clerks' report over some days of usage counts, in the content's words (topic titles, step titles). */
export function buildReport(days: readonly DayStats[], content: Content): DeskReport {
  const first = days[0]?.day ?? '';
  const total = days.reduce((sum, day) => mergeDays(sum, day), emptyDay(first));
  const unanswered = [...total.unanswered];
  const unansweredCount = unanswered.reduce((sum, item) => sum + item.count, 0) + total.unansweredOverflow;
  return {
    from: first,
    to: days[days.length - 1]?.day ?? first,
    days: days.length,
    turns: total.turns,
    conversations: total.conversations,
    handoffOffers: total.handoffOffers,
    handoffs: total.handoffs,
    topics: Object.entries(total.topics)
      .map(([intent, count]) => ({ intent, title: content.topicsByIntent.get(intent)?.title ?? intent, count }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
    funnel: funnel(total, content),
    unanswered: groupSimilar(unanswered.slice(0, MAX_GROUPED)),
    unansweredCount,
    unansweredOverflow: total.unansweredOverflow,
  };
}

function funnel(total: DayStats, content: Content): FunnelStep[] {
  const titles = new Map<number, string>();
  for (const node of content.procedure.flow.nodes.values()) if (node.step !== undefined) titles.set(node.step, node.title ?? `Step ${node.step}`);
  const reached = (step: number) => total.reached[String(step)] ?? 0;
  const steps = Array.from({ length: content.procedure.totalSteps + 1 }, (_, step) => step);
  return steps.map((step) => ({
    step,
    label: step === 0 ? 'Started (questions before step 1)' : `Step ${step}: ${titles.get(step) ?? ''}`,
    reached: reached(step),
    stoppedHere: reached(step) - (step < content.procedure.totalSteps ? reached(step + 1) : 0),
  }));
}
