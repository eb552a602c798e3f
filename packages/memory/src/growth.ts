import { checkNumber } from './errors';
import type { MemorySample } from './sample';

/** Which field of a sample growth is measured on. */
export type GrowthMetric = 'rss' | 'heapUsed' | 'external' | 'arrayBuffers';

/** Options of {@link detectGrowth}. */
export interface GrowthOptions {
  /** Field to fit. Default `'rss'` (native ONNX Runtime memory only shows up there). */
  metric?: GrowthMetric;
  /** Slope, in bytes per second, above which memory counts as growing. Default `65536` (64 KiB/s, ~225 MiB/hour). */
  minSlopeBytesPerSec?: number;
  /** Fewest samples needed before growth is reported. Default `5`. */
  minSamples?: number;
}

/** Result of {@link detectGrowth}. */
export interface GrowthResult {
  /** Least-squares slope of the metric over time, bytes per second (0 with fewer than two distinct times). */
  slopeBytesPerSec: number;
  /** True when enough samples exist and the slope exceeds `minSlopeBytesPerSec`. */
  growing: boolean;
  /** Samples the fit used. */
  samples: number;
  /** Metric's change from the first to the last sample, bytes. */
  deltaBytes: number;
}

/** Defaults of {@link GrowthOptions}. */
export const GROWTH_DEFAULTS: Readonly<Required<GrowthOptions>> = Object.freeze({ metric: 'rss', minSlopeBytesPerSec: 65_536, minSamples: 5 });

/**
 * Fit a line through `samples` (time vs. memory) by least squares and report its slope.
 * A regression rather than last-minus-first so one garbage collection or one large
 * allocation at either end of the window does not decide the answer.
 */
export function detectGrowth(samples: readonly MemorySample[], options: GrowthOptions = {}): GrowthResult {
  const metric = options.metric ?? GROWTH_DEFAULTS.metric;
  const minSlope = checkNumber('minSlopeBytesPerSec', options.minSlopeBytesPerSec ?? GROWTH_DEFAULTS.minSlopeBytesPerSec, 0);
  const minSamples = checkNumber('minSamples', options.minSamples ?? GROWTH_DEFAULTS.minSamples, 2, Number.MAX_SAFE_INTEGER, true);
  const n = samples.length;
  const slope = slopeOf(samples.map((s) => s.at / 1000), samples.map((s) => s[metric]));
  const deltaBytes = n >= 2 ? samples[n - 1]![metric] - samples[0]![metric] : 0;
  return { slopeBytesPerSec: slope, growing: n >= minSamples && slope > minSlope, samples: n, deltaBytes };
}

/** @internal Least-squares slope of y over x; 0 when x has no spread. */
export function slopeOf(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    num += dx * (ys[i]! - my);
    den += dx * dx;
  }
  return den === 0 ? 0 : num / den;
}
