import type { Activity } from '../../platform/activity';

/** What a client receives: activities after its watermark, and the watermark to ask from next time. */
export interface ActivitySet {
  readonly activities: readonly Partial<Activity>[];
  readonly watermark: string;
}

export type ActivityListener = (set: ActivitySet) => void;

/** How much history one conversation keeps: whichever limit is reached first drops the oldest activities. */
export interface HistoryLimits {
  readonly maxActivities: number;
  /** Characters of the activities' JSON (what they cost in memory, give or take the object overhead). */
  readonly maxChars: number;
}

/**
 * One Direct Line conversation: its activity list (user's and bot's, in order, each with a sequence number used
 * as watermark), live listeners (WebSocket streams), and a queue that runs its bot turns one at a time.
 * The list is bounded by count and by size (oldest dropped first); watermarks stay absolute. `chars` is what the
 * list holds now, so the service can keep a budget over all conversations.
 */
export class Conversation {
  private readonly list: { readonly activity: Partial<Activity>; readonly chars: number }[] = [];
  private dropped = 0;
  private held = 0;
  /** Each live stream's listener, and what to do when the conversation is ended under it. */
  private readonly listeners = new Map<ActivityListener, () => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Users the bot has been told about (conversationUpdate), so each is announced once. */
  readonly members = new Set<string>();
  started = false;
  lastUsed: number;

  constructor(
    readonly id: string,
    public userId: string | undefined,
    private readonly limits: HistoryLimits,
    now: number,
    /** Per-client limits: who created it (undefined: this machine, not limited). */
    readonly owner?: string,
    /** The page's language (a BCP 47 tag) when the token was asked for: the welcome at the start is in it. */
    readonly locale?: string,
  ) {
    this.lastUsed = now;
  }

  /** Stamps the next id (`<conversation>|0000042`, as Azure does) and publishes the activity. */
  append(activity: Partial<Activity>): Partial<Activity> {
    const sequence = this.dropped + this.list.length;
    const stamped: Partial<Activity> = { ...activity, id: `${this.id}|${String(sequence).padStart(7, '0')}` };
    const json = JSON.stringify(stamped);
    this.list.push({ activity: stamped, chars: json.length });
    this.held += json.length;
    this.trimTo(this.limits.maxActivities, this.limits.maxChars);
    const set: ActivitySet = { activities: [stamped], watermark: this.watermark };
    for (const listener of this.listeners.keys()) listener(set);
    return stamped;
  }

  /** Drops the oldest activities until at most `maxActivities` and `maxChars` are held (never the newest one). */
  trimTo(maxActivities: number, maxChars: number): void {
    while (this.list.length > 1 && (this.list.length > maxActivities || this.held > maxChars)) {
      this.held -= this.list.shift()!.chars;
      this.dropped += 1;
    }
  }

  /** Activities from the watermark on (all when it is missing or not a number). */
  since(watermark: string | undefined): ActivitySet {
    const from = Number.parseInt(watermark ?? '', 10);
    const start = Number.isFinite(from) && from > this.dropped ? from - this.dropped : 0;
    return { activities: this.list.slice(start).map((entry) => entry.activity), watermark: this.watermark };
  }

  get watermark(): string {
    return String(this.dropped + this.list.length);
  }

  /** Characters of activity JSON held now. */
  get chars(): number {
    return this.held;
  }

  subscribe(listener: ActivityListener, onEnd: () => void = () => undefined): () => void {
    this.listeners.set(listener, onEnd);
    return () => this.listeners.delete(listener);
  }

  /** The service forgot this conversation: its streams are closed and its history released. */
  end(): void {
    const ends = [...this.listeners.values()];
    this.listeners.clear();
    this.list.length = 0;
    this.held = 0;
    for (const onEnd of ends) onEnd();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Runs work after every earlier piece of work of this conversation has finished (turn order = post order). */
  serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
