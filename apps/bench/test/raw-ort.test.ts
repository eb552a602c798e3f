import { buildSyntheticModel, decodeWaveform, syntheticVoice, VARIANTS } from '@kokoro-ts/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFeeds, styleFor, styleRowIndex } from '../src/raw/feeds';
import { startRawOrt, type RawOrt } from '../src/raw/raw-ort';

const started: RawOrt[] = [];
afterAll(async () => {
  await Promise.all(started.map((r) => r.close()));
});

describe('buildFeeds', () => {
  const hf = [
    { name: 'input_ids', type: 'int64', dims: [1, 'T'] },
    { name: 'style', type: 'float32', dims: [1, 256] },
    { name: 'speed', type: 'float32', dims: [1] },
  ];

  it('pads the ids with zeros and keeps the model input names and types', () => {
    const f = buildFeeds(hf, { ids: [5, 6, 7], style: new Float32Array(256).fill(0.5), speed: 1.25 });
    expect(Array.from(f.input_ids!.data, Number)).toEqual([0, 5, 6, 7, 0]);
    expect(f.input_ids!.dims).toEqual([1, 5]);
    expect(f.style!.dims).toEqual([1, 256]);
    expect(f.speed).toEqual({ type: 'float32', data: Float32Array.of(1.25), dims: [1] });
  });

  it('follows older exports: tokens input and int32 speed', () => {
    const old = [{ name: 'tokens', type: 'int64', dims: [1, 'T'] }, hf[1]!, { name: 'speed', type: 'int32', dims: [1] }];
    const f = buildFeeds(old, { ids: [1], style: new Float32Array(256), speed: 2 });
    expect(Object.keys(f).sort()).toEqual(['speed', 'style', 'tokens']);
    expect(f.speed!.data).toEqual(Int32Array.of(2));
  });

  it('refuses empty or over-long segments and models without Kokoro inputs', () => {
    const style = new Float32Array(256);
    expect(() => buildFeeds(hf, { ids: [], style, speed: 1 })).toThrow(/1\.\.510 ids/);
    expect(() => buildFeeds(hf, { ids: new Array<number>(511).fill(1), style, speed: 1 })).toThrow(/got 511/);
    expect(() => buildFeeds([{ name: 'x', type: 'float32', dims: [] }], { ids: [1], style, speed: 1 })).toThrow(/no token ids input/);
  });

  it('uses style row min(ids, 509)', () => {
    expect(styleRowIndex(3)).toBe(3);
    expect(styleRowIndex(600)).toBe(509);
    const pack = syntheticVoice(0);
    expect(styleFor(pack, 12)).toEqual(pack.slice(12 * 256, 13 * 256));
    expect(() => styleFor(new Float32Array(10), 1)).toThrow(/510 x 256/);
  });
});

describe('raw ONNX Runtime worker', () => {
  for (const [name, variant] of [
    ['hf', VARIANTS.hf],
    ['tokens + int32 speed', { ...VARIANTS.tokens, speedType: 'int32' as const }],
  ] as const) {
    it(`feeds the model exactly the given segments (${name} export)`, async () => {
      const raw = await startRawOrt({ model: buildSyntheticModel({ variant }), intraOpThreads: 1 });
      started.push(raw);
      const pack = syntheticVoice(3);
      const segments = [
        { ids: [50, 83, 156, 16], style: styleFor(pack, 4), speed: 1 },
        { ids: Array.from({ length: 40 }, (_, i) => 1 + (i % 170)), style: styleFor(pack, 40), speed: 2 },
      ];
      const run = await raw.run(segments, { returnAudio: true });
      expect(run.runMs).toHaveLength(2);
      expect(run.runMs.every((ms) => ms >= 0)).toBe(true);
      expect(run.roundTripMs).toBeGreaterThanOrEqual(Math.max(...run.runMs));
      run.audio.forEach((wave, i) => {
        const decoded = decodeWaveform(wave);
        expect(decoded).toHaveLength(1);
        expect(decoded[0]!.tokenIds).toEqual([0, ...segments[i]!.ids, 0]);
        expect(decoded[0]!.styleRow).toBe(segments[i]!.ids.length);
        expect(decoded[0]!.voiceIndex).toBe(3);
        expect(decoded[0]!.speed).toBe(segments[i]!.speed);
        expect(run.samples[i]).toBe(wave.length);
      });
    });
  }

  it('reports a model ONNX Runtime cannot load as a coded error', async () => {
    await expect(startRawOrt({ model: new Uint8Array([1, 2, 3]), intraOpThreads: 1 })).rejects.toMatchObject({ code: 'KOKORO_BENCH_WORKER_FAILED' });
  });
});
