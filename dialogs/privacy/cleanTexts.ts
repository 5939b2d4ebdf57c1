/**
 * Texts already read and found to hold nothing personal, so that reading one again costs a lookup. Most strings
 * redacted in a turn were read before: the bot's own replies (content, card fields, button labels) on their way to
 * the transcript, and the user's message, redacted for the log line, the remembered turn, the analytics and the
 * transcript. Only texts without a finding are remembered, so nothing secret the redactor knows of is kept here;
 * only short ones, and a bounded number (the set starts afresh when full).
 */
export class CleanTexts {
  private readonly texts = new Set<string>();

  constructor(private readonly maxTexts: number, private readonly maxLength: number) {}

  has(text: string): boolean {
    return this.texts.has(text);
  }

  add(text: string): void {
    if (text.length > this.maxLength) return;
    if (this.texts.size >= this.maxTexts) this.texts.clear();
    this.texts.add(text);
  }
}
