import { afterEach, describe, expect, it } from 'vitest';
import { appleRoutingPolicy, defaultRoutingPolicy, sessionPoolOptionsFromEnv, tagRoutingPolicy, type SessionPool, type SessionView } from '../src/index';
import { adaptiveLayout, resolveOptions } from '../src/options';
import { fakePool, feeds, MODE } from './helpers';

const view = (id: string, tags: string[], intraOpThreads = 2, runs = 0): SessionView => ({ id, tags, provider: 'cpu', intraOpThreads, runs, meanRunMs: undefined });

describe('routing policies', () => {
  const sessions = [view('latency', ['latency'], 16), view('t0', ['throughput'], 2, 3), view('t1', ['throughput'], 2, 1)];

  it('default: idle pool and short jobs to the latency session, long ones to the least-used throughput session', () => {
    const p = defaultRoutingPolicy({ shortMaxSize: 50 });
    expect(p.choose({ size: 400, attempt: 0, poolIdle: true }, sessions)).toBe('latency');
    expect(p.choose({ size: 10, attempt: 0, poolIdle: false }, sessions)).toBe('latency');
    expect(p.choose({ size: 400, attempt: 0, poolIdle: false }, sessions)).toBe('t1');
    expect(p.choose({ size: undefined, attempt: 0, poolIdle: false }, sessions)).toBe('latency');
  });

  it('default: uses whatever is free rather than wait (work-conserving)', () => {
    const p = defaultRoutingPolicy();
    expect(p.choose({ size: 5, attempt: 0, poolIdle: false }, sessions.slice(1))).toBe('t1');
    expect(p.choose({ size: 500, attempt: 0, poolIdle: false }, [sessions[0]!])).toBe('latency');
    expect(p.choose({ size: 500, attempt: 0, poolIdle: false }, [])).toBeUndefined();
  });

  it('apple: ANE for short, CPU+GPU for long, CPU when they are busy', () => {
    const p = appleRoutingPolicy({ shortMaxSize: 64 });
    const all = [view('ane', ['ane']), view('gpu', ['gpu']), view('cpu', ['cpu'])];
    expect(p.choose({ size: 20, attempt: 0, poolIdle: true }, all)).toBe('ane');
    expect(p.choose({ size: 300, attempt: 0, poolIdle: true }, all)).toBe('gpu');
    expect(p.choose({ size: 20, attempt: 0, poolIdle: false }, all.slice(1))).toBe('cpu');
    expect(p.choose({ size: 300, attempt: 0, poolIdle: false }, [all[0]!, all[2]!])).toBe('cpu');
  });

  it('can wait for a preferred session instead of conserving work', () => {
    const p = tagRoutingPolicy({ short: ['fast'], idle: null, workConserving: false });
    expect(p.choose({ size: 1, attempt: 0, poolIdle: false }, [view('slow', ['slow'])])).toBeUndefined();
  });
});

