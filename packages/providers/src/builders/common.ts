/**
 * Session options every provider shares (threads, arena, optimization, cold-start cache),
 * validated once and turned into onnxruntime-node's `SessionOptions` fields.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import { GRAPH_OPTIMIZATION_LEVELS, type GraphOptimizationLevel } from '../names';
import { boolean, integerIn, knownKeys, nonEmptyString, oneOf, plainObject } from '../validate';

/** Options of the CPU side of any session (every session runs unsupported nodes on the CPU). */
export interface CommonSessionConfig {
  /** Threads inside one operator. `0` lets ONNX Runtime pick (one per physical core). Default `0`. */
  intraOpThreads?: number;
  /** Threads across independent operators (used only with `executionMode: 'parallel'`). Default `1`. */
  interOpThreads?: number;
  /**
   * Let idle pool threads spin waiting for work. Default `false`: a speech server idles between
   * requests and spinning burns CPU that other sessions need; turn on for the lowest latency on a
   * dedicated machine.
   */
  spinning?: boolean;
  /** CPU memory arena: faster repeated allocations, but holds on to peak memory. Default `true`. */
  memoryArena?: boolean;
  /** Memory pattern planning (pre-plans allocations for repeated shapes). Default `true`. */
  memoryPattern?: boolean;
  /** Graph optimization level. Default `'all'`. */
  graphOptimizationLevel?: GraphOptimizationLevel;
  /** `'sequential'` (default) or `'parallel'` (uses `interOpThreads`). */
  executionMode?: 'sequential' | 'parallel';
  /**
   * Write the optimized graph here after the first load; loading that file later skips graph
   * optimization (a cold-start cache). EP-specific: only reuse it with the same provider. Default unset.
   */
  optimizedModelFilePath?: string;
  /** Fix symbolic dimensions (e.g. `{ batch: 1 }`) so shapes are static. Positive integers. Default unset. */
  freeDimensionOverrides?: Record<string, number>;
  /** ONNX Runtime log severity 0 (verbose) .. 4 (fatal). Default unset (ONNX Runtime's 2, warnings). */
  logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
}

/** Keys of {@link CommonSessionConfig}, for unknown-key checks. @internal */
export const COMMON_KEYS = ['intraOpThreads', 'interOpThreads', 'spinning', 'memoryArena', 'memoryPattern', 'graphOptimizationLevel', 'executionMode', 'optimizedModelFilePath', 'freeDimensionOverrides', 'logSeverityLevel'] as const;

/** Upper bound on thread counts: beyond this a typo is more likely than a machine. */
export const MAX_THREADS = 1024;

/** Validates the shared fields and returns the SessionOptions they stand for. @internal */
export function commonSessionOptions(o: CommonSessionConfig): InferenceSession.SessionOptions {
  const spinning = o.spinning === undefined ? false : boolean('spinning', o.spinning);
  const out: InferenceSession.SessionOptions = {
    intraOpNumThreads: o.intraOpThreads === undefined ? 0 : integerIn('intraOpThreads', o.intraOpThreads, 0, MAX_THREADS),
    interOpNumThreads: o.interOpThreads === undefined ? 1 : integerIn('interOpThreads', o.interOpThreads, 0, MAX_THREADS),
    graphOptimizationLevel: o.graphOptimizationLevel === undefined ? 'all' : oneOf('graphOptimizationLevel', o.graphOptimizationLevel, GRAPH_OPTIMIZATION_LEVELS),
    executionMode: o.executionMode === undefined ? 'sequential' : oneOf('executionMode', o.executionMode, ['sequential', 'parallel'] as const),
    enableCpuMemArena: o.memoryArena === undefined ? true : boolean('memoryArena', o.memoryArena),
    enableMemPattern: o.memoryPattern === undefined ? true : boolean('memoryPattern', o.memoryPattern),
    // Session config entries (onnxruntime_session_options_config_keys.h); the Node binding takes strings only.
    extra: { session: { intra_op: { allow_spinning: spinning ? '1' : '0' }, inter_op: { allow_spinning: spinning ? '1' : '0' } } },
  };
  if (o.optimizedModelFilePath !== undefined) out.optimizedModelFilePath = nonEmptyString('optimizedModelFilePath', o.optimizedModelFilePath);
  if (o.freeDimensionOverrides !== undefined) {
    const dims = plainObject('freeDimensionOverrides', o.freeDimensionOverrides);
    const copy: Record<string, number> = {};
    for (const [name, size] of Object.entries(dims)) copy[name] = integerIn(`freeDimensionOverrides.${name}`, size, 1, 2 ** 31 - 1);
    out.freeDimensionOverrides = copy;
  }
  if (o.logSeverityLevel !== undefined) out.logSeverityLevel = integerIn('logSeverityLevel', o.logSeverityLevel, 0, 4) as 0 | 1 | 2 | 3 | 4;
  return out;
}

/** Validates that `o` is an object with only `allowed` keys. @internal */
export function checkShape(o: unknown, allowed: readonly string[]): void {
  knownKeys('', plainObject('options', o), allowed);
}
