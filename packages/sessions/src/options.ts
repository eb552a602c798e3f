import { availableParallelism } from 'node:os';
import { validateRecyclePolicy, type MemoryWatchdog, type RecyclePolicy } from '@kokoro-ts/memory';
import { SessionsBadOptionError } from './errors';
import { appleRoutingPolicy, defaultRoutingPolicy, type RoutingPolicy } from './routing';
import type { PoolPlan, ProviderChoice, TensorData } from './types';

/** One session (one worker thread) of the pool. */
export interface SessionSpec {
  /** Id shown in metrics and timings. Default `s<index>`. */
  id?: string;
  /** Labels routing policies match on. Default `[]`. */
  tags?: string[];
  /** Providers to try in order (CPU is appended when missing). Default: the pool's providers. */
  providers?: ProviderChoice[];
  /** ONNX Runtime intra-op threads. Default: the pool's `threadsPerSession`. */
  intraOpThreads?: number;
  /** ONNX Runtime inter-op threads. Default `1`. */
  interOpThreads?: number;
}

/** Options of `createSessionPool`. Validated once; the pool keeps a frozen copy. */
export interface SessionPoolOptions {
  /** ONNX model: a file path or its bytes (shared with the workers through one SharedArrayBuffer). */
  model: string | Uint8Array;
  /** A `@kokoro-ts/providers` plan: providers, threads and pool shape. */
  plan?: PoolPlan;
  /** Providers to try in order when no plan is given. Default `[{ name: 'cpu' }]`. */
  providers?: ProviderChoice[];
  /**
   * A number of identical sessions, or explicit specs. Default: the adaptive layout (one
   * `latency` session with the whole thread budget plus `throughput` sessions that split it),
   * or `plan.pool.sessions` identical sessions when the plan says `adaptive: false`.
   */
  sessions?: number | SessionSpec[];
  /** Intra-op threads of each identical session. Default `floor(threadBudget / sessions)`, at least 1. */
  threadsPerSession?: number;
  /**
   * Threads that may compute at once (the effective cores). A session starts a job only if
   * the threads of busy sessions plus its own fit, or if nothing runs. Default:
   * `plan.pool.sessions * plan.pool.threadsPerSession`, else `os.availableParallelism()`.
   */
  threadBudget?: number;
  /** Queue limits. Defaults: `maxDepth` 256 jobs, `maxWaitMs` 30000. */
  queue?: { maxDepth?: number; maxWaitMs?: number };
  /** Routing policy. Default {@link defaultRoutingPolicy}. */
  routing?: RoutingPolicy;
  /** Replace sessions after N runs or memory growth (replacement warmed first). Default: never. */
  recycle?: RecyclePolicy;
  /** Warm-up feeds run once per session at creation; `false` skips. Default: ones-filled feeds built from the model's inputs (a failure there is recorded, not fatal). */
  warmup?: Record<string, TensorData> | false;
  /** Per-run limit, ms; on expiry the job fails with `KOKORO_SESSIONS_TIMEOUT` and the worker is replaced. `0` disables. Default `60000`. */
  runTimeoutMs?: number;
  /** How long a session whose run failed is avoided, ms. Default `30000`. */
  unhealthyCooldownMs?: number;
  /** NaN/Infinity in float outputs: `'error'` retries then rejects with `KOKORO_SESSIONS_NON_FINITE_OUTPUT`; `'flag'` resolves with `nonFinite` filled; `'ignore'` skips the scan. Default `'error'`. */
  nonFinite?: 'error' | 'flag' | 'ignore';
  /** Provider a failed run is retried on. Default `'cpu'`. */
  fallbackProvider?: string;
  /** Longest a session may take to be created and warmed up, ms; its worker is then stopped and the start counts as failed. `0` disables. Default `120000` (CoreML compiles can be slow). */
  startTimeoutMs?: number;
  /** Consecutive failed restarts after which a session is declared dead. Default `3`. */
  maxRestarts?: number;
  /** A `@kokoro-ts/memory` watchdog that receives each worker's self-reported memory after every run (shown in its `report().workers`). Default: none. */
  watchdog?: Pick<MemoryWatchdog, 'recordWorker'>;
  /** Worker script. Default: the package's built `worker.js` (also for tests and custom workers speaking the same protocol). */
  workerUrl?: URL | string;
}

/** @internal A session spec with every field decided. */
export interface ResolvedSpec {
  id: string;
  tags: string[];
  providers: ProviderChoice[];
  intraOpThreads: number;
  interOpThreads: number;
}

