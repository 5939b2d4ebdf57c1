import type { ConversationOutcome } from './runner';

/** The evaluation's figures: pass rates and the shape of every turn played. */
export interface EvalReport {
  readonly conversations: { readonly passed: number; readonly total: number };
  readonly turns: { readonly passed: number; readonly total: number };
  readonly shape: Readonly<Record<'questions' | 'buttons' | 'words', { readonly max: number; readonly p95: number }>>;
  /** Turns that broke a shape rule (more than one question, a question not last, > 6 buttons, > 120 words, a leak). */
  readonly shapeViolations: number;
}

export function summarise(outcomes: readonly ConversationOutcome[]): EvalReport {
  const turns = outcomes.flatMap((outcome) => outcome.turns);
  const figure = (pick: (turn: (typeof turns)[number]) => number) => {
    const values = turns.map(pick).sort((a, b) => a - b);
    return { max: values[values.length - 1] ?? 0, p95: values[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? 0 };
  };
  return {
    conversations: { passed: outcomes.filter((outcome) => outcome.passed).length, total: outcomes.length },
    turns: { passed: turns.filter((turn) => turn.problems.length === 0).length, total: turns.length },
    shape: {
      questions: figure((turn) => turn.seen.questions),
      buttons: figure((turn) => turn.seen.buttons),
      words: figure((turn) => turn.seen.words),
    },
    shapeViolations: turns.filter((turn) => turn.problems.some((problem) => problem.startsWith('shape:'))).length,
  };
}

const percent = (part: number, total: number) => (total === 0 ? '-' : `${((100 * part) / total).toFixed(1)} %`);

export function formatReport(report: EvalReport): string {
  const { conversations, turns, shape } = report;
  return [
    `conversations passed: ${conversations.passed} / ${conversations.total} (${percent(conversations.passed, conversations.total)})`,
    `turns passed: ${turns.passed} / ${turns.total} (${percent(turns.passed, turns.total)})`,
    `turn shape (max / p95): questions ${shape.questions.max} / ${shape.questions.p95}, buttons ${shape.buttons.max} / ${shape.buttons.p95}, `
      + `words ${shape.words.max} / ${shape.words.p95}; turns breaking a shape rule: ${report.shapeViolations}`,
  ].join('\n');
}

/** Each failing turn: where, what was said, what was expected and what happened. */
export function formatFailures(outcomes: readonly ConversationOutcome[], withReplies: boolean): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    outcome.turns.forEach((turn, index) => {
      if (turn.problems.length === 0) return;
      lines.push(`${outcome.file} ${outcome.id} turn ${index + 1}: "${turn.user}"`);
      lines.push(`  got kind ${turn.seen.kinds.join(' + ')}${turn.seen.topic ? `, topic ${turn.seen.topic}` : ''}${turn.seen.step ? `, step ${turn.seen.step}` : ''}`);
      for (const problem of turn.problems) lines.push(`  - ${problem}`);
      if (withReplies) lines.push(...turn.reply.split('\n').map((line) => `    | ${line}`));
    });
  }
  return lines.join('\n');
}
