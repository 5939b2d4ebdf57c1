import { foldAccents } from '../content/normalise';
import type { KeepCommand, Responses } from '../content/types';
import { AnswerReader } from '../engine/answerReader';
import { commandKey } from '../engine/context';
import { codeAttempt } from './resumeCode';
import { clauses } from '../engine/textMatch';

/** What a user asks to keep: the checklist, the conversation, a code to continue later, or a code they bring back. */
export type KeepRequest = { readonly kind: KeepCommand } | { readonly kind: 'code'; readonly code: string };

const KEEP_COMMANDS: readonly KeepCommand[] = ['checklist', 'transcript', 'saveplace'];

/** How each language opens a request without it being the request, besides its asking words. */
interface LeadWords {
  /** "can i", "is there", "i want to" / "quiero", "me puede dar", "hay forma de". */
  readonly lead: readonly string[];
  /** Articles that change nothing ("la lista" = "lista"); English ones are dropped by commandKey already. */
  readonly articles: readonly string[];
}
const LEAD_WORDS: Readonly<Record<string, LeadWords>> = {
  en: {
    lead: ['i', 'we', 'you', 'there', 'to', 'want', 'need', 'like', 'id', 'wanna', 'please', 'just'],
    articles: [],
  },
  es: {
    lead: ['yo', 'me', 'nos', 'le', 'se', 'quiero', 'quisiera', 'queria', 'necesito', 'gustaria', 'podria',
      'podrias', 'puede', 'puedes', 'tiene', 'tienes', 'dame', 'deme', 'da', 'dar', 'darme', 'usted', 'tu', 'hay',
      'manera', 'forma', 'de'],
    articles: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
  },
};

/**
 * Reads the keep requests in what people type, before the engine's turn: a whole message that is one of the
 * content's keep commands (fillers aside, or asked politely: "can you give me the steps"), or a code. One reader per
 * language, built once from that language's responses; per turn it costs a map look-up and one regular expression,
 * as it runs on every message.
 */
export class KeepReader {
  private readonly answers: AnswerReader;
  private readonly commands: ReadonlyMap<string, KeepCommand>;
  /**
   * Each command's words, listed under its first word: a message that has not all the words of one cannot be that
   * command in any reading below, and only the commands opening with one of the message's words can have them all.
   */
  private readonly commandWords: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The lead words and the content's asking words ("can", "how", "puedo" …), normalised. */
  private readonly lead: ReadonlySet<string>;
  private readonly articles: ReadonlySet<string>;

  constructor(responses: Responses, private readonly locale = 'en') {
    const words = LEAD_WORDS[locale] ?? LEAD_WORDS.en!;
    this.articles = new Set(words.articles);
    this.answers = new AnswerReader(responses.answers);
    this.lead = new Set([...words.lead, ...responses.answers.asking].map((word) => this.key(word)));
    this.commands = new Map(KEEP_COMMANDS.flatMap((command) => responses.commands[command].map((phrase) => [this.key(phrase), command] as const)));
    this.commandWords = byFirstWord([...this.commands.keys()].map((key) => key.split(' ')));
  }

  /** `keys`: the folded command keys of texts read already for this message (by this or another language's reader). */
  read(text: string, keys: FoldedKeys = new Map()): KeepRequest | undefined {
    const code = codeAttempt(text, this.locale);
    if (code) return { kind: 'code', code };
    // Every reading below compares a run of the message's words (a clause, its core, the request in it, less
    // articles) with a command whole, so a message without all the words of any command is none: most messages.
    if (!this.hasWordsOfACommand(this.key(text, keys))) return undefined;
    // "i need to leave, can i continue later?": the clause that asks counts, the last one first.
    const parts = [text, ...clauses(text).reverse()];
    for (const part of parts) {
      const core = this.answers.core(part);
      const request = this.asked(core, keys);
      const command = this.command(part, core, keys) ?? this.command(request, this.answers.core(request), keys);
      if (command) return { kind: command };
    }
    return undefined;
  }

  private hasWordsOfACommand(key: string): boolean {
    const words = new Set(key.split(' '));
    for (const word of words) {
      if (this.commandWords.get(word)?.some((command) => command.every((other) => words.has(other)))) return true;
    }
    return false;
  }

  /** `core`: the text without its fillers (AnswerReader.core). */
  private command(text: string, core: string, keys: FoldedKeys): KeepCommand | undefined {
    return this.commands.get(this.key(text, keys)) ?? this.commands.get(this.key(core, keys));
  }

  /** The request inside a question, from its core: "can i print these steps" -> "print these steps", "is there a printable version". */
  private asked(core: string, keys: FoldedKeys): string {
    const words = this.key(core, keys).split(' ');
    let start = 0;
    while (start < words.length - 1 && this.lead.has(words[start]!)) start += 1;
    return words.slice(start).join(' ');
  }

  /** Words compared as people type them: no case, no accents ("después" = "despues"), no articles. */
  private key(text: string, keys: FoldedKeys = new Map()): string {
    let folded = keys.get(text);
    if (folded === undefined) {
      folded = foldAccents(commandKey(text));
      keys.set(text, folded);
    }
    return this.articles.size === 0 ? folded : folded.split(' ').filter((word) => !this.articles.has(word)).join(' ');
  }
}

function byFirstWord(commands: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const listed = new Map<string, (readonly string[])[]>();
  for (const command of commands) listed.set(command[0]!, [...(listed.get(command[0]!) ?? []), command]);
  return listed;
}

/**
 * Texts (a message, its clauses, their cores) -> their command keys before articles are dropped: every language's
 * reader reads the same parts of a message, several times each, and folding them is most of what a read costs.
 */
type FoldedKeys = Map<string, string>;

/** A keep request, and the languages whose words it is in (every one for a code alone, or words both share). */
export interface LocalizedKeepRequest {
  readonly request: KeepRequest;
  readonly locales: readonly string[];
}

/** The keep readers of every language the bot speaks: a request is read in whichever language it is written in. */
export class KeepReaders {
  constructor(private readonly readers: ReadonlyMap<string, KeepReader>) {}

  read(text: string): LocalizedKeepRequest | undefined {
    let request: KeepRequest | undefined;
    const locales: string[] = [];
    const keys: FoldedKeys = new Map();
    for (const [locale, reader] of this.readers) {
      const found = reader.read(text, keys);
      if (!found) continue;
      request ??= found;
      if (found.kind === request.kind) locales.push(locale);
    }
    return request && { request, locales };
  }
}
