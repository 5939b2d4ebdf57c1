import type { Activity } from 'botbuilder';

/** What a client receives: activities after its watermark, and the watermark to ask from next time. */
export interface ActivitySet {
  readonly activities: readonly Partial<Activity>[];
  readonly watermark: string;
}

export type ActivityListener = (set: ActivitySet) => void;

/**
 * One Direct Line conversation: its activity list (user's and bot's, in order, each with a sequence number used
 * as watermark), live listeners (WebSocket streams), and a queue that runs its bot turns one at a time.
 * The list keeps at most `maxActivities` (oldest dropped); watermarks stay absolute.
 */
export class Conversation {
  private readonly list: Partial<Activity>[] = [];
  private dropped = 0;
  private readonly listeners = new Set<ActivityListener>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Users the bot has been told about (conversationUpdate), so each is announced once. */
  readonly members = new Set<string>();
  started = false;
  lastUsed: number;

  constructor(readonly id: string, public userId: string | undefined, private readonly maxActivities: number, now: number) {
    this.lastUsed = now;
  }

  /** Stamps the next id (`<conversation>|0000042`, as Azure does) and publishes the activity. */
  append(activity: Partial<Activity>): Partial<Activity> {
    const sequence = this.dropped + this.list.length;
    const stamped: Partial<Activity> = { ...activity, id: `${this.id}|${String(sequence).padStart(7, '0')}` };
    this.list.push(stamped);
    if (this.list.length > this.maxActivities) {
      this.list.shift();
      this.dropped += 1;
    }
    const set: ActivitySet = { activities: [stamped], watermark: this.watermark };
    for (const listener of this.listeners) listener(set);
    return stamped;
  }

  /** Activities from the watermark on (all when it is missing or not a number). */
  since(watermark: string | undefined): ActivitySet {
    const from = Number.parseInt(watermark ?? '', 10);
    const start = Number.isFinite(from) && from > this.dropped ? from - this.dropped : 0;
    return { activities: this.list.slice(start), watermark: this.watermark };
  }

  get watermark(): string {
    return String(this.dropped + this.list.length);
  }

  subscribe(listener: ActivityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
