/**
 * Memory: RSS over many syntheses. The process RSS includes the session worker threads (they
 * share the process), so native ONNX Runtime memory counts. RSS is sampled every
 * `sampleEvery` syntheses without forcing garbage collection: the numbers are what a user's
 * process would show. Growth is judged by the least-squares slope after the first 100
 * syntheses (warm-up: arenas, JIT, caches fill), not by two noisy end points.
 */
import type { MemoryResult } from '../result';
import { linearRegression } from '../stats';

/** One memory sample after `run` syntheses. */
export interface MemoryPoint {
  run: number;
  rssBytes: number;
  heapUsedBytes: number;
}

/** Syntheses treated as warm-up for slope and growth. */
export const MEMORY_WARMUP_RUNS = 100;

/**
 * Slope, peak and growth from samples. Needs samples at or after run 100 and at least two
 * points after it; throws a RangeError otherwise.
 */
export function analyzeMemory(points: readonly MemoryPoint[], syntheses: number, model: MemoryResult['model']): MemoryResult {
  const sorted = [...points].sort((a, b) => a.run - b.run);
  const after = sorted.filter((p) => p.run >= MEMORY_WARMUP_RUNS);
  if (after.length < 2) throw new RangeError(`analyzeMemory: need at least two samples at or after run ${MEMORY_WARMUP_RUNS}, got ${after.length}`);
  const fit = linearRegression(
    after.map((p) => p.run),
    after.map((p) => p.rssBytes),
  );
  const first = after[0]!;
  const last = after[after.length - 1]!;
  return {
    syntheses,
    samples: sorted.map((p) => ({ run: p.run, rssBytes: p.rssBytes, heapUsedBytes: p.heapUsedBytes })),
    slopeBytesPerRun: fit.slope,
    peakRssBytes: Math.max(...sorted.map((p) => p.rssBytes)),
    rssAfterFirst100: first.rssBytes,
    rssAtEnd: last.rssBytes,
    growthPct: ((last.rssBytes - first.rssBytes) / first.rssBytes) * 100,
    model,
  };
}

/** Options of {@link runMemorySuite}. */
export interface MemorySuiteOptions {
  /** Syntheses to run. Must exceed 100. */
  syntheses: number;
  /** Sample every N syntheses. Default 20. */
  sampleEvery?: number;
  /** One synthesis (awaited; its audio is dropped). */
  synthesize: (index: number) => Promise<unknown>;
  /** Reads memory; default `process.memoryUsage`. */
  sampler?: () => { rss: number; heapUsed: number };
  /** Which model the syntheses use. */
  model: MemoryResult['model'];
  log?: (line: string) => void;
}

/** Runs the syntheses one after another, sampling RSS as it goes. */
export async function runMemorySuite(options: MemorySuiteOptions): Promise<MemoryResult> {
  if (options.syntheses <= MEMORY_WARMUP_RUNS) throw new RangeError(`memory suite: needs more than ${MEMORY_WARMUP_RUNS} syntheses, got ${options.syntheses}`);
  const every = options.sampleEvery ?? 20;
  const sampler = options.sampler ?? (() => process.memoryUsage());
  const points: MemoryPoint[] = [];
  const take = (run: number): void => {
    const m = sampler();
    points.push({ run, rssBytes: m.rss, heapUsedBytes: m.heapUsed });
  };
  take(0);
  for (let i = 1; i <= options.syntheses; i++) {
    await options.synthesize(i - 1);
    if (i % every === 0 || i === options.syntheses || i === MEMORY_WARMUP_RUNS) take(i);
    if (i % 500 === 0) options.log?.(`memory: ${i}/${options.syntheses} syntheses, RSS ${(points[points.length - 1]!.rssBytes / 1048576).toFixed(1)} MiB`);
  }
  const unique = points.filter((p, i) => i === 0 || p.run !== points[i - 1]!.run);
  return analyzeMemory(unique, options.syntheses, options.model);
}
