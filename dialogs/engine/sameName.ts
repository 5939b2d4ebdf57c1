/** The most words a person's name has ("Maria del Carmen Ruiz"). */
const NAME_WORDS = 4;

/** A run of words none of the examples hold: where it starts, and how many words it has. */
interface Run {
  readonly at: number;
  length: number;
}

/**
 * A name said twice in a report ("verification page lists Carla Whitmore for CM/ECF and Carla Whitmore for PACER",
 * "it says do you want to link these accounts, Joanne Pelletier and Joanne Pelletier"): the same name on both
 * accounts, which the confirm step's examples say in the user's own words ("my name for cm/ecf and my name for
 * pacer", content's `answers.ownName`). A name is a whole run of two words or more none of the examples hold (`known`): the
 * product's words said twice ("cm ecf login and cm ecf password") are no name, nor are two names that differ ("Wei
 * Zhang" and "Zhang Wei", though each word comes twice). Works on words already lower case, joined by single spaces.
 */
export class SameName {
  /** `both`: words saying a thing is on both accounts (content's `answers.bothSides`: "both", "each"; "ambos"). */
  constructor(private readonly known: ReadonlySet<string>, private readonly ownName: string | undefined, private readonly both: ReadonlySet<string> = new Set()) {}

  /**
   * The words with a name said twice read as the user's own name; so is one name said once with a word saying it is
   * on both ("now both lines say Dana Whitcomb", "en las dos sale Ana Ruiz"): the same name on each account. As they
   * are when none is.
   */
  read(words: string): string {
    if (this.ownName === undefined) return words;
    const said = words.split(' ');
    const runs = this.nameRuns(said);
    const name = (run: Run) => nameOf(said, run);
    const twice = runs.find((run, k) => runs.some((other, j) => j > k && name(other) === name(run)));
    const first = twice ?? (runs.length === 1 && said.some((word) => this.both.has(word)) ? runs[0] : undefined);
    if (!first) return words;
    const same = runs.filter((run) => name(run) === name(first));
    const out: string[] = [];
    for (let i = 0; i < said.length; i += 1) {
      const run = same.find((one) => one.at === i);
      out.push(run ? this.ownName : said[i]!);
      if (run) i += run.length - 1;
    }
    return out.join(' ');
  }

  /** Whether the words say the user's own name ("mi nombre en los dos lados"), or one name twice (read as it). */
  saysOwn(words: string): boolean {
    return this.ownName !== undefined && ` ${this.read(words)} `.includes(` ${this.ownName} `);
  }

  /**
   * Whether the words name two people ("confirm screen shows Ana Lee for CM/ECF and Bob Stone for PACER", "CM/ECF Wei
   * Zhang and PACER Zhang Wei"): two runs of unknown words of two words or more, not the same. Such a sight is the
   * names' mismatch, no step's progress.
   */
  differ(words: string): boolean {
    if (this.ownName === undefined) return false;
    const said = words.split(' ');
    const names = new Set(this.nameRuns(said).map((run) => nameOf(said, run)));
    return names.size >= 2;
  }

  /** The runs long enough to be a name: two words at least, as one unknown word said twice is none ("his name for CM/ECF but his firm's name"). */
  private nameRuns(said: readonly string[]): Run[] {
    return this.runs(said).filter((run) => run.length >= 2 && run.length <= NAME_WORDS);
  }

  /** Each run of unknown words, whole. */
  private runs(said: readonly string[]): Run[] {
    const runs: Run[] = [];
    said.forEach((word, i) => {
      if (!/^[a-z]{2,}$/.test(word) || this.known.has(word)) return;
      const last = runs[runs.length - 1];
      if (last && last.at + last.length === i) last.length += 1;
      else runs.push({ at: i, length: 1 });
    });
    return runs;
  }
}

/** The words of a run, as said. */
function nameOf(said: readonly string[], run: Run): string {
  return said.slice(run.at, run.at + run.length).join(' ');
}
