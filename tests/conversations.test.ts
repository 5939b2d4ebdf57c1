import path from 'node:path';
import { conversationFiles, defaultEngine, evaluate } from './conversations-eval/cli';
import { TEST_NLU_CACHE_DIR } from './helpers/nluCache';
import { formatFailures } from './conversations-eval/report';

/**
 * The project's own conversations (tests/conversations/*.yaml, in the evaluation's format with the intent and
 * action per turn), played as `npm start` runs the bot by default. Every turn must pass.
 */
it('plays the project conversations turn by turn', () => {
  const outcomes = evaluate(defaultEngine(TEST_NLU_CACHE_DIR), conversationFiles([path.join(__dirname, 'conversations')]));
  expect(outcomes.length).toBeGreaterThan(10);
  expect(formatFailures(outcomes, true)).toBe('');
}, 120_000);
