import { foldAccents } from '../content/normalise';
import type { Content } from '../content/types';
import { LEGAL_QUESTION_INTENT } from '../content/intents';
import type { EngineContext } from './context';
import type { IntentRecognition } from './ports';
import { madeOnce } from './madeOnce';
import { isConfident } from './reading';
import { saysAny } from './textMatch';

/** Any message length: the words may be anywhere in a long message ("I have a brief due friday. should I move for …?"). */
const ANY_LENGTH = Number.MAX_SAFE_INTEGER;
/** How many readings after the recognizer's first may be the legal question for a request of more time to be one. */
const NEXT_READINGS = 2;

const cache = new WeakMap<Content, LegalAsked>();

/**
 * Whether the court will give a filing in a case more time is a legal question, however much the message says of the
 * login trouble beside it ("I have a response brief due friday. should I move for an extension because of this?",
 * "el juez me dio hasta el viernes para un brief, si el sistema falla puedo pedir una extension?"): a question that
 * names more time (content's `answers.moreTime`: "extension", "more time", "prórroga") and a thing of a case
 * (`answers.caseThings`: "judge", "brief", "motion", "moción") is `legal_question`, where the recognizer ranks legal
 * questions among the next two (as it does a deadline at risk, which shares their words) or places it nowhere for sure. More time asked of the court's rules alone, naming no case ("si cm/ecf se cae
 * el día del plazo, ¿me dan una prórroga automática?"), stays the deadline's answer: what courts say of technical
 * failures. A question that points back at the answer just given and names no thing of a case ("what should we be
 * doing in the meantime then") is no legal question either (`namesNoCase`).
 */
export class LegalAsked {
  private readonly moreTime: readonly string[];
  private readonly caseThings: readonly string[];

  private constructor(content: Content) {
    const { answers } = content.responses;
    this.moreTime = (answers.moreTime ?? []).map(foldAccents);
    this.caseThings = (answers.caseThings ?? []).map(foldAccents);
  }

  static of(content: Content): LegalAsked {
    return madeOnce(cache, content, (made) => new LegalAsked(made));
  }

  /** The reading as a legal question when the message asks for more time in a case and the recognizer reads no other topic for sure. */
  reading(ctx: EngineContext, text: string, recognition: IntentRecognition): IntentRecognition {
    // Legal questions among the next two after the topic read (a deadline at risk reads so: it shares their words), or
    // no topic for sure.
    const next = recognition.ranked.slice(1, NEXT_READINGS + 1).some((ranked) => ranked.intent === LEGAL_QUESTION_INTENT);
    const open = next || !isConfident(recognition);
    if (!open || recognition.intent === LEGAL_QUESTION_INTENT || !this.asksMoreTimeInCase(ctx, text)) return recognition;
    const legal = recognition.ranked.find((ranked) => ranked.intent === LEGAL_QUESTION_INTENT);
    const ranked = [{ intent: LEGAL_QUESTION_INTENT, score: Math.max(recognition.score, legal?.score ?? 0) },
      ...recognition.ranked.filter((other) => other.intent !== LEGAL_QUESTION_INTENT)];
    return { intent: LEGAL_QUESTION_INTENT, score: ranked[0]!.score, ranked, ambiguous: false };
  }

  /** True when the message names no thing of a case (a legal reading of it may be a follow-up pointing back). */
  namesNoCase(text: string): boolean {
    return !saysAny(foldAccents(text), this.caseThings, ANY_LENGTH);
  }

  private asksMoreTimeInCase(ctx: EngineContext, text: string): boolean {
    if (!ctx.answers.asksInAnySentence(text) && !text.includes('?')) return false;
    const folded = foldAccents(text);
    return saysAny(folded, this.moreTime, ANY_LENGTH) && saysAny(folded, this.caseThings, ANY_LENGTH);
  }
}
