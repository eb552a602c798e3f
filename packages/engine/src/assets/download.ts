import { createHash } from 'node:crypto';
import { dirname } from 'node:path';

import { engineError } from '../errors';
import type { AssetFs } from './asset-fs';

/** Progress of one file download. */
export interface DownloadProgress {
  /** Final path of the file being downloaded. */
  file: string;
  url: string;
  /** Bytes on disk so far (including bytes resumed from an earlier attempt). */
  receivedBytes: number;
  /** Total size when the server said it; undefined otherwise. */
  totalBytes: number | undefined;
}

/** The subset of the WHATWG `fetch` the downloader uses (inject one in tests). */
export type FetchLike = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal; redirect: 'follow' }) => Promise<Response>;

/** Options of {@link downloadFile}. */
export interface DownloadOptions {
  url: string;
  /** Final path; bytes go to `dest + '.part'` first and are renamed when verified. */
  dest: string;
  /** Expected lowercase hex SHA-256; `undefined` = not pinned (the caller records what arrived). */
  sha256?: string | undefined;
  fetch: FetchLike;
  fs: AssetFs;
  onProgress?: ((p: DownloadProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** What a finished download produced. */
export interface DownloadResult {
  path: string;
  sha256: string;
  bytes: number;
  /** True when an earlier partial download was continued with an HTTP Range request. */
  resumed: boolean;
}

/**
 * Downloads `url` to `dest`: resumes a `.part` file left by an earlier attempt (HTTP Range),
 * hashes while writing, checks the SHA-256 when one is pinned, then renames into place so
 * `dest` never holds a partial or unverified file.
 */
export async function downloadFile(o: DownloadOptions): Promise<DownloadResult> {
  const { fs, url, dest } = o;
  const part = `${dest}.part`;
  await fs.mkdir(dirname(dest), { recursive: true });
  let have = 0;
  try { have = (await fs.stat(part)).size; } catch { have = 0; }

  let res: Response;
  try {
    res = await o.fetch(url, { headers: have > 0 ? { range: `bytes=${have}-` } : {}, signal: o.signal, redirect: 'follow' });
  } catch (cause) {
    throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `Could not reach ${url}: ${(cause as Error).message}.`, { url }, cause);
  }
  if (res.status === 416 && have > 0) {
    // The partial file is not a prefix the server recognises (e.g. it changed): start over.
    await res.body?.cancel();
    await fs.rm(part, { force: true });
    return downloadFile(o);
  }
  let resumed = false;
  if (res.status === 206) {
    const start = /bytes (\d+)-/.exec(res.headers.get('content-range') ?? '')?.[1];
    if (start === undefined || Number(start) !== have) {
      await res.body?.cancel();
      throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `${url} answered a range request for byte ${have} with "${res.headers.get('content-range') ?? '(no Content-Range)'}".`, { url });
    }
    resumed = true;
  } else if (res.status === 200) {
    have = 0;
  } else {
    await res.body?.cancel();
    throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `Downloading ${url} failed: HTTP ${res.status} ${res.statusText}.`, { url, status: res.status });
  }
  if (res.body === null) throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `${url} sent no body.`, { url });

  const length = Number(res.headers.get('content-length') ?? Number.NaN);
  const total = Number.isFinite(length) ? length + have : undefined;
  const hash = createHash('sha256');
  if (resumed) for await (const chunk of fs.readChunks(part)) hash.update(chunk);

  const file = await fs.open(part, resumed ? 'a' : 'w');
  let received = have;
  try {
    o.onProgress?.({ file: dest, url, receivedBytes: received, totalBytes: total });
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      await file.write(chunk);
      hash.update(chunk);
      received += chunk.byteLength;
      o.onProgress?.({ file: dest, url, receivedBytes: received, totalBytes: total });
    }
  } catch (cause) {
    if (o.signal?.aborted === true) throw engineError('KOKORO_ENGINE_ABORTED', `Download of ${url} was aborted; ${received} bytes kept in ${part} for resuming.`, { url }, cause);
    throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `Download of ${url} broke off after ${received} bytes (${(cause as Error).message}); the partial file ${part} is kept and the next attempt resumes it.`, { url, receivedBytes: received }, cause);
  } finally {
    await file.close();
  }
  if (total !== undefined && received !== total) {
    throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `Download of ${url} ended at ${received} of ${total} bytes; the next attempt resumes it.`, { url, receivedBytes: received, totalBytes: total });
  }
  const digest = hash.digest('hex');
  if (o.sha256 !== undefined && digest !== o.sha256.toLowerCase()) {
    await fs.rm(part, { force: true });
    throw engineError('KOKORO_ENGINE_DOWNLOAD_FAILED', `SHA-256 mismatch for ${url}: expected ${o.sha256}, got ${digest}. The file was deleted; if the upstream file changed on purpose, update the pinned hash.`, { url, expected: o.sha256, actual: digest });
  }
  await fs.rename(part, dest);
  return { path: dest, sha256: digest, bytes: received, resumed };
}

/** SHA-256 (hex) of a file on disk, read in chunks. */
export async function sha256File(fs: Pick<AssetFs, 'readChunks'>, path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.readChunks(path)) hash.update(chunk);
  return hash.digest('hex');
}
