/**
 * Which account a "forgot" or a "works" is about. "My PACER password works, it's the ECF one I can't recall" and
 * "forgot my PACER password" share every telling word; a bag of words reads both as a lost PACER password. This view
 * ties each state word (lost / fine) to the account named nearest to it (with the part of the login named right
 * after it, if any) and emits one feature per pair, e.g. `lost ecf password`, `fine pacer`. Training learns the pairs
 * from plain examples ("forgot my ECF password" -> `lost ecf password`) and then reads the two-account sentences by
 * them.
 *
 * The words themselves are content (content/account-states.yaml, `AccountStateWords`): this module holds the rule
 * only, so a language or a new account name needs no code. Without words the view is off (CLINC150, toy corpora).
 *
 * An account is named by its words and the credential words right after it ("ECF password", "PACER user name"), so a
 * state word after that phrase ("ECF password forgotten") is as near to it as one before the next account.
 * Ties go to the account before the state word (English puts the state after the noun: "PACER login is fine").
 */

/** The words of the view, as content gives them (lower case, apostrophes dropped: "can't" is "cant"). */
export interface AccountStateWords {
  /** Account name -> the words or phrases that name it ("ecf": ["ecf", "cm ecf", "e filing"]). */
  readonly accounts: Readonly<Record<string, readonly string[]>>;
  /** Words naming the password of a login, and its user name. */
  readonly passwords: readonly string[];
  readonly names: readonly string[];
  /** Other words that may follow an account's name inside the same phrase ("PACER login", "the ECF one"). */
  readonly otherCredentials: readonly string[];
  /** Words saying a login is lost (forgot, gone …) or fine (works, remember …). */
  readonly lost: readonly string[];
  readonly fine: readonly string[];
  /** A fine word after one of these (within two words) is a lost one: "can't remember", "don't know". */
  readonly negators: readonly string[];
  /**
   * The topic for a lost login, by account and part ("pacer password") or account alone ("ecf"): when a message says
   * one login works and another is lost, the recognizer answers the lost one's topic among these (`lostTopic`).
   */
  readonly topics?: Readonly<Record<string, string>>;
}

/** '' for a credential named without an account ("my username is fine"). */
type Credential = 'password' | 'name' | '';

/** An account named at tokens from..to; `credential` says which part of its login the phrase names, if one. */
interface Mention { account: string; credential: Credential; from: number; to: number }

/** The words as sets and token sequences, built once per feature model. */
export class AccountStateReader {
  private readonly accounts: { account: string; phrase: string[] }[];
  private readonly passwords: ReadonlySet<string>;
  private readonly names: ReadonlySet<string>;
  private readonly credentials: ReadonlySet<string>;
  private readonly lost: ReadonlySet<string>;
  private readonly fine: ReadonlySet<string>;
  private readonly negators: ReadonlySet<string>;

  constructor(private readonly words: AccountStateWords) {
    this.accounts = Object.entries(words.accounts).flatMap(([account, phrases]) => phrases.map((p) => ({ account, phrase: p.split(/\s+/) })))
      .sort((a, b) => b.phrase.length - a.phrase.length); // "cm ecf" before "ecf"
    this.passwords = new Set(words.passwords);
    this.names = new Set(words.names);
    this.credentials = new Set([...words.passwords, ...words.names, ...words.otherCredentials]);
    this.lost = new Set(words.lost);
    this.fine = new Set(words.fine);
    this.negators = new Set(words.negators);
  }

  /** `lost ecf`, `fine pacer` … for each state word of the text that has an account to belong to. */
  states(tokens: readonly string[]): string[] {
    return this.pairs(tokens).map(({ state, mention }) => [state, mention.account, mention.credential].filter((part) => part !== '').join(' '));
  }

