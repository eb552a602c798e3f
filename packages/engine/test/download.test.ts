import { createHash } from 'node:crypto';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { nodeAssetFs } from '../src/assets/asset-fs';
import { downloadFile, type DownloadProgress } from '../src/assets/download';
import { serveFiles, type FileServer } from './helpers/http';

const body = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
const sha = createHash('sha256').update(body).digest('hex');
let server: FileServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

describe('downloadFile', () => {
  it('downloads, reports progress, verifies the hash and renames into place', async () => {
    server = await serveFiles({ '/m.onnx': body });
    const dir = await mkdtemp(join(tmpdir(), 'engine-dl-'));
    const progress: DownloadProgress[] = [];
    const res = await downloadFile({ url: `${server.base}/m.onnx`, dest: join(dir, 'm.onnx'), sha256: sha, fetch, fs: nodeAssetFs, onProgress: (p) => progress.push(p) });
    expect(res).toMatchObject({ sha256: sha, bytes: body.length, resumed: false });
    expect(new Uint8Array(await readFile(join(dir, 'm.onnx')))).toEqual(body);
    expect(progress.at(-1)).toMatchObject({ receivedBytes: body.length, totalBytes: body.length });
    await expect(stat(join(dir, 'm.onnx.part'))).rejects.toThrow();
  });

  it('keeps a broken-off download and resumes it with a Range request', async () => {
    server = await serveFiles({ '/m.onnx': body }, { '/m.onnx': 70_000 });
    const dir = await mkdtemp(join(tmpdir(), 'engine-dl-'));
    const dest = join(dir, 'm.onnx');
    await expect(downloadFile({ url: `${server.base}/m.onnx`, dest, sha256: sha, fetch, fs: nodeAssetFs })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_DOWNLOAD_FAILED' });
    await expect(stat(dest)).rejects.toThrow();
    const kept = (await stat(`${dest}.part`)).size;
    expect(kept).toBeGreaterThan(0);
    const res = await downloadFile({ url: `${server.base}/m.onnx`, dest, sha256: sha, fetch, fs: nodeAssetFs });
    expect(res.resumed).toBe(true);
    expect(server.requests.at(-1)?.range).toBe(`bytes=${kept}-`);
    expect(new Uint8Array(await readFile(dest))).toEqual(body);
  });

  it('deletes a file whose SHA-256 does not match and never puts it in place', async () => {
    server = await serveFiles({ '/m.onnx': body });
    const dir = await mkdtemp(join(tmpdir(), 'engine-dl-'));
    const dest = join(dir, 'm.onnx');
    await expect(downloadFile({ url: `${server.base}/m.onnx`, dest, sha256: '0'.repeat(64), fetch, fs: nodeAssetFs }))
      .rejects.toMatchObject({ code: 'KOKORO_ENGINE_DOWNLOAD_FAILED', message: expect.stringContaining('SHA-256 mismatch') });
    await expect(stat(dest)).rejects.toThrow();
    await expect(stat(`${dest}.part`)).rejects.toThrow();
  });

  it('reports HTTP errors and restarts when the server rejects the range', async () => {
    server = await serveFiles({ '/m.onnx': body });
    const dir = await mkdtemp(join(tmpdir(), 'engine-dl-'));
    await expect(downloadFile({ url: `${server.base}/missing`, dest: join(dir, 'x'), fetch, fs: nodeAssetFs })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_DOWNLOAD_FAILED', details: { status: 404 } });
    await writeFile(join(dir, 'm.onnx.part'), new Uint8Array(300_000));
    const res = await downloadFile({ url: `${server.base}/m.onnx`, dest: join(dir, 'm.onnx'), sha256: sha, fetch, fs: nodeAssetFs });
    expect(res.resumed).toBe(false);
  });
});
