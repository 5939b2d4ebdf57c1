import type { Content } from '../content/types';
import { procedureSteps } from './flowView';
import { madeOnce } from './madeOnce';

const cache = new WeakMap<Content, ReachedWords>();

/**
 * Where a report says the user got to, in the words the progress reader knows (content's `answers.reached`,
 * `reachedAt`, `reachedTie`, and the courts' CM/ECF addresses):
 * - a screen reached, said of the past or of getting there ("i'd gotten to the screen where it wants my old cm/ecf
 *   login", "made it through to the login page", "llegué a la pantalla donde pide …") is where the user is now ("i'm
 *   at the screen it wants my old cm/ecf login"), not that screen done ("got through the login screen" is the login);
 * - a court's CM/ECF address ("on ecf.azb", "ecf.nhd.uscourts.gov is open") is the site the step holding
 *   `{court.ecfUrl}` opens, said in that step's title's words ("your court's CM/ECF site");
 * - a screen's name of several words typed with its long words cut short ("clicked doc filing sys") is that name;
 * - a thing the steps' `done` examples say worked ("the login worked"), then a word of `answers.workedAfter` ending the
 *   clause ("pacer login ok", "login went fine"), is that thing worked.
 * Built once per content.
 */
export class ReachedWords {
  private readonly reached: RegExp | undefined;
  private readonly at: string;
  private readonly hosts: RegExp | undefined;
  private readonly site: string;
  /** The steps' screen names of several words (their **bold** words), each with a pattern of it typed cut short. */
  private readonly cut: readonly { readonly pattern: RegExp; readonly name: string }[];
  /** A thing done examples say worked, then a word saying it went well, ending a clause; and the word that says it worked. */
  private readonly wentWell: RegExp | undefined;
  private readonly worked: string;

  private constructor(content: Content) {
    const { answers } = content.responses;
    const phrases = [...new Set((answers.reached ?? []).map((phrase) => phrase.toLowerCase()))].sort((a, b) => b.length - a.length);
    const relative = (answers.reachedTie ?? []).map((word) => word.toLowerCase());
    // The phrase, the screen after it (a few words), and a relative word tying what it shows to it, dropped.
    const tie = relative.length > 0 ? `(?:((?:\\s+[\\p{L}\\p{N}'/.-]+){1,${SCREEN_WORDS}}?)\\s+(?:${relative.map(escaped).join('|')})\\b)?` : '()';
    this.reached = phrases.length > 0 ? new RegExp(`(^|[^\\p{L}\\p{N}'])(?:${phrases.map((phrase) => escaped(phrase).replace(/'/g, "[''’]?")).join('|')})(?=\\s)${tie}`, 'giu') : undefined;
    this.at = answers.reachedAt?.[0] ?? '';
    // The courts' CM/ECF hosts ("ecf.azb.uscourts.gov"), and the same without their domain ("ecf.azb").
    const hostOf = (url: string) => /^https?:\/\/([^/]+)/i.exec(url)?.[1]?.toLowerCase();
    const hosts = [...content.courts.values()].map((court) => hostOf(court.ecfUrl)).filter((host): host is string => host !== undefined);
    const domains = new Set(hosts.map((host) => host.split('.').slice(2).join('.')).filter((domain) => domain !== ''));
    const heads = new Set(hosts.map((host) => host.split('.')[0]!));
    this.hosts = hosts.length > 0 && heads.size === 1
      ? new RegExp(`(?:https?://)?\\b${escaped([...heads][0]!)}\\.[a-z]{2,6}(?:\\.(?:${[...domains].map(escaped).join('|')}))?(?:/\\S*)?(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;
    const opener = procedureSteps(content).find((node) => node.say.includes('{court.ecfUrl}'));
    this.site = (opener?.title ?? '').split(/\s+/).slice(1).join(' ');
    this.wentWell = ReachedWords.wentWell(content);
    this.worked = (answers.worked ?? [])[0] ?? '';
    const bold = procedureSteps(content).flatMap((node) => [...node.say.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.trim()));
    this.cut = [...new Set(bold)].map((name) => ({ name, words: name.toLowerCase().split(/\s+/) }))
      .filter(({ words }) => words.length > 1 && words.some((word) => word.length > SHORTEST_CUT && /^[a-z]+$/.test(word)))
      .map(({ name, words }) => ({ name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words.map(shortened).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu') }));
  }

  /** `wentWell`: a thing the done examples name right before a word of `answers.worked` ("login" of "the login worked"). */
  private static wentWell(content: Content): RegExp | undefined {
    const { answers } = content.responses;
    const worked = new Set((answers.worked ?? []).map((word) => word.toLowerCase().split(/\s+/)[0]!));
    const after = [...new Set((answers.workedAfter ?? []).map((phrase) => phrase.toLowerCase()))].sort((a, b) => b.length - a.length);
    const things = new Set(procedureSteps(content).flatMap((node) => node.done.flatMap((example) => {
      const words = example.toLowerCase().split(/[^\p{L}\p{N}'/]+/u);
      return words.filter((word, i) => word.length > SHORTEST_CUT && worked.has(words[i + 1] ?? ''));
    })));
    if (things.size === 0 || after.length === 0) return undefined;
    return new RegExp(`(?<![\\p{L}\\p{N}])(${[...things].map(escaped).join('|')})\\s+(?:${after.map(escaped).join('|')})(?=\\s*(?:[.,;!]|$))`, 'giu');
  }

  static of(content: Content): ReachedWords {
    return madeOnce(cache, content, (made) => new ReachedWords(made));
  }

  /** The message with each screen reached said as being there, and each court's CM/ECF address as that site. */
  read(text: string): string {
    const cut = this.cut.reduce((said, { pattern, name }) => said.replace(pattern, name), text);
    const named = this.wentWell && this.worked !== '' ? cut.replace(this.wentWell, `$1 ${this.worked}`) : cut;
    const hosted = this.hosts && this.site !== '' ? named.replace(this.hosts, this.site) : named;
    if (!this.reached || this.at === '') return hosted;
    return hosted.replace(this.reached, (_, before: string, screen: string | undefined) => `${before}${this.at}${screen ?? ''}`);
  }
}

/** The most words of a screen's name before a relative word ("the screen where", "the linking page where"). */
const SCREEN_WORDS = 4;

/** The fewest letters a word of a screen's name is cut to and still names it ("doc" of "document", "sys" of "system"). */
const SHORTEST_CUT = 3;

/**
 * A word of a screen's name as a pattern of it and its cuts to its first `SHORTEST_CUT` letters or more ("doc", "docu",
 * … "document"); a word that short, or with other than letters, as it is.
 */
function shortened(word: string): string {
  if (word.length <= SHORTEST_CUT || !/^[a-z]+$/.test(word)) return escaped(word);
  const rest = [...word.slice(SHORTEST_CUT)].reduceRight((inner, letter) => `(?:${letter}${inner})?`, '');
  return `${word.slice(0, SHORTEST_CUT)}${rest}`;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
