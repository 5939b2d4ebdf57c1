import type { AccountStateWords } from '../nlu/accountStates';
import type { ContentProblem } from './problem';
import type { Loaded } from './yamlSource';

/**
 * A word that says both "lost" and "fine", or names two accounts, would make the recognizer's state view contradict
 * itself; a lost login's topic must be a topic, of an account the file names.
 */
export function checkAccountStates({ source, value }: Loaded<AccountStateWords>, intents: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fine = new Set(value.fine);
  value.lost.forEach((word, index) => {
    if (fine.has(word)) problems.push(source.problemAt(['lost', index], `"${word}" is in both "lost" and "fine": a word can say only one of them.`));
  });
  const named = new Map<string, string>();
  for (const [account, phrases] of Object.entries(value.accounts)) {
    phrases.forEach((phrase, index) => {
      const other = named.get(phrase);
      if (other !== undefined) problems.push(source.problemAt(['accounts', account, index], `"${phrase}" already names the account "${other}".`));
      named.set(phrase, account);
    });
  }
  for (const [login, topic] of Object.entries(value.topics ?? {})) {
    const account = login.split(' ')[0] as string;
    if (!intents.has(topic)) problems.push(source.problemAt(['topics', login], `"${topic}" is not a topic (no topics/${topic}.yaml).`));
    if (!(account in value.accounts)) problems.push(source.problemAt(['topics', login], `"${account}" is not one of the accounts above.`));
  }
  return problems;
}
