/* Command line: batch triage of help-desk questions (see bot/triage/triageCli.ts). */
import { cliEnvironment, triageCli } from '../triage/triageCli';

process.exitCode = triageCli(process.argv.slice(2), cliEnvironment(), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
