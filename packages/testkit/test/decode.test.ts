import { describe, expect, it } from 'vitest';

import { SAMPLES_PER_FRAME, VARIANTS, buildSyntheticModel, decodeWaveform, isTestkitError, syntheticDurations, syntheticVoice } from '../src/index';
import { runModel, styleOf } from './helpers';

const bytes = buildSyntheticModel({ variant: VARIANTS.hf });

async function wave(ids: number[], voice: number, speed: number, style = styleOf(voice, ids.length - 2)): Promise<Float32Array> {
  const out = await runModel(bytes, { ids, style, speed });
  return out.waveform!.data as Float32Array;
}

function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function decodeError(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isTestkitError(error) ? error.code : 'not a testkit error';
  }
  return undefined;
}

describe('decodeWaveform', () => {
  it('never emits an exact zero inside normal output', async () => {
    const w = await wave([0, 1, 2, 3, 4, 5, 177, 0], 0, 1);
    expect(w.every((x) => x !== 0)).toBe(true);
  });

  it('splits runs at pauses of exact zeros and reports sample offsets', async () => {
    const a = await wave([0, 10, 20, 0], 1, 1);
    const b = await wave([0, 30, 40, 50, 0], 2, 2);
    const pause = new Float32Array(3_333);
    const runs = decodeWaveform(concat(new Float32Array(100), a, pause, b, new Float32Array(7)), { startSample: 48_000 });
    expect(runs.map((r) => [r.startSample, r.sampleCount, r.tokenIds, r.voiceIndex, r.speed, r.styleRow])).toEqual([
      [48_100, a.length, [0, 10, 20, 0], 1, 1, 2],
      [48_100 + a.length + 3_333, b.length, [0, 30, 40, 50, 0], 2, 2, 3],
    ]);
    expect(runs[1]!.durations).toEqual(syntheticDurations([0, 30, 40, 50, 0], 2));
  });

  it('splits back-to-back calls where the position channel restarts at 0', async () => {
    const a = await wave([0, 7, 0], 0, 1);
    const b = await wave([0, 8, 9, 0], 0, 1);
    const runs = decodeWaveform(concat(a, b));
    expect(runs.map((r) => [r.startSample, r.tokenIds])).toEqual([
      [0, [0, 7, 0]],
      [a.length, [0, 8, 9, 0]],
    ]);
  });

  it('reads fractional voice indices of blended voices', async () => {
    const ids = [0, 5, 6, 0];
    const row = 2;
    // 0.75 * voice 1 + 0.25 * voice 5: index = 0.75 * 2 + 0.25 * 6 - 1 = 2.
    const a = syntheticVoice(1);
    const b = syntheticVoice(5);
    const style = new Float32Array(256).map((_, i) => 0.75 * a[row * 256 + i]! + 0.25 * b[row * 256 + i]!);
    const [run] = decodeWaveform(await wave(ids, 0, 1, style));
    expect(run!.voiceIndex).toBe(2);
    const mixed = new Float32Array(256).map((_, i) => 0.5 * a[row * 256 + i]! + 0.5 * syntheticVoice(2)[row * 256 + i]!);
    const [half] = decodeWaveform(await wave(ids, 0, 1, mixed));
    expect(half!.voiceIndex).toBe(1.5);
    expect(half!.styleRow).toBe(row);
  });

  it('returns nothing for silence', () => {
    expect(decodeWaveform(new Float32Array(1000))).toEqual([]);
  });

  it('rejects trimmed, scaled or mid-frame audio with a coded error', async () => {
    const w = await wave([0, 11, 12, 13, 0], 0, 1);
    expect(decodeError(() => decodeWaveform(w.subarray(1)))).toBe('KOKORO_TESTKIT_BAD_WAVEFORM');
    expect(decodeError(() => decodeWaveform(w.map((x) => x * 0.8)))).toBe('KOKORO_TESTKIT_BAD_WAVEFORM');
    expect(decodeError(() => decodeWaveform(concat(w.subarray(0, SAMPLES_PER_FRAME), w.subarray(8 * SAMPLES_PER_FRAME))))).toBe('KOKORO_TESTKIT_BAD_WAVEFORM');
    expect(decodeError(() => decodeWaveform(w, { minGapSamples: 0 }))).toBe('KOKORO_TESTKIT_BAD_OPTION');
  });
});
