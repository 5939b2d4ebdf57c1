import type { KeepCommand, Responses } from '../content/types';
import { AnswerReader } from '../engine/answerReader';
import { commandKey } from '../engine/context';
import { codeAttempt } from './resumeCode';

/** What a user asks to keep: the checklist, the conversation, a code to continue later, or a code they bring back. */
export type KeepRequest = { readonly kind: KeepCommand } | { readonly kind: 'code'; readonly code: string };

const KEEP_COMMANDS: readonly KeepCommand[] = ['checklist', 'transcript', 'saveplace'];

/**
 * Reads the keep requests in what people type, before the engine's turn: a whole message that is one of the
 * content's keep commands (fillers aside, or asked politely: "can you give me the steps"), or a code. Built once;
 * per turn it costs a map look-up and one regular expression, as it runs on every message.
 */
export class KeepReader {
  private readonly answers: AnswerReader;
  private readonly commands: ReadonlyMap<string, KeepCommand>;

  constructor(responses: Responses) {
    this.answers = new AnswerReader(responses.answers);
    this.commands = new Map(KEEP_COMMANDS.flatMap((command) => responses.commands[command].map((phrase) => [commandKey(phrase), command] as const)));
  }

  read(text: string): KeepRequest | undefined {
    const code = codeAttempt(text);
    if (code) return { kind: 'code', code };
    const command = this.command(text) ?? this.command(this.answers.request(text));
    return command && { kind: command };
  }

  private command(text: string | undefined): KeepCommand | undefined {
    if (text === undefined) return undefined;
    return this.commands.get(commandKey(text)) ?? this.commands.get(commandKey(this.answers.core(text)));
  }
}
