import { EngineConversation, engineWith, fakeRecognizer, toStep1 } from '../helpers/engineHarness';

/*
 * Resuming shows the same place (issue 17): after any interruption at any step — a side question, a troubleshooting
 * tree left open, a stop — every way of asking to take the walkthrough up shows the step the user was on, never the
 * next one nor a prerequisite. Asked as a property over steps x interruptions x resume phrases, so a rule that only
 * holds for one phrase or one step fails here.
 */
const recognize = fakeRecognizer({
  'how do i link my account': { intent: 'start_linking', score: 0.9 },
  'what is a client code': { intent: 'client_code', score: 0.9 },
  'there is no link under utilities': { intent: 'missing_utilities_link', score: 0.9 },
});

/** How the user leaves the step: a side answer, a tree whose question waits, a pause. */
const interruptions: Record<string, readonly string[]> = {
  'a side question': ['what is a client code'],
  'an open tree': ['there is no link under utilities'],
  'a stop': ['stop'],
  'a tree, then a stop': ['there is no link under utilities', 'stop'],
};

/** Ways of asking for the place in words no `where` or `resume` command lists as a whole. */
const resumes = [
  'where was I?',
  'ok sorry, back now. where were we?',
  'can we continue where we left off?',
  "let's pick up from where we stopped",
  'found it. where was I?',
  'all done with that, where did we stop?',
];

/** The steps a user can be interrupted at (the last one ends the walkthrough). */
const STEPS = [1, 2, 3, 4, 5];

describe('a resume phrase after any interruption shows the same step', () => {
  for (const [interruption, said] of Object.entries(interruptions)) {
    for (const resume of resumes) {
      it(`${interruption}, then "${resume}"`, () => {
        for (const step of STEPS) {
          const chat = new EngineConversation(engineWith(recognize));
          toStep1(chat, 'how do i link my account');
          for (let at = 1; at < step; at += 1) chat.say('next');
          expect(chat.state.walkthrough?.nodeId).toBe(`step${step}`);
          for (const text of said) chat.say(text);
          chat.say(resume);
          expect({ step, kind: chat.at.kind, node: chat.state.walkthrough?.nodeId }).toEqual({ step, kind: 'step', node: `step${step}` });
          expect(chat.state.tree).toBeUndefined();
        }
      });
    }
  }
});
