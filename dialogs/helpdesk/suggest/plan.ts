import type { Content } from '../../content/types';
import { OUT_OF_SCOPE_INTENT } from '../../content/loader';
import type { Recognize } from '../../engine/engine';
import { withoutBareDuplicates, type Complaint, type UnansweredText } from '../dayStats';
import { groupSimilar, type CountedText } from '../textGroups';

/*
 * From what users asked and did not get (unanswered questions, questions whose answer was rated not helpful) to
 * proposed content: the questions are grouped by wording (textGroups.ts); a group whose questions the recognizer
 * already places near one topic becomes new examples for that topic, any other group a draft topic to be written.
 */

export interface ProposalPlan {
  readonly kind: 'examples' | 'new_topic';
  /** The topic to extend, or the draft's provisional intent (draft_<words>). */
  readonly intent: string;
  /** The group's questions (redacted), most frequent first, none already an example. */
  readonly questions: readonly CountedText[];
  /** How often they were asked (all wordings). */
  readonly asked: number;
  /** How many were rated not helpful (the rest went unanswered). */
  readonly notHelpful: number;
  /** Why this kind: the recognizer's evidence, in words. */
  readonly reason: string;
}

export interface PlanOptions {
  /** Groups asked fewer times than this are left out (one-offs are noise). Default 2. */
  readonly minAsked?: number;
  /** At most this many proposals, most asked first. Default 10. */
  readonly max?: number;
}

/** A topic is "near" when it is the best topic other than out of scope with at least this mean score. */
const NEAR_SCORE = 0.1;
const QUESTIONS_PER_PROPOSAL = 20;

export function planProposals(unanswered: readonly UnansweredText[], complaints: readonly Complaint[], content: Content, recognize: Recognize,
  options: PlanOptions = {}): ProposalPlan[] {
  const complainedAbout = complaintIntents(complaints);
  const texts = mergeCounts([...unanswered, ...withoutBareDuplicates(complaints).filter((c) => c.question !== '').map((c) => ({ text: c.question, count: c.count }))]);
  const known = new Set(content.topics.flatMap((topic) => topic.examples.map(normalise)));
  const plans = groupSimilar(texts.filter((text) => !known.has(normalise(text.text))))
    .filter((group) => group.count >= (options.minAsked ?? 2))
    .map((group) => planGroup(group.texts, content, recognize, complainedAbout));
  return mergeByIntent(plans).slice(0, options.max ?? 10);
}

function planGroup(texts: readonly CountedText[], content: Content, recognize: Recognize, complainedAbout: Map<string, Set<string>>): ProposalPlan {
  const asked = texts.reduce((sum, text) => sum + text.count, 0);
  const notHelpful = texts.reduce((sum, text) => sum + (complainedAbout.has(text.text) ? text.count : 0), 0);
  const near = nearestTopic(texts, recognize, complainedAbout);
  const questions = texts.slice(0, QUESTIONS_PER_PROPOSAL);
  if (near && content.topicsByIntent.has(near.intent)) {
    return { kind: 'examples', intent: near.intent, questions, asked, notHelpful,
      reason: `The recognizer already leans to "${near.intent}" for ${near.share} of ${texts.length} wordings (mean score ${near.score.toFixed(2)}, below what it needs to answer).` };
  }
  return { kind: 'new_topic', intent: draftIntent(texts[0]!.text), questions, asked, notHelpful,
    reason: 'No topic is near these questions: they need an answer of their own, from the official procedure or a named court/PACER page.' };
}

/** The topic most wordings lean to (not the one whose answer was rated not helpful), if most do and not faintly. */
function nearestTopic(texts: readonly CountedText[], recognize: Recognize, complainedAbout: Map<string, Set<string>>) {
  const votes = new Map<string, { share: number; scores: number[] }>();
  for (const { text } of texts) {
    const excluded = complainedAbout.get(text) ?? new Set<string>();
    const best = recognize(text).ranked.find((ranked) => ranked.intent !== OUT_OF_SCOPE_INTENT && !excluded.has(ranked.intent));
    if (!best) continue;
    const vote = votes.get(best.intent) ?? { share: 0, scores: [] };
    vote.share += 1;
    vote.scores.push(best.score);
    votes.set(best.intent, vote);
  }
  const [intent, vote] = [...votes].sort((a, b) => b[1].share - a[1].share)[0] ?? [];
  if (!intent || !vote || vote.share * 2 < texts.length) return undefined;
  const score = vote.scores.reduce((sum, s) => sum + s, 0) / vote.scores.length;
  return score >= NEAR_SCORE ? { intent, share: vote.share, score } : undefined;
}

/** Two groups that extend the same topic make one proposal (one edit per file). */
function mergeByIntent(plans: readonly ProposalPlan[]): ProposalPlan[] {
  const merged = new Map<string, ProposalPlan>();
  for (const plan of plans) {
    const known = merged.get(plan.intent);
    merged.set(plan.intent, known ? { ...known, questions: [...known.questions, ...plan.questions].slice(0, QUESTIONS_PER_PROPOSAL),
      asked: known.asked + plan.asked, notHelpful: known.notHelpful + plan.notHelpful } : plan);
  }
  return [...merged.values()].sort((a, b) => b.asked - a.asked);
}

/** Which topics' answers each question was rated not helpful on (`refKey` starts with the flow id). */
function complaintIntents(complaints: readonly Complaint[]): Map<string, Set<string>> {
  const intents = new Map<string, Set<string>>();
  for (const complaint of complaints) {
    if (complaint.question === '') continue;
    const set = intents.get(complaint.question) ?? new Set<string>();
    set.add(complaint.answer.slice(0, complaint.answer.indexOf('/')));
    intents.set(complaint.question, set);
  }
  return intents;
}

function mergeCounts(texts: readonly CountedText[]): CountedText[] {
  const counts = new Map<string, number>();
  for (const { text, count } of texts) counts.set(text, (counts.get(text) ?? 0) + count);
  return [...counts].map(([text, count]) => ({ text, count }));
}

/** "draft_change_email_notices": a provisional name from the most common wording's longer words. */
function draftIntent(text: string): string {
  const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return `draft_${[...new Set(words)].slice(0, 4).join('_') || 'topic'}`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
