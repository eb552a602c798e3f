import { createMemoryWatchdog, sampleMemory } from '@kokoro-ts/memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionPool } from '../src/index';
import { fakePool, feeds, MODE } from './helpers';

const pools: SessionPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.dispose({ deadlineMs: 100 })));
});

describe('recycling', () => {
  it('replaces sessions after maxRuns under concurrent load with zero failed requests', async () => {
    const pool = await fakePool({ sessions: 3, recycle: { maxRuns: 5 }, warmup: feeds(MODE.block, 30) });
    pools.push(pool);
    const jobs = Array.from({ length: 90 }, (_, i) => pool.run(feeds(MODE.block, 5 + (i % 5), 2)));
    const results = await Promise.allSettled(jobs);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    // Replacements (30 ms warm-up each) swapped in while the ~250 ms burst was running.
    expect(pool.metrics().totals.recycles).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 100 && pool.metrics().sessions.some((s) => s.generation === 1); i++) await new Promise((r) => setTimeout(r, 20));
    const m = pool.metrics();
    expect(m.totals.runs).toBe(90);
    expect(m.totals.failures).toBe(0);
    expect(m.sessions.every((s) => s.generation > 1)).toBe(true);
  });

  it('replaces a session whose worker memory grew past maxGrowthBytes, reporting worker memory to a watchdog', async () => {
    const watchdog = createMemoryWatchdog({ sampler: () => sampleMemory() });
    const pool = await fakePool({ recycle: { maxGrowthBytes: 8 * 1024 * 1024 }, watchdog });
    pools.push(pool);
    await pool.run(feeds(MODE.leak, 16 * 1024 * 1024));
    await pool.run(feeds(MODE.echo));
    for (let i = 0; i < 50 && pool.metrics().totals.recycles === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const s = pool.metrics().sessions[0]!;
    expect(s.generation).toBe(2);
    expect(s.memory!.external).toBeLessThan(8 * 1024 * 1024);
    expect(watchdog.report().workers.s0!.external).toBeGreaterThan(16 * 1024 * 1024);
  });

  it('recycles on demand, one session after another', async () => {
    const pool = await fakePool({ sessions: 2 });
    pools.push(pool);
    await pool.recycle();
    expect(pool.metrics().sessions.map((s) => s.generation)).toEqual([2, 2]);
    await expect(pool.recycle('nope')).rejects.toMatchObject({ code: 'KOKORO_SESSIONS_BAD_INPUT' });
  });
});
