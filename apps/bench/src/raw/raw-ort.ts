/**
 * Main-thread handle of the raw ONNX Runtime worker: start, run segments, close.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { BenchError } from '../errors';
import { buildFeeds, type InputInfo, type SegmentInput, type TensorData } from './feeds';
import { RAW_WORKER_SOURCE, type RawRunRequest, type RawWorkerData, type RawWorkerMessage } from './worker-source';

/** Options of {@link startRawOrt}. */
export interface RawOrtOptions {
  /** Model file path or bytes. */
  model: string | Uint8Array;
  /** ONNX Runtime intra-op threads (the engine's threads per session). */
  intraOpThreads: number;
  /** ONNX Runtime inter-op threads. Default 1 (as the sessions package). */
  interOpThreads?: number;
  /** Extra session options (e.g. the provider plan's CPU options), plain data. Default `{}`. */
  sessionOptions?: Record<string, unknown>;
}

/** Timings of one batch of segments. */
export interface RawRun {
  /** `session.run()` per segment, timed inside the worker. */
  runMs: number[];
  /** Main thread: post -> result, including message passing. */
  roundTripMs: number;
  /** Waveform samples per segment. */
  samples: number[];
  /** Waveforms, when requested. */
  audio: Float32Array[];
}

/** A running raw ORT worker. */
export interface RawOrt {
  readonly inputs: readonly InputInfo[];
  readonly createMs: number;
  readonly threads: { intraOp: number; interOp: number };
  /** Runs the segments one after another, as the engine does for one text. */
  run(segments: readonly SegmentInput[], options?: { returnAudio?: boolean }): Promise<RawRun>;
  close(): Promise<void>;
}

/** Starts a worker thread with one ONNX Runtime session and waits until it is ready. */
export async function startRawOrt(options: RawOrtOptions): Promise<RawOrt> {
  const interOp = options.interOpThreads ?? 1;
  const data: RawWorkerData = {
    ortPath: createRequire(import.meta.url).resolve('onnxruntime-node'),
    model: options.model,
    sessionOptions: { executionProviders: ['cpu'], ...options.sessionOptions, intraOpNumThreads: options.intraOpThreads, interOpNumThreads: interOp },
  };
  const worker = new Worker(RAW_WORKER_SOURCE, { eval: true, workerData: data });
  const pending = new Map<number, { resolve: (m: Extract<RawWorkerMessage, { type: 'result' }>) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closed = false;
  const failAll = (err: Error): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ready = new Promise<Extract<RawWorkerMessage, { type: 'ready' }>>((resolve, reject) => {
    worker.on('message', (m: RawWorkerMessage) => {
      if (m.type === 'ready') resolve(m);
      else if (m.type === 'result') pending.get(m.id)?.resolve(m);
      else {
        const err = new BenchError('KOKORO_BENCH_WORKER_FAILED', `Raw ONNX Runtime worker failed: ${m.message}`);
        if (m.id === null) reject(err);
        else pending.get(m.id)?.reject(err);
      }
      if (m.type !== 'ready' && m.id !== null) pending.delete(m.id);
    });
    worker.on('error', (e) => {
      const err = new BenchError('KOKORO_BENCH_WORKER_FAILED', `Raw ONNX Runtime worker crashed: ${e.message}`, { cause: e });
      reject(err);
      failAll(err);
    });
    worker.on('exit', (code) => {
      if (closed) return;
      const err = new BenchError('KOKORO_BENCH_WORKER_FAILED', `Raw ONNX Runtime worker exited with code ${code} before finishing.`);
      reject(err);
      failAll(err);
    });
  });
  const info = await ready.catch(async (e: unknown) => {
    closed = true;
    await worker.terminate();
    throw e;
  });
  return {
    inputs: info.inputs,
    createMs: info.createMs,
    threads: { intraOp: options.intraOpThreads, interOp },
    async run(segments, runOptions = {}) {
      if (closed) throw new BenchError('KOKORO_BENCH_WORKER_FAILED', 'The raw ONNX Runtime worker is closed.');
      const feeds: Record<string, TensorData>[] = segments.map((s) => buildFeeds(info.inputs, s));
      const id = nextId++;
      const request: RawRunRequest = { type: 'run', id, segments: feeds, returnAudio: runOptions.returnAudio === true };
      const t0 = performance.now();
      const result = await new Promise<Extract<RawWorkerMessage, { type: 'result' }>>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(request);
      });
      return { runMs: result.runMs, roundTripMs: performance.now() - t0, samples: result.samples, audio: result.audio };
    },
    async close() {
      closed = true;
      await worker.terminate();
    },
  };
}