/** @internal Validated options. */
export interface ResolvedOptions {
  specs: ResolvedSpec[];
  threadBudget: number;
  maxDepth: number;
  maxWaitMs: number;
  routing: RoutingPolicy;
  recycle: Readonly<RecyclePolicy>;
  warmup: Record<string, TensorData> | 'auto' | false;
  runTimeoutMs: number;
  unhealthyCooldownMs: number;
  nonFinite: 'error' | 'flag' | 'ignore';
  fallbackProvider: string;
  maxRestarts: number;
  startTimeoutMs: number;
  watchdog: Pick<MemoryWatchdog, 'recordWorker'> | undefined;
}

/** Defaults of {@link SessionPoolOptions}. */
export const POOL_DEFAULTS = Object.freeze({ maxDepth: 256, maxWaitMs: 30_000, runTimeoutMs: 60_000, unhealthyCooldownMs: 30_000, nonFinite: 'error', fallbackProvider: 'cpu', maxRestarts: 3, startTimeoutMs: 120_000, shortMaxSize: 64 });

function int(option: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw new SessionsBadOptionError(option, `an integer >= ${min}`, value);
  return value;
}

/**
 * @internal The adaptive layout for a thread budget B: one `latency` session with B threads
 * (an idle pool gives a lone request every core) and K `throughput` sessions of B/K threads
 * (a busy pool runs K requests at once), K = clamp(floor(B/2), 2, 8). B = 1 gets one session.
 */
export function adaptiveLayout(budget: number, providers: ProviderChoice[], throughputSessions?: number): ResolvedSpec[] {
  if (budget <= 1) return [{ id: 's0', tags: ['latency', 'throughput'], providers, intraOpThreads: 1, interOpThreads: 1 }];
  const k = throughputSessions ?? Math.min(8, Math.max(2, Math.floor(budget / 2)));
  const each = Math.max(1, Math.floor(budget / k));
  return [
    { id: 'latency', tags: ['latency'], providers, intraOpThreads: budget, interOpThreads: 1 },
    ...Array.from({ length: k }, (_, i) => ({ id: `throughput-${i}`, tags: ['throughput'], providers, intraOpThreads: each, interOpThreads: 1 })),
  ];
}

/**
 * @internal The layout when `sessions` is not given:
 * - a first provider with `bySize` alternatives (CoreML, compute units auto): an `ane`
 *   session (short inputs), a `gpu` session (`longInputs`) and a `cpu` session, routed by
 *   {@link appleRoutingPolicy} at the plan's token threshold;
 * - another accelerator first (CUDA, WebGPU, ...): `plan.pool.sessions` identical sessions (default 1);
 * - CPU first: {@link adaptiveLayout}.
 */
export function defaultLayout(providers: ProviderChoice[], budget: number, plan: PoolPlan | undefined): { specs: ResolvedSpec[]; routing?: RoutingPolicy } {
  const first = providers[0]!;
  const interOp = plan?.threads?.interOp ?? 1;
  const rest = providers.slice(1);
  const cpuOnly: ProviderChoice[] = [providers.find((p) => p.name === 'cpu') ?? { name: 'cpu' }];
  if (first.bySize) {
    const { bySize: _b, ...short } = first;
    const long: ProviderChoice = { ...short, sessionOptions: first.bySize.longInputs };
    const cpuThreads = Math.max(1, Math.floor(budget / 2));
    return {
      specs: [
        { id: 'ane', tags: ['ane'], providers: [short, ...rest], intraOpThreads: Math.max(1, Math.min(budget, plan?.threads?.intraOp ?? budget)), interOpThreads: interOp },
        { id: 'gpu', tags: ['gpu'], providers: [long, ...rest], intraOpThreads: Math.max(1, Math.min(budget, plan?.threads?.intraOp ?? budget)), interOpThreads: interOp },
        { id: 'cpu', tags: ['cpu'], providers: cpuOnly, intraOpThreads: cpuThreads, interOpThreads: interOp },
      ],
      routing: appleRoutingPolicy({ shortMaxSize: first.bySize.thresholdTokens - 1 }),
    };
  }
  if (first.name !== 'cpu') {
    const n = plan?.pool?.sessions ?? 1;
    const threads = plan?.pool?.threadsPerSession ?? Math.max(1, Math.floor(budget / n));
    return { specs: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, tags: ['latency', 'throughput'], providers, intraOpThreads: threads, interOpThreads: interOp })) };
  }
  const specs = adaptiveLayout(budget, providers, plan?.pool?.sessions);
  const latencyThreads = plan?.threads?.intraOp;
  if (latencyThreads !== undefined && specs[0]!.tags.includes('latency') && specs.length > 1) specs[0]!.intraOpThreads = Math.max(1, Math.min(budget, latencyThreads));
  return { specs };
}

