import { describe, expect, it } from 'vitest';
import { code, fakePool, feeds, MODE, trackPools } from './helpers';

const track = trackPools();

describe('session pool: runs', () => {
  it('runs in a worker and returns outputs with timing and metadata', async () => {
    const pool = await track(fakePool());
    expect(pool.metadata.inputs.map((i) => i.name)).toEqual(['x']);
    const r = await pool.run(feeds(MODE.echo, 42));
    expect(Array.from(r.outputs.y!.data as Float32Array)).toEqual([0, 42, 0, 0]);
    expect(r.outputs.y!.dims).toEqual([1, 4]);
    expect(r.timing).toMatchObject({ sessionId: 's0', provider: 'cpu', attempts: 1 });
    expect(pool.metrics().sessions[0]!.runs).toBe(1);
    expect(pool.metrics().totals.runs).toBe(1);
  });

  it('rejects feeds that do not match the model with KOKORO_SESSIONS_BAD_INPUT', async () => {
    const pool = await track(fakePool());
    expect(await code(pool.run({}))).toBe('KOKORO_SESSIONS_BAD_INPUT');
    expect(await code(pool.run({ x: { type: 'int32', data: new Int32Array(2), dims: [1, 2] } }))).toBe('KOKORO_SESSIONS_BAD_INPUT');
    expect(await code(pool.run({ x: { type: 'float32', data: new Float32Array(3), dims: [1, 2] } }))).toBe('KOKORO_SESSIONS_BAD_INPUT');
    expect(await code(pool.run(feeds(0), { size: -1 }))).toBe('KOKORO_SESSIONS_BAD_INPUT');
    expect(pool.metrics().totals.failures).toBe(0);
  });

  it('falls back to the next provider when one cannot create a session, and records why', async () => {
    const pool = await track(fakePool({ providers: [{ name: 'gpu' }, { name: 'cpu' }], config: { failProviders: ['gpu'] } }));
    const s = pool.metrics().sessions[0]!;
    expect(s.provider).toBe('cpu');
    expect(s.providerFailures).toEqual([{ provider: 'gpu', message: 'fake: gpu unavailable' }]);
  });

  it('fails creation with a coded error when no provider works, warm-up fails, or the worker dies', async () => {
    expect(await code(fakePool({ providers: [{ name: 'gpu' }], config: { failProviders: ['gpu', 'cpu'] } }))).toBe('KOKORO_SESSIONS_SESSION_CREATE_FAILED');
    expect(await code(fakePool({ warmup: feeds(MODE.throw) }))).toBe('KOKORO_SESSIONS_WARMUP_FAILED');
    expect(await code(fakePool({ config: { crashOnCreate: true } }))).toBe('KOKORO_SESSIONS_SESSION_CREATE_FAILED');
  });

  it('stops a session that takes longer than startTimeoutMs to start', async () => {
    const failure = (await fakePool({ startTimeoutMs: 100, config: { createDelayMs: 1500 } }).catch((e: unknown) => e)) as Error & { code: string };
    expect(failure.code).toBe('KOKORO_SESSIONS_SESSION_CREATE_FAILED');
    expect(failure.message).toMatch(/startTimeoutMs \(100 ms\)/);
  });

  it('records warm-up timing', async () => {
    const pool = await track(fakePool({ warmup: feeds(MODE.block, 20) }));
    expect(pool.metrics().sessions[0]!.warmupMs).toBeGreaterThan(0);
  });
});

describe('session pool: faults', () => {
  it('retries a failed run once on the fallback provider and marks the session unhealthy', async () => {
    const pool = await track(
      fakePool({
        sessions: [{ id: 'accel', tags: ['latency'], providers: [{ name: 'accel' }] }, { id: 'cpu', tags: ['cpu'], providers: [{ name: 'cpu' }] }],
        config: { runFailProviders: ['accel'] },
      }),
    );
    const r = await pool.run(feeds(MODE.echo, 1));
    expect(r.timing).toMatchObject({ sessionId: 'cpu', provider: 'cpu', attempts: 2 });
    const m = pool.metrics();
    expect(m.sessions[0]).toMatchObject({ id: 'accel', healthy: false, failures: 1 });
    expect(m.totals).toMatchObject({ retries: 1, failures: 1, runs: 1 });
    // While it cools down, new work avoids the unhealthy session.
    expect((await pool.run(feeds(MODE.echo))).timing.sessionId).toBe('cpu');
  });

  it('fails with KOKORO_SESSIONS_RUN_FAILED when the retry fails too', async () => {
    const pool = await track(fakePool({ sessions: 2 }));
    const failure = (await pool.run(feeds(MODE.throw)).catch((e: unknown) => e)) as Error & { code: string };
    expect(failure.code).toBe('KOKORO_SESSIONS_RUN_FAILED');
    expect(failure.message).toMatch(/fake: run threw.*again on the retry/);
    expect(pool.metrics().totals.failures).toBe(2);
  });

  it('times out a hung run, replaces its worker and keeps serving', async () => {
    const pool = await track(fakePool({ runTimeoutMs: 200 }));
    expect(await code(pool.run(feeds(MODE.hang)))).toBe('KOKORO_SESSIONS_TIMEOUT');
    const r = await pool.run(feeds(MODE.echo, 5));
    expect(r.outputs.y!.data[1]).toBe(5);
    const s = pool.metrics().sessions[0]!;
    expect(s.generation).toBe(2);
    expect(pool.metrics().totals.timeouts).toBe(1);
  });

  it('reports NaN and Infinity outputs as KOKORO_SESSIONS_NON_FINITE_OUTPUT', async () => {
    const pool = await track(fakePool());
    expect(await code(pool.run(feeds(MODE.nan)))).toBe('KOKORO_SESSIONS_NON_FINITE_OUTPUT');
    expect(await code(pool.run(feeds(MODE.inf)))).toBe('KOKORO_SESSIONS_NON_FINITE_OUTPUT');
  });

  it("flags NaN/Infinity instead with nonFinite: 'flag'", async () => {
    const pool = await track(fakePool({ nonFinite: 'flag' }));
    const r = await pool.run(feeds(MODE.nan));
    expect(r.nonFinite).toEqual([{ output: 'y', nan: 1, infinite: 0 }]);
  });

  it('replaces a worker that exits mid-job and retries the job', async () => {
    const pool = await track(fakePool());
    const r = await pool.run(feeds(MODE.exitOnce, 1));
    expect(r.timing.attempts).toBe(2);
    expect(pool.metrics().totals.crashes).toBe(1);
    expect(pool.metrics().sessions[0]!.generation).toBe(2);
  });

  it('fails a job whose worker exits twice with KOKORO_SESSIONS_WORKER_CRASHED, never silently', async () => {
    const pool = await track(fakePool());
    const failure = (await pool.run(feeds(MODE.exit)).catch((e: unknown) => e)) as Error & { code: string };
    expect(failure.code).toBe('KOKORO_SESSIONS_WORKER_CRASHED');
    expect(failure.message).toMatch(/exited with code 7/);
    expect((await pool.run(feeds(MODE.echo, 3))).outputs.y!.data[1]).toBe(3);
  });
});
