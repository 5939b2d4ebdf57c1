import type { Content } from '../../content/types';
import type { Recognize } from '../../engine/engine';
import { mergeDays, emptyDay, type DayStats } from '../dayStats';
import { formatAccuracy, type ProposalFigures } from './figures';
import { planProposals, type PlanOptions, type ProposalPlan } from './plan';
import { changeFor, type FileChange, type TopicFile } from './topicEdits';
import { unifiedDiff } from './unifiedDiff';

/** One reviewable change: what and why, the file change, its diff, and (from the command line) the recognizer's figures. */
export interface Proposal {
  readonly plan: ProposalPlan;
  readonly change: FileChange;
  readonly diff: string;
  readonly figures?: ProposalFigures;
}

export interface ProposalSource {
  readonly days: readonly DayStats[];
  readonly content: Content;
  readonly recognize: Recognize;
  /** The content's topic files by intent (path relative to where the patch is applied, e.g. content/topics/x.yaml). */
  readonly topicFiles: ReadonlyMap<string, TopicFile>;
  /** Where new topic files go, same base as the paths above (e.g. content/topics). */
  readonly topicsDir: string;
  readonly today: string;
}

/** Proposals from the unanswered and not-helpful questions of some days (the store's analytics documents). */
export function buildProposals(source: ProposalSource, options: PlanOptions = {}): Proposal[] {
  const total = source.days.reduce((sum, day) => mergeDays(sum, day), emptyDay(source.days[0]?.day ?? ''));
  const plans = planProposals(total.unanswered, total.complaints ?? [], source.content, source.recognize, options);
  return plans.map((plan) => {
    const change = changeFor(plan, source.topicFiles, source.topicsDir, source.today);
    return { plan, change, diff: unifiedDiff(change) };
  });
}

/** What a proposal is, in a few words a clerk reads before its diff. */
export function describeProposal(proposal: Proposal, content: Content): string {
  const { plan } = proposal;
  const asked = `${plan.asked} time(s)${plan.notHelpful > 0 ? `, ${plan.notHelpful} rated not helpful` : ''}`;
  return plan.kind === 'examples'
    ? `Add ${plan.questions.length} example(s) to "${content.topicsByIntent.get(plan.intent)?.title ?? plan.intent}" (${plan.intent}): asked ${asked}.`
    : `New topic to write (draft ${plan.intent}): ${plan.questions.length} wording(s), asked ${asked}.`;
}

export function describeFigures(figures: ProposalFigures): string[] {
  const lines = [`held-out set: ${formatAccuracy(figures.heldoutBefore)} correct before, ${formatAccuracy(figures.heldoutAfter)} after`];
  lines.push(`these questions recognised as the topic: ${formatAccuracy(figures.themeBefore)} before, ${figures.themeAfter
    ? `${formatAccuracy(figures.themeAfter)} after (each half scored by a recognizer trained on the other half)` : 'too few questions to score after'}`);
  return lines;
}

/**
 * The patch file: a comment block per proposal (git apply and patch skip text outside the diffs), then its diff.
 * Applying it changes content; `npm run validate` then decides whether the bot may run on it.
 */
export function patchText(proposals: readonly Proposal[], content: Content, heading: readonly string[]): string {
  const parts = [...heading.map((line) => `# ${line}`), ''];
  proposals.forEach((proposal, index) => {
    parts.push(`# Proposal ${index + 1}: ${describeProposal(proposal, content)}`);
    parts.push(`#   ${proposal.plan.reason}`);
    for (const line of proposal.figures ? describeFigures(proposal.figures) : []) parts.push(`#   ${line}`);
    parts.push(proposal.diff);
  });
  return parts.join('\n');
}
