import { describe, expect, it } from 'vitest';
import { isSessionsError } from '../src/index';
import { code, fakePool, feeds, MODE, trackPools } from './helpers';

const track = trackPools();

describe('queue limits', () => {
  it('rejects with KOKORO_SESSIONS_OVERLOADED and a retryAfterMs when the queue is full', async () => {
    const pool = await track(fakePool({ queue: { maxDepth: 1 } }));
    const running = pool.run(feeds(MODE.block, 300));
    const queued = pool.run(feeds(MODE.echo, 1));
    const error = await pool.run(feeds(MODE.echo, 2)).catch((e: unknown) => e);
    expect(isSessionsError(error, 'KOKORO_SESSIONS_OVERLOADED')).toBe(true);
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    expect((error as { reason: string }).reason).toBe('queue-full');
    await expect(running).resolves.toBeDefined();
    expect((await queued).outputs.y!.data[1]).toBe(1);
    expect(pool.metrics().totals.overloaded).toBe(1);
  });

  it('rejects a job that waited longer than maxWaitMs', async () => {
    const pool = await track(fakePool({ queue: { maxWaitMs: 50 } }));
    const running = pool.run(feeds(MODE.block, 400));
    const error = await pool.run(feeds(MODE.echo)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'KOKORO_SESSIONS_OVERLOADED', reason: 'max-wait' });
    await running;
    expect(pool.metrics().totals.runs).toBe(1);
  });

  it('serves jobs first in, first out', async () => {
    const pool = await track(fakePool());
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((i) => pool.run(feeds(MODE.echo, i)).then((r) => order.push(Number(r.outputs.y!.data[1])))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('cancellation', () => {
  it('drops a queued job at once and never runs it', async () => {
    const pool = await track(fakePool());
    const running = pool.run(feeds(MODE.block, 300));
    const controller = new AbortController();
    const queued = pool.run(feeds(MODE.echo), { signal: controller.signal });
    expect(pool.metrics().queue.depth).toBe(1);
    controller.abort();
    expect(await code(queued)).toBe('KOKORO_SESSIONS_ABORTED');
    expect(pool.metrics().queue.depth).toBe(0);
    await running;
    expect(pool.metrics().totals).toMatchObject({ runs: 1, aborted: 1 });
  });

  it('rejects an already-aborted signal without queueing', async () => {
    const pool = await track(fakePool());
    expect(await code(pool.run(feeds(MODE.echo), { signal: AbortSignal.abort() }))).toBe('KOKORO_SESSIONS_ABORTED');
    expect(pool.metrics().totals.runs).toBe(0);
  });

  it('discards a running job’s result and does no follow-up work (no retry)', async () => {
    const pool = await track(fakePool({ sessions: 2 }));
    const controller = new AbortController();
    const running = pool.run(feeds(MODE.block, 200), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await code(running)).toBe('KOKORO_SESSIONS_ABORTED');
    // The session is busy until the worker returns; then its result is dropped.
    expect(pool.metrics().running).toBe(1);
    await pool.run(feeds(MODE.echo));
    const failing = new AbortController();
    const thrown = pool.run(feeds(MODE.throw), { signal: failing.signal });
    failing.abort();
    expect(await code(thrown)).toBe('KOKORO_SESSIONS_ABORTED');
    await pool.run(feeds(MODE.block, 250));
    expect(pool.metrics().totals.retries).toBe(0);
  });
});

describe('dispose', () => {
  it('drains queued and running jobs before stopping', async () => {
    const pool = await fakePool();
    const jobs = [pool.run(feeds(MODE.block, 100)), pool.run(feeds(MODE.echo, 7))];
    await pool.dispose({ deadlineMs: 5000 });
    const results = await Promise.all(jobs);
    expect(results[1]!.outputs.y!.data[1]).toBe(7);
    expect(await code(pool.run(feeds(MODE.echo)))).toBe('KOKORO_SESSIONS_DISPOSED');
  });

  it('fails what is left with KOKORO_SESSIONS_DISPOSED at the deadline', async () => {
    const pool = await fakePool();
    const running = pool.run(feeds(MODE.hang));
    const queued = pool.run(feeds(MODE.echo));
    await pool.dispose({ deadlineMs: 100 });
    expect(await code(running)).toBe('KOKORO_SESSIONS_DISPOSED');
    expect(await code(queued)).toBe('KOKORO_SESSIONS_DISPOSED');
    expect(pool.metrics().sessions[0]!.state).toBe('disposed');
  });
});
