import { describe, expect, it } from 'vitest';

import { checkOnnxHeader } from '../src/model/onnx-check';
import { modelSpeed, readSignature } from '../src/model/signature';

const hf = {
  inputs: [{ name: 'input_ids', type: 'int64' }, { name: 'style', type: 'float32' }, { name: 'speed', type: 'float32' }],
  outputs: [{ name: 'waveform', type: 'float32' }],
};

describe('model signature', () => {
  it('reads the id input name, speed type and optional duration output', () => {
    expect(readSignature(hf, 'm.onnx')).toMatchObject({ idsName: 'input_ids', speedType: 'float32', waveformName: 'waveform', durationName: undefined });
    const old = readSignature({
      inputs: [{ name: 'tokens', type: 'tensor(int64)' }, { name: 'style', type: 'tensor(float)' }, { name: 'speed', type: 'tensor(int32)' }],
      outputs: [{ name: 'waveform', type: 'tensor(float)' }, { name: 'duration', type: 'tensor(int64)' }],
    }, 'old.onnx');
    expect(old).toMatchObject({ idsName: 'tokens', speedType: 'int32', durationName: 'duration' });
  });

  it('rejects graphs that are not Kokoro-shaped, listing what they declare', () => {
    expect(() => readSignature({ inputs: [{ name: 'x', type: 'float32' }], outputs: [] }, 'other.onnx'))
      .toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_MODEL', message: expect.stringContaining('x:float32') }) as Error);
  });

  it('never silently truncates a fractional speed for int32 models', () => {
    expect(modelSpeed(1.5, { speedType: 'float32' }, 'reject')).toBe(1.5);
    expect(modelSpeed(2, { speedType: 'int32' }, 'reject')).toBe(2);
    expect(() => modelSpeed(1.5, { speedType: 'int32' }, 'reject')).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_SPEED' }) as Error);
    const seen: number[][] = [];
    expect(modelSpeed(1.6, { speedType: 'int32' }, 'round', (a, b) => seen.push([a, b]))).toBe(2);
    expect(modelSpeed(0.3, { speedType: 'int32' }, 'round')).toBe(1);
    expect(seen).toEqual([[1.6, 2]]);
    for (const bad of [0, 0.2, 4.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => modelSpeed(bad, { speedType: 'float32' }, 'reject')).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_SPEED' }) as Error);
    }
  });

  it('recognises files that are not ONNX models', () => {
    expect(() => checkOnnxHeader(new Uint8Array([0x08, 0x08, 0x12]), 'ok.onnx')).not.toThrow();
    const t = (s: string) => new TextEncoder().encode(s);
    expect(() => checkOnnxHeader(t('version https://git-lfs.github.com/spec/v1\noid sha256:...'), 'lfs.onnx')).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_MODEL', message: expect.stringContaining('Git LFS') }) as Error);
    expect(() => checkOnnxHeader(t('<!DOCTYPE html>'), 'page.onnx')).toThrow(expect.objectContaining({ message: expect.stringContaining('HTML') }) as Error);
    expect(() => checkOnnxHeader(new Uint8Array(0), 'empty.onnx')).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_MODEL' }) as Error);
  });
});
