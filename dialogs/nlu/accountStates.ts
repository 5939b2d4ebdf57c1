/**
 * Which account a "forgot" or a "works" is about. "My PACER password works, it's the ECF one I can't recall" and
 * "forgot my PACER password" share every telling word; a bag of words reads both as a lost PACER password. This view
 * ties each state word (lost: forgot, lost, can't remember …; fine: works, know, fine …) to the account named
 * nearest to it (PACER or the old CM/ECF e-filing login, with the part of the login named right after it, if any)
 * and emits one feature per pair, e.g. `lost ecf password`, `fine pacer`. Training learns the pairs from plain
 * examples ("forgot my ECF password" -> `lost ecf password`) and then reads the two-account sentences by them.
 *
 * An account is named by its word and the credential words right after it ("ECF password", "PACER user name"), so a
 * state word after that phrase ("ECF password forgotten") is as near to it as one before the next account.
 * Ties go to the account before the state word (English puts the state after the noun: "PACER login is fine").
 */
/** '' for a credential named without an account ("my username is fine"). */
type Account = 'pacer' | 'ecf' | '';

const ACCOUNT_WORDS: ReadonlyMap<string, Account> = new Map([['pacer', 'pacer'], ['ecf', 'ecf'], ['cmecf', 'ecf'], ['efiling', 'ecf']]);
const PASSWORD_WORDS = new Set(['password', 'passwords', 'pw', 'pwd', 'passwd']);
const NAME_WORDS = new Set(['username', 'usernames', 'user', 'name', 'id', 'userid']);
const CREDENTIAL_WORDS = new Set([...PASSWORD_WORDS, ...NAME_WORDS, 'login', 'logon', 'credentials', 'account', 'one']);
const LOST_WORDS = new Set(['forgot', 'forget', 'forgotten', 'forgetting', 'lost', 'lose', 'misplaced', 'missing', 'gone', 'reset',
  'recover', 'locked', 'expired', 'escapes']);
const FINE_WORDS = new Set(['know', 'remember', 'recall', 'works', 'working', 'worked', 'fine', 'ok', 'okay', 'good', 'correct']);
/** A fine-word after one of these (within two words) is a lost one: "can't remember", "don't know". */
const NEGATORS = new Set(['cant', 'cannot', 'dont', 'doesnt', 'didnt', 'not', 'no', 'never', 'wont', 'couldnt']);

/** An account named at tokens from..to; `credential` says which part of its login the phrase names, if one. */
interface Mention { account: Account; credential: string; from: number; to: number }

/** `lost ecf`, `fine pacer` … for each state word of the text that has an account to belong to. */
export function accountStates(tokens: readonly string[]): string[] {
  const mentions = accountMentions(tokens);
  if (mentions.length === 0) return [];
  const out: string[] = [];
  tokens.forEach((token, at) => {
    const state = stateOf(tokens, at, token);
    const mention = state && nearest(mentions, at);
    if (state && mention) out.push([state, mention.account, mention.credential].filter((part) => part !== '').join(' '));
  });
  return out;
}

function accountMentions(tokens: readonly string[]): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((token, at) => {
    const account = token === 'filing' && tokens[at - 1] === 'e' ? 'ecf' : ACCOUNT_WORDS.get(token);
    if (!account) return;
    let to = at;
    while (to + 1 < tokens.length && CREDENTIAL_WORDS.has(tokens[to + 1] as string)) to++;
    const phrase = tokens.slice(at + 1, to + 1);
    out.push({ account, credential: credentialOf(phrase), from: at, to });
  });
  // A password or user name named without an account has a state of its own: "username is fine, the PACER password
  // is lost" must not read as a fine PACER password.
  tokens.forEach((token, at) => {
    const credential = credentialOf([token]);
    if (credential && !out.some((m) => at >= m.from && at <= m.to)) out.push({ account: '', credential, from: at, to: at });
  });
  return out;
}

function credentialOf(phrase: readonly string[]): string {
  if (phrase.some((w) => PASSWORD_WORDS.has(w))) return 'password';
  return phrase.some((w) => NAME_WORDS.has(w)) ? 'name' : '';
}

function stateOf(tokens: readonly string[], at: number, token: string): 'lost' | 'fine' | undefined {
  if (LOST_WORDS.has(token)) return 'lost';
  if (!FINE_WORDS.has(token)) return undefined;
  const negated = NEGATORS.has(tokens[at - 1] ?? '') || NEGATORS.has(tokens[at - 2] ?? '');
  return negated ? 'lost' : 'fine';
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
