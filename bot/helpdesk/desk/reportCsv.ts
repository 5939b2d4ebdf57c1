import { OUTCOMES } from '../../../dialogs/helpdesk/outcome';
import type { OutcomeCounts, Resolution } from '../../../dialogs/helpdesk/resolution';
import { csvLine } from '../triage/csv';

/*
 * /desk/report.csv: the resolution figures of /desk, one table with a `scope` column so a spreadsheet can filter:
 * `day` rows (one per day of the period), `topic` rows (the whole period, each conversation under the topic of its
 * last answer), `step` rows (walkthroughs left at each point) and one `total` row. Cells a spreadsheet would run as
 * formulas are neutralised by csvLine (topic titles come from content, but nothing here is trusted).
 */

const HEADER = ['scope', 'day', 'topic', 'topic_title', 'step', 'conversations', 'answered', 'rated_helpful', 'questions',
  'helpful_ratings', 'not_helpful_ratings', ...OUTCOMES, 'resolution_rate'];

export function reportCsv(resolution: Resolution): string {
  const lines = [csvLine(HEADER)];
  for (const day of resolution.days) {
    lines.push(row({ scope: 'day', day: day.day, conversations: day.conversations, answered: day.answered, rated_helpful: day.ratedHelpful }, day));
  }
  for (const topic of resolution.topics) {
    lines.push(row({ scope: 'topic', day: resolution.total.day, topic: topic.intent, topic_title: topic.title, conversations: topic.conversations,
      questions: topic.questions, helpful_ratings: topic.helpfulRatings, not_helpful_ratings: topic.notHelpfulRatings }, topic));
  }
  for (const step of resolution.leftAt) {
    lines.push(csvLine(HEADER.map((column) => ({ scope: 'step', day: resolution.total.day, step: step.step, topic_title: step.label, left_in_walkthrough: step.left } as Record<string, string | number>)[column])));
  }
  const { total } = resolution;
  lines.push(row({ scope: 'total', day: total.day, conversations: total.conversations, answered: total.answered, rated_helpful: total.ratedHelpful }, total));
  return `${lines.join('\r\n')}\r\n`;
}

function row(cells: Record<string, string | number>, counts: OutcomeCounts): string {
  const all: Record<string, string | number> = { ...cells, ...counts.byOutcome, resolution_rate: rate(counts.byOutcome.resolved, counts.conversations) };
  return csvLine(HEADER.map((column) => all[column]));
}

/** A fraction with three decimals ("0.667"), empty when there is nothing to divide by. */
function rate(part: number, whole: number): string {
  return whole > 0 ? (part / whole).toFixed(3) : '';
}
