import { escapeHtml, SafeHtml } from '../helpdesk/html/html';

const LINK = /\[([^\]\n]*)\]\((https?:\/\/[^)\s]+|mailto:[^)\s]+|tel:[^)\s]+)\)/g;
/** Stands for a link already made while the rest is escaped (a private-use character: no text has it, escaping keeps it). */
const MARK = '\uE000';
const MARKED = /\uE000(\d+)\uE000/g;
const BARE_URL = /(?<![\w/"=])(https?:\/\/[^\s<>()[\]"]+[^\s<>()[\].,;:!?'"])/g;

/**
 * The little Markdown that content and stored replies use (paragraphs, **bold**, [links](url), bare URLs) as
 * HTML for the kept pages. Everything is escaped first, so no text, content or typed, can become markup; only
 * http(s), mailto and tel links are made.
 */
export function markdownHtml(text: string): SafeHtml {
  const paragraphs = text.trim().split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return new SafeHtml(paragraphs.map((paragraph) => `<p>${inline(paragraph)}</p>`).join(''));
}

/** One paragraph's inline Markdown, without the <p>. */
export function inlineHtml(text: string): SafeHtml {
  return new SafeHtml(inline(text.replace(/\s*\n\s*/g, ' ').trim()));
}

function inline(text: string): string {
  const links: string[] = [];
  const keep = (html: string) => `${MARK}${links.push(html) - 1}${MARK}`;
  const withLinks = text.replaceAll(MARK, '').replace(LINK, (_whole, label: string, url: string) => keep(`<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`))
    .replace(BARE_URL, (url) => keep(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`));
  return escapeHtml(withLinks)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1')
    .replace(MARKED, (_whole, index: string) => links[Number(index)]!);
}
