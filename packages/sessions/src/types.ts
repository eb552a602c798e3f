import type { InferenceSession } from 'onnxruntime-node';

/** Element types a tensor crossing the worker boundary may have. */
export type TensorType = 'int64' | 'int32' | 'float32';

/** A plain tensor: what goes into and comes out of a pool run (structured-cloneable). */
export interface TensorData {
  type: TensorType;
  data: BigInt64Array | Int32Array | Float32Array;
  dims: number[];
}

/** Name, element type and shape (numbers or symbolic names) of one model input or output. */
export interface ValueInfo {
  name: string;
  type: string;
  dims: (number | string)[];
}

/** The model's inputs and outputs, as the first session read them. */
export interface ModelMetadata {
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

/** Plain ONNX Runtime session options (structured-cloneable: no functions). */
export type SessionOptions = InferenceSession.SessionOptions;

/**
 * One execution provider to try, in order. The shape of `@kokoro-ts/providers`'
 * `PlannedProvider`, so a plan's `providers` list can be passed as is.
 */
export interface ProviderChoice {
  /** Provider name as reported in metrics, e.g. `'cpu'`, `'coreml'`, `'cuda'`. */
  name: string;
  /** Session options for this provider; `executionProviders` defaults to `[name]`. */
  sessionOptions?: SessionOptions;
  /** Why the plan chose it (shown in metrics). */
  reason?: string;
  /**
   * Size-dependent alternative (a CoreML plan with compute units `'auto'`): inputs of at least
   * `thresholdTokens` should run with `longInputs`. The default layout then creates one
   * session per alternative plus a CPU session and routes by size (see README).
   */
  bySize?: { thresholdTokens: number; longInputs: SessionOptions; reason?: string };
}

/**
 * The part of `@kokoro-ts/providers`' `ProviderPlan` the pool reads (structural, so a plan
 * is passed as is).
 */
export interface PoolPlan {
  providers: readonly ProviderChoice[];
  threads?: { intraOp?: number; interOp?: number };
  pool?: { sessions?: number; threadsPerSession?: number; adaptive?: boolean };
}
