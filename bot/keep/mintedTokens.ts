/**
 * The link tokens this process put on its own replies lately, so that the transcript's redactor can read a step
 * card without them. Every step card ends with a checklist link whose token is new for each card: with it, no two
 * step texts were ever the same, and the redactor's memory of clean texts (dialogs/privacy/cleanTexts.ts) never
 * spared it a reading of the card (the figures: bench/README.md, "Turn bench, round 7"). Without the token the
 * card is the same text in every conversation, read once.
 *
 * Only a whole token minted here is set aside, never anything around it: a user who pastes a link of theirs has
 * every other word of the message read as before. A token is no secret of the user's (the bot made it, and the
 * transcript is of the conversation the link opens); the set is bounded, and a token it no longer holds is
 * simply read with the rest.
 */
export class MintedTokens {
  private readonly tokens = new Set<string>();

  constructor(private readonly maxTokens = 1_000) {}

  add(token: string): void {
    if (this.tokens.size >= this.maxTokens) this.tokens.clear();
    this.tokens.add(token);
  }

  /**
   * `redact(text)`, reading the text with each token minted here in a link (`?t=<token>`) replaced by a mark, then
   * putting the tokens back. When the mark is not found exactly once per token set aside (the text held the mark
   * already, or the redactor masked a span over it), the whole text is read as it is.
   */
  redactAround(text: string, redact: (text: string) => string): string {
    if (this.tokens.size === 0 || !text.includes(TOKEN_LEAD)) return redact(text);
    const setAside: string[] = [];
    const marked = text.replace(LINK_TOKEN, (whole, token: string) => {
      if (!this.tokens.has(token)) return whole;
      setAside.push(token);
      return `${TOKEN_LEAD}${MARK}`;
    });
    if (setAside.length === 0 || countMarks(marked) !== setAside.length) return redact(text);
    const redacted = redact(marked);
    if (countMarks(redacted) !== setAside.length) return redact(text);
    let next = 0;
    return redacted.replace(MARKS, () => setAside[next++]!);
  }
}

const TOKEN_LEAD = '?t=';
/** A token in a link's query: base64url (bot/keep/keepTokens.ts), taken whole. */
const LINK_TOKEN = /\?t=([A-Za-z0-9_-]+)/g;
/** A private-use character: no pattern of the redactor reads anything in it, and content never holds it. */
const MARK = '\uE0A1';
const MARKS = new RegExp(MARK, 'g');

function countMarks(text: string): number {
  let count = 0;
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) count += 1;
  return count;
}
