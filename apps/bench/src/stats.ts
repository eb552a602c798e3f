/**
 * Descriptive statistics for benchmark samples. Pure functions: no clocks, no I/O.
 */

/** Summary of a set of samples (usually milliseconds). */
export interface Distribution {
  /** Number of samples. */
  n: number;
  min: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n - 1 in the denominator); 0 for fewer than two samples. */
  stdev: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * The q-quantile (0..1) of `values` by linear interpolation between closest ranks (the
 * "R-7" definition used by NumPy's default and most spreadsheets), so p50 of [1, 2] is 1.5.
 * Throws a RangeError for an empty input or q outside 0..1: a percentile of nothing is a bug.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('quantile: expected at least one sample, got an empty list');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: expected q in 0..1, got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  return quantileOfSorted(sorted, q);
}

function quantileOfSorted(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/** Arithmetic mean; throws a RangeError for an empty input. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean: expected at least one sample, got an empty list');
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (Bessel-corrected); 0 for fewer than two samples. */
export function stdev(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/** Median, the 0.5 quantile. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Summarise samples into a {@link Distribution}. Throws a RangeError for an empty input. */
export function summarize(values: readonly number[]): Distribution {
  if (values.length === 0) throw new RangeError('summarize: expected at least one sample, got an empty list');
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`summarize: expected finite samples, got ${v}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: mean(sorted),
    stdev: stdev(sorted),
    p50: quantileOfSorted(sorted, 0.5),
    p95: quantileOfSorted(sorted, 0.95),
    p99: quantileOfSorted(sorted, 0.99),
  };
}

/** Least-squares line through points: y = intercept + slope * x. */
export interface Regression {
  slope: number;
  intercept: number;
  /** Coefficient of determination; 1 for a perfect fit, 0 when y is constant. */
  r2: number;
  n: number;
}

/**
 * Ordinary least-squares regression of y on x. Needs at least two points with distinct x;
 * throws a RangeError otherwise (a slope through one point is undefined, not zero).
 */
export function linearRegression(xs: readonly number[], ys: readonly number[]): Regression {
  if (xs.length !== ys.length) throw new RangeError(`linearRegression: x has ${xs.length} points but y has ${ys.length}`);
  if (xs.length < 2) throw new RangeError(`linearRegression: expected at least 2 points, got ${xs.length}`);
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new RangeError('linearRegression: all x values are equal, so the slope is undefined');
  const slope = sxy / sxx;
  const r2 = syy === 0 ? 0 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept: my - slope * mx, r2, n: xs.length };
}

/** Ratio a / b, or null when b is zero or either side is missing (so reports never show Infinity). */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a / b;
}

/**
 * Distribution-free confidence interval of the median (sign-test order statistics): with n
 * sorted values, [x(k), x(n-k+1)] where k = floor((n - z * sqrt(n)) / 2), 1-based. Null for
 * fewer than 6 values (no interval at 95% exists).
 */
export function medianConfidenceInterval(values: readonly number[], z = 1.96): [number, number] | null {
  const n = values.length;
  if (n < 6) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.max(1, Math.floor((n - z * Math.sqrt(n)) / 2));
  return [sorted[k - 1]!, sorted[n - k]!];
}
