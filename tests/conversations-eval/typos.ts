/*
 * `node dist/tests/conversations-eval/typos.js [DIR|FILE …] [--edits N] [--list]` (after `npm run -s eval -- …` has
 * compiled dist/): how the whole engine (its word readers and the recognizer) fares on misspelt domain words. Every
 * English conversation (default: the project's own, tests/conversations) is played as written and again with one
 * domain word of each user turn misspelt by N generated typing edits (bench/misspellings.ts: the content's own words,
 * seeded, not hand-picked); it prints the turns that pass as written, pass misspelt, and pass as written only.
 */
import path from 'node:path';
import { loadContentExamples } from '../../bench/contentFigures';
import { domainWords, typoOf } from '../../bench/misspellings';
import { seededRandom } from '../../dialogs/nlu/random';
import { words } from '../../dialogs/nlu/textFeatures';
import { REPO_ROOT } from '../../dialogs/repoPaths';
import { conversationFiles, defaultEngine } from './cli';
import { play, readConversations, type EvalConversation } from './runner';

const SEED = 7;

/** The conversation with one domain word of each user turn misspelt (turns without one are kept). */
function misspelt(conversation: EvalConversation, domain: ReadonlySet<string>, edits: number, random: () => number): EvalConversation {
  return {
    ...conversation,
    turns: conversation.turns.map((turn) => {
      const said = [...new Set(words(turn.user))].filter((word) => domain.has(word));
      if (said.length === 0) return turn;
      const word = said[Math.floor(random() * said.length)] as string;
      return { ...turn, user: turn.user.replace(new RegExp(`\\b${word}\\b`, 'i'), typoOf(word, edits, random)) };
    }),
  };
}

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--edits');
  const edits = at >= 0 ? Number(argv[at + 1]) : 1;
  if (!(edits >= 1 && edits <= 3)) throw new Error('--edits must be 1, 2 or 3');
  const paths = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--edits');
  const domain = domainWords(loadContentExamples().examples);
  const engine = defaultEngine();
  const random = seededRandom(SEED);
  const counts = { turns: 0, misspeltTurns: 0, passWritten: 0, passMisspelt: 0, broken: 0 };
  const broken: string[] = [];
  for (const file of conversationFiles(paths.length > 0 ? paths : [path.join(REPO_ROOT, 'tests', 'conversations')])) {
    for (const conversation of readConversations(file).filter((c) => c.locale === undefined || c.locale.startsWith('en'))) {
      const typed = misspelt(conversation, domain, edits, random);
      const written = play(engine, conversation, file).turns;
      const withTypos = play(engine, typed, file).turns;
      written.forEach((turn, i) => {
        const typedTurn = withTypos[i]!;
        const [ok, okMisspelt] = [turn.problems.length === 0, typedTurn.problems.length === 0];
        counts.turns++;
        counts.misspeltTurns += Number(typedTurn.user !== turn.user);
        counts.passWritten += Number(ok);
        counts.passMisspelt += Number(okMisspelt);
        if (ok && !okMisspelt) {
          counts.broken++;
          broken.push(`${conversation.id} turn ${i + 1}: "${typedTurn.user}"`);
        }
      });
    }
  }
  console.log(`${edits} edit(s) in one domain word per user turn (${domain.size} domain words): ${counts.turns} turns, ${counts.misspeltTurns} misspelt; `
    + `pass as written ${counts.passWritten}, pass misspelt ${counts.passMisspelt}, pass as written only ${counts.broken}`);
  if (argv.includes('--list')) console.log(broken.join('\n'));
}

if (require.main === module) {
  Promise.resolve(process.argv.slice(2)).then(main).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
