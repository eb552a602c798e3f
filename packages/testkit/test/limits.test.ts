import { describe, expect, it } from 'vitest';

import { MAX_FRAMES_PER_TOKEN, SAMPLES_PER_FRAME, VARIANTS, buildSyntheticModel, decodeWaveform, syntheticDurations } from '../src/index';
import { runModel, styleOf } from './helpers';

const model = buildSyntheticModel({ variant: VARIANTS.withDuration });

describe('limits of the synthetic model', () => {
  it('decodes a full 512-position input with the largest ids, row and voice, staying within [-1, 1]', async () => {
    const ids = [0, ...Array.from({ length: 510 }, (_, i) => 177 - (i % 3)), 0];
    const out = await runModel(model, { ids, style: styleOf(63, 509), speed: 4 });
    const wave = out.waveform!.data as Float32Array;
    let peak = 0;
    for (const x of wave) peak = Math.max(peak, Math.abs(x));
    expect(peak).toBeLessThanOrEqual(1);
    const [run] = decodeWaveform(wave);
    expect(run).toMatchObject({ tokenIds: ids, durations: syntheticDurations(ids, 4), styleRow: 509, voiceIndex: 63, speed: 4 });
  });

  it('clamps durations at very low speeds instead of emitting unbounded audio', async () => {
    const out = await runModel(model, { ids: [0, 2, 0], style: styleOf(0, 1), speed: 0.01 });
    expect(Array.from(out.duration!.data as BigInt64Array, Number)).toEqual([MAX_FRAMES_PER_TOKEN, MAX_FRAMES_PER_TOKEN, MAX_FRAMES_PER_TOKEN]);
    expect(syntheticDurations([0, 2, 0], 0.01)).toEqual([MAX_FRAMES_PER_TOKEN, MAX_FRAMES_PER_TOKEN, MAX_FRAMES_PER_TOKEN]);
  });

  it('agrees with syntheticDurations at every speed an engine allows (0.25..4 in steps of 0.05)', async () => {
    const ids = [0, 3, 4, 5, 0];
    for (let step = 5; step <= 80; step++) {
      const speed = step / 20;
      const out = await runModel(model, { ids, style: styleOf(0, 3), speed });
      expect([speed, ...Array.from(out.duration!.data as BigInt64Array, Number)]).toEqual([speed, ...syntheticDurations(ids, speed)]);
    }
  });

  it('emits no audio for an empty id sequence', async () => {
    const out = await runModel(model, { ids: [], style: styleOf(0, 0), speed: 1 });
    expect(out.waveform!.dims).toEqual([0]);
    expect(decodeWaveform(out.waveform!.data as Float32Array)).toEqual([]);
    expect(SAMPLES_PER_FRAME).toBe(600);
  });
});
