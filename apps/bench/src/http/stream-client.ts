/**
 * One streaming HTTP request, timed: response header, first audio byte (after any container
 * header, see {@link audioHeaderLength}), last byte. Uses node:http directly so nothing
 * buffers between the socket and the clock.
 */
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { audioHeaderLength } from './audio-header';

/** Outcome of one request. */
export interface StreamTiming {
  status: number;
  /** Request start -> response header. */
  headerMs: number | null;
  /** Request start -> first byte of audio (after the container header). */
  firstAudioByteMs: number | null;
  /** Request start -> end of body. */
  totalMs: number;
  bytes: number;
  /** Network error, aborted body, or the start of a non-2xx body; null when fine. */
  error: string | null;
}

/** Options of {@link timedStream}. */
export interface StreamRequest {
  url: string;
  body: unknown;
  format: string;
  timeoutMs?: number;
}

/** POSTs JSON and reads the streamed response to the end. Never rejects: failures are in `error`. */
export function timedStream(req: StreamRequest): Promise<StreamTiming> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const payload = Buffer.from(JSON.stringify(req.body));
    const chunks: Buffer[] = [];
    let received = 0;
    let headerLen: number | null = null;
    let headerMs: number | null = null;
    let firstAudioByteMs: number | null = null;
    let status = 0;
    let settled = false;
    const done = (error: string | null): void => {
      if (settled) return;
      settled = true;
      resolve({ status, headerMs, firstAudioByteMs, totalMs: performance.now() - t0, bytes: received, error });
    };
    const r = request(req.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length }, timeout: req.timeoutMs ?? 120_000 }, (res) => {
      status = res.statusCode ?? 0;
      headerMs = performance.now() - t0;
      res.on('data', (chunk: Buffer) => {
        const now = performance.now();
        received += chunk.length;
        if (status >= 300) {
          if (received <= 4096) chunks.push(chunk);
          return;
        }
        if (firstAudioByteMs === null) {
          if (headerLen === null) {
            chunks.push(chunk);
            headerLen = audioHeaderLength(req.format, Buffer.concat(chunks));
          }
          if (headerLen !== null && received > headerLen) firstAudioByteMs = now - t0;
        }
      });
      res.on('end', () => {
        if (!res.complete) done('response body ended early');
        else if (status >= 300) done(Buffer.concat(chunks).toString('utf8').slice(0, 300));
        else done(null);
      });
      res.on('error', (e) => done(e.message));
      res.on('aborted', () => done('response aborted'));
    });
    r.on('timeout', () => r.destroy(new Error(`no response within ${req.timeoutMs ?? 120_000} ms`)));
    r.on('error', (e) => done(e.message));
    r.end(payload);
  });
}
