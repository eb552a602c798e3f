import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../src/budgets';
import { analyzeMemory, runMemorySuite } from '../src/suites/memory';
import { fullConfiguration } from './fixtures/results';

const MiB = 1048576;

describe('memory suite', () => {
  it('runs every synthesis in order and samples RSS at 0, 100, every N and the end', async () => {
    const seen: number[] = [];
    let rss = 100 * MiB;
    const r = await runMemorySuite({
      syntheses: 250,
      sampleEvery: 50,
      synthesize: (i) => {
        seen.push(i);
        rss += 1000;
        return Promise.resolve();
      },
      sampler: () => ({ rss, heapUsed: 1 }),
      model: 'synthetic-free',
    });
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(r.samples.map((s) => s.run)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(r.slopeBytesPerRun).toBeCloseTo(1000, 6);
    expect(r.rssAfterFirst100).toBe(100 * MiB + 100_000);
    expect(r.rssAtEnd).toBe(100 * MiB + 250_000);
    expect(r.peakRssBytes).toBe(r.rssAtEnd);
  });

  it('ignores warm-up growth before run 100 when judging the slope', () => {
    const points = [
      { run: 0, rssBytes: 50 * MiB, heapUsedBytes: 0 },
      { run: 100, rssBytes: 200 * MiB, heapUsedBytes: 0 },
      { run: 1000, rssBytes: 200 * MiB, heapUsedBytes: 0 },
      { run: 2000, rssBytes: 200 * MiB, heapUsedBytes: 0 },
    ];
    const r = analyzeMemory(points, 2000, 'benchmark');
    expect(r.slopeBytesPerRun).toBe(0);
    expect(r.growthPct).toBe(0);
    expect(r.peakRssBytes).toBe(200 * MiB);
  });

  it('a leak of 64 KiB per synthesis fails the RSS budget; a flat line passes', () => {
    const leak = Array.from({ length: 21 }, (_, i) => ({ run: 100 + i * 95, rssBytes: 150 * MiB + i * 95 * 65536, heapUsedBytes: 0 }));
    const c = fullConfiguration();
    c.suites.memory = analyzeMemory(leak, 2000, 'synthetic-free');
    expect(evaluateBudgets(c).find((b) => b.id === 'rss-slope')!.pass).toBe(false);
    c.suites.memory = analyzeMemory(leak.map((p) => ({ ...p, rssBytes: 150 * MiB })), 2000, 'synthetic-free');
    expect(evaluateBudgets(c).find((b) => b.id === 'rss-slope')!.pass).toBe(true);
  });

  it('refuses too few syntheses to say anything', async () => {
    await expect(runMemorySuite({ syntheses: 100, synthesize: () => Promise.resolve(), model: 'benchmark' })).rejects.toThrow(/more than 100/);
    expect(() => analyzeMemory([{ run: 100, rssBytes: 1, heapUsedBytes: 1 }], 100, 'benchmark')).toThrow(/at least two samples/);
  });
});
