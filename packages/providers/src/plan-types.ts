/**
 * The plan's shape: plain data, structured-cloneable, so it can be sent to worker threads and
 * printed as JSON by `kokoro doctor --json`.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import type { ModelVariant, ProviderName } from './names';

/** One execution provider to try, with ready-to-use session options. */
export interface PlannedProvider {
  name: ProviderName;
  /** Options for `InferenceSession.create`; `intraOpNumThreads` is the latency configuration. */
  sessionOptions: InferenceSession.SessionOptions;
  /** Why this provider is in the plan at this position. */
  reason: string;
  /**
   * Size-dependent alternative (CoreML only, when compute units are `'auto'`): inputs with at
   * least `thresholdTokens` tokens should run with `longInputs` instead of `sessionOptions`.
   */
  bySize?: { thresholdTokens: number; longInputs: InferenceSession.SessionOptions; reason: string };
}

/** A provider that was considered and left out. */
export interface SkippedProvider {
  name: ProviderName;
  reason: string;
}

/** How many sessions of how many threads. */
export interface PoolLayout {
  sessions: number;
  threadsPerSession: number;
  /** True when the pool should grow from one session (latency) to `sessions` under load. */
  adaptive: boolean;
}

/** What {@link planProviders} returns. */
export interface ProviderPlan {
  /** Ordered: first is preferred; the last is always `cpu`. */
  providers: PlannedProvider[];
  /** Providers considered but not planned, with the reason. */
  skipped: SkippedProvider[];
  /** Latency configuration: one session with `intraOp` threads (also in each `sessionOptions`). */
  threads: { intraOp: number; interOp: number };
  /** Throughput configuration for the preferred provider (use `withThreads` to apply `threadsPerSession`). */
  pool: PoolLayout;
  /** Throughput configuration if the session falls back to the CPU provider. */
  cpuPool: PoolLayout;
  /** The model file variant to prefer. */
  modelVariant: ModelVariant;
  /** One human-readable line per decision. */
  explanation: string[];
}
