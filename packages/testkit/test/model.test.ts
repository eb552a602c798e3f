import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

import {
  SAMPLES_PER_FRAME,
  SYNTHETIC_METADATA_KEY,
  VARIANTS,
  VARIANT_NAMES,
  buildSyntheticModel,
  decodeWaveform,
  isTestkitError,
  syntheticDurations,
} from '../src/index';
import { runModel, styleOf } from './helpers';

const IDS = [0, 50, 83, 16, 156, 177, 1, 43, 0];

describe.each(VARIANT_NAMES)('variant %s', (name) => {
  const variant = VARIANTS[name];
  const bytes = buildSyntheticModel({ variant });

  it('declares the contract inputs and outputs', async () => {
    const session = await ort.InferenceSession.create(bytes);
    try {
      expect(session.inputNames).toEqual([variant.idsName, 'style', 'speed']);
      expect(session.outputNames).toEqual(variant.duration ? ['waveform', 'duration'] : ['waveform']);
    } finally {
      await session.release();
    }
  });

  it('runs in onnxruntime-node and decodes back to ids, durations, style row, voice and speed', async () => {
    const speed = 1.5;
    const modelSpeed = variant.speedType === 'int32' ? 1 : speed; // Int32Array truncates 1.5 to 1
    const row = IDS.length - 2;
    const out = await runModel(bytes, { ids: IDS, style: styleOf(5, row), speed, idsName: variant.idsName, speedType: variant.speedType });
    const durations = syntheticDurations(IDS, modelSpeed);
    const samples = durations.reduce((a, b) => a + b, 0) * SAMPLES_PER_FRAME;
    const wave = out.waveform!;
    expect(wave.type).toBe('float32');
    expect(wave.dims).toEqual(variant.waveformRank === 1 ? [samples] : [1, samples]);
    const data = wave.data as Float32Array;
    expect(Math.max(...data.map(Math.abs))).toBeLessThanOrEqual(1);
    const runs = decodeWaveform(data);
    expect(runs).toEqual([
      {
        startSample: 0,
        sampleCount: samples,
        tokenIds: IDS,
        durations,
        firstPosition: 0,
        styleRow: row,
        voiceIndex: 5,
        speed: modelSpeed,
        style: [expect.any(Number), expect.any(Number)],
      },
    ]);
    if (variant.duration) {
      const duration = out.duration!;
      expect(duration.type).toBe('int64');
      expect(duration.dims).toEqual([IDS.length]);
      expect(Array.from(duration.data as BigInt64Array, Number)).toEqual(runs[0]!.durations);
    } else {
      expect(out.duration).toBeUndefined();
    }
  });
});

describe('buildSyntheticModel', () => {
  it('is deterministic and records its options in the metadata', () => {
    const a = buildSyntheticModel({ variant: VARIANTS.withDuration, cost: { perFrame: 2 } });
    const b = buildSyntheticModel({ variant: VARIANTS.withDuration, cost: { perFrame: 2 } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).includes(SYNTHETIC_METADATA_KEY)).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(buildSyntheticModel()))).toBe(false);
  });

  it('shortens durations as speed grows, like Kokoro', async () => {
    const bytes = buildSyntheticModel();
    const lengths: number[] = [];
    for (const speed of [0.5, 1, 2, 4]) {
      const out = await runModel(bytes, { ids: IDS, style: styleOf(0, 7), speed });
      const [run] = decodeWaveform(out.waveform!.data as Float32Array);
      expect(run!.speed).toBe(speed);
      expect(run!.durations).toEqual(syntheticDurations(IDS, speed));
      lengths.push(run!.sampleCount);
    }
    expect(lengths).toEqual([...lengths].sort((x, y) => y - x));
    expect(lengths[0]).toBeGreaterThan(lengths[3]!);
  });

  it('rejects bad variants and costs with a coded error', () => {
    for (const opts of [
      { variant: { idsName: 'ids' } },
      { variant: { waveformRank: 3 } },
      { cost: { perFrame: -1 } },
      { cost: { width: 100_000 } },
    ]) {
      let caught: unknown;
      try {
        buildSyntheticModel(opts as never);
      } catch (error) {
        caught = error;
      }
      expect(isTestkitError(caught) && caught.code).toBe('KOKORO_TESTKIT_BAD_OPTION');
    }
  });
});
