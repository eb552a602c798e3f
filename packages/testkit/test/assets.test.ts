import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as ort from 'onnxruntime-node';
import { afterEach, describe, expect, it } from 'vitest';

import { DEFAULT_VOICE_IDS, KOKORO_LIKE_COST, isTestkitError, syntheticVoice, writeSyntheticAssets } from '../src/index';
import { parseNpz } from './npz-reader';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'testkit-assets-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('writeSyntheticAssets', () => {
  it('writes a loadable model, one .bin per voice and an npz with every voice', async () => {
    const dir = await tempDir();
    const assets = await writeSyntheticAssets(dir, { variant: { idsName: 'tokens', duration: true } });
    expect(assets.voiceIds).toEqual(DEFAULT_VOICE_IDS);
    const session = await ort.InferenceSession.create(assets.modelPath);
    expect(session.inputNames[0]).toBe('tokens');
    expect(session.outputNames).toEqual(['waveform', 'duration']);
    await session.release();
    expect((await readdir(assets.voicesDir)).sort()).toEqual(DEFAULT_VOICE_IDS.map((id) => `${id}.bin`).sort());
    const bin = await readFile(join(assets.voicesDir, 'bm_george.bin'));
    const index = DEFAULT_VOICE_IDS.indexOf('bm_george');
    expect(new Float32Array(bin.buffer, bin.byteOffset, bin.length / 4)).toEqual(syntheticVoice(index));
    const npz = parseNpz(await readFile(assets.voicesNpzPath));
    expect([...npz.keys()]).toEqual(DEFAULT_VOICE_IDS);
    expect(npz.get('bm_george')!.data).toEqual(syntheticVoice(index));
    const manifest = JSON.parse(await readFile(assets.manifestPath, 'utf8')) as { voices: Record<string, number> };
    expect(manifest.voices.bm_george).toBe(index);
  });

  it('numbers custom voice lists by position and keeps the model small with Kokoro-like cost', async () => {
    const dir = await tempDir();
    const assets = await writeSyntheticAssets(dir, { voices: ['zz_one', 'zz_two'], cost: KOKORO_LIKE_COST });
    const npz = parseNpz(await readFile(assets.voicesNpzPath));
    expect(npz.get('zz_two')!.data).toEqual(syntheticVoice(1));
    expect((await readFile(assets.modelPath)).length).toBeLessThan(2 * 1024 * 1024);
  });

  it('rejects unsafe, duplicate or too many voice ids before writing anything', async () => {
    const dir = await tempDir();
    for (const voices of [['../etc'], ['af_a', 'af_a'], [], Array.from({ length: 65 }, (_, i) => `v${i}`)]) {
      const error: unknown = await writeSyntheticAssets(join(dir, 'out'), { voices }).catch((e: unknown) => e);
      expect(isTestkitError(error) && error.code).toBe('KOKORO_TESTKIT_BAD_OPTION');
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
