import { buildSyntheticModel, decodeWaveform } from '@kokoro-ts/testkit';
import { describe, expect, it } from 'vitest';
import { BENCH_COST, kokoroFeeds, numberArg } from '../bench/inputs';
import { createSessionPool } from '../src/index';

describe('benchmark inputs', () => {
  it('are valid Kokoro-contract feeds that the synthetic model decodes back', async () => {
    const pool = await createSessionPool({ model: buildSyntheticModel({ cost: BENCH_COST }), sessions: 1, threadsPerSession: 1, warmup: false });
    try {
      const r = await pool.run(kokoroFeeds(30, 2), { size: 30 });
      const [run] = decodeWaveform(r.outputs.waveform!.data as Float32Array);
      expect(run!.tokenIds).toHaveLength(32);
      expect(run!.tokenIds.slice(1, 4)).toEqual([1, 2, 3]);
      expect(run!.voiceIndex).toBeCloseTo(2, 3);
    } finally {
      await pool.dispose();
    }
  });

  it('parses numeric flags', () => {
    expect(numberArg('runs', 2000, ['node', 'x', '--runs', '50'])).toBe(50);
    expect(numberArg('runs', 2000, ['node', 'x'])).toBe(2000);
    expect(() => numberArg('runs', 1, ['--runs', 'many'])).toThrow(/--runs/);
  });
});
