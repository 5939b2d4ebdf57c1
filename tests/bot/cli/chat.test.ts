import { PassThrough } from 'node:stream';
import { runChat } from '../../../bot/cli/chat';
import { createBotCore, createEngine } from '../../../bot/host/botCore';
import { loadConfig } from '../../../bot/platform/config';
import { TEST_NLU_CACHE_DIR } from '../../helpers/nluCache';

/** `npm run chat`: the same engine in a terminal; buttons are numbered and a number presses one. */
it('shows the welcome with numbered buttons, answers typed text, and presses a button by its number', async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', NLU_CACHE_DIR: TEST_NLU_CACHE_DIR });
  const core = createBotCore(config);
  const { content } = core;
  const engine = createEngine(config, core);
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk) => { shown += String(chunk); });
  const done = runChat(engine, { input, output, terminal: false });
  input.end('how do I link my account\n1\n99\n/quit\n');
  await done;

  const start = content.topicsByIntent.get(content.procedure.startIntent)!.title;
  expect(shown).toContain(`  1) ${start}`);
  const afterQuestion = shown.split('you> how do I link my account')[1]!;
  const firstButton = /\n {2}1\) (.+)\n/.exec(afterQuestion)![1]!;
  expect(afterQuestion).toContain(`(pressed "${firstButton}")`);
  // "99" is no button: it goes to the engine as typed text.
  expect(shown).toContain('you> 99\nbot> ');
  expect(shown).not.toContain('**');
});
