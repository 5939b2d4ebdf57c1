/*
 * A turn reads the same message many ways (an answer, a command, a court, a question, a report of progress), through
 * readers that know nothing of each other, and several of them ask the same reader the same thing: whether the text
 * asks a question, which court it names, what the recognizer makes of it. A TurnMemo keeps such a reading for the
 * rest of the turn, so each is done once per turn.
 *
 * Only inside a turn (`withinTurn`, which the engine runs each message's turn in): every memo is emptied as the turn
 * ends, so a reading is never taken from another message (a busy bot's turns repeat "yes" and "next", and each turn
 * still pays for its own readings) and no user text is kept after its turn. Outside a turn (the host's reader of
 * keep commands, the triage command) every reading is made afresh.
 */

/** The readings kept in the turn under way, emptied when it ends; undefined outside a turn. */
let filled: Set<Map<string, unknown>> | undefined;
/** The message the turn under way answers, when the engine said which. */
let message: string | undefined;

/** Runs one turn (of `said`, the user's message): the memos keep their readings until it returns (or throws). */
export function withinTurn<T>(turn: () => T, said?: string): T {
  if (filled) return turn();
  filled = new Set();
  message = said;
  try {
    return turn();
  } finally {
    for (const readings of filled) readings.clear();
    filled = undefined;
    message = undefined;
  }
}

/** The user's message of the turn under way (its clauses and the texts read in the turn are parts of it); undefined outside one. */
export function messageOfTurn(): string | undefined {
  return message;
}

/** One reader's readings of texts during the turn under way. Only for readings that depend on the text alone. */
export class TurnMemo<V> {
  private readonly readings = new Map<string, V>();

  /** The reading of `text`, made by `read` the first time the turn asks for it (every time outside a turn). */
  of(text: string, read: (text: string) => V): V {
    if (!filled) return read(text);
    if (this.readings.has(text)) return this.readings.get(text)!;
    const reading = read(text);
    this.readings.set(text, reading);
    filled.add(this.readings);
    return reading;
  }
}
