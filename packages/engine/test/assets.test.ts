import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { nodeAssetFs } from '../src/assets/asset-fs';
import { defaultCacheDir } from '../src/assets/cache-dir';
import { resolveAssets, resolveLexicons } from '../src/assets/resolve';
import { MISAKI_COMMIT } from '../src/assets/sources';
import { serveFiles, redirectTo, type FileServer } from './helpers/http';
import { npz, pack } from './helpers/npz';

let server: FileServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });
const model = new Uint8Array([0x08, 0x08, 0x12, 0x04, 0x74, 0x65, 0x73, 0x74]);

describe('asset resolution', () => {
  it('picks the platform cache directory', () => {
    expect(defaultCacheDir('linux', {}, '/home/u')).toBe('/home/u/.cache/kokoro-ts');
    expect(defaultCacheDir('linux', { XDG_CACHE_HOME: '/x' }, '/home/u')).toBe('/x/kokoro-ts');
    expect(defaultCacheDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Caches/kokoro-ts');
  });

  it('offline, names exactly which files to place where and the env vars', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'engine-cache-'));
    const err = await resolveAssets({ cacheDir, download: false, fs: nodeAssetFs }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'KOKORO_ENGINE_MODEL_MISSING' });
    const msg = (err as Error).message;
    expect(msg).toContain(join(cacheDir, 'fp32', 'model.onnx'));
    expect(msg).toContain('https://huggingface.co/onnx-community/Kokoro-82M-v1.0-ONNX/resolve/main/onnx/model.onnx');
    expect(msg).toContain('KOKORO_MODEL_PATH');
    await writeFile(join(cacheDir, 'x.onnx'), model);
    const v = await resolveAssets({ cacheDir, model: join(cacheDir, 'x.onnx'), download: false, fs: nodeAssetFs }).catch((e: unknown) => e);
    expect(v).toMatchObject({ code: 'KOKORO_ENGINE_MODEL_MISSING', message: expect.stringContaining('KOKORO_VOICES_PATH') });
    expect((v as Error).message).toContain(join(cacheDir, 'voices-v1.0.bin'));
  });

  it('downloads the model and voices from the real source paths, records hashes, then reuses the cache', async () => {
    server = await serveFiles({
      '/onnx-community/Kokoro-82M-v1.0-ONNX/resolve/main/onnx/model_fp16.onnx': model,
      '/thewh1teagle/kokoro-onnx/releases/download/model-files-v1.0/voices-v1.0.bin': npz({ af_heart: { data: pack(1), shape: [510, 1, 256] } }),
    });
    const cacheDir = await mkdtemp(join(tmpdir(), 'engine-cache-'));
    const files: string[] = [];
    const got = await resolveAssets({ cacheDir, model: { variant: 'fp16' }, download: { fetch: redirectTo(server.base), onProgress: (p) => files.push(p.file) }, fs: nodeAssetFs });
    expect(got.modelPath).toBe(join(cacheDir, 'fp16', 'model_fp16.onnx'));
    expect(got.voiceSources).toEqual([join(cacheDir, 'voices-v1.0.bin')]);
    expect(new Set(files)).toEqual(new Set([got.modelPath, join(cacheDir, 'voices-v1.0.bin')]));
    const manifest = JSON.parse(await readFile(join(cacheDir, 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string; pinned: boolean }> };
    expect(manifest.files['fp16/model_fp16.onnx']).toMatchObject({ pinned: false, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const before = server.requests.length;
    await resolveAssets({ cacheDir, model: { variant: 'fp16' }, download: { fetch: redirectTo(server.base) }, fs: nodeAssetFs });
    expect(server.requests.length).toBe(before);
  });

  it('falls back to the GitHub release when Hugging Face fails, and to per-voice files', async () => {
    server = await serveFiles({
      '/thewh1teagle/kokoro-onnx/releases/download/model-files-v1.0/kokoro-v1.0.int8.onnx': model,
      ...Object.fromEntries(['af_heart', 'am_adam'].map((id) => [`/onnx-community/Kokoro-82M-v1.0-ONNX/resolve/main/voices/${id}.bin`, new Uint8Array(pack(1).buffer)])),
    });
    const cacheDir = await mkdtemp(join(tmpdir(), 'engine-cache-'));
    const got = await resolveAssets({ cacheDir, model: { variant: 'int8' }, download: { fetch: redirectTo(server.base) }, fs: nodeAssetFs }).catch((e: unknown) => e);
    // Only 2 of the 54 voices exist on this server, so the per-voice fallback fails as a whole:
    expect(got).toMatchObject({ code: 'KOKORO_ENGINE_MODEL_MISSING', message: expect.stringContaining('voices-v1.0.bin') });
    expect(server.requests.some((r) => r.path.endsWith('kokoro-v1.0.int8.onnx'))).toBe(true);
  });

  it('fetches misaki lexicons pinned to a commit; a failure is reported, not thrown', async () => {
    const base = `/hexgrad/misaki/${MISAKI_COMMIT}/misaki/data`;
    server = await serveFiles({ [`${base}/us_gold.json`]: new TextEncoder().encode('{"hello":"həlˈO"}') });
    const cacheDir = await mkdtemp(join(tmpdir(), 'engine-cache-'));
    const res = await resolveLexicons({ lang: 'en-us', cacheDir, commit: MISAKI_COMMIT, download: { fetch: redirectTo(server.base) }, fs: nodeAssetFs });
    expect(res.paths).toEqual([join(cacheDir, 'misaki', MISAKI_COMMIT, 'us_gold.json')]);
    expect(res.missing).toHaveLength(1);
    expect(res.missing[0]).toContain('us_silver.json');
  });
});