describe('adaptive layout', () => {
  it('gives one latency session the whole budget and splits it among throughput sessions', () => {
    const layout = adaptiveLayout(16, [{ name: 'cpu' }]);
    expect(layout.map((s) => [s.id, s.intraOpThreads])).toEqual([
      ['latency', 16],
      ...Array.from({ length: 8 }, (_, i) => [`throughput-${i}`, 2]),
    ]);
    expect(adaptiveLayout(2, [{ name: 'cpu' }]).map((s) => s.intraOpThreads)).toEqual([2, 1, 1]);
    expect(adaptiveLayout(1, [{ name: 'cpu' }])).toHaveLength(1);
  });

  it('follows a providers plan: budget from its pool shape, uniform when not adaptive', () => {
    const plan = { providers: [{ name: 'cpu', sessionOptions: {} }], threads: { intraOp: 16, interOp: 1 }, pool: { sessions: 4, threadsPerSession: 4, adaptive: true } };
    const adaptive = resolveOptions({ model: 'm.onnx', plan }, 64);
    expect(adaptive.threadBudget).toBe(16);
    expect(adaptive.specs.map((s) => s.intraOpThreads)).toEqual([16, 4, 4, 4, 4]);
    const uniform = resolveOptions({ model: 'm.onnx', plan: { ...plan, pool: { ...plan.pool, adaptive: false } } }, 64);
    expect(uniform.specs.map((s) => s.intraOpThreads)).toEqual([4, 4, 4, 4]);
  });

  it('splits a CoreML plan with size alternatives into ANE, GPU and CPU sessions routed by size', () => {
    const coreml = { name: 'coreml', sessionOptions: { executionProviders: [{ name: 'coreml', coreMlFlags: 0x10 }] }, bySize: { thresholdTokens: 100, longInputs: { executionProviders: [{ name: 'coreml', coreMlFlags: 0x30 }] } } };
    const plan = { providers: [coreml, { name: 'cpu', sessionOptions: {} }], threads: { intraOp: 8, interOp: 1 }, pool: { sessions: 2, threadsPerSession: 4, adaptive: false } };
    const o = resolveOptions({ model: 'm.onnx', plan, sessions: undefined }, 8);
    expect(o.specs.map((s) => [s.id, s.providers.map((p) => p.name)])).toEqual([
      ['ane', ['coreml', 'cpu']],
      ['gpu', ['coreml', 'cpu']],
      ['cpu', ['cpu']],
    ]);
    expect(o.specs[1]!.providers[0]!.sessionOptions).toEqual(coreml.bySize.longInputs);
    expect(o.routing.name).toBe('apple');
    const views = o.specs.map((s) => view(s.id, s.tags));
    expect(o.routing.choose({ size: 99, attempt: 0, poolIdle: true }, views)).toBe('ane');
    expect(o.routing.choose({ size: 100, attempt: 0, poolIdle: true }, views)).toBe('gpu');
  });

  it('gives an accelerator plan its own session count instead of the CPU layout', () => {
    const plan = { providers: [{ name: 'cuda', sessionOptions: {} }, { name: 'cpu', sessionOptions: {} }], threads: { intraOp: 16, interOp: 1 }, pool: { sessions: 2, threadsPerSession: 1, adaptive: false } };
    expect(resolveOptions({ model: 'm.onnx', plan }, 16).specs.map((s) => [s.id, s.intraOpThreads])).toEqual([['s0', 1], ['s1', 1]]);
    expect(resolveOptions({ model: 'm.onnx', providers: [{ name: 'webgpu' }] }, 16).specs).toHaveLength(1);
  });

  it('rejects impossible options with KOKORO_SESSIONS_BAD_OPTION', () => {
    const bad = (o: object) => () => resolveOptions({ model: 'm.onnx', ...o });
    expect(bad({ sessions: 0 })).toThrow(expect.objectContaining({ code: 'KOKORO_SESSIONS_BAD_OPTION', option: 'sessions' }));
    expect(bad({ sessions: [{ id: 'a' }, { id: 'a' }] })).toThrow(/unique session ids/);
    expect(bad({ queue: { maxWaitMs: 0 } })).toThrow(/queue.maxWaitMs/);
    expect(bad({ nonFinite: 'maybe' })).toThrow(/nonFinite/);
    expect(bad({ recycle: { maxRuns: -1 } })).toThrow(expect.objectContaining({ code: 'KOKORO_MEMORY_BAD_OPTION' }));
    expect(() => resolveOptions({ model: 42 as unknown as string })).toThrow(/model/);
  });
});

describe('adaptive pool in action', () => {
  let pool: SessionPool | undefined;
  afterEach(async () => pool?.dispose({ deadlineMs: 100 }));

  it('gives a lone request the latency session and spreads a burst over throughput sessions within the thread budget', async () => {
    pool = await fakePool({ sessions: undefined, threadBudget: 4 });
    const alone = await pool.run(feeds(MODE.echo));
    expect(alone.timing.sessionId).toBe('latency');
    expect(Array.from(alone.outputs.info!.data as Int32Array)[1]).toBe(4);
    const burst = await Promise.all(Array.from({ length: 6 }, () => pool!.run(feeds(MODE.block, 60), { size: 300 })));
    const used = new Set(burst.map((r) => r.timing.sessionId));
    expect(used.has('throughput-0') && used.has('throughput-1')).toBe(true);
    const m = pool.metrics();
    expect(m.sessions.map((s) => s.intraOpThreads)).toEqual([4, 2, 2]);
    expect(m.runningThreads).toBe(0);
  });
});

describe('sessionPoolOptionsFromEnv', () => {
  it('turns the variables that are set into options', () => {
    expect(sessionPoolOptionsFromEnv({})).toEqual({});
    expect(sessionPoolOptionsFromEnv({ KOKORO_SESSIONS: '4', KOKORO_QUEUE_MAX_WAIT_MS: '500', KOKORO_RECYCLE_MAX_GROWTH_MB: '64', KOKORO_RUN_TIMEOUT_MS: '0' })).toEqual({
      sessions: 4,
      queue: { maxWaitMs: 500 },
      recycle: { maxGrowthBytes: 64 * 1024 * 1024 },
      runTimeoutMs: 0,
    });
    expect(() => sessionPoolOptionsFromEnv({ KOKORO_THREAD_BUDGET: 'lots' })).toThrow(expect.objectContaining({ code: 'KOKORO_SESSIONS_BAD_OPTION', option: 'KOKORO_THREAD_BUDGET' }));
  });
});
