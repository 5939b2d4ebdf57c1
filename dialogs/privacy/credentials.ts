/**
 * Spotting credentials typed into the chat, so they are never echoed, logged or stored.
 * Users paste passwords in three shapes: "my password is X" / "pw: X", a "username X password Y" pair,
 * or a lone secret-looking token. Ordinary help questions ("I forgot my password", "my password is wrong")
 * must pass untouched, so a value only counts when it looks like a secret, not like an English word.
 */
const SECRET_LABEL = String.raw`(?:pass\s?word|passwd|pwd|pw|pass|passcode|pin|pword)`;
const LOGIN_LABEL = String.raw`(?:user\s?name|user\s?id|login(?:\s?id)?|username|user)`;
const VALUE = String.raw`([^\s"'“”]{3,128})`;

/** "password is X", "password: X", "pw = X", "password X" (value captured). */
const LABELLED_SECRET = new RegExp(String.raw`\b${SECRET_LABEL}\b\s*(?:is\b|was\b|[:=\-–]|of\b)?\s*["'“]?${VALUE}`, 'giu');
/** "user jdoe pass X" / "login: jdoe / X". */
const PAIR = new RegExp(String.raw`\b${LOGIN_LABEL}\b\s*(?:is\b|[:=])?\s*(\S{2,64})\s*(?:[/,;|]|and|&)\s*(?:${SECRET_LABEL}\b\s*(?:is\b|[:=])?\s*)?${VALUE}`, 'giu');
/** "jdoe123 / Secr3t!" with nothing else around it. */
const BARE_PAIR = /^\s*([\w.@-]{3,64})\s*[/|:]\s*(\S{6,128})\s*$/u;
/**
 * Something every pattern above needs: a secret or login label, or a separator of a bare pair (same flags, so
 * case folding agrees). Texts without it, and that are not a lone token, skip the regex work: most strings of a
 * transcript are card labels and plain questions.
 */
const SECRET_HINT = /pass|pw|pin|user|login|[/|:]/iu;

export interface SecretSpan { readonly start: number; readonly end: number }

/** Character ranges of the secret values found in a message. */
export function findSecrets(text: string): SecretSpan[] {
  const lone = text.trim();
  if (!SECRET_HINT.test(text) && !isLoneToken(lone)) return [];
  const spans: SecretSpan[] = [];
  const add = (value: string | undefined, index: number, whole: string) => {
    if (!value) return;
    const start = index + whole.lastIndexOf(value);
    spans.push({ start, end: start + value.length });
  };
  for (const match of text.matchAll(LABELLED_SECRET)) {
    if (looksSecret(stripTrailingPunctuation(match[1]!))) add(stripTrailingPunctuation(match[1]!), match.index!, match[0]);
  }
  for (const match of text.matchAll(PAIR)) {
    if (looksSecret(stripTrailingPunctuation(match[2]!))) add(stripTrailingPunctuation(match[2]!), match.index!, match[0]);
  }
  const bare = text.includes('://') ? null : BARE_PAIR.exec(text);
  if (bare && looksSecret(bare[2]!)) add(bare[2], bare.index, bare[0]);
  if (isLoneToken(lone) && lone.length <= 128 && looksStrongSecret(lone)) {
    add(lone, text.indexOf(lone), lone);
  }
  return mergeSpans(spans);
}

export function containsSecret(text: string): boolean {
  return findSecrets(text).length > 0;
}

/** One word of 8 or more characters with nothing around it: the shape of a pasted password. */
function isLoneToken(trimmed: string): boolean {
  return trimmed.length >= 8 && !/\s/.test(trimmed);
}

/** A value that is not a plain lower-case word: it has a digit, a symbol or mixed case. */
function looksSecret(value: string): boolean {
  if (/^https?:/i.test(value)) return false;
  if (/^[a-z]+$/.test(value) || /^[A-Z][a-z]+$/.test(value)) return false;
  return value.length >= 4;
}

/** A lone token only counts when it mixes at least three kinds of character, like a real password. */
function looksStrongSecret(value: string): boolean {
  if (/^https?:|^www\.|@.*\./i.test(value)) return false;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
  return kinds >= 3;
}

function stripTrailingPunctuation(value: string): string {
  return value.replace(/[.,;:)\]]+$/u, '');
}

function mergeSpans(spans: SecretSpan[]): SecretSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: SecretSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
