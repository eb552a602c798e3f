import { Histogram } from '../histogram';
import type { SessionMetrics } from '../metrics';
import type { ResolvedSpec } from '../options';
import type { SessionView } from '../routing';
import type { ProviderFailure, WorkerMemoryReport } from './protocol';
import { now } from './timers';
import type { ReadyMessage, WorkerHandle } from './worker-handle';
import type { RunResult } from '../pool';
import type { TensorData } from '../types';

/** @internal A job as the pool tracks it. */
export interface Job {
  feeds: Record<string, TensorData>;
  size: number | undefined;
  attempt: number;
  enqueuedAt: number;
  queueWaitMs: number;
  runId: number;
  startedAt: number;
  settled: boolean;
  cancelled: boolean;
  excludeSession: string | undefined;
  firstFailure: string | undefined;
  waitTimer: ReturnType<typeof setTimeout> | undefined;
  runTimer: ReturnType<typeof setTimeout> | undefined;
  settle(error: Error | undefined, value?: RunResult): void;
}

/** @internal One logical session: a stable id whose worker may be replaced (crash, timeout, recycle). */
export class Slot {
  readonly spec: ResolvedSpec;
  handle: WorkerHandle | undefined = undefined;
  pending: { handle: WorkerHandle; ready: ReadyMessage } | undefined = undefined;
  state: SessionMetrics['state'] = 'starting';
  job: Job | undefined = undefined;
  provider = '';
  providerFailures: ProviderFailure[] = [];
  generation = 0;
  runs = 0;
  runsThisGeneration = 0;
  failures = 0;
  restarts = 0;
  recycling = false;
  unhealthyUntil = 0;
  createMs = 0;
  warmupMs: number | null = null;
  warmupError: string | null = null;
  lastError: string | null = null;
  baselineBytes: number | undefined = undefined;
  memory: WorkerMemoryReport | null = null;
  readonly latency = new Histogram();
  readonly queueWait = new Histogram();

  constructor(spec: ResolvedSpec) {
    this.spec = spec;
  }

  get id(): string {
    return this.spec.id;
  }

  get healthy(): boolean {
    return this.unhealthyUntil <= now();
  }

  /** Adopt a worker whose session is ready: a fresh generation. */
  install(handle: WorkerHandle, ready: ReadyMessage): void {
    this.handle = handle;
    this.state = 'ready';
    this.provider = ready.provider;
    this.providerFailures = ready.providerFailures;
    this.createMs = ready.createMs;
    this.warmupMs = ready.warmupMs;
    this.warmupError = ready.warmupError;
    this.memory = ready.memory;
    this.baselineBytes = ready.memory.heapUsed + ready.memory.external;
    this.runsThisGeneration = 0;
    this.restarts = 0;
    this.generation++;
  }

  /** Growth of the worker's own heap + external memory since its warm-up. */
  growthBytes(): number | undefined {
    if (!this.memory || this.baselineBytes === undefined) return undefined;
    return this.memory.heapUsed + this.memory.external - this.baselineBytes;
  }

  view(): SessionView {
    return { id: this.id, tags: this.spec.tags, provider: this.provider, intraOpThreads: this.spec.intraOpThreads, runs: this.runs, meanRunMs: this.latency.mean() };
  }

  metrics(): SessionMetrics {
    return {
      id: this.id,
      tags: [...this.spec.tags],
      state: this.state,
      busy: this.job !== undefined,
      provider: this.provider,
      providerFailures: this.providerFailures.map((f) => ({ ...f })),
      intraOpThreads: this.spec.intraOpThreads,
      healthy: this.healthy,
      generation: this.generation,
      runs: this.runs,
      failures: this.failures,
      createMs: this.createMs,
      warmupMs: this.warmupMs,
      warmupError: this.warmupError,
      lastError: this.lastError,
      latencyMs: this.latency.snapshot(),
      queueWaitMs: this.queueWait.snapshot(),
      memory: this.memory ? { ...this.memory } : null,
    };
  }
}
