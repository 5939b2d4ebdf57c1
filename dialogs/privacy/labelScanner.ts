import { passwordWithin, VALUE, type Evidence } from './passwordValue';
import type { SecretSpan } from './spans';
import {
  CHANGE_VERB, DETERMINERS, LOGIN_LABEL, NOT_A_PASSWORD, PREPOSITIONS, SECRET_LABEL, TAKEOVER_NOUNS, WORD_END,
  WORD_START,
} from './words';

/*
 * Passwords announced by a label: "password: X", "my pw is X", "the password for my account is: X",
 * "changed my password to X", "mot de passe : X", "user jdoe pass X". From a label it reads at most a few words
 * forward, in one clause, trying each connector ("is", ":", "=", "to" after a change verb…) it meets; the first
 * value that passes passwordValue's rule is the password. Every step is a sticky match of bounded length, so the
 * work is linear in the text.
 */

/** How many words after a label are read looking for its value. */
const WINDOW = 10;

/** "is", "was", "will be", and the same in the languages of SECRET_LABEL. */
const COPULA = String.raw`(?:(?:will|would|should|must|might|could|may|used\s+to|supposed\s+to|has|had|have)\s+(?:be|been)|is|was|are|were|es|era|est|était|ist|war|lautet|hei(?:ß|ss)t|é|è|jest|är|er|là|=)`;
const COPULA_WORD = new RegExp(String.raw`^${COPULA}$`, 'iu');
/** "password, it's X", "password (which is X)": the value announced in an aside. */
const ASIDE = String.raw`(?:\s*[,(–—-]?\s*(?:it['’]?s|it\s+is|it\s+was|which\s+is|which\s+was|that\s+is|that['’]s)|\?\s*(?:it['’]?s|it\s+is))\s+`;
/** "my PACER password, Rosebud1, does not work": a value set off by commas right after the label. */
const APPOSITIVE = new RegExp(String.raw`\s*,\s*${VALUE}(?=\s*[,)—–-])`, 'yu');
/** "is", ":", "=", "->", " - ", "'s", an aside, "是", "は" … with the spaces around them, then the value. */
const CONNECTED = new RegExp(String.raw`(?:\s*(?:[:=：]|->|=>|→|[–—])\s*|\s+-+\s+|\s+${COPULA}${WORD_END}(?:\s*[:=])?\s*|['’]s\s+|${ASIDE}|\s*[是は는은为為]\s*)${VALUE}`, 'yiu');
/** "to" (or "as") announces the value only after a change verb: "changed my password to X", "set it as X". */
const TO_VALUE = new RegExp(String.raw`\s+(?:to|into|as)\s+${VALUE}`, 'yiu');
/** "changed my password from X to Y": after a change verb, "from" announces the old value. */
const FROM_VALUE = new RegExp(String.raw`\s+from\s+${VALUE}`, 'yiu');
/** "X or Y", "X, or maybe Y", "X then Y": more values offered after the first one. */
const ALTERNATIVE = new RegExp(String.raw`\s*(?:,|/|,?\s+or|,?\s+and|,?\s+(?:and\s+)?then)\s+(?:(?:maybe|perhaps|possibly|even|also|sometimes|then)\s+)?${VALUE}`, 'yiu');
/** Words that name an old or new value: "the new one is Y", "/ anterior: Y", "old pw: Y", "nueva: Y". */
const OLD_OR_NEW = String.raw`(?:new|old|current|previous|prior|former|other|second|first|next|temporary|temp|anterior|antigua|antiguo|nueva|nuevo|actual|vieja|viejo|ancien|ancienne|nouveau|nouvelle|alt|altes|neu|neues|vorher|antes)`;
/** "X, and the new one is Y", "X / old: Y": another password announced after the first. */
const ANOTHER_ONE = new RegExp(String.raw`\s*(?:[,;/|]|,?\s+(?:and|but|or|then))?\s*(?:(?:the|my|a|el|la|mi|le|mon|das|mein)\s+)?${OLD_OR_NEW}(?:\s+(?:one|pw|password|pass|contraseña|mot\s+de\s+passe|passwort))?\s*(?:(?:is|was|es|era|est|ist)\s*[:=]?|[:=])\s*${VALUE}`, 'yiu');
/** Words that may stand between a connector and the value: "is now X", "was set to X", "will be X". */
const BRIDGE = /\s*(?:(?:now|still|currently|just|actually|simply|literally|always|exactly|also|then|either|the\s+word|(?:set|changed|reset|updated)\s+to|to)\s+){1,4}/iy;
const WORD = new RegExp(String.raw`(\s+)${VALUE}`, 'yu');
const CHANGE_BEFORE = new RegExp(String.raw`${WORD_START}${CHANGE_VERB}${WORD_END}`, 'iu');
const CHANGE_WORD = new RegExp(String.raw`^${CHANGE_VERB}$`, 'iu');
const LOGIN_WORD = new RegExp(String.raw`^${LOGIN_LABEL}[:=]?$`, 'iu');
const SECRET_WORD = new RegExp(String.raw`^${SECRET_LABEL}$`, 'iu');
/** A login name just before the label: "user jdoe pass X", "username: jdoe, password X". */
const PAIR_BEFORE = new RegExp(String.raw`${WORD_START}${LOGIN_LABEL}\s*(?:[:=]|is)?\s*([^\s]{1,64})[\s,;/|]+(?:and\s+)?(?:(?:my|the|his|her|their)\s+)?$`, 'iu');
const CLAUSE_END = /[.!?;,]$/;
/** A single word in brackets right after the label: "my old password (tigers) was…". */
const BRACKETED = /^[(\[][^\s()[\]]{3,64}[)\]][.,;:!?]*$/u;
/** How many more words a plain-word value may run on over ("my password is purple monkey dishwasher"). */
const PHRASE_WORDS = 6;
const COLON_BEFORE = /[:=]\s*$/;