/** @internal Validate and resolve options once, at construction. */
export function resolveOptions(options: SessionPoolOptions, cores = availableParallelism()): ResolvedOptions {
  if (typeof options.model !== 'string' && !(options.model instanceof Uint8Array)) throw new SessionsBadOptionError('model', 'a file path or a Uint8Array of ONNX bytes', options.model);
  const plan = options.plan;
  const providers = [...(plan?.providers ?? options.providers ?? [{ name: 'cpu' }])];
  if (providers.length === 0) throw new SessionsBadOptionError('providers', 'at least one provider', providers);
  const planBudget = plan?.pool?.sessions && plan.pool.threadsPerSession ? plan.pool.sessions * plan.pool.threadsPerSession : undefined;
  const threadBudget = int('threadBudget', options.threadBudget ?? planBudget ?? cores, 1);
  const interOp = plan?.threads?.interOp ?? 1;

  let specs: ResolvedSpec[];
  let layoutRouting: RoutingPolicy | undefined;
  const sessions = options.sessions ?? (plan?.pool?.adaptive === false && !providers[0]?.bySize && providers[0]?.name === 'cpu' ? plan.pool.sessions : undefined);
  if (Array.isArray(sessions)) {
    if (sessions.length === 0) throw new SessionsBadOptionError('sessions', 'a non-empty array of session specs', sessions);
    specs = sessions.map((s, i) => ({
      id: s.id ?? `s${i}`,
      tags: [...(s.tags ?? [])],
      providers: [...(s.providers ?? providers)],
      intraOpThreads: int(`sessions[${i}].intraOpThreads`, s.intraOpThreads ?? options.threadsPerSession ?? Math.max(1, Math.floor(threadBudget / sessions.length)), 1),
      interOpThreads: int(`sessions[${i}].interOpThreads`, s.interOpThreads ?? interOp, 1),
    }));
    const ids = new Set(specs.map((s) => s.id));
    if (ids.size !== specs.length) throw new SessionsBadOptionError('sessions', 'unique session ids', specs.map((s) => s.id).join(','));
  } else if (sessions !== undefined) {
    const n = int('sessions', sessions, 1);
    const threads = int('threadsPerSession', options.threadsPerSession ?? plan?.pool?.threadsPerSession ?? Math.max(1, Math.floor(threadBudget / n)), 1);
    specs = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, tags: ['latency', 'throughput'], providers, intraOpThreads: threads, interOpThreads: interOp }));
  } else {
    ({ specs, routing: layoutRouting } = defaultLayout(providers, threadBudget, plan));
  }

  const nonFinite = options.nonFinite ?? 'error';
  if (!['error', 'flag', 'ignore'].includes(nonFinite)) throw new SessionsBadOptionError('nonFinite', "'error', 'flag' or 'ignore'", nonFinite);
  if (options.routing !== undefined && typeof options.routing?.choose !== 'function') throw new SessionsBadOptionError('routing', 'a RoutingPolicy with a choose() function', options.routing);
  const warmup = options.warmup === undefined ? 'auto' : options.warmup;
  if (warmup !== false && warmup !== 'auto' && (typeof warmup !== 'object' || warmup === null)) throw new SessionsBadOptionError('warmup', 'feeds (a record of TensorData) or false', warmup);
  return {
    specs,
    threadBudget,
    maxDepth: int('queue.maxDepth', options.queue?.maxDepth ?? POOL_DEFAULTS.maxDepth, 0),
    maxWaitMs: int('queue.maxWaitMs', options.queue?.maxWaitMs ?? POOL_DEFAULTS.maxWaitMs, 1),
    routing: options.routing ?? layoutRouting ?? defaultRoutingPolicy(),
    recycle: validateRecyclePolicy(options.recycle),
    warmup,
    runTimeoutMs: int('runTimeoutMs', options.runTimeoutMs ?? POOL_DEFAULTS.runTimeoutMs, 0),
    unhealthyCooldownMs: int('unhealthyCooldownMs', options.unhealthyCooldownMs ?? POOL_DEFAULTS.unhealthyCooldownMs, 0),
    nonFinite,
    fallbackProvider: options.fallbackProvider ?? POOL_DEFAULTS.fallbackProvider,
    maxRestarts: int('maxRestarts', options.maxRestarts ?? POOL_DEFAULTS.maxRestarts, 0),
    startTimeoutMs: int('startTimeoutMs', options.startTimeoutMs ?? POOL_DEFAULTS.startTimeoutMs, 0),
    watchdog: options.watchdog,
  };
}
