import { MemoryBadOptionError, checkNumber } from './errors';
import { detectGrowth, type GrowthOptions, type GrowthResult } from './growth';
import { collectGarbage } from './reclaim';
import { sampleMemory, type MemorySample } from './sample';
import { memoryThresholds, pressureOf, type MemoryLimitSource, type MemoryThresholds, type PressureLevel, type ThresholdOptions } from './thresholds';

// Captured at import so tests that fake timers cannot stop the watchdog's own clock.
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;

/** Timer functions the watchdog uses; injectable for tests. */
export interface WatchdogTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Memory a worker thread reported about itself (its own isolate; `rss` is process-wide). */
export interface WorkerMemory {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Clock time of the report, ms. */
  at: number;
}

/** Options of {@link createMemoryWatchdog}. */
export interface MemoryWatchdogOptions {
  /** Sampling period, ms. Default `5000`. */
  intervalMs?: number;
  /** Samples kept in the sliding window that growth is fitted over. Default `60` (5 minutes at the default interval). */
  window?: number;
  /** Sample source. Default {@link sampleMemory}. */
  sampler?: () => MemorySample;
  /** Memory limits, e.g. `await detectHardware()` from `@kokoro-ts/hardware`. Default: physical memory. */
  hardware?: MemoryLimitSource;
  /** Pressure fractions. Defaults: warn 0.7, critical 0.85 of the limit. */
  thresholds?: ThresholdOptions;
  /** Growth detection options (metric, minimum slope, minimum samples). */
  growth?: GrowthOptions;
  /** Run a garbage collection (when `--expose-gc` is on) on entering `'critical'` pressure. Default `false`. */
  gcOnPressure?: boolean;
  /** Timers. Default: the real `setInterval`/`clearInterval`, captured at import; the interval is `unref()`'d. */
  timers?: WatchdogTimers;
}

/** Plain-data report for users and for a `/metrics` endpoint. */
export interface MemoryReport {
  latest: MemorySample | undefined;
  peakRss: number;
  samples: MemorySample[];
  growth: GrowthResult;
  pressure: PressureLevel;
  thresholds: MemoryThresholds;
  workers: Record<string, WorkerMemory>;
}

/** Event payloads of a {@link MemoryWatchdog}. */
export interface MemoryWatchdogEvents {
  sample: MemorySample;
  /** Emitted on each sample while the window's slope says memory is growing. */
  growth: GrowthResult;
  /** Emitted when the pressure level changes. */
  pressure: { level: PressureLevel; previous: PressureLevel; sample: MemorySample };
}

/** A periodic sampler with growth and pressure detection. */
export interface MemoryWatchdog {
  /** Start periodic sampling (idempotent). The timer does not keep the process alive. */
  start(): void;
  /** Stop sampling (idempotent). */
  stop(): void;
  /** Take one sample now and run detection; what the timer calls. Returns the sample. */
  tick(): MemorySample;
  /** Record memory a worker reported about itself (shown in the report). */
  recordWorker(id: string, memory: WorkerMemory): void;
  /** Forget a worker that was disposed. */
  forgetWorker(id: string): void;
  /** Current state as plain data. */
  report(): MemoryReport;
  /** Subscribe; returns an unsubscribe function. */
  on<E extends keyof MemoryWatchdogEvents>(event: E, listener: (payload: MemoryWatchdogEvents[E]) => void): () => void;
}

/** Defaults of {@link MemoryWatchdogOptions}. */
export const WATCHDOG_DEFAULTS = Object.freeze({ intervalMs: 5000, window: 60, gcOnPressure: false });

const defaultTimers: WatchdogTimers = {
  setInterval(fn, ms) {
    const handle = realSetInterval(fn, ms);
    handle.unref();
    return handle;
  },
  clearInterval(handle) {
    realClearInterval(handle as ReturnType<typeof realSetInterval>);
  },
};

/** Create a memory watchdog. Options are validated here; nothing is sampled until `start()` or `tick()`. */
export function createMemoryWatchdog(options: MemoryWatchdogOptions = {}): MemoryWatchdog {
  const intervalMs = checkNumber('intervalMs', options.intervalMs ?? WATCHDOG_DEFAULTS.intervalMs, 1);
  const window = checkNumber('window', options.window ?? WATCHDOG_DEFAULTS.window, 2, 1_000_000, true);
  if (options.sampler !== undefined && typeof options.sampler !== 'function') throw new MemoryBadOptionError('sampler', 'a function returning a MemorySample', options.sampler);
  const sampler = options.sampler ?? (() => sampleMemory());
  const thresholds = memoryThresholds(options.hardware, options.thresholds);
  const growthOptions = { ...options.growth };
  detectGrowth([], growthOptions); // validates growth options now rather than on the first tick
  const gcOnPressure = options.gcOnPressure ?? WATCHDOG_DEFAULTS.gcOnPressure;
  const timers = options.timers ?? defaultTimers;

  const samples: MemorySample[] = [];
  const workers = new Map<string, WorkerMemory>();
  const listeners: { [E in keyof MemoryWatchdogEvents]: Set<(p: MemoryWatchdogEvents[E]) => void> } = { sample: new Set(), growth: new Set(), pressure: new Set() };
  let handle: unknown;
  let pressure: PressureLevel = 'ok';
  let peakRss = 0;

  function emit<E extends keyof MemoryWatchdogEvents>(event: E, payload: MemoryWatchdogEvents[E]): void {
    for (const listener of listeners[event]) listener(payload);
  }

  function tick(): MemorySample {
    const sample = sampler();
    samples.push(sample);
    if (samples.length > window) samples.splice(0, samples.length - window);
    peakRss = Math.max(peakRss, sample.rss);
    emit('sample', sample);
    const level = pressureOf(sample.rss, thresholds);
    if (level !== pressure) {
      const previous = pressure;
      pressure = level;
      if (level === 'critical' && gcOnPressure) collectGarbage();
      emit('pressure', { level, previous, sample });
    }
    const growth = detectGrowth(samples, growthOptions);
    if (growth.growing) emit('growth', growth);
    return sample;
  }

  return {
    start() {
      if (handle === undefined) handle = timers.setInterval(tick, intervalMs);
    },
    stop() {
      if (handle !== undefined) timers.clearInterval(handle);
      handle = undefined;
    },
    tick,
    recordWorker(id, memory) {
      workers.set(id, { ...memory });
    },
    forgetWorker(id) {
      workers.delete(id);
    },
    report() {
      return {
        latest: samples.at(-1),
        peakRss,
        samples: samples.slice(),
        growth: detectGrowth(samples, growthOptions),
        pressure,
        thresholds,
        workers: Object.fromEntries(workers),
      };
    },
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