/** The password(s) announced by the label that ends at `labelEnd`; `before` is the text just before the label. */
export function valuesAfterLabel(text: string, labelEnd: number, before: string): SecretSpan[] {
  return new Scan(text, labelEnd, before).values();
}

interface Read { readonly start: number; readonly raw: string; readonly end: number }

/** Reading forward from one label, word by word, within one clause. */
class Scan {
  private pos: number;
  private changeSeen: boolean;
  private readonly pairBefore: boolean;
  /** Still in the compound right after the label ("password reset code"): no preposition or determiner yet. */
  private compound = true;
  private previous: string[] = [];

  constructor(private readonly text: string, labelEnd: number, before: string) {
    this.pos = labelEnd;
    this.changeSeen = CHANGE_BEFORE.test(before);
    this.pairBefore = isPairBefore(before);
  }

  values(): SecretSpan[] {
    for (let step = 0; step < WINDOW; step += 1) {
      const announced = this.read(CONNECTED) ?? (this.changeSeen ? this.read(TO_VALUE) ?? this.read(FROM_VALUE) : undefined);
      const word = announced ? this.afterBridge(announced) : (step === 0 && this.read(APPOSITIVE)) || this.read(WORD);
      if (!word) return [];
      // A noun of the screen right after the label ("login & pw boxes", "user and pw fields") names the boxes, not a value.
      const named = !announced && step === 0 && TAKEOVER_NOUNS.has(word.raw.toLowerCase().replace(/[.!?;,:]+$/, ''));
      const evidence: Evidence | undefined = announced ? 'announced' : step === 0 && !named ? this.nextToLabel(word) : undefined;
      const span = evidence && this.judge(word, evidence);
      if (span) return [span, ...this.alternatives(span.end, evidence)];
      if (this.endsAt(word)) return [];
      this.pos = this.nextPosition(word);
    }
    return [];
  }

  /** The word right after the label: a password if it looks like one, or after a login ("user jdoe pass X"). */
  private nextToLabel(word: Read): Evidence {
    if (this.pairBefore) return 'pair';
    return BRACKETED.test(word.raw) ? 'announced' : 'near';
  }

  /**
   * After a word that was not the value: "check it: X" (the colon after a word announces the next one), "reset it
   * to is X" read as "to" + "is" (the rejected value is itself a connector: it is read again as one).
   */
  private nextPosition(word: Read): number {
    if (/.[:=]$/.test(word.raw)) return word.end - 1;
    if (COPULA_WORD.test(word.raw) && /\s/.test(this.text[word.start - 1] ?? '') && word.start - 1 > this.pos) return word.start - 1;
    return word.end;
  }

  /**
   * Other values offered with the first: "X or maybe Y", "X, Y" (as sure as the first: after "password is X" any
   * word not ordinary, after "pw X" only what looks like a password), or announced again: "X, and the new one is Y",
   * "changed it from X to Y".
   */
  private alternatives(from: number, evidence: Evidence): SecretSpan[] {
    const spans: SecretSpan[] = [];
    for (let at = from, more = 0; more < 3; more += 1) {
      const announced = this.read(ANOTHER_ONE, at);
      const changedTo = this.changeSeen && !announced ? this.read(TO_VALUE, at) : undefined;
      const next = announced ?? changedTo ?? this.read(ALTERNATIVE, at);
      const span = next && this.judge(next, announced || changedTo ? 'announced' : evidence);
      if (!span) break;
      spans.push(span);
      at = span.end;
    }
    return spans;
  }

