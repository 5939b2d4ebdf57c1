import type { Review } from '../types';

export interface ReviewStatus {
  readonly what: string;
  readonly review: Review;
  /** Days past the review-by date (negative: days left). */
  readonly daysOver: number;
  readonly state: 'current' | 'due' | 'expired';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (dates as YYYY-MM-DD, read as UTC days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Current, due (past review-by: a warning) or expired (past it by more than the grace: a failure). */
export function reviewStatus(what: string, review: Review, today: string, graceDays: number): ReviewStatus {
  const daysOver = daysBetween(review.reviewBy, today);
  const state = daysOver > graceDays ? 'expired' : daysOver > 0 ? 'due' : 'current';
  return { what, review, daysOver, state };
}

/** Today as YYYY-MM-DD (UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
