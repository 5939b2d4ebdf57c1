import type { KeepCommand, Responses } from '../content/types';
import { AnswerReader } from '../engine/answerReader';
import { clauses } from '../engine/commandReader';
import { commandKey } from '../engine/context';
import { codeAttempt } from './resumeCode';

/** What a user asks to keep: the checklist, the conversation, a code to continue later, or a code they bring back. */
export type KeepRequest = { readonly kind: KeepCommand } | { readonly kind: 'code'; readonly code: string };

const KEEP_COMMANDS: readonly KeepCommand[] = ['checklist', 'transcript', 'saveplace'];
/** Words that open a request without being it ("can i", "is there", "i want to", "how do i"), besides asking words. */
const LEAD = new Set(['i', 'we', 'you', 'there', 'to', 'want', 'need', 'like', 'id', 'wanna', 'please', 'just']);

/**
 * Reads the keep requests in what people type, before the engine's turn: a whole message that is one of the
 * content's keep commands (fillers aside, or asked politely: "can you give me the steps"), or a code. Built once;
 * per turn it costs a map look-up and one regular expression, as it runs on every message.
 */
export class KeepReader {
  private readonly answers: AnswerReader;
  private readonly commands: ReadonlyMap<string, KeepCommand>;
  /** LEAD and the content's asking words ("can", "how", "is" …), normalised. */
  private readonly lead: ReadonlySet<string>;

  constructor(responses: Responses) {
    this.answers = new AnswerReader(responses.answers);
    this.lead = new Set([...LEAD, ...responses.answers.asking.map(commandKey)]);
    this.commands = new Map(KEEP_COMMANDS.flatMap((command) => responses.commands[command].map((phrase) => [commandKey(phrase), command] as const)));
  }

  read(text: string): KeepRequest | undefined {
    const code = codeAttempt(text);
    if (code) return { kind: 'code', code };
    // "i need to leave, can i continue later?": the clause that asks counts, the last one first.
    const parts = [text, ...clauses(text).reverse()];
    for (const part of parts) {
      const command = this.command(part) ?? this.command(this.asked(part));
      if (command) return { kind: command };
    }
    return undefined;
  }

  private command(text: string): KeepCommand | undefined {
    return this.commands.get(commandKey(text)) ?? this.commands.get(commandKey(this.answers.core(text)));
  }

  /** The request inside a question: "can i print these steps" -> "print these steps", "is there a printable version". */
  private asked(text: string): string {
    const words = commandKey(this.answers.core(text)).split(' ');
    let start = 0;
    while (start < words.length - 1 && this.lead.has(words[start]!)) start += 1;
    return words.slice(start).join(' ');
  }
}
