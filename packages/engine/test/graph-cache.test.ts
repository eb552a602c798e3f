import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { writeSyntheticAssets } from '@kokoro-ts/testkit';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';

import { nodeAssetFs } from '../src/assets/asset-fs';
import { ortGraphOptimizer, ortVersion, prepareOptimizedGraph } from '../src/model/graph-cache';
import { modelHash } from '../src/model/model-hash';

async function run(path: string, opts: ort.InferenceSession.SessionOptions = {}) {
  const s = await ort.InferenceSession.create(path, opts);
  const out = await s.run({
    input_ids: new ort.Tensor('int64', BigInt64Array.from([0n, 5n, 9n, 0n]), [1, 4]),
    style: new ort.Tensor('float32', new Float32Array(256).fill(0.1), [1, 256]),
    speed: new ort.Tensor('float32', Float32Array.from([1]), [1]),
  });
  await s.release();
  return out.waveform!.data as Float32Array;
}

describe('optimized graph cache', () => {
  it('creates the optimized graph once, reuses it, and it computes the same waveform', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'engine-graph-'));
    const assets = await writeSyntheticAssets(join(dir, 'assets'), { voices: ['af_heart'] });
    const cacheDir = join(dir, 'cache');
    const key = { modelSha256: await modelHash(nodeAssetFs, cacheDir, assets.modelPath), ortVersion: await ortVersion(), provider: 'cpu' };
    expect(key.modelSha256).toMatch(/^[0-9a-f]{64}$/);
    let calls = 0;
    const optimize: typeof ortGraphOptimizer = async (...a) => { calls++; await ortGraphOptimizer(...a); };
    const first = await prepareOptimizedGraph({ modelPath: assets.modelPath, cacheDir, key, fs: nodeAssetFs, optimize, sessionOptions: {} });
    expect(first.status).toBe('created');
    const second = await prepareOptimizedGraph({ modelPath: assets.modelPath, cacheDir, key, fs: nodeAssetFs, optimize, sessionOptions: {} });
    expect(second).toMatchObject({ status: 'hit', path: first.path });
    expect(calls).toBe(1);
    expect(await readdir(join(cacheDir, 'optimized'))).toEqual([first.path.split('/').at(-1)]);
    expect(await run(first.path, { graphOptimizationLevel: 'disabled' })).toEqual(await run(assets.modelPath));
    const other = await prepareOptimizedGraph({ modelPath: assets.modelPath, cacheDir, key: { ...key, ortVersion: '0.0.0' }, fs: nodeAssetFs, optimize: () => Promise.reject(new Error('boom')), sessionOptions: {} });
    expect(other).toMatchObject({ status: 'failed', path: assets.modelPath, error: 'boom' });
  });
});
