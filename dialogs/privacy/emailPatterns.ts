import type { SecretSpan } from './spans';
import { NOT_A_PASSWORD } from './words';

/**
 * E-mail addresses as people type them: "jane.doe@firm.com", "jdoe@gmail", "jane＠firm.com" (a full-width @ from a phone
 * keyboard), "jane(at)firm.it", "jane[at]firm[dot]law", "r.patel@firm[.]com", "vlad(a)mail.ru", "jane dot doe at
 * firm dot com", "jdoe @ smithlaw . com". Written without spaces and with brackets, any top-level domain counts;
 * written out in words, only known ones ("look at the page dot" is no address), and " at " must follow a name,
 * not a word ("look at pacer.gov", "I work at smithlaw.com" name websites). The courts' own addresses
 * (uscourts.gov: the PACER Service Center, clerks' offices) are found but marked public.
 */
export interface EmailFinding extends SecretSpan { readonly public: boolean }

const AT_SIGN = '[@＠﹫]';
const EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]{1,64}${AT_SIGN}(?:[\p{L}\p{N}.-]{1,253}\.\p{L}{2,24}|(?:gmail|yahoo|hotmail|outlook|aol|icloud|proton(?:mail)?|live|msn|comcast)(?![\p{L}\p{N}.]))`, 'giu');
const PART = String.raw`[\p{L}\p{N}_%+-]{1,64}`;
/** Without spaces: "(at)", "[at]", "{at}", "(a)", "@" and ".", "(dot)", "[.]". */
const TIGHT_AT = String.raw`(?:[(\[{<](?:at|a|${AT_SIGN})[)\]}>]|${AT_SIGN})`;
const TIGHT_DOT = String.raw`(?:\.|[(\[{<](?:dot|\.)[)\]}>])`;
const TIGHT_EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}_%+-])${PART}(?:${TIGHT_DOT}${PART}){0,3}${TIGHT_AT}${PART}(?:${TIGHT_DOT}${PART}){0,3}${TIGHT_DOT}\p{L}{2,24}(?![\p{L}\p{N}])`, 'giu');
/** With spaces: " at ", " (at) ", " @ " and " dot ", " (dot) ", a "." alone or between spaces (not ". " ending a sentence). */
const AT = String.raw`(?:\s{0,2}[(\[{<]\s{0,2}(?:at|a|${AT_SIGN})\s{0,2}[)\]}>]\s{0,2}|\s{1,3}at\s{1,3}|\s{0,2}${AT_SIGN}\s{0,2})`;
const DOT = String.raw`(?:\s{0,2}[(\[{<]\s{0,2}(?:dot|\.)\s{0,2}[)\]}>]\s{0,2}|\s{1,3}dot\s{1,3}|\.|\s{1,2}\.\s{1,2})`;
const TLD = String.raw`(?:com|org|net|gov|edu|mil|us|law|legal|info|biz|io|co|me|uk|ca|de|fr|es|mx|in|au|it|nl|pl|ru|jp|cn|br|ch|se|dk|fi|ie|nz|ar|cl|pt|gr|cz|hu|ro|il|kr|tw|hk|sg|za|eu|ae|tr|ua|at|be|no|lu)`;
const SPELLED_EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}_%+-])${PART}(?:${DOT}${PART}){0,3}${AT}${PART}(?:${DOT}${PART}){0,3}${DOT}${TLD}(?![\p{L}\p{N}])`, 'giu');
/** What a written-out address needs: the word "dot", a bracketed "at" or dot, a spaced "@", or " at " and a ".com". */
const OBFUSCATION_HINT = new RegExp(String.raw`\bdot\b|[(\[{<]\s{0,2}(?:at|a|dot|\.|${AT_SIGN})\s{0,2}[)\]}>]|\s${AT_SIGN}|${AT_SIGN}\s|[＠﹫]`, 'iu');
const DOMAIN_HINT = new RegExp(String.raw`\.\s?${TLD}(?![\p{L}\p{N}])`, 'iu');
/** "word at domain": the word before a plain " at " and the domain after it. */
const PLAIN_AT = /([\p{L}\p{N}_%+-]+)\s{1,3}at\s{1,3}(\S*)/iu;
const WEBSITE_WORDS = new Set(['look', 'looked', 'looking', 'page', 'site', 'website', 'portal', 'online', 'posted', 'found', 'located', 'listed', 'available', 'register', 'registered', 'apply', 'applied', 'works', 'worked', 'working', 'login', 'log', 'faq', 'faqs', 'form', 'forms', 'info', 'information', 'instructions', 'there', 'here', 'everything', 'stuff', 'it', 'them', 'us', 'me']);

/** The federal courts' own addresses (the PACER Service Center, clerks' offices) are public, not personal. */
const COURTS_OWN = /uscourts\s*(?:\.|[(\[{<]\s*(?:dot|\.)\s*[)\]}>]|\bdot\b)\s*gov$/i;

export function findEmails(text: string): EmailFinding[] {
  const hasAtSign = /[@＠﹫]/.test(text);
  const writtenOut = (hasAtSign || /at|\(a\)|\[a\]/i.test(text)) && mayBeWrittenOut(text);
  const found: EmailFinding[] = [];
  for (const pattern of [hasAtSign ? EMAIL : undefined, writtenOut ? TIGHT_EMAIL : undefined, writtenOut ? SPELLED_EMAIL : undefined]) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      if (pattern === SPELLED_EMAIL && namesWebsite(match[0])) continue;
      found.push({ start: match.index!, end: match.index! + match[0].length, public: COURTS_OWN.test(match[0]) });
    }
  }
  return found;
}

/** "look at pacer.gov", "I work at smithlaw.com", "it is at www.example.com": a word, not a name, before " at ". */
function namesWebsite(address: string): boolean {
  const plain = PLAIN_AT.exec(address);
  if (!plain) return false;
  const word = plain[1]!.toLowerCase();
  return NOT_A_PASSWORD.has(word) || WEBSITE_WORDS.has(word) || /^www\./i.test(plain[2]!);
}

function mayBeWrittenOut(text: string): boolean {
  return OBFUSCATION_HINT.test(text) || (/\sat\s/i.test(text) && DOMAIN_HINT.test(text));
}
