import { conversationFiles, defaultEngine, evaluate } from './conversations-eval/cli';
import { TEST_NLU_CACHE_DIR } from './helpers/nluCache';
import { formatFailures, formatReport, summarise } from './conversations-eval/report';

/**
 * The typed-user conversation set (tests/conversations-eval/dev-*.yaml) as a floor: the share of conversations
 * that pass may not drop below FLOOR, and no turn may break a shape rule (more than one question, a question that
 * is not the last bubble, more than 6 buttons, more than 120 words, a password echoed). Raise FLOOR when the
 * figure rises; `npm run eval -- conversations` prints the figures and the failing turns.
 */
const FLOOR = { conversations: 0.85 };

it('passes the typed-user conversations above the floor, with every turn in shape', () => {
  const outcomes = evaluate(defaultEngine(TEST_NLU_CACHE_DIR), conversationFiles([]));
  const report = summarise(outcomes);
  console.log(formatReport(report));
  expect(report.conversations.total).toBeGreaterThanOrEqual(60);
  const failing = formatFailures(outcomes.filter((o) => o.turns.some((t) => t.problems.some((p) => p.startsWith('shape:')))), true);
  expect({ shapeViolations: report.shapeViolations, failing }).toEqual({ shapeViolations: 0, failing: '' });
  expect(report.conversations.passed / report.conversations.total).toBeGreaterThanOrEqual(FLOOR.conversations);
}, 120_000);
