import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../src/args';
import type { BenchEngineSpec } from '../src/engine-adapter';
import { RESULT_SCHEMA } from '../src/result-schema';
import { benchText } from '../src/runner-text';
import { runBench } from '../src/runner';
import { defaultContext } from '../src/suites/context';
import { poolLayouts } from '../src/suites/pool';
import { fakeEngine } from './fixtures/fake-engine';
import { syntheticVoice } from '@kokoro-ts/testkit';

describe('runBench orchestration (engine stand-in, real raw ORT on the synthetic model)', () => {
  it('runs the requested suites, lists the unavailable ones, evaluates budgets in CI mode, and the result validates', async () => {
    const specs: BenchEngineSpec[] = [];
    const options = { ...parseBenchArgs(['--ci', '--cost', 'none', '--runs', '2', '--warmup', '0', '--memory-runs', '120'], 2) };
    options.suites = ['raw', 'engine', 'memory', 'g2p', 'pool', 'server'];
    const { result, samples } = await runBench(options, {
      createEngine: async (spec) => {
        specs.push(spec);
        return fakeEngine(spec.modelPath, syntheticVoice(0));
      },
      hardware: null,
      external: {},
      ctx: defaultContext({ runs: 2, warmup: 0 }),
      version: '1.2.3',
      argv: ['bench', '--ci'],
    });
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT/);
    const validate = ajv.compile(RESULT_SCHEMA);
    expect(validate(JSON.parse(JSON.stringify(result))), JSON.stringify(validate.errors)).toBe(true);

    const suites = result.configurations[0]!.suites;
    expect(Object.keys(suites).sort()).toEqual(['engine', 'memory', 'pool', 'raw']);
    expect(result.failures.map((f) => [f.suite, f.code])).toEqual([
      ['server (1x2)', 'KOKORO_BENCH_SUITE_UNAVAILABLE'],
      ['g2p (1x2)', 'KOKORO_BENCH_SUITE_UNAVAILABLE'],
    ]);
    // Budgets: evaluated in CI mode; the server budget fails because the suite did not run.
    expect(result.budgets.map((b) => b.id)).toEqual(['engine-overhead', 'streaming-ttfa', 'rss-slope', 'no-failed-requests']);
    expect(result.budgets.find((b) => b.id === 'no-failed-requests')!.pass).toBe(false);
    // Every engine is built with the configuration's layout; memory uses the cost-free model.
    expect(specs[0]).toMatchObject({ sessions: 1, threadsPerSession: 2, graphCacheDir: null });
    expect(suites.memory!.model).toBe('synthetic-free');
    expect(suites.memory!.syntheses).toBe(120);
    expect(suites.pool!.layouts.map((l) => `${l.sessions}x${l.threadsPerSession}`)).toEqual(['1x2', '2x1']);
    // CI mode measures at least --runs pairs and adaptively up to 40 while the overhead interval is wide.
    const pairs = samples.latency['1x2']!.rawTotalMs!.length;
    expect(pairs).toBeGreaterThanOrEqual(2);
    expect(pairs).toBeLessThanOrEqual(40);
    expect(suites.engine!.totalMs.n).toBe(pairs);
    expect(suites.raw!.segments.length).toBe(benchText(true).split(/(?<=[.!?])\s+/).length);
    expect(result.methodology.cachesDisabled).toBe(true);
  });
});

describe('poolLayouts', () => {
  it('splits the cores into sessions x threads', () => {
    expect(poolLayouts(2)).toEqual([
      { sessions: 1, threadsPerSession: 2 },
      { sessions: 2, threadsPerSession: 1 },
    ]);
    expect(poolLayouts(16).map((l) => `${l.sessions}x${l.threadsPerSession}`)).toEqual(['1x16', '2x8', '4x4', '8x2', '16x1']);
    expect(poolLayouts(6).map((l) => `${l.sessions}x${l.threadsPerSession}`)).toEqual(['1x6', '2x3', '6x1']);
  });
});
