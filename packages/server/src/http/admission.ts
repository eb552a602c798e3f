import { ServerError } from '../errors';

/**
 * Bounded admission for syntheses: at most `maxConcurrent` run, at most `maxQueue` wait, and
 * the rest are refused at once with `KOKORO_SERVER_OVERLOADED` (429) and a Retry-After
 * estimated from recent request durations. Refusing early keeps latency bounded for those
 * admitted instead of letting every request time out together.
 * @internal
 */
export class Admission {
  private activeCount = 0;
  private readonly waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  /** Moving average of how long a slot is held, for Retry-After. */
  private averageHoldMs = 2_000;

  constructor(private readonly maxConcurrent: number, private readonly maxQueue: number) {}

  /** Syntheses running now. */
  get active(): number {
    return this.activeCount;
  }

  /** Requests waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Suggested wait before retrying, in ms: the time for the queue ahead to drain, at least 1 s. */
  retryAfterMs(): number {
    const ahead = this.waiting.length + this.activeCount;
    return Math.max(1_000, Math.ceil((ahead / this.maxConcurrent) * this.averageHoldMs));
  }

  /** Waits for a slot; resolves to its release function. Rejects when full or when `signal` aborts. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.activeCount < this.maxConcurrent) return this.grant();
    if (this.waiting.length >= this.maxQueue) {
      const retryAfterMs = this.retryAfterMs();
      throw new ServerError('KOKORO_SERVER_OVERLOADED', `The server is busy: ${this.activeCount} syntheses running and ${this.waiting.length} waiting (limit ${this.maxQueue}). Retry after ${Math.ceil(retryAfterMs / 1000)} s, or raise --max-queue / --max-concurrent.`, { retryAfterMs });
    }
    await new Promise<void>((resolve, reject) => {
      const entry = { resolve, reject };
      this.waiting.push(entry);
      signal?.addEventListener('abort', () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
      }, { once: true });
    });
    return this.grant();
  }

  private grant(): () => void {
    this.activeCount++;
    const started = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.averageHoldMs = 0.8 * this.averageHoldMs + 0.2 * (Date.now() - started);
      this.activeCount--;
      // Hand the slot to the next waiter; it increments activeCount itself in grant().
      this.waiting.shift()?.resolve();
    };
  }
}
