import { describe, expect, it } from 'vitest';

import {
  DEFAULT_VOICE_IDS,
  STYLE_ROW_SCALE,
  STYLE_VOICE_SCALE,
  VOICE_FILLER_AMPLITUDE,
  VOICE_PACK_LENGTH,
  VOICE_PACK_SHAPE,
  encodeNpy,
  encodeNpz,
  isTestkitError,
  syntheticVoice,
  voicePackBytes,
} from '../src/index';
import { parseNpy, parseNpz } from './npz-reader';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isTestkitError(error) ? error.code : 'not a testkit error';
  }
  return undefined;
}

describe('syntheticVoice', () => {
  it('encodes the row in column 0 and the voice in column 1 of every row', () => {
    const pack = syntheticVoice(4);
    expect(pack.length).toBe(VOICE_PACK_LENGTH);
    for (const row of [0, 1, 10, 509]) {
      expect(pack[row * 256]).toBe(Math.fround((STYLE_ROW_SCALE * (row + 1)) / 512));
      expect(pack[row * 256 + 1]).toBe(Math.fround((STYLE_VOICE_SCALE * 5) / 64));
    }
  });

  it('fills the other columns with small deterministic values that differ per voice', () => {
    const a = syntheticVoice(0);
    expect(syntheticVoice(0)).toEqual(a);
    const b = syntheticVoice(1);
    let differing = 0;
    let largest = 0;
    for (let i = 0; i < a.length; i++) {
      if (i % 256 < 2) continue;
      largest = Math.max(largest, Math.abs(a[i]!));
      if (a[i] !== b[i]) differing++;
    }
    expect(largest).toBeLessThanOrEqual(VOICE_FILLER_AMPLITUDE);
    expect(largest).toBeGreaterThan(VOICE_FILLER_AMPLITUDE / 2);
    expect(differing).toBeGreaterThan(a.length * 0.9);
  });

  it('rejects indices outside the encodable range', () => {
    expect(codeOf(() => syntheticVoice(64))).toBe('KOKORO_TESTKIT_BAD_OPTION');
    expect(codeOf(() => syntheticVoice(-1))).toBe('KOKORO_TESTKIT_BAD_OPTION');
    expect(codeOf(() => syntheticVoice(1.5))).toBe('KOKORO_TESTKIT_BAD_OPTION');
  });

  it('writes raw little-endian float32 .bin bytes (522,240 per voice)', () => {
    const pack = syntheticVoice(2);
    const bytes = voicePackBytes(pack);
    expect(bytes.length).toBe(522_240);
    const view = new DataView(bytes.buffer);
    expect(view.getFloat32(257 * 4, true)).toBe(pack[257]);
  });

  it('lists default voices across languages and genders, without duplicates', () => {
    expect(new Set(DEFAULT_VOICE_IDS).size).toBe(DEFAULT_VOICE_IDS.length);
    expect(DEFAULT_VOICE_IDS[0]).toBe('af_heart');
    expect(new Set(DEFAULT_VOICE_IDS.map((id) => id[0])).size).toBeGreaterThanOrEqual(5);
    expect(new Set(DEFAULT_VOICE_IDS.map((id) => id[1]))).toEqual(new Set(['f', 'm']));
  });
});

describe('npy / npz', () => {
  it('round-trips voices through an npz that NumPy-style parsing reads back', () => {
    const npz = encodeNpz(new Map([['af_heart', { data: syntheticVoice(0), shape: VOICE_PACK_SHAPE }], ['bm_george', { data: syntheticVoice(7), shape: VOICE_PACK_SHAPE }]]));
    const arrays = parseNpz(npz);
    expect([...arrays.keys()]).toEqual(['af_heart', 'bm_george']);
    expect(arrays.get('bm_george')!.shape).toEqual([510, 1, 256]);
    expect(arrays.get('bm_george')!.data).toEqual(syntheticVoice(7));
    expect(Buffer.from(encodeNpz({ af_heart: { data: syntheticVoice(0), shape: VOICE_PACK_SHAPE } })).equals(
      Buffer.from(encodeNpz({ af_heart: { data: syntheticVoice(0), shape: VOICE_PACK_SHAPE } })),
    )).toBe(true);
  });

  it('aligns the npy data on 64 bytes and writes 1-d shapes with a trailing comma', () => {
    const bytes = encodeNpy(new Float32Array([1, 2, 3]), [3]);
    const parsed = parseNpy(bytes);
    expect((10 + parsed.header.length) % 64).toBe(0);
    expect(parsed.header).toContain("'shape': (3,)");
    expect(parsed.header.endsWith('\n')).toBe(true);
    expect(Array.from(parsed.data)).toEqual([1, 2, 3]);
  });

  it('rejects a shape that does not match the data and bad entry names', () => {
    expect(codeOf(() => encodeNpy(new Float32Array(4), [3]))).toBe('KOKORO_TESTKIT_BAD_OPTION');
    expect(codeOf(() => encodeNpz({ 'a/b': { data: new Float32Array(1), shape: [1] } }))).toBe('KOKORO_TESTKIT_BAD_OPTION');
  });
});
