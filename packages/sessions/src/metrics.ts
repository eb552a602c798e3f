import type { HistogramSnapshot } from './histogram';

/** Per-session metrics (plain data). Ids stay stable across recycles; `generation` counts replacements. */
export interface SessionMetrics {
  id: string;
  tags: string[];
  /** `'ready'` (idle or busy), `'starting'` (being replaced after a crash/timeout) or `'dead'` (gave up restarting). */
  state: 'starting' | 'ready' | 'dead' | 'disposed';
  busy: boolean;
  /** Provider the current session was created with, and the ones tried before it that failed. */
  provider: string;
  providerFailures: { provider: string; message: string }[];
  intraOpThreads: number;
  healthy: boolean;
  generation: number;
  runs: number;
  failures: number;
  /** Session creation and warm-up of the current generation, ms (`warmupMs` null when skipped or failed). */
  createMs: number;
  warmupMs: number | null;
  warmupError: string | null;
  lastError: string | null;
  latencyMs: HistogramSnapshot;
  queueWaitMs: HistogramSnapshot;
  /** What the worker reported after its last run: its own heap/external/arrayBuffers, and process RSS. */
  memory: { heapUsed: number; external: number; arrayBuffers: number; rss: number } | null;
}

/** Whole-pool metrics for `/metrics` (plain data, JSON-serialisable except `Infinity` bucket bounds). */
export interface PoolMetrics {
  routing: string;
  threadBudget: number;
  /** Threads of sessions running a job now. */
  runningThreads: number;
  running: number;
  queue: { depth: number; maxDepth: number; maxWaitMs: number; waitMs: HistogramSnapshot };
  totals: { runs: number; failures: number; retries: number; timeouts: number; aborted: number; crashes: number; recycles: number; overloaded: number };
  sessions: SessionMetrics[];
}
