/* Command line: checks the content folder without starting the bot. Exit 0 when valid, 1 with file:line:column problems. */
import { defaultContentDir, loadContent } from '../../dialogs/content/loader';
import { ContentError, formatProblem } from '../../dialogs/content/problem';

function main(): number {
  const dir = process.argv[2] ?? defaultContentDir();
  try {
    const content = loadContent(dir);
    const examples = content.topics.reduce((sum, topic) => sum + topic.examples.length, 0);
    console.log(`Content is valid: ${content.topics.length} topics, ${examples} examples, ` +
      `${content.procedure.totalSteps} steps, ${content.courts.size} court(s).`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`${error.problems.length} problem(s) found.`);
    return 1;
  }
}

process.exitCode = main();
