/**
 * Text transformations used when rendering engine replies. Reply text is the content authors' Markdown
 * (bold, links, bare URLs); nothing here adds words of its own.
 *
 * Safety rules, applied to every reply whatever its source:
 * - raw HTML never reaches a client: `<` becomes an entity (Markdown renderers show it as the character);
 * - a Markdown link whose target is not http(s), mailto or tel is reduced to its label (no `javascript:`);
 * - text that did not come from the content (anything a user typed) goes through escapeMarkdown first.
 */

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;
/** A bare http(s) URL not already inside a Markdown link target `](...)` or label. */
const BARE_URL = /(?<![(\[<\w/])(https?:\/\/[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'"])/g;

/** Escapes text from outside the content so that it shows literally in any Markdown renderer. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/**
 * Content Markdown made safe to send: no raw HTML (no `<` opens a tag), no unsafe link targets. A lone `>` is
 * harmless and stays (authors write "**Utilities** > **Link…**").
 */
export function safeMarkdown(text: string): string {
  return neutraliseLinks(text).replace(/</g, '&lt;');
}

/** safeMarkdown, with bare URLs turned into explicit links (Adaptive Cards don't autolink everywhere). */
export function linkedMarkdown(text: string): string {
  return safeMarkdown(text).replace(BARE_URL, (url) => `[${url}](${url})`);
}

/**
 * The text as a person reads it without Markdown: `**bold**` -> `bold`, `[label](url)` -> `label (url)`.
 * `<` becomes ‹ so that no client that reads HTML in "plain" text (Teams does) sees a tag.
 */
export function plainText(text: string): string {
  return neutraliseLinks(text)
    .replace(MARKDOWN_LINK, (_whole, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1')
    .replace(/&lt;/g, '‹').replace(/&amp;/g, '&')
    .replace(/</g, '‹');
}

/**
 * Paragraphs of author text: blank lines separate paragraphs; a single line break inside a paragraph is the
 * YAML author's wrapping and becomes a space, except before a list item.
 */
export function paragraphs(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\n(?!\s*([-*]|\d+\.)\s)/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

function neutraliseLinks(text: string): string {
  return text.replace(MARKDOWN_LINK, (whole, label: string, url: string) => (SAFE_LINK.test(url) ? whole : label));
}
