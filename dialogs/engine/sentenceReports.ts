import { tokens } from './answerReader';
import type { EngineContext } from './context';
import { procedureSteps } from './flowView';
import { landing, ProgressReader, type Progress } from './progressReader';
import { ReportWords } from './reportWords';
import { ScreenReport } from './screenReport';
import { bareForm } from './wordForms';
import { foldAccents } from '../content/normalise';
import { madeOnce } from './madeOnce';
import type { AnswerWords } from '../content/types';

/** Content's `answers.after` words (accents folded), made once. */
const afterWords = new WeakMap<AnswerWords, ReadonlySet<string>>();
/** Content's `answers.joining` words (accents folded), made once. */
const joiningWords = new WeakMap<AnswerWords, ReadonlySet<string>>();

/** The most words, fillers aside, of a sentence that only adds to the answers told before it ("also individual"). */
const PIECE_WORDS = 2;

/** One sentence of a report read for the progress it tells: the progress reader's readings, and the screens' own words where it reads none. */
export class SentenceReports {
  constructor(private readonly ctx: EngineContext) {}

  /**
   * A sentence that tells answers to the questions before the steps and, without their words, reports nothing. With
   * `told` (the words of the answers the whole message tells), a piece of them in a sentence of its own counts too
   * ("pacer upgraded, also individual": "also individual" is no Step 5 for the confirm screen's "individual").
   */
  answersOnly(reader: ProgressReader, sentence: string, place: number, finishing: boolean, told?: ReadonlySet<string>): boolean {
    const rest = told === undefined ? this.ctx.told.withoutAnswers(sentence) : this.pieceWithout(sentence, told);
    if (rest === undefined || rest === sentence) return false;
    // "and the and", left of "and I have the old login and password": nothing of its own to read.
    return rest === '' || ReportWords.of(this.ctx.content).tellsNoStep(rest) || this.readReport(reader, rest, place, finishing).length === 0;
  }

  /**
   * A piece of a sentence (at most PIECE_WORDS words besides its fillers) without the words given, when it holds one
   * of them and the rest is no word of a step done ("ya hice login" keeps its "hice": a login done); else undefined.
   */
  private pieceWithout(sentence: string, told: ReadonlySet<string>): string | undefined {
    const words = tokens(this.ctx.answers.withoutAnyFillers(sentence));
    const kept = words.filter((word) => !told.has(word));
    if (words.length > PIECE_WORDS || kept.length === words.length) return undefined;
    const rest = kept.join(' ');
    const reports = ReportWords.of(this.ctx.content);
    return rest !== '' && (reports.saysAnyStepDone(rest) || reports.saysDoneWord(rest)) ? undefined : rest;
  }

