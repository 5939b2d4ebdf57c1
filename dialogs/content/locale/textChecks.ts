import { placeholdersIn } from '../semanticCheck';

/** Web addresses a text links to: Markdown links' targets and bare addresses. */
function addressesIn(text: string): string[] {
  const found = [...text.matchAll(/\]\(([^)\s]+)\)|(?<![(\w])(https?:\/\/[^\s)>\]]+)/g)].map((m) => (m[1] ?? m[2])!.replace(/[.,;:]+$/, ''));
  return [...new Set(found)].sort();
}

function differences(label: string, english: readonly string[], translated: readonly string[], show: (item: string) => string): string[] {
  const lost = english.filter((item) => !translated.includes(item));
  const added = translated.filter((item) => !english.includes(item));
  return [
    ...(lost.length > 0 ? [`${label} of the English text missing here: ${lost.map(show).join(', ')}.`] : []),
    ...(added.length > 0 ? [`${label} not in the English text: ${added.map(show).join(', ')}.`] : []),
  ];
}

/** What a translation changed that it must keep: its placeholders ({court.name}) and the addresses it links to. */
export function textMismatches(english: string, translated: string): string[] {
  const placeholders = (text: string) => [...new Set(placeholdersIn(text))].sort();
  return [
    ...differences('placeholder(s)', placeholders(english), placeholders(translated), (name) => `{${name}}`),
    ...differences('link address(es)', addressesIn(english), addressesIn(translated), (url) => url),
  ];
}
