import { describe, expect, it } from 'vitest';
import { linearRegression, mean, median, medianConfidenceInterval, quantile, ratio, stdev, summarize } from '../src/stats';

describe('quantile', () => {
  it('interpolates between closest ranks (R-7)', () => {
    expect(quantile([1, 2], 0.5)).toBe(1.5);
    expect(quantile([4, 1, 3, 2], 0)).toBe(1);
    expect(quantile([4, 1, 3, 2], 1)).toBe(4);
    // 1..100: position 99 * 0.95 = 94.05 -> 95 + 0.05
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(hundred, 0.95)).toBeCloseTo(95.05, 10);
    expect(quantile(hundred, 0.99)).toBeCloseTo(99.01, 10);
  });
  it('does not reorder the input', () => {
    const v = [3, 1, 2];
    quantile(v, 0.5);
    expect(v).toEqual([3, 1, 2]);
  });
  it('rejects empty input and q outside 0..1', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(/q in 0..1/);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('mean, stdev, median', () => {
  it('computes the sample standard deviation (n - 1)', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(stdev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(stdev([5])).toBe(0);
    expect(median([5, 1, 3])).toBe(3);
  });
});

describe('summarize', () => {
  it('reports n, extremes, mean, stdev and the three percentiles', () => {
    const d = summarize([10, 20, 30, 40, 50]);
    expect(d).toEqual({ n: 5, min: 10, max: 50, mean: 30, stdev: Math.sqrt(250), p50: 30, p95: 48, p99: 49.6 });
  });
  it('refuses non-finite samples instead of producing NaN percentiles', () => {
    expect(() => summarize([1, Number.NaN])).toThrow(/finite/);
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('linearRegression', () => {
  it('recovers an exact line', () => {
    const xs = [0, 1, 2, 3, 4];
    const r = linearRegression(xs, xs.map((x) => 3 + 2 * x));
    expect(r.slope).toBeCloseTo(2, 12);
    expect(r.intercept).toBeCloseTo(3, 12);
    expect(r.r2).toBeCloseTo(1, 12);
  });
  it('finds zero slope in symmetric noise', () => {
    const r = linearRegression([0, 1, 2, 3], [5, 7, 7, 5]);
    expect(r.slope).toBeCloseTo(0, 12);
    expect(r.intercept).toBeCloseTo(6, 12);
  });
  it('rejects mismatched, too short or constant-x input', () => {
    expect(() => linearRegression([1, 2], [1])).toThrow(/x has 2 points but y has 1/);
    expect(() => linearRegression([1], [1])).toThrow(/at least 2/);
    expect(() => linearRegression([1, 1], [1, 2])).toThrow(/slope is undefined/);
  });
});

describe('ratio', () => {
  it('returns null rather than Infinity or NaN', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(undefined, 2)).toBeNull();
  });
});

describe('medianConfidenceInterval', () => {
  it('uses sign-test order statistics and brackets the median', () => {
    const v = Array.from({ length: 20 }, (_, i) => i + 1); // k = floor((20 - 1.96*4.47)/2) = 5
    expect(medianConfidenceInterval(v)).toEqual([5, 16]);
    expect(medianConfidenceInterval([1, 2, 3, 4, 5])).toBeNull();
  });
});
