/*
 * `npm run -s courts -- find`: reads one text per line on standard input and writes one JSON line per input,
 * {"text": ..., "courts": [ids]}: one id when the text names one court, the candidates when it may name several
 * (a district named without saying district or bankruptcy court gives both), [] when it names none. A court of
 * appeals is given by its PACER id (ca1 … ca11, cadc, cafc). The same matcher as the chat, as when the bot has just
 * asked "which court?". Reads CONTENT_DIR like the bot.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ContentError, formatProblem } from '../../dialogs/content/problem';
import { loadContent } from '../../dialogs/content/loader';
import { CourtMatcher } from '../../dialogs/courts/courtMatcher';

/** The court ids a text names, as `courts find` writes them. */
export function courtsNamed(matcher: CourtMatcher, text: string): string[] {
  const match = matcher.match(matcher.text(text), true);
  return [...(match.courts.length > 0 ? match.courts : match.appellate)];
}

export function matcherFor(contentDir?: string): CourtMatcher {
  const content = loadContent(contentDir);
  return new CourtMatcher(content.courtNames, content.courts.keys());
}

export async function findCourts(matcher: CourtMatcher, input: Readable, output: Writable): Promise<void> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    output.write(`${JSON.stringify({ text: line, courts: courtsNamed(matcher, line) })}\n`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] !== 'find') {
    console.error('usage: npm run -s courts -- find   (texts on standard input, one per line)');
    return 2;
  }
  try {
    await findCourts(matcherFor(process.env.CONTENT_DIR), process.stdin, process.stdout);
    return 0;
  } catch (error) {
    if (error instanceof ContentError) error.problems.forEach((problem) => console.error(formatProblem(problem)));
    else console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

if (require.main === module) main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
