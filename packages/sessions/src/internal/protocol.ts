/**
 * @internal The messages between the pool (main thread) and a session worker. A fake
 * worker in test/fixtures speaks the same protocol for fault injection, so keep the two
 * in step.
 */
import type { ModelMetadata, ProviderChoice, TensorData } from '../types';

/** @internal What a worker is started with (`workerData`). */
export interface WorkerInit {
  /** Model file path, or bytes (a view on a SharedArrayBuffer: every worker shares one copy). */
  model: string | Uint8Array;
  providers: ProviderChoice[];
  intraOpThreads: number;
  interOpThreads: number;
  /** Explicit warm-up feeds; `'auto'` builds ones-filled feeds from the metadata; `false` skips. */
  warmup: Record<string, TensorData> | 'auto' | false;
  /** Scan float outputs for NaN/Infinity. */
  checkFinite: boolean;
}

/** @internal Memory a worker reports about its own isolate. */
export interface WorkerMemoryReport {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
}

/** @internal A provider the worker tried and could not create a session with. */
export interface ProviderFailure {
  provider: string;
  message: string;
}

/** @internal Worker -> pool. */
export type WorkerMessage =
  | {
      type: 'ready';
      provider: string;
      providerFailures: ProviderFailure[];
      metadata: ModelMetadata;
      createMs: number;
      warmupMs: number | null;
      /** Set when auto warm-up failed (non-fatal). */
      warmupError: string | null;
      memory: WorkerMemoryReport;
    }
  | { type: 'init-error'; message: string; warmup: boolean; providerFailures: ProviderFailure[] }
  | { type: 'result'; id: number; outputs: Record<string, TensorData>; runMs: number; nonFinite: NonFiniteReport[]; memory: WorkerMemoryReport }
  | { type: 'run-error'; id: number; message: string };

/** An output that contained NaN or +-Infinity. */
export interface NonFiniteReport {
  output: string;
  nan: number;
  infinite: number;
}

/** @internal Pool -> worker. */
export type PoolMessage = { type: 'run'; id: number; feeds: Record<string, TensorData> } | { type: 'close' };
