import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { nodeAssetFs } from '../src/assets/asset-fs';
import { VoiceStore, styleFor } from '../src/voices/voice-store';
import { npz, pack } from './helpers/npz';

const bytes = (p: Float32Array) => new Uint8Array(p.buffer);

async function fixture() {
  const dir = await mkdtemp(join(tmpdir(), 'engine-voices-'));
  const voices = join(dir, 'voices');
  await mkdir(voices);
  await writeFile(join(voices, 'af_heart.bin'), bytes(pack(1)));
  await writeFile(join(voices, 'am_adam.bin'), bytes(pack(2)));
  await writeFile(join(dir, 'voices-v1.0.bin'), npz({ bf_emma: { data: pack(3), shape: [510, 1, 256] }, bm_george: { data: pack(4), shape: [510, 1, 256] } }));
  return { dir, voices };
}

describe('VoiceStore', () => {
  it('lists voices from a directory and an npz archive, loading packs lazily', async () => {
    const { dir, voices } = await fixture();
    const reads: string[] = [];
    const fs = { ...nodeAssetFs, readFile: (p: string) => { reads.push(p); return nodeAssetFs.readFile(p); } };
    const store = await VoiceStore.open([voices, join(dir, 'voices-v1.0.bin')], { fs });
    expect(store.ids()).toEqual(['af_heart', 'am_adam', 'bf_emma', 'bm_george']);
    expect(store.list().find((v) => v.id === 'bf_emma')).toMatchObject({ language: 'en-gb', gender: 'female' });
    expect(reads.filter((p) => p.endsWith('.bin') && p.includes('voices/'))).toEqual([]);
    const heart = await store.resolve('af_heart');
    expect(styleFor(heart.pack, 5)[0]).toBeCloseTo(1.005, 5);
    expect(reads).toContain(join(voices, 'af_heart.bin'));
    expect(reads).not.toContain(join(voices, 'am_adam.bin'));
    const emma = await store.resolve('bf_emma');
    expect(styleFor(emma.pack, 509)[1]).toBeCloseTo(3.509001, 5);
  });

  it('blends packs row by row with normalised weights', async () => {
    const { voices } = await fixture();
    const store = await VoiceStore.open([voices], { fs: nodeAssetFs });
    const b = await store.resolve('af_heart(3)+am_adam(1)');
    expect(styleFor(b.pack, 0)[0]).toBeCloseTo(0.75 * 1 + 0.25 * 2, 5);
    expect((await store.resolve('am_adam(1)+af_heart(3)')).key).toBe(b.key);
  });

  it('rejects unknown voices with the closest ids, and corrupt files naming the file', async () => {
    const { dir, voices } = await fixture();
    await writeFile(join(voices, 'af_broken.bin'), new Uint8Array(1000));
    const store = await VoiceStore.open([voices], { fs: nodeAssetFs });
    await expect(store.resolve('af_hart')).rejects.toMatchObject({ code: 'KOKORO_ENGINE_UNKNOWN_VOICE', details: { closest: expect.arrayContaining(['af_heart']) } });
    await expect(store.resolve('af_broken')).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_FILE', message: expect.stringContaining('af_broken.bin') });
    await writeFile(join(dir, 'bad.npz'), npz({ af_wrong: { data: new Float32Array(256 * 10), shape: [10, 1, 256] } }));
    const s2 = await VoiceStore.open([join(dir, 'bad.npz')], { fs: nodeAssetFs });
    await expect(s2.resolve('af_wrong')).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_FILE', message: expect.stringContaining('bad.npz') });
    await writeFile(join(dir, 'notzip.npz'), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
    await expect(VoiceStore.open([join(dir, 'notzip.npz')], { fs: nodeAssetFs })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_FILE' });
  });

  it('registers custom voices after validating them', async () => {
    const store = await VoiceStore.open([], { fs: nodeAssetFs });
    store.register('my_voice', pack(7));
    expect((await store.resolve('my_voice')).pack[0]).toBeCloseTo(7);
    expect(() => store.register('x', new Float32Array(10))).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_VOICE_FILE' }) as Error);
    const nan = pack(1); nan[300] = Number.NaN;
    expect(() => store.register('y', nan)).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_VOICE_FILE' }) as Error);
    expect(() => store.register('../evil', pack(1))).toThrow(expect.objectContaining({ code: 'KOKORO_ENGINE_BAD_VOICE_SPEC' }) as Error);
  });
});
