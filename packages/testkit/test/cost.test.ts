import { describe, expect, it } from 'vitest';

import { VARIANTS, buildSyntheticModel, resolveCost } from '../src/index';
import { runModel, styleOf } from './helpers';

const IDS = [0, 12, 99, 140, 3, 0];

describe('cost knob', () => {
  it('adds compute to the graph without changing a single output bit', async () => {
    const free = buildSyntheticModel({ variant: VARIANTS.withDuration });
    const costly = buildSyntheticModel({ variant: VARIANTS.withDuration, cost: { perCall: 40, perToken: 3, perFrame: 5, width: 64, depth: 4 } });
    // The extra work is real graph content: a 64x64 weight and a MatMul chain.
    expect(costly.length).toBeGreaterThan(free.length + 64 * 64 * 4);
    const style = styleOf(2, 4);
    const a = await runModel(free, { ids: IDS, style, speed: 0.8 });
    const b = await runModel(costly, { ids: IDS, style, speed: 0.8 });
    expect(Buffer.from((b.waveform!.data as Float32Array).buffer).equals(Buffer.from((a.waveform!.data as Float32Array).buffer))).toBe(true);
    expect(b.duration!.data).toEqual(a.duration!.data);
  });

  it('defaults to no extra compute', () => {
    expect(resolveCost()).toMatchObject({ perCall: 0, perToken: 0, perFrame: 0 });
    expect(buildSyntheticModel().length).toBeLessThan(32 * 1024);
  });
});
