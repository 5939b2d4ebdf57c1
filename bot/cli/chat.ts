/*
 * `npm run chat`: talk to the same engine as the bot, in the terminal, to try content while writing it.
 * Replies are shown as plain text; the buttons are listed with numbers, and typing a number presses one.
 * `/quit` or Ctrl+D ends. A handoff files no ticket here (it says so). Reads CONTENT_DIR, COURT_ID etc. like the bot.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { config as loadDotenv } from 'dotenv';
import { ContentError, formatProblem } from '../../dialogs/content/problem';
import type { ConversationEngine } from '../../dialogs/engine/engine';
import type { TurnResult } from '../../dialogs/engine/replies';
import { INITIAL_STATE, type ConversationState } from '../../dialogs/engine/state';
import { createBotCore, createEngine } from '../host/botCore';
import { loadConfig } from '../platform/config';
import { replyMarkdown } from '../channels/render/render';
import { plainText } from '../channels/render/renderText';

export interface ChatIo {
  readonly input: Readable;
  readonly output: Writable;
  /** A terminal: ANSI bold and colours; otherwise (a pipe, tests) plain text, and what was read is echoed. */
  readonly terminal: boolean;
}

type Result = TurnResult<ConversationState>;

export async function runChat(engine: ConversationEngine, io: ChatIo): Promise<void> {
  const print = (line = '') => io.output.write(`${line}\n`);
  const style = (code: string, text: string) => (io.terminal ? `\u001b[${code}m${text}\u001b[0m` : text);
  let state: ConversationState = INITIAL_STATE;
  let buttons: readonly string[] = [];
  let tickets = 0;
  const show = (result: Result) => {
    state = result.state;
    buttons = result.buttons;
    for (const reply of result.replies) {
      const [first, ...rest] = plainText(replyMarkdown(reply)).trim().split('\n').map((line) => line.trimEnd());
      print(`${style('1', `bot> ${first}`)}${rest.length > 0 ? `\n${rest.map((line) => `     ${line}`).join('\n')}` : ''}`);
    }
    buttons.forEach((label, index) => print(style('36', `  ${index + 1}) ${label}`)));
  };
  print(style('2', 'Terminal chat with the help bot. Type a message, or a number to press a button; /quit to leave.'));
  show(engine.welcome());
  const lines = createInterface({ input: io.input, terminal: false, crlfDelay: Infinity });
  io.output.write('you> ');
  for await (const line of lines) {
    if (!io.terminal) print(line);
    if (line.trim() === '/quit') break;
    const pressed = /^\s*(\d+)\s*$/.exec(line);
    const label = pressed ? buttons[Number(pressed[1]) - 1] : undefined;
    if (label) print(style('2', `     (pressed "${label}")`));
    let result = engine.turn(state, label ?? line);
    if (result.handoff) {
      tickets += 1;
      result = engine.confirmHandoff(result.state, `CLI-${String(tickets).padStart(4, '0')}`, result.handoff.contact);
      print(style('2', '     (terminal chat: no ticket was filed)'));
    }
    show(result);
    io.output.write('you> ');
  }
  print();
}

function main(): void {
  loadDotenv({ quiet: true });
  try {
    const config = loadConfig(process.env);
    const engine = createEngine(config, createBotCore(config));
    runChat(engine, { input: process.stdin, output: process.stdout, terminal: process.stdout.isTTY === true }).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  } catch (error) {
    if (error instanceof ContentError) error.problems.forEach((problem) => console.error(formatProblem(problem)));
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
