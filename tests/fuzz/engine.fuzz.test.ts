import fc from 'fast-check';
import { trainingExamples } from '../../dialogs/content/trainingExamples';
import { trainRecognizer } from '../../bot/host/nluCache';
import { TEST_NLU_CACHE_DIR } from '../helpers/nluCache';
import { ConversationEngine } from '../../dialogs/engine/engine';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { content } from '../helpers/engineHarness';

/** Hostile text: unicode, right-to-left marks, zero-width characters, emoji, control characters, huge strings. */
const oddPieces = ['\u200b', '\u200f', '\u202e', '\ufeff', '🙂', '👩🏽‍⚖️', '\u0000', '\r\n', '\t', 'ﷺ', 'Z̤͔ͧ̑̓', '%s%n', '{court.name}', '<script>alert(1)</script>', '**', '[x](javascript:alert(1))'];
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...oddPieces, 'next', 'back', 'yes', 'how do I link', 'password is Abc123!'), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.constantFrom('a'.repeat(100_000), '🙂'.repeat(30_000), ' '.repeat(5000)),
);

describe('engine under random and adversarial text', () => {
  const c = content();
  const recognizer = trainRecognizer(trainingExamples(c), TEST_NLU_CACHE_DIR);
  const engine = new ConversationEngine(c, (text) => recognizer.recognize(text), { maxMessageLength: 2000 });

  it('never throws, always answers, and keeps a serialisable state', () => {
    fc.assert(fc.property(fc.array(hostileText, { minLength: 1, maxLength: 8 }), (messages) => {
      let state: ConversationState = INITIAL_STATE;
      for (const message of messages) {
        const result = engine.turn(state, message);
        expect(result.replies.length + (result.handoff ? 1 : 0)).toBeGreaterThan(0);
        for (const reply of result.replies) expect(typeof reply.text).toBe('string');
        for (const button of result.buttons) expect(typeof button).toBe('string');
        state = JSON.parse(JSON.stringify(result.state)) as ConversationState;
      }
    }), { numRuns: 150 });
  });

  it('never repeats a password back', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Z][a-z]{3,8}[0-9]{2,4}[!#$%&*]{1,2}$/), (password) => {
      const said = engine.turn(INITIAL_STATE, `my password is ${password}`);
      for (const reply of said.replies) expect(reply.text).not.toContain(password);
    }), { numRuns: 100 });
  });
});
