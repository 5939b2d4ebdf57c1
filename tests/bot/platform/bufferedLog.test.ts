import { say } from '../../helpers/chat';
import { eventually } from '../../helpers/eventually';
import { startMain, type MainProcess } from '../../helpers/mainProcess';

/** The log's JSON lines, each parsed: a line cut in two would throw. */
function logLines(bot: MainProcess): Record<string, unknown>[] {
  return bot.stdout().split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>);
}

const turnsOf = (bot: MainProcess, conversationId: string) => logLines(bot).filter((line) => line.msg === 'turn' && line.conversationId === conversationId);

/** The bot's log is written in blocks (bot/platform/logger.ts): what an operator reading it must still see. One bot, stopped last. */
describe('the buffered log of `npm start`', () => {
  let bot: MainProcess;
  beforeAll(async () => { bot = await startMain({ STORAGE: 'memory', LOG_LEVEL: 'info' }, { captureStdout: true }); }, 60_000);
  afterAll(() => bot.stop('SIGKILL'));

  it('writes the line of a quiet bot\'s turn without a stop (the periodic write, not a full block)', async () => {
    await say(bot.url, 'quiet-log', 'how do I link my account');
    // One line is far below a block: only the periodic write (each second) brings it out.
    await eventually(() => turnsOf(bot, 'quiet-log').length > 0);
    expect(turnsOf(bot, 'quiet-log')).toHaveLength(1);
  }, 30_000);

  it('loses no line on a normal stop: every turn\'s line and the shutdown line are written, whole', async () => {
    for (const text of ['how do I link my account', 'yes', 'yes']) await say(bot.url, 'stop-log', text);
    await bot.stop('SIGTERM');
    expect(bot.child.exitCode).toBe(0);
    expect(turnsOf(bot, 'stop-log')).toHaveLength(3);
    expect(logLines(bot).at(-1)).toMatchObject({ msg: 'shutting down: finishing turns in flight', signal: 'SIGTERM' });
  }, 30_000);
});
