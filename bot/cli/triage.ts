/* Command line: batch triage of help-desk questions (see bot/cli/triageCli.ts). */
import { cliEnvironment, triageCli } from './triageCli';

process.exitCode = triageCli(process.argv.slice(2), cliEnvironment(), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