  /**
   * A sentence's readings; one that reads as nothing is read again without the words opening it to say when
   * ("ahora salen los dos nombres", "and now it asks for my password": a sight told with a "now" is still that sight;
   * the reader's none class holds "y ahora qué" and "now what"). A short one that opens with a yes ("yep in", "sí ya
   * entré") or with fillers ("ok in") is read without them: a short success report said with the habit of agreeing is
   * still that report. A longer rest is no such report: "and I have my old CM/ECF username and password" opens with the
   * "I have" of a yes, and says what the user knows, not what they did.
   */
  readReport(reader: ProgressReader, sentence: string, place: number, finishing: boolean, screen?: ScreenGate): Progress[] {
    const unopened = ReportWords.of(this.ctx.content).unopened(sentence);
    // After a "done" ("listo, ya le di clic a utilities" at step 3), only a place ahead: the step on screen was done.
    const ahead = (readings: Progress[]) => (unopened?.saysDone ? readings.filter((reading) => landing(reading) > place) : readings);
    const readings = ahead(reader.read(sentence));
    if (readings.length > 0) return this.doneOnScreenNamed(sentence, place, readings, screen) ?? sightOnScreenNamed(this.ctx, sentence, readings);
    // At the last step, what it says the user will now see ends the walkthrough however the sentence opens ("all good
    // i see the bankruptcy menu"): read from each word that opens a report, only the last step's own done counts.
    if (finishing) {
      const last = procedureSteps(this.ctx.content).length;
      const seen = ReportWords.of(this.ctx.content).laterOpenings(sentence).map((rest) => reader.read(rest).filter((reading) => reading.done && reading.step === last));
      const finished = seen.find((found) => found.length > 0);
      if (finished) return finished;
    }
    const later = unopened ? ahead(reader.read(unopened.rest)) : [];
    if (later.length > 0) return later;
    // A report told with when it worked at last ("got in this time", "ok got in finally") is the report without it.
    const atLast = this.ctx.answers.withoutAtLast(sentence);
    if (atLast !== undefined) return this.readReport(reader, atLast, place, finishing, screen);
    // A thing done told with what the user did before it ("got in after entering the code", "entre despues de poner el
    // codigo"): the thing done, read alone; only a done counts (what came before is how, not where the user is).
    const first = this.beforeAfter(sentence);
    if (first !== undefined) return reader.read(first).filter((reading) => reading.done);
    // So is a sight told with a word of once more and no trouble ("link form open again"): what is on screen this time.
    // A thing done again ("submitted it again", "clicked submit again") is the step on screen redone: its own done only,
    // never the next screen's ("submit" is Step 4's and Step 5's: said again at Step 5, the confirm screen's).
    const again = screen?.again === true ? this.ctx.answers.withoutAgain(sentence) : undefined;
    if (again !== undefined) return this.readReport(reader, again, place, finishing, screen).filter((reading) => !reading.done || reading.step === place);
    const said = this.ctx.answers.polarity(sentence);
    // So is a word or two said after fillers ("ok in") about the step on screen; a longer rest may be what the fillers
    // worry about ("uh oh I already pressed submit").
    const yes = said?.polarity === 'yes';
    const rest = yes ? said.rest : this.ctx.answers.core(sentence);
    const words = tokens(rest);
    const short = words.length <= (yes ? SHORT_REPORT_WORDS : FILLED_REPORT_WORDS) && words.length < tokens(sentence).length;
    const unfilled = words.length > 0 && short ? reader.read(rest) : [];
    // After fillers, only the step on screen: "ok found it" at step 1 is its link found, not step 3's.
    const filled = yes ? unfilled : unfilled.filter((reading) => landing(reading) <= place + 1);
    if (filled.length > 0) return filled;
    // While the steps run, where the user is, said after the fillers of a longer sentence ("ok im on the pacer login
    // thing", "alright so she's at the login page"): from the word that opens it, a sight of the step on screen or the next.
    const seen = place > 0 ? this.sightAfterFillers(reader, sentence, place) : [];
    return seen.length > 0 || !screen ? seen : this.screenDone(sentence, place, screen);
  }

  /** A sight read from the first later word that opens a report, when only fillers come before it: at most one step on. */
  private sightAfterFillers(reader: ProgressReader, sentence: string, place: number): Progress[] {
    const words = ReportWords.of(this.ctx.content);
    const rest = words.laterOpenings(sentence)[0];
    if (rest === undefined || !words.onlyFillers(sentence, rest)) return [];
    return reader.read(rest).filter((reading) => !reading.done && reading.step >= place && reading.step <= place + 1);
  }

  /** The words of a sentence before a word of content's `answers.after` ("got in" of "got in after entering the code"), if any. */
  private beforeAfter(sentence: string): string | undefined {
    const after = madeOnce(afterWords, this.ctx.content.responses.answers, (answers) => new Set(answers.after.flatMap((word) => tokens(foldAccents(word)))));
    const words = tokens(foldAccents(sentence));
    // After a joining word it says what came next ("y luego al link", "and later"), not what came before.
    const joining = madeOnce(joiningWords, this.ctx.content.responses.answers, (answers) => new Set((answers.joining ?? []).flatMap((word) => tokens(foldAccents(word)))));
    const at = words.findIndex((word, i) => i > 0 && after.has(word) && !joining.has(words[i - 1]!));
    return at > 0 && at < words.length - 1 ? words.slice(0, at).join(' ') : undefined;
  }

  /**
   * While the steps run, a thing done told in the words of a step's screen that the model reads as nothing ("Login
   * successful.", "i write the ecf user and password and click submit"): that step done (screenReport.ts), at a step.
   * With a side topic open, only a step ahead, named by a screen's own name ("… and click submit"): other words may
   * be the topic's fix.
   */
  private screenDone(sentence: string, place: number, screen: ScreenGate): Progress[] {
    const done = place > 0 ? ScreenReport.of(this.ctx.content).read(sentence, place, screen.named) : undefined;
    // With a side topic open, a step ahead only: the thing on screen done again may be the topic's trouble ("ya le había
    // dado submit antes" at the names' question).
    return done && (!screen.named || done.step > place) ? [done] : [];
  }

