import { OUT_OF_SCOPE_INTENT } from '../content/loader';
import type { Content, Court } from '../content/types';
import { courtPlaceholders, resolveCourt } from '../engine/courtDirectory';
import type { Recognize } from '../engine/engine';
import { FlowView } from '../engine/flowView';
import { INITIAL_STATE } from '../engine/state';
import { matchesAny } from '../engine/textMatch';
import { containsSecret } from '../privacy/credentials';
import { redact } from '../privacy/redact';
import { urgentPhrasesIn, type TriageRules } from './triageRules';

export interface TriageQuestion {
  readonly id?: string;
  readonly text: string;
  /** The right intent, when known (a labelled file): the report then measures accuracy. */
  readonly expected?: string;
}

/** Why a question needs a person. */
export type TriageReason = 'out_of_scope' | 'low_confidence' | 'ambiguous' | 'asks_for_person' | 'frustrated' | 'urgent' | 'password';
export const TRIAGE_REASONS: readonly TriageReason[] = ['urgent', 'password', 'asks_for_person', 'frustrated', 'out_of_scope', 'ambiguous', 'low_confidence'];

export interface TriageResult {
  readonly id: string;
  /** The question, redacted (no passwords, e-mails, phones, SSNs or card numbers). */
  readonly text: string;
  readonly intent: string;
  readonly topic: string;
  readonly score: number;
  readonly ambiguous: boolean;
  /** The next best topics. */
  readonly alternatives: readonly { readonly intent: string; readonly score: number }[];
  /** The topic's first answer, as the bot would give it (none when out of scope). */
  readonly suggestedAnswer?: string;
  readonly needsHuman: boolean;
  readonly urgent: boolean;
  readonly reasons: readonly TriageReason[];
  readonly urgentWords: readonly string[];
  readonly expected?: string;
  /** The language the question is written in (a locale: 'en', 'es'). */
  readonly language?: string;
}

/** One language's content, recognizer and rules (urgent words), for questions written in it. */
export interface TriageLanguage {
  readonly content: Content;
  readonly recognize: Recognize;
  readonly rules: TriageRules;
}

export interface TriageDeps {
  readonly content: Content;
  /** The chat's own recognizer, so triage files questions exactly as the bot would understand them. */
  readonly recognize: Recognize;
  readonly rules: TriageRules;
  readonly isFrustrated: (text: string) => boolean;
  readonly pinnedCourt?: Court;
  readonly helpDesk?: string;
  readonly maxMessageLength: number;
  /** Other languages: a question is filed with the content and recognizer of the language it is written in. */
  readonly languages?: { readonly byLocale: ReadonlyMap<string, TriageLanguage>; choose(text: string): string };
}

/** A language's readers and the view that renders its answers. */
interface Reader extends TriageLanguage { readonly language: string; readonly view: FlowView }

/** Files free-text help-desk questions under the bot's topics and flags the ones a person should take. */
export class Triage {
  private readonly readers = new Map<string, Reader>();

  constructor(private readonly deps: TriageDeps) {
    this.readers.set('en', this.readerOf('en', deps));
  }

  private readerOf(language: string, { content, recognize, rules }: TriageLanguage): Reader {
    const court = resolveCourt(content, this.deps.pinnedCourt, INITIAL_STATE);
    return { language, content, recognize, rules, view: new FlowView(content, courtPlaceholders(content, court, this.deps.helpDesk)) };
  }

  /** The readers of the language a question is written in (English when the bot does not speak it). */
  private readerFor(text: string): Reader {
    const language = this.deps.languages?.choose(text) ?? 'en';
    const known = this.readers.get(language);
    if (known) return known;
    const deps = this.deps.languages?.byLocale.get(language);
    if (!deps) return this.readers.get('en')!;
    const reader = this.readerOf(language, deps);
    this.readers.set(language, reader);
    return reader;
  }

  classify(question: TriageQuestion, index = 0): TriageResult {
    // Longer than the chat accepts: the opening is what the question is about.
    const text = question.text.trim().slice(0, this.deps.maxMessageLength);
    const reader = this.readerFor(text);
    const recognition = this.recognize(reader, text);
    const { intent, score } = recognition;
    const urgentWords = urgentPhrasesIn(text, reader.rules);
    const reasons = this.reasons(reader, text, recognition, urgentWords);
    // The clerk reads the topic in English; the suggested answer is in the user's language.
    const topic = this.deps.content.topicsByIntent.get(intent);
    return {
      id: question.id ?? String(index + 1),
      text: redact(text),
      intent,
      topic: topic?.title ?? intent,
      score: Math.round(score * 1000) / 1000,
      ambiguous: recognition.ambiguous,
      alternatives: recognition.ranked.filter((r) => r.intent !== intent).slice(0, 2)
        .map((r) => ({ intent: r.intent, score: Math.round(r.score * 1000) / 1000 })),
      suggestedAnswer: intent === OUT_OF_SCOPE_INTENT || !topic ? undefined : this.firstAnswer(reader, intent),
      needsHuman: reasons.length > 0,
      urgent: urgentWords.length > 0,
      reasons,
      urgentWords,
      ...(question.expected !== undefined ? { expected: question.expected } : {}),
      language: reader.language,
    };
  }

  /** As the chat: a message that is exactly a topic's title (a pressed button) is that topic; else the recognizer. */
  private recognize(reader: Reader, text: string): ReturnType<Recognize> {
    const titled = reader.content.topics.find((topic) => matchesAny(text, [topic.title]));
    if (titled) return { intent: titled.intent, score: 1, ranked: [{ intent: titled.intent, score: 1 }], ambiguous: false };
    return reader.recognize(text);
  }

  private reasons(reader: Reader, text: string, recognition: ReturnType<Recognize>, urgentWords: readonly string[]): TriageReason[] {
    const found = new Set<TriageReason>();
    const outOfScope = recognition.intent === OUT_OF_SCOPE_INTENT;
    if (urgentWords.length > 0) found.add('urgent');
    if (containsSecret(text)) found.add('password');
    if (!outOfScope && this.leadsToPerson(recognition.intent)) found.add('asks_for_person');
    if (this.deps.isFrustrated(text)) found.add('frustrated');
    if (outOfScope) found.add('out_of_scope');
    if (recognition.ambiguous) found.add('ambiguous');
    if (!outOfScope && recognition.score < reader.rules.lowConfidence) found.add('low_confidence');
    return TRIAGE_REASONS.filter((reason) => found.has(reason));
  }

  /** Topics whose answer offers the help desk (content flag `handoff` on the first node), e.g. "talk to a person". */
  private leadsToPerson(intent: string): boolean {
    const flow = this.deps.content.topicsByIntent.get(intent)?.flow;
    return flow !== undefined && flow.nodes.get(flow.start)!.handoff;
  }

  private firstAnswer(reader: Reader, intent: string): string {
    return reader.view.render(reader.view.start(intent)).text;
  }
}
