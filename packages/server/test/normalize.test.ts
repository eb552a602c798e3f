import type { Engine } from '@kokoro-ts/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildApp } from '../src/index';
import type { KokoroApp } from '../src/index';
import { cleanupAssets, syntheticEngine } from './helpers/engine';

const TEXT = 'The ticket costs $5 at www.example.com today.';

const post = (url: string, body: unknown) => ({ method: 'POST' as const, url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

describe('per-request normalization switches', () => {
  let k: KokoroApp;
  let engine: Engine;
  beforeAll(async () => {
    engine = await syntheticEngine();
    k = await buildApp({ engine, logger: false });
  });
  afterAll(async () => {
    await k.app.close();
    await engine.dispose();
    await cleanupAssets();
  });

  const phonemize = async (body: Record<string, unknown>) => {
    const res = await k.app.inject(post('/v1/phonemize', { text: TEXT, ...body }));
    expect(res.statusCode).toBe(200);
    return res.json<{ text: string; phonemes: string; tokens: number[] }>();
  };

  it('POST /v1/phonemize reads the text differently with a rule off, as the engine does', async () => {
    const on = await phonemize({});
    const off = await phonemize({ normalize: { currency: false } });
    const none = await phonemize({ normalize: false });
    expect(off.phonemes).not.toBe(on.phonemes);
    expect(none.phonemes).not.toBe(on.phonemes);
    expect(off).toEqual({ text: TEXT, ...(await engine.phonemize(TEXT, { normalize: { currency: false } })) });
    expect(await phonemize({ normalize: { currency: true } })).toEqual(on);
    expect(await phonemize({ normalize: true })).toEqual(on);
  });

  it('POST /v1/audio/speech sends different audio with a rule off, and the same audio for the same switches', async () => {
    const speech = async (extra: Record<string, unknown>) => {
      const res = await k.app.inject(post('/v1/audio/speech', { input: TEXT, voice: 'af_heart', response_format: 'pcm', ...extra }));
      expect(res.statusCode).toBe(200);
      return res.rawPayload;
    };
    const on = await speech({});
    const off = await speech({ normalize: { currency: false, urls: false } });
    expect(on.length).toBeGreaterThan(0);
    expect(off.length).toBeGreaterThan(0);
    expect(Buffer.compare(on, off)).not.toBe(0);
    expect(Buffer.compare(await speech({ normalize: { urls: false, currency: false } }), off)).toBe(0);
    expect(Buffer.compare(await speech({}), on)).toBe(0);
  });

  it('POST /v1/audio/speech/timestamps passes the switches through', async () => {
    const stamps = async (extra: Record<string, unknown>) => {
      const res = await k.app.inject(post('/v1/audio/speech/timestamps', { input: TEXT, voice: 'af_heart', response_format: 'wav', ...extra }));
      expect(res.statusCode).toBe(200);
      return res.json<{ segments: { phonemes: string }[] }>().segments.map((s) => s.phonemes).join(' ');
    };
    const on = await stamps({});
    const off = await stamps({ normalize: { currency: false } });
    expect(off).not.toBe(on);
    // same reading as /v1/phonemize with the same switch (segments join with spaces)
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(off)).toBe(squash((await phonemize({ normalize: { currency: false } })).phonemes));
  });

  it.each([
    ['/v1/audio/speech', { input: TEXT, normalize: { currencies: false } }],
    ['/v1/audio/speech/timestamps', { input: TEXT, normalize: { currencies: false } }],
    ['/v1/phonemize', { text: TEXT, normalize: { currencies: false } }],
  ])('%s: 400 in OpenAI shape for an unknown switch, naming it and the allowed ones', async (url, body) => {
    const res = await k.app.inject(post(url, body));
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { message: string; type: string; param: string; code: string } }>();
    expect(error).toMatchObject({ type: 'invalid_request_error', param: 'normalize', code: 'KOKORO_SERVER_BAD_REQUEST' });
    expect(error.message).toContain('"currencies"');
    expect(error.message).toContain('currency');
  });

  it('400 for a switch value that is not a boolean', async () => {
    const res = await k.app.inject(post('/v1/phonemize', { text: TEXT, normalize: { urls: 'off' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { param: string } }>().error.param).toBe('normalize.urls');
  });
});
