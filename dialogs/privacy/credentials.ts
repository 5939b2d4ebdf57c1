import { credentialPairs, PAIR_HINT } from './credentialPairs';
import { valuesAfterLabel } from './labelScanner';
import { loneSecret, secretTokens, TOKEN_HINT } from './secretTokens';
import { passphrases } from './passphrases';
import { mergeSpans, startOfWordsBefore, type SecretSpan } from './spans';
import { triedVariants, valueSaidToBeUsed } from './triedValues';
import { valueBeforeLabel } from './valueBeforeLabel';
import { CJK_SECRET_LABEL, NOT_MY_PASSWORD_BEFORE, SECRET_LABEL, WORD_END, WORD_START } from './words';

export type { SecretSpan } from './spans';

/**
 * Spotting passwords typed into the chat, so they are never echoed, logged or stored, and the user is warned.
 * The classes:
 * - a label and then the value: "password: X", "the password for my account is X", "changed my pw to X",
 *   "contraseña: X" (labelScanner.ts);
 * - the value and then the label: "I typed X as my password", "X is my password" (valueBeforeLabel.ts);
 * - a login and its password together: "creds: jdoe / X", "username jdoe, X", a message that is just "jdoe / X"
 *   (credentialPairs.ts);
 * - a password-shaped token with nothing around it, or anywhere when it mixes letters, digits and symbols
 *   (secretTokens.ts);
 * - variants of one value after a verb of trying ("I tried Lakers2020, lakers2020 and Lakers2020!"), and "X is
 *   what I use" (triedValues.ts); a passphrase of several words after its label (passphrases.ts).
 * Whether a word is a password at all is passwordValue.ts's rule: "my password is wrong" passes untouched.
 */
export function findSecrets(text: string): SecretSpan[] {
  const lone = loneSecret(text);
  const spans = triedVariants(text);
  if (lone) spans.push(lone);
  if (MAY_HOLD_SECRET.test(text)) {
    spans.push(...labelledSecrets(text), ...credentialPairs(text), ...secretTokens(text), ...passphrases(text), ...valueSaidToBeUsed(text));
  }
  return spans.length > 1 ? mergeSpans(spans) : spans;
}

export function containsSecret(text: string): boolean {
  return findSecrets(text).length > 0;
}

const LABEL = new RegExp(String.raw`${WORD_START}(?:${SECRET_LABEL}${WORD_END}|p(?=\s?[:=]))|${CJK_SECRET_LABEL}`, 'giu');
/** Something every password label contains (case-insensitive): texts without one skip the label patterns. */
const LABEL_HINT = /p(?:ass|w|sw|in|\/w|\s?[:=])|mdp|contrase|clave|kennw|senha|parol|wacht|has[łl]|[şs]ifre|l[öo]sen|adgang|salas|heslo|jelsz|пароль|kh[ẩa]u|密|口令|パスワ|暗証|비밀|암호/i;
/**
 * Something every pattern except a lone pasted token needs: a password label, a login label or system name
 * (credentialPairs.ts), a symbol of the kind passwords have (secretTokens.ts), or a separator of a bare pair.
 * One test lets most strings of a turn (button labels, card fields, plain questions) skip all of them.
 */
const MAY_HOLD_SECRET = new RegExp([LABEL_HINT.source, PAIR_HINT.source, TOKEN_HINT.source, String.raw`^[^\n]{0,200}[/|:\n][^\n]{0,200}$`].join('|'), 'i');
/** How many words before a label are read: "one-time", a change verb ("changed my"), a login ("login is jdoe and my"). */
const WORDS_BEFORE_LABEL = 6;

function labelledSecrets(text: string): SecretSpan[] {
  if (!LABEL_HINT.test(text)) return [];
  const spans: SecretSpan[] = [];
  let foundUntil = 0;
  LABEL.lastIndex = 0;
  for (let label = LABEL.exec(text); label; label = LABEL.exec(text)) {
    // A label inside a value already found is part of that value ("password: mypassword1", "密码是密码是…").
    if (label.index < foundUntil) continue;
    const end = label.index + label[0].length;
    const before = text.slice(startOfWordsBefore(text, label.index, WORDS_BEFORE_LABEL, 80), label.index);
    if (NOT_MY_PASSWORD_BEFORE.test(before)) continue;
    for (const value of valuesAfterLabel(text, end, before)) {
      spans.push(value);
      foundUntil = Math.max(foundUntil, value.end);
    }
    const previous = valueBeforeLabel(text, label.index, end);
    if (previous) spans.push(previous);
  }
  return spans;
}
