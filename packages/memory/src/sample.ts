import { memoryUsage } from 'node:process';

/** One reading of the process's memory, in bytes, with the time it was taken. */
export interface MemorySample {
  /** Resident set size of the whole process (all threads, native allocations such as ONNX Runtime's included). */
  rss: number;
  /** V8 heap in use by the sampling thread's isolate. */
  heapUsed: number;
  /** V8 heap reserved by the sampling thread's isolate. */
  heapTotal: number;
  /** Memory of C++ objects bound to JavaScript objects (Buffers and ArrayBuffers included). */
  external: number;
  /** Memory of ArrayBuffers and SharedArrayBuffers (a subset of `external`). */
  arrayBuffers: number;
  /** Milliseconds on the sampler's clock (default `Date.now()`). */
  at: number;
}

/** Where samples come from; injectable so tests and other threads can supply their own. */
export interface SampleSource {
  /** Returns `process.memoryUsage()`-shaped numbers. Default: `process.memoryUsage`. */
  memoryUsage?: () => { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  /** Clock in milliseconds. Default: `Date.now`. */
  clock?: () => number;
}

/**
 * Read the process's memory now. In a worker thread, `rss` is still the whole process while
 * the heap figures are the worker's own isolate: that is how worker memory is measured.
 */
export function sampleMemory(source: SampleSource = {}): MemorySample {
  const usage = (source.memoryUsage ?? memoryUsage)();
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    at: (source.clock ?? Date.now)(),
  };
}
