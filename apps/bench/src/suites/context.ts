/**
 * What every suite gets: run counts, a clock and a progress log. Injected so the suites'
 * bookkeeping can be tested with a fake clock.
 */
import { performance } from 'node:perf_hooks';

/** Shared inputs of the suites. */
export interface SuiteContext {
  /** Measured runs. */
  runs: number;
  /** Unmeasured warm-up runs. */
  warmup: number;
  /** Milliseconds, monotonic. Default `performance.now`. */
  now: () => number;
  /** Progress lines (stderr in the CLI). */
  log: (line: string) => void;
}

/** A context with the real clock and a silent log. */
export function defaultContext(overrides: Partial<SuiteContext> = {}): SuiteContext {
  return { runs: 10, warmup: 2, now: () => performance.now(), log: () => undefined, ...overrides };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning each run's value. */
export async function repeat<T>(ctx: Pick<SuiteContext, 'runs' | 'warmup'>, fn: (measured: boolean, index: number) => Promise<T>): Promise<T[]> {
  for (let i = 0; i < ctx.warmup; i++) await fn(false, i);
  const out: T[] = [];
  for (let i = 0; i < ctx.runs; i++) out.push(await fn(true, i));
  return out;
}
