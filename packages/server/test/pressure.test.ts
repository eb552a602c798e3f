import { request as httpRequest } from 'node:http';

import type { Engine } from '@kokoro-ts/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildApp } from '../src/index';
import type { KokoroApp } from '../src/index';
import { cleanupAssets, syntheticEngine } from './helpers/engine';

/** Many sentences: the engine makes one segment (one model run) per sentence or more. */
const LONG_TEXT = Array.from({ length: 40 }, (_, i) => `This is sentence number ${i + 1} of a long text that keeps the model busy.`).join(' ');

const modelRuns = (engine: Engine): number => engine.metrics().modelRuns;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

afterAll(cleanupAssets);

describe('bounded queue', () => {
  let engine: Engine;
  let k: KokoroApp;
  let url: string;
  beforeAll(async () => {
    // A per-frame cost makes each synthesis take a while, so the queue really fills.
    engine = await syntheticEngine({}, { perFrame: 2 });
    k = await buildApp({ engine, logger: false, config: { limits: { maxConcurrent: 1, maxQueue: 4 } } });
    url = await k.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await k.app.close();
    await engine.dispose();
  });

  it('answers 100 concurrent requests with 200s and 429s (Retry-After), never 5xx', async () => {
    const responses = await Promise.all(Array.from({ length: 100 }, async (_, i) => {
      const res = await fetch(`${url}/v1/audio/speech`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'kokoro', input: `Request ${i}. A sentence or two of speech.`, voice: 'af_heart', response_format: 'pcm' }),
      });
      const body = await res.arrayBuffer();
      return { status: res.status, retryAfter: res.headers.get('retry-after'), bytes: body.byteLength, body: res.status === 200 ? null : JSON.parse(Buffer.from(body).toString()) as { error: { code: string } } };
    }));
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status >= 500)).toEqual([]);
    expect(ok.length + limited.length).toBe(100);
    expect(ok.length).toBeGreaterThanOrEqual(5);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(r.body!.error.code).toBe('KOKORO_SERVER_OVERLOADED');
    }
    for (const r of ok) expect(r.bytes).toBeGreaterThan(0);
    expect(k.load()).toEqual({ active: 0, queued: 0 });
  });
});

describe('client disconnect', () => {
  let engine: Engine;
  let k: KokoroApp;
  let port: number;
  beforeAll(async () => {
    engine = await syntheticEngine({ segmentation: { lookahead: 1 } }, { perFrame: 2 });
    k = await buildApp({ engine, logger: false });
    const url = new URL(await k.app.listen({ host: '127.0.0.1', port: 0 }));
    port = Number(url.port);
  });
  afterAll(async () => {
    await k.app.close();
    await engine.dispose();
  });

  it('stops synthesis: no model run starts after the stream is torn down', async () => {
    const before = modelRuns(engine);
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/audio/speech', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        expect(res.statusCode).toBe(200);
        res.once('data', () => {
          // First audio arrived: hang up mid-stream.
          req.destroy();
          resolve();
        });
      });
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
      req.end(JSON.stringify({ input: LONG_TEXT, voice: 'af_heart', response_format: 'mp3' }));
    });
    await until(() => k.load().active === 0, 'the aborted stream to end');
    // A model run already inside ONNX Runtime when the client left may still finish; wait
    // until the count holds still for 300 ms, then prove nothing new starts.
    let atAbort = modelRuns(engine);
    for (let stable = 0; stable < 12;) {
      await new Promise((r) => setTimeout(r, 25));
      const now = modelRuns(engine);
      stable = now === atAbort ? stable + 1 : 0;
      atAbort = now;
    }
    await new Promise((r) => setTimeout(r, 500));
    const settled = modelRuns(engine);
    expect(settled).toBe(atAbort);

    // The whole text needs many more runs than were made before the hang-up.
    const full = modelRuns(engine);
    await engine.synthesize(LONG_TEXT, { voice: 'af_heart' });
    const needed = modelRuns(engine) - full;
    expect(settled - before).toBeLessThan(needed);
    expect(needed).toBeGreaterThan(5);
  });
});

describe('client disconnect while queued', () => {
  it('gives up the place in the queue', async () => {
    // Segments stay small (an aborted stream still waits for the model run in progress).
    const engine = await syntheticEngine({ segmentation: { lookahead: 1, maxSegmentTokens: 60 } }, { perFrame: 2 });
    const k = await buildApp({ engine, logger: false, config: { limits: { maxConcurrent: 1, maxQueue: 4 } } });
    const url = await k.app.listen({ host: '127.0.0.1', port: 0 });
    const body = (input: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input, voice: 'af_heart', response_format: 'pcm' }) });
    const first = new AbortController();
    const running = await fetch(`${url}/v1/audio/speech`, { ...body(LONG_TEXT), signal: first.signal });
    expect(k.load().active).toBe(1);
    const queued = new AbortController();
    const waiting = fetch(`${url}/v1/audio/speech`, { ...body('Waiting in line.'), signal: queued.signal }).catch((e: unknown) => e);
    await until(() => k.load().queued === 1, 'the second request to queue');
    queued.abort();
    await waiting;
    await until(() => k.load().queued === 0, 'the queue to empty');
    expect(k.load().active).toBe(1);
    first.abort();
    await running.body?.cancel().catch(() => undefined);
    await until(() => k.load().active === 0, 'the first stream to end');
    await k.app.close();
    await engine.dispose();
  });
});

describe('per-request timeout', () => {
  it('aborts a synthesis that runs too long and frees its slot', async () => {
    const engine = await syntheticEngine({}, { perFrame: 4 });
    const k = await buildApp({ engine, logger: false, config: { limits: { requestTimeoutMs: 150, maxConcurrent: 1 } } });
    const url = await k.app.listen({ host: '127.0.0.1', port: 0 });
    const res = await fetch(`${url}/v1/audio/speech`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: LONG_TEXT, voice: 'af_heart', response_format: 'pcm' }) });
    // Either refused before the first byte (503 timeout) or cut short mid-stream.
    if (res.status === 200) {
      const got = await res.arrayBuffer().then((b) => b.byteLength, () => -1);
      const full = (await engine.synthesize(LONG_TEXT, { voice: 'af_heart' })).audio.length * 2;
      expect(got).toBeLessThan(full);
    } else {
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('KOKORO_SERVER_TIMEOUT');
    }
    await until(() => k.load().active === 0, 'the slot to be released');
    await k.app.close();
    await engine.dispose();
  });
});
