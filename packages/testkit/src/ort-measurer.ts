/**
 * The real-clock {@link LatencyMeasurer}: one onnxruntime-node session per model, warmed up,
 * best of N runs. onnxruntime-node is loaded only when a measurer is created.
 * @packageDocumentation
 */
import { performance } from 'node:perf_hooks';

import type * as Ort from 'onnxruntime-node';

import type { LatencyMeasurer } from './calibrate';
import { TestkitError } from './errors';

/** Options of {@link createOrtMeasurer}. */
export interface OrtMeasurerOptions {
  /** Intra-op threads per session (MODEL.md's 2-core profile used 2). Default 2. */
  threads?: number;
}

/**
 * Loads onnxruntime-node and returns a measurer that times `session.run` (after one warm-up run).
 * @throws {@link TestkitError} `KOKORO_TESTKIT_RUNTIME_MISSING` when onnxruntime-node cannot be loaded.
 */
export async function createOrtMeasurer(options: OrtMeasurerOptions = {}): Promise<LatencyMeasurer> {
  const threads = options.threads ?? 2;
  let ort: typeof Ort;
  try {
    ort = await import('onnxruntime-node');
  } catch (cause) {
    throw new TestkitError(
      'KOKORO_TESTKIT_RUNTIME_MISSING',
      'Calibration runs the model in onnxruntime-node, which could not be loaded; install it (pnpm add -D onnxruntime-node@1.30.0).',
      { cause },
    );
  }
  return async (model, ids, runs) => {
    const session = await ort.InferenceSession.create(model, { intraOpNumThreads: threads, interOpNumThreads: 1 });
    try {
      const feeds = {
        input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, (v) => BigInt(v)), [1, ids.length]),
        style: new ort.Tensor('float32', new Float32Array(256).fill(0.01), [1, 256]),
        speed: new ort.Tensor('float32', new Float32Array([1]), [1]),
      };
      await session.run(feeds);
      let best = Infinity;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await session.run(feeds);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    } finally {
      await session.release();
    }
  };
}
