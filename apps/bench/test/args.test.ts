import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../src/args';
import { SUITE_NAMES } from '../src/result';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

describe('parseBenchArgs', () => {
  it('defaults: every suite, synthetic model with the Kokoro-like cost, one config using all cores', () => {
    const o = parseBenchArgs([], 2);
    expect(o.suites).toEqual([...SUITE_NAMES]);
    expect(o).toMatchObject({ ci: false, model: null, cost: 'kokoro', runs: 30, warmup: 5, memoryRuns: 2000, outDir: 'bench-results', concurrency: [1, 2, 4] });
    expect(o.configs).toEqual([{ label: '1x2', sessions: 1, threadsPerSession: 2, model: null }]);
  });

  it('CI mode runs the budget suites with CI-sized counts', () => {
    const o = parseBenchArgs(['--ci'], 2);
    expect(o.ci).toBe(true);
    expect(o.suites).toEqual(['raw', 'engine', 'server', 'memory', 'g2p']);
    expect(o.runs).toBe(12);
  });

  it('positional suites run in canonical order', () => {
    expect(parseBenchArgs(['memory', 'raw'], 2).suites).toEqual(['raw', 'memory']);
  });

  it('compare mode adds a second configuration with a distinct label', () => {
    const o = parseBenchArgs(['--sessions', '1', '--threads', '2', '--compare', 'sessions=2,threads=1'], 2);
    expect(o.configs.map((c) => [c.label, c.sessions, c.threadsPerSession])).toEqual([
      ['1x2', 1, 2],
      ['2x1', 2, 1],
    ]);
    const same = parseBenchArgs(['--compare', 'model=/m/int8.onnx,label=int8'], 2);
    expect(same.configs[1]).toEqual({ label: 'int8', sessions: 1, threadsPerSession: 2, model: '/m/int8.onnx' });
  });

  it('rejects bad input with coded errors', () => {
    expect(codeOf(() => parseBenchArgs(['nope'], 2))).toBe('KOKORO_BENCH_UNKNOWN_SUITE');
    expect(codeOf(() => parseBenchArgs(['--runs', '0'], 2))).toBe('KOKORO_BENCH_BAD_ARGUMENT');
    expect(codeOf(() => parseBenchArgs(['--runs', '2.5'], 2))).toBe('KOKORO_BENCH_BAD_ARGUMENT');
    expect(codeOf(() => parseBenchArgs(['--model', 'x.onnx'], 2))).toBe('KOKORO_BENCH_BAD_ARGUMENT');
    expect(codeOf(() => parseBenchArgs(['--cost', 'cheap'], 2))).toBe('KOKORO_BENCH_BAD_ARGUMENT');
    expect(codeOf(() => parseBenchArgs(['--compare', 'gpus=2'], 2))).toBe('KOKORO_BENCH_BAD_ARGUMENT');
    expect(codeOf(() => parseBenchArgs(['--frobnicate'], 2))).toBe('KOKORO_BENCH_BAD_ARGUMENT');
  });

  it('parses and de-duplicates a concurrency list', () => {
    expect(parseBenchArgs(['--concurrency', '4,1,4,2'], 2).concurrency).toEqual([1, 2, 4]);
  });
});
