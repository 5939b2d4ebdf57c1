import { foldAccents } from '../content/normalise';
import type { KeepCommand, Responses } from '../content/types';
import { AnswerReader } from '../engine/answerReader';
import { clauses } from '../engine/commandReader';
import { commandKey } from '../engine/context';
import { codeAttempt } from './resumeCode';

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
  /** The lead words and the content's asking words ("can", "how", "puedo" …), normalised. */
  private readonly lead: ReadonlySet<string>;
  private readonly articles: ReadonlySet<string>;

  constructor(responses: Responses, private readonly locale = 'en') {
    const words = LEAD_WORDS[locale] ?? LEAD_WORDS.en!;
    this.articles = new Set(words.articles);
    this.answers = new AnswerReader(responses.answers);
    this.lead = new Set([...words.lead, ...responses.answers.asking].map((word) => this.key(word)));
    this.commands = new Map(KEEP_COMMANDS.flatMap((command) => responses.commands[command].map((phrase) => [this.key(phrase), command] as const)));
  }

  read(text: string): KeepRequest | undefined {
    const code = codeAttempt(text, this.locale);
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
    return this.commands.get(this.key(text)) ?? this.commands.get(this.key(this.answers.core(text)));
  }

  /** The request inside a question: "can i print these steps" -> "print these steps", "is there a printable version". */
  private asked(text: string): string {
    const words = this.key(this.answers.core(text)).split(' ');
    let start = 0;
    while (start < words.length - 1 && this.lead.has(words[start]!)) start += 1;
    return words.slice(start).join(' ');
  }

  /** Words compared as people type them: no case, no accents ("después" = "despues"), no articles. */
  private key(text: string): string {
    return foldAccents(commandKey(text)).split(' ').filter((word) => !this.articles.has(word)).join(' ');
  }
}

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
    for (const [locale, reader] of this.readers) {
      const found = reader.read(text);
      if (!found) continue;
      request ??= found;
      if (found.kind === request.kind) locales.push(locale);
    }
    return request && { request, locales };
  }
}
