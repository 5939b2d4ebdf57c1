import type { SecretSpan } from './spans';

/**
 * How the number finders (numberPatterns.ts, birthDates.ts, oneTimeCodes.ts) run their patterns: each rule is one
 * global regular expression with a cheap precondition, an optional check of the match, and an optional reader of
 * more values right after it ("codes 119 034, 802 551 and 447 190"). Every repeat in the patterns is bounded, so
 * each rule is linear in the text.
 */
export interface NumberFinding extends SecretSpan { readonly kind: 'ssn' | 'card' | 'dob' | 'code' }

export interface NumberRule {
  readonly kind: NumberFinding['kind'];
  readonly pattern: RegExp;
  /** The fewest digits a text needs for the pattern to match: texts with fewer skip it. */
  readonly digits: number;
  /** Something the text must contain for the pattern to match (its label), when cheaper to test first. */
  readonly hint?: RegExp;
  /** Which group is the value (0: the whole match). */
  readonly group: number;
  readonly accept?: (match: RegExpExecArray, text: string) => boolean;
  /** Values listed right after this one ("X, Y and Z"), read from the end of the value. */
  readonly more?: (text: string, end: number) => SecretSpan[];
}

/** `digits`: how many digits the text has (counted by the caller, at least up to 13). */
export function runRules(text: string, digits: number, rules: readonly NumberRule[]): NumberFinding[] {
  const found: NumberFinding[] = [];
  for (const rule of rules) {
    if (digits < rule.digits || (rule.hint && !rule.hint.test(text))) continue;
    rule.pattern.lastIndex = 0;
    // Where the values listed after the last one end: a match inside them was found already.
    let listedUntil = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const value = match[rule.group]!;
      // A value leading the match ("X is my date of birth") or ending it ("code X").
      const start = match.index + (match[0].startsWith(value) ? 0 : match[0].lastIndexOf(value));
      if (start < listedUntil || (rule.accept && !rule.accept(match, text))) continue;
      found.push({ start, end: start + value.length, kind: rule.kind });
      for (const span of rule.more?.(text, start + value.length) ?? []) {
        found.push({ ...span, kind: rule.kind });
        listedUntil = span.end;
      }
    }
  }
  return found;
}

/** The values a sticky `pattern` (value in its last group) reads one after another from `end`, at most `max`. */
export function listedAfter(text: string, end: number, pattern: RegExp, max: number): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (let at = end; spans.length < max; ) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) break;
    const value = match[match.length - 1]!;
    at = pattern.lastIndex;
    spans.push({ start: at - value.length, end: at });
  }
  return spans;
}
