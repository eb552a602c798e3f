import { describe, expect, it } from 'vitest';
import { detectGrowth, type MemorySample } from '../src/index';

function series(rss: (i: number) => number, n: number, stepMs = 1000): MemorySample[] {
  return Array.from({ length: n }, (_, i) => ({ rss: rss(i), heapUsed: 1, heapTotal: 2, external: 3, arrayBuffers: 4, at: i * stepMs }));
}

describe('detectGrowth', () => {
  it('reports the least-squares slope in bytes per second', () => {
    const r = detectGrowth(series((i) => 100e6 + i * 1e6, 10));
    expect(r.slopeBytesPerSec).toBeCloseTo(1e6, 3);
    expect(r.growing).toBe(true);
    expect(r.deltaBytes).toBe(9e6);
  });

  it('ignores a single spike that last-minus-first would call growth', () => {
    const flat = series((i) => (i === 9 ? 150e6 : 100e6), 10);
    const r = detectGrowth(flat, { minSlopeBytesPerSec: 5e6 });
    expect(r.deltaBytes).toBe(50e6);
    expect(r.growing).toBe(false);
  });

  it('does not report growth from too few samples', () => {
    expect(detectGrowth(series((i) => i * 1e9, 3)).growing).toBe(false);
    expect(detectGrowth([]).slopeBytesPerSec).toBe(0);
  });

  it('fits the metric asked for', () => {
    const s = series(() => 5, 6).map((x, i) => ({ ...x, heapUsed: i * 2e6 }));
    expect(detectGrowth(s, { metric: 'heapUsed' }).slopeBytesPerSec).toBeCloseTo(2e6, 3);
    expect(detectGrowth(s).growing).toBe(false);
  });

  it('rejects bad options with a coded error', () => {
    expect(() => detectGrowth([], { minSamples: 1 })).toThrow(expect.objectContaining({ code: 'KOKORO_MEMORY_BAD_OPTION' }));
  });
});
