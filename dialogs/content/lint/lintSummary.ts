import type { LintReport } from './contentLint';

/** The lines `npm run validate` prints about the content: size, reading grades, review dates. */
export function formatLintSummary(report: LintReport, everyGrade: boolean): string[] {
  const { content, settings, grades, reviews } = report;
  const lines: string[] = [];
  if (content) {
    const examples = content.topics.reduce((sum, topic) => sum + topic.examples.length, 0);
    lines.push(`Content is valid: ${content.topics.length} topics, ${examples} examples, ${content.procedure.totalSteps} steps, ` +
      `${content.courts.size} court(s), ${content.glossary.entries.length} glossary terms.`);
  }
  if (settings && grades.length > 0) {
    const sorted = grades.map((g) => g.grade).sort((a, b) => a - b);
    const atMost8 = sorted.filter((grade) => grade <= 8).length;
    lines.push(`Reading grade (Flesch-Kincaid, glossary terms as known words) of ${grades.length} answers: ` +
      `median ${sorted[Math.floor(sorted.length / 2)]}, highest ${sorted[sorted.length - 1]}, ${atMost8} at grade 8 or below; limit ${settings.maxReadingGrade}.`);
    const hardest = [...grades].sort((a, b) => b.grade - a.grade);
    for (const g of everyGrade ? hardest : hardest.slice(0, 5)) lines.push(`  ${g.grade.toFixed(1).padStart(5)}  ${g.name}`);
  }
  if (settings && reviews.length > 0) {
    const due = reviews.filter((r) => r.state !== 'current').length;
    const next = [...reviews].sort((a, b) => a.review.reviewBy.localeCompare(b.review.reviewBy))[0]!;
    lines.push(`Review dates of ${reviews.length} files: ${due} past review-by (warning; failure after ${settings.reviewGraceDays} days), ` +
      `next due ${next.review.reviewBy} (${next.what}).`);
  }
  return lines;
}