  /** The value (last group) that `pattern` reads at `at`; a plain word on the next line only after a colon. */
  private read(pattern: RegExp, at = this.pos): Read | undefined {
    pattern.lastIndex = at;
    const match = pattern.exec(this.text);
    if (!match || (pattern === WORD && match[1]!.includes('\n') && !COLON_BEFORE.test(this.text.slice(Math.max(0, at - 8), at)))) return undefined;
    const raw = match[match.length - 1]!;
    return { start: pattern.lastIndex - raw.length, raw, end: pattern.lastIndex };
  }

  /** "is now X", "was set to X": the value is the word after the bridge words. */
  private afterBridge(read: Read): Read {
    BRIDGE.lastIndex = read.start;
    if (!BRIDGE.exec(this.text)) return read;
    return this.read(WORD, BRIDGE.lastIndex - 1) ?? read;
  }

  private judge(read: Read, evidence: Evidence): SecretSpan | undefined {
    if (isQuoted(read.raw)) return quotedValue(read, evidence);
    const nextWord = this.read(WORD, read.end)?.raw;
    const within = passwordWithin({ raw: read.raw, evidence, nextWord });
    if (!within) return undefined;
    const span = { start: read.start + within.start, end: read.start + within.end };
    return evidence !== 'near' && isPlainWord(read.raw) ? this.phraseFrom(span) : span;
  }

  /** A plain-word value runs on over the words after it that are not ordinary ones, to the end of the clause. */
  private phraseFrom(span: SecretSpan): SecretSpan {
    let end = span.end;
    for (let more = 0; more < PHRASE_WORDS && !CLAUSE_END.test(this.text.slice(end, end + 1)); more += 1) {
      const next = this.read(WORD, end);
      if (!next || !(isPlainWord(next.raw) || /^\d{1,8}[.,;!?]?$/.test(next.raw))) break;
      const within = /^\d/.test(next.raw) ? { start: 0, end: next.raw.replace(/[.,;!?]$/, '').length } : passwordWithin({ raw: next.raw, evidence: 'announced' });
      if (!within) break;
      end = next.start + within.end;
    }
    return { start: span.start, end };
  }

  /**
   * The clause ends, or the words now describe something else: a login name ("password and username is jdoe"),
   * a compound noun ("password reset code is 123456", "password field: empty").
   */
  private endsAt(word: Read): boolean {
    const plain = word.raw.toLowerCase().replace(/[.!?;,:]+$/, '');
    const afterPreposition = this.previous.slice(-2).some((previous) => PREPOSITIONS.has(previous));
    if (CHANGE_WORD.test(plain)) this.changeSeen = true;
    if (PREPOSITIONS.has(plain) || DETERMINERS.has(plain)) this.compound = false;
    this.previous.push(plain);
    // A value belongs to the nearest label before it: the next label reads on from here itself.
    if (SECRET_WORD.test(plain)) return true;
    if (LOGIN_WORD.test(plain) && !afterPreposition) return true;
    if (this.compound && TAKEOVER_NOUNS.has(plain)) return true;
    return CLAUSE_END.test(word.raw);
  }
}

/** A login name just before the label ("user jdoe pass"), not a word ("username and password"). */
function isPairBefore(before: string): boolean {
  const name = PAIR_BEFORE.exec(before)?.[1];
  // "user + pw handy", "login & pw ready": a sign that joins the two labels is no login name.
  return name !== undefined && name.length > 1 && /[\p{L}\p{N}]/u.test(name) && !NOT_A_PASSWORD.has(name.toLowerCase());
}

/** Letters only, perhaps with a final full stop or comma: "sunshine", "marigold." */
function isPlainWord(raw: string): boolean {
  return /^\p{L}[\p{L}'’-]*[.,;!?]?$/u.test(raw);
}

function isQuoted(raw: string): boolean {
  return raw.length > 2 && /^["“'‘«]/.test(raw) && /["”'’»]$/.test(raw);
}

/** A quoted value is taken whole (a passphrase may have spaces) unless every word in it is an ordinary one. */
function quotedValue(read: Read, evidence: Evidence): SecretSpan | undefined {
  const inner = read.raw.slice(1, -1);
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length <= 1) {
    const within = passwordWithin({ raw: inner, evidence: evidence === 'near' ? 'announced' : evidence });
    return within && { start: read.start + 1 + within.start, end: read.start + 1 + within.end };
  }
  const ordinary = words.every((word) => NOT_A_PASSWORD.has(word.toLowerCase().replace(/[.,!?]+$/, '')));
  return ordinary ? undefined : { start: read.start + 1, end: read.start + 1 + inner.length };
}
