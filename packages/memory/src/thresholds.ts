import { totalmem } from 'node:os';
import type { ContainerLimits, MemoryInfo } from '@kokoro-ts/hardware';
import { MemoryBadOptionError, checkNumber } from './errors';

/**
 * The part of `@kokoro-ts/hardware`'s `HardwareReport` that limits are derived from, so a
 * `detectHardware()` result is passed as is. `memory.totalBytes: null` (unknown) falls back
 * to `os.totalmem()`.
 */
export interface MemoryLimitSource {
  memory: Pick<MemoryInfo, 'totalBytes'>;
  container?: Pick<ContainerLimits, 'memoryLimitBytes'>;
}

/** Fractions of the memory limit at which pressure is reported. */
export interface ThresholdOptions {
  /** Fraction of the limit at which pressure becomes `'warn'`. Default `0.7`. */
  warnFraction?: number;
  /** Fraction of the limit at which pressure becomes `'critical'`. Default `0.85`. */
  criticalFraction?: number;
}

/** Absolute thresholds, bytes of RSS. */
export interface MemoryThresholds {
  /** Memory this process may use: the container limit when one is set and lower, else physical memory. */
  limitBytes: number;
  /** Where the limit came from. */
  limitSource: 'container' | 'physical';
  /** RSS at or above which pressure is `'warn'`. */
  warnBytes: number;
  /** RSS at or above which pressure is `'critical'`. */
  criticalBytes: number;
}

/** Pressure levels, lowest first. */
export type PressureLevel = 'ok' | 'warn' | 'critical';

/** Defaults of {@link ThresholdOptions}. */
export const THRESHOLD_DEFAULTS: Readonly<Required<ThresholdOptions>> = Object.freeze({ warnFraction: 0.7, criticalFraction: 0.85 });

/**
 * Thresholds relative to the memory this process can actually have. Pass
 * `await detectHardware()` from `@kokoro-ts/hardware` to honour cgroup limits; without a
 * source, physical memory (`os.totalmem()`) is used.
 */
export function memoryThresholds(source?: MemoryLimitSource, options: ThresholdOptions = {}): MemoryThresholds {
  const warnFraction = checkNumber('warnFraction', options.warnFraction ?? THRESHOLD_DEFAULTS.warnFraction, 0.01, 1);
  const criticalFraction = checkNumber('criticalFraction', options.criticalFraction ?? THRESHOLD_DEFAULTS.criticalFraction, 0.01, 1);
  if (criticalFraction < warnFraction) throw new MemoryBadOptionError('criticalFraction', `a value >= warnFraction (${warnFraction})`, criticalFraction);
  const physical = source?.memory.totalBytes ?? totalmem();
  checkNumber('memory.totalBytes', physical, 1);
  const container = source?.container?.memoryLimitBytes;
  const useContainer = typeof container === 'number' && container > 0 && container < physical;
  const limitBytes = useContainer ? container : physical;
  return {
    limitBytes,
    limitSource: useContainer ? 'container' : 'physical',
    warnBytes: Math.floor(limitBytes * warnFraction),
    criticalBytes: Math.floor(limitBytes * criticalFraction),
  };
}

/** Pressure level of an RSS reading against `thresholds`. */
export function pressureOf(rss: number, thresholds: MemoryThresholds): PressureLevel {
  if (rss >= thresholds.criticalBytes) return 'critical';
  if (rss >= thresholds.warnBytes) return 'warn';
  return 'ok';
}
