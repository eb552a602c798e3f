import { SessionsBadOptionError } from './errors';

/** What a routing policy sees of one session that could take the job now (ready, idle, within the thread budget). */
export interface SessionView {
  id: string;
  /** Labels from the session spec, e.g. `'latency'`, `'throughput'`, `'ane'`, `'gpu'`. */
  tags: readonly string[];
  /** Provider the session was actually created with. */
  provider: string;
  intraOpThreads: number;
  /** Completed runs. */
  runs: number;
  /** Mean run time so far, ms (undefined before the first run). */
  meanRunMs: number | undefined;
}

/** The job being placed. */
export interface RouteRequest {
  /** Caller's size hint (e.g. token count); undefined when not given. */
  size: number | undefined;
  /** 0 for the first try, 1 for the retry after a failure. */
  attempt: number;
  /** True when nothing is running and nothing else is queued: the job has the machine to itself. */
  poolIdle: boolean;
}

/**
 * Chooses a session for a job. Called with the job at the head of the FIFO queue and the
 * sessions that could start it now; return one of their ids, or undefined to leave the job
 * queued until a session frees up. Must be fast and synchronous (it runs on every dispatch).
 */
export interface RoutingPolicy {
  readonly name: string;
  choose(request: RouteRequest, candidates: readonly SessionView[]): string | undefined;
}

/** Options of {@link tagRoutingPolicy}. */
export interface TagRoutingOptions {
  /** Jobs with `size <= shortMaxSize` (or no size) are short. Default `64`. */
  shortMaxSize?: number;
  /** Tags preferred for short jobs, in order. Default `['latency']`. */
  short?: readonly string[];
  /** Tags preferred for long jobs, in order. Default `['throughput']`. */
  long?: readonly string[];
  /** Tags preferred when the pool is idle, whatever the size; `null` to route idle jobs by size. Default `['latency']`. */
  idle?: readonly string[] | null;
  /** Use an untagged-preference session rather than wait when no preferred one is free. Default `true`. */
  workConserving?: boolean;
}

/**
 * Route by tags: try each preferred tag in order and take the least-used free session
 * carrying it. When none is free and `workConserving` is on, take any free session: the
 * one with the most threads for short jobs (latency) or the fewest for long ones
 * (throughput), so a busy pool never idles a core for the sake of preference.
 */
export function tagRoutingPolicy(options: TagRoutingOptions = {}, name = 'tags'): RoutingPolicy {
  const shortMaxSize = options.shortMaxSize ?? 64;
  if (typeof shortMaxSize !== 'number' || !(shortMaxSize >= 0)) throw new SessionsBadOptionError('routing.shortMaxSize', 'a number >= 0', shortMaxSize);
  const short = [...(options.short ?? ['latency'])];
  const long = [...(options.long ?? ['throughput'])];
  const idle = options.idle === null ? null : [...(options.idle ?? ['latency'])];
  const workConserving = options.workConserving ?? true;
  return Object.freeze({
    name,
    choose(request: RouteRequest, candidates: readonly SessionView[]): string | undefined {
      const isShort = request.size === undefined || request.size <= shortMaxSize;
      const prefs = request.poolIdle && idle ? idle : isShort ? short : long;
      for (const tag of prefs) {
        const tagged = candidates.filter((c) => c.tags.includes(tag));
        if (tagged.length > 0) return leastUsed(tagged).id;
      }
      if (!workConserving || candidates.length === 0) return undefined;
      const sorted = [...candidates].sort((a, b) => (isShort ? b.intraOpThreads - a.intraOpThreads : a.intraOpThreads - b.intraOpThreads) || a.runs - b.runs);
      return sorted[0]!.id;
    },
  });
}

function leastUsed(views: readonly SessionView[]): SessionView {
  return views.reduce((best, v) => (v.runs < best.runs ? v : best));
}

/**
 * The default policy: short segments (and any job on an idle pool) to the lowest-latency
 * session (tag `latency`), long ones to the highest-throughput sessions (tag `throughput`).
 */
export function defaultRoutingPolicy(options: Pick<TagRoutingOptions, 'shortMaxSize'> = {}): RoutingPolicy {
  return tagRoutingPolicy({ ...options, short: ['latency'], long: ['throughput'], idle: ['latency'] }, 'default');
}

/**
 * Apple Silicon as config: short segments to the Neural Engine session (tag `ane`), long
 * ones to the CPU+GPU session (tag `gpu`), the CPU session (tag `cpu`) when either is busy
 * or down. Pair with sessions tagged accordingly, e.g. CoreML with
 * `coreMlFlags` without and with `COREML_FLAG_USE_CPU_AND_GPU` (0x020), and a plain CPU session (README).
 */
export function appleRoutingPolicy(options: Pick<TagRoutingOptions, 'shortMaxSize'> = {}): RoutingPolicy {
  return tagRoutingPolicy({ ...options, short: ['ane', 'cpu'], long: ['gpu', 'cpu'], idle: null }, 'apple');
}