  /**
   * A thing done read as a step whose screens the sentence does not name, though it names another step's ("pressed
   * Document Filing System" read as step 6's "pressed f5"): the step whose screen it names, as its screen's words say
   * (screenReport.ts). Undefined: the model's readings stand.
   */
  private doneOnScreenNamed(sentence: string, place: number, readings: readonly Progress[], screen?: ScreenGate): Progress[] | undefined {
    const best = readings[0]!;
    const report = ScreenReport.of(this.ctx.content);
    if (!screen || place === 0 || !best.done || !report.namesOtherThan(sentence, best.step)) return undefined;
    const done = report.read(sentence, place, true);
    if (done && done.step !== best.step) return [done];
    // Else, said in no words but that screen's own, it was done there ("went into the filing system" read as the login).
    const own = report.doneOnOwnScreen(sentence, best.step);
    return own !== undefined && own < best.step ? [{ step: own, done: true, score: best.score }] : undefined;
  }

  /**
   * Whether a sentence that states a prerequisite's answer by meaning (content's `when`: "individual account", "my own
   * PACER", "the ecf creds are in my notes") still reads as `best` without the words it states it with: they are that
   * answer's, not a step's ("Individual account, upgraded." read as Step 5 done), while a report told with them stays
   * one ("logged in with my own pacer account" is Step 2 done either way).
   */
  readsWithoutAnswerWords(reader: ProgressReader, sentence: string, best: Progress, place: number, finishing: boolean, screen?: ScreenGate): boolean {
    const rest = this.withoutAnswerWords(sentence);
    if (rest === undefined) return true;
    const again = rest === '' ? undefined : this.readReport(reader, rest, place, finishing, screen)[0];
    return again !== undefined && landing(again) === landing(best);
  }

  /**
   * A thing done told with the words of a prerequisite's answer that the model reads as nothing for them ("signed in
   * using my personal acct": the account's owner words lean to the answer): the thing done without them, a done only.
   */
  doneWithoutAnswerWords(reader: ProgressReader, sentence: string, place: number, finishing: boolean, screen?: ScreenGate): Progress[] {
    const rest = this.withoutAnswerWords(sentence);
    return rest ? this.readReport(reader, rest, place, finishing, screen).filter((reading) => reading.done) : [];
  }

  /**
   * The sentence without the phrases it states a prerequisite's answer with by meaning (content's `when`), each said
   * whole: "signed in w/ my individual acct" says "individual" and "acct", not the "signed up" of an account made (its
   * "signed" is the login done). Undefined when it states none.
   */
  private withoutAnswerWords(sentence: string): string | undefined {
    const said = ` ${tokens(sentence).map(bareForm).join(' ')} `;
    const phrases = [...this.ctx.told.read(sentence).values()].flatMap((choice) => (choice.when ?? []).flat().map((entry) => tokens(entry).map(bareForm)));
    const answerWords = new Set(phrases.filter((phrase) => phrase.length > 0 && said.includes(` ${phrase.join(' ')} `)).flat());
    if (answerWords.size === 0) return undefined;
    return tokens(sentence).filter((word) => !answerWords.has(bareForm(word))).join(' ');
  }
}

/** A message read for things done in its steps' screen words; `named`: only a screen's own name names a step. */
export interface ScreenGate {
  readonly named: boolean;
  /** Whether a sentence told with a word of once more is read without it (not when a side topic's fix is told worked). */
  readonly again?: boolean;
}

/** The most words a success report said after a yes has ("yeah finally got in now"). */
const SHORT_REPORT_WORDS = 4;
/** The most words one said after fillers has ("ok in", "alright logged on"). */
const FILLED_REPORT_WORDS = 2;

/**
 * A sight read as a step whose screens the sentence does not name, though it names one other step's ("there's a
 * CM/ECF login and password box" read as step 2's PACER login; "it asks CM/ECF login" as step 5's question): that
 * step's sight, the form in front of the user (ScreenReport.sightNamed). The readings as they are otherwise.
 */
function sightOnScreenNamed(ctx: EngineContext, sentence: string, readings: Progress[]): Progress[] {
  const best = readings[0]!;
  const step = best.done ? undefined : ScreenReport.of(ctx.content).sightNamed(sentence, best.step);
  return step === undefined || step === best.step ? readings : [{ step, done: false, score: best.score }];
}