  /** Each state word with the account mention it belongs to. */
  private pairs(tokens: readonly string[]): { state: 'lost' | 'fine'; mention: Mention }[] {
    const mentions = this.mentions(tokens);
    if (mentions.length === 0) return [];
    const out: { state: 'lost' | 'fine'; mention: Mention }[] = [];
    // The state said last: a negated alternative is the opposite of it ("I know my user name, just not my password":
    // the password is lost; "I forgot my user name, not the password": the password is fine). Nothing said yet
    // ("no ECF password") reads as lost.
    let said: 'lost' | 'fine' | undefined;
    tokens.forEach((token, at) => {
      const denied = this.denied(mentions, at, token);
      if (denied) out.push({ state: said === 'lost' ? 'fine' : 'lost', mention: denied });
      const state = this.stateOf(tokens, at, token);
      const mention = state && nearest(mentions, at);
      if (state && mention) out.push({ state, mention });
      said = state ?? said;
    });
    return out;
  }

  /**
   * The topic of the one login a message says is lost while it says another works or is known ("my PACER password is
   * fine but the ECF one is gone" -> the ECF topic); undefined unless both are said and the lost one has one topic.
   * The classifier's views read the nouns, and both sentences of such a pair hold the same nouns.
   */
  lostTopic(tokens: readonly string[]): string | undefined {
    const topics = this.words.topics;
    if (!topics) return undefined;
    const said = this.pairs(tokens).filter(({ mention }) => mention.account !== '');
    if (!said.some(({ state }) => state === 'fine')) return undefined;
    const lost = new Set(said.filter(({ state }) => state === 'lost')
      .map(({ mention: m }) => topics[`${m.account} ${m.credential}`.trim()] ?? topics[m.account]));
    return lost.size === 1 ? [...lost][0] : undefined;
  }

  /** Every topic `lostTopic` can answer. */
  credentialTopics(): ReadonlySet<string> {
    return new Set(Object.values(this.words.topics ?? {}));
  }

  private mentions(tokens: readonly string[]): Mention[] {
    const out: Mention[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const named = this.accounts.find(({ phrase }) => phrase.every((word, i) => tokens[at + i] === word));
      if (!named) continue;
      const end = at + named.phrase.length - 1;
      // The phrase names one part of the login: "PACER username. Password I know" is the user name, then a password.
      let to = end;
      let part: Credential = '';
      while (to + 1 < tokens.length && this.credentials.has(tokens[to + 1] as string)) {
        const next = this.credentialOf([tokens[to + 1] as string]);
        if (next !== '' && part !== '' && next !== part) break;
        part = next === '' ? part : next;
        to++;
      }
      out.push({ account: named.account, credential: this.credentialOf(tokens.slice(end + 1, to + 1)), from: at, to });
      at = end;
    }
    // A password or user name named without an account has a state of its own: "username is fine, the PACER password
    // is lost" must not read as a fine PACER password. It belongs to the account when the text names only one ("I know
    // my ECF password but the user name escapes me" is about the ECF user name).
    const accounts = new Set(out.map((m) => m.account));
    const only = accounts.size === 1 ? (out[0] as Mention).account : '';
    tokens.forEach((token, at) => {
      const credential = this.credentialOf([token]);
      if (credential && !out.some((m) => at >= m.from && at <= m.to)) out.push({ account: only, credential, from: at, to: at });
    });
    return out;
  }

  private credentialOf(phrase: readonly string[]): Credential {
    if (phrase.some((w) => this.passwords.has(w))) return 'password';
    return phrase.some((w) => this.names.has(w)) ? 'name' : '';
  }

  /** A password or user name a negator governs: "I know my username but not the password", "no ECF password". */
  private denied(mentions: readonly Mention[], at: number, token: string): Mention | undefined {
    if (!this.negators.has(token)) return undefined;
    return mentions.find((m) => m.credential !== '' && m.from > at && m.from <= at + 2);
  }

  private stateOf(tokens: readonly string[], at: number, token: string): 'lost' | 'fine' | undefined {
    if (this.lost.has(token)) return 'lost';
    if (!this.fine.has(token)) return undefined;
    const negated = this.negators.has(tokens[at - 1] ?? '') || this.negators.has(tokens[at - 2] ?? '');
    return negated ? 'lost' : 'fine';
  }
}

/** The mention nearest to a state word (distance to its nearer end); a tie goes to the mention before it. */
function nearest(mentions: readonly Mention[], at: number): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (const m of mentions) {
    if (at >= m.from && at <= m.to) continue; // "one" or "account" inside the phrase is no state word anyway
    const distance = at > m.to ? at - m.to : m.from - at;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
