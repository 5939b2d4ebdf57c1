/** A problem found in a content file, located for the author. */
export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Thrown when content is invalid; carries every problem, not just the first. */
export class ContentError extends Error {
  readonly code = 'CONTENT_INVALID';

  constructor(readonly problems: readonly ContentProblem[]) {
    super(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}
