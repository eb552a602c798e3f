import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildApp } from '../src/index';
import type { KokoroApp, SpeechEngine } from '../src/index';

/** An engine that is still loading: these tests cover the edge, which must answer without one. */
const loading = new Promise<SpeechEngine>(() => undefined);

const speech = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/v1/audio/speech',
  headers: { 'content-type': 'application/json', ...headers },
  payload: typeof body === 'string' ? body : JSON.stringify(body),
});

function expectOpenAIError(res: { statusCode: number; body: string }, status: number, param?: string | null) {
  expect(res.statusCode).toBe(status);
  const body = JSON.parse(res.body) as { error: { message: string; type: string; param: string | null; code: string | null } };
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message).not.toMatch(/\n\s+at /);
  expect(typeof body.error.type).toBe('string');
  if (param !== undefined) expect(body.error.param).toBe(param);
  return body.error;
}

describe('edge behaviour while the model loads', () => {
  let k: KokoroApp;
  beforeAll(async () => {
    k = await buildApp({ engine: loading, logger: false, config: { limits: { maxInputChars: 50, bodyLimitBytes: 4096 } } });
  });
  afterAll(() => k.app.close());

  it('answers /health at once and /ready with 503 loading', async () => {
    expect((await k.app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await k.app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'loading' });
  });

  it('refuses speech with 503 until ready', async () => {
    const e = expectOpenAIError(await k.app.inject(speech({ model: 'tts-1', input: 'Hi', voice: 'alloy' })), 503);
    expect(e.code).toBe('KOKORO_SERVER_NOT_READY');
  });

  it.each([
    ['speed above 4', { input: 'Hi', speed: 4.5 }, 'speed'],
    ['speed below 0.25', { input: 'Hi', speed: 0.1 }, 'speed'],
    ['unknown format', { input: 'Hi', response_format: 'ogg' }, 'response_format'],
    ['missing input', { voice: 'af_heart' }, 'input'],
    ['input of the wrong type', { input: 42 }, 'input'],
    ['unknown stream_format', { input: 'Hi', stream_format: 'websocket' }, 'stream_format'],
    ['unknown model', { model: 'whisper-1', input: 'Hi' }, 'model'],
    ['input over the limit', { input: 'x'.repeat(51) }, 'input'],
    ['path in voice', { input: 'Hi', voice: '../../etc/passwd' }, 'voice'],
    ['absolute path in voice', { input: 'Hi', voice: '/etc/passwd' }, 'voice'],
    ['bad blend weight', { input: 'Hi', voice: 'af_bella(0)+af_sky' }, 'voice'],
    ['an unknown normalization switch', { input: 'Hi', normalize: { numbers: false } }, 'normalize'],
    ['a normalization switch that is not a boolean', { input: 'Hi', normalize: { currency: 'no' } }, 'normalize.currency'],
    ['normalize that is neither an object nor a boolean', { input: 'Hi', normalize: 'off' }, 'normalize'],
    ['a pronunciation that breaks out of the link syntax', { input: 'Hi', pronunciations: { hi: 'h](/x' } }, 'pronunciations.hi'],
    ['blend of too many voices', { input: 'Hi', voice: Array.from({ length: 9 }, (_, i) => `af_v${i}`).join('+') }, 'voice'],
  ])('400 for %s, naming the field', async (_name, body, param) => {
    const e = expectOpenAIError(await k.app.inject(speech(body)), 400, param);
    expect(e.type).toBe('invalid_request_error');
  });

  it('400 for malformed JSON', async () => {
    expectOpenAIError(await k.app.inject(speech('{"input": "Hi",')), 400);
  });

  it('415 for a body that is not JSON', async () => {
    const res = await k.app.inject({ method: 'POST', url: '/v1/audio/speech', headers: { 'content-type': 'text/plain' }, payload: 'Hello' });
    expectOpenAIError(res, 415);
  });

  it('413 for a body over the size limit', async () => {
    const res = await k.app.inject(speech({ input: 'x'.repeat(5000) }));
    expect(expectOpenAIError(res, 413).code).toBe('KOKORO_SERVER_BODY_TOO_LARGE');
  });

  it('404 in OpenAI shape for unknown routes', async () => {
    expectOpenAIError(await k.app.inject({ url: '/v1/nothing' }), 404);
  });

  it('lists OpenAI-style models', async () => {
    const res = await k.app.inject({ url: '/v1/models' });
    expect(res.json<{ data: { id: string }[] }>().data.map((m) => m.id)).toEqual(['kokoro', 'tts-1', 'tts-1-hd', 'gpt-4o-mini-tts']);
  });

  it('serves an OpenAPI document and a docs page', async () => {
    const doc = (await k.app.inject({ url: '/openapi.json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/audio/speech', '/v1/audio/speech/timestamps', '/v1/audio/voices', '/v1/models', '/v1/phonemize', '/health', '/ready', '/metrics']));
    const docs = await k.app.inject({ url: '/docs' });
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.body).toContain('/v1/audio/speech');
  });

  it('exports Prometheus metrics with requests by status, queue depth and memory', async () => {
    const text = (await k.app.inject({ url: '/metrics' })).body;
    expect(text).toMatch(/kokoro_http_requests_total\{route="\/v1\/audio\/speech",method="POST",status="400"\} \d+/);
    expect(text).toMatch(/kokoro_queue_depth 0/);
    expect(text).toMatch(/kokoro_active_streams 0/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    expect(text).toContain('# TYPE kokoro_speech_time_to_first_audio_seconds histogram');
  });
});

describe('a model that failed to load', () => {
  it('reports the reason and how to get a model on /ready', async () => {
    const failing = Promise.reject(Object.assign(new Error('model.onnx not found in /nowhere'), { code: 'KOKORO_ENGINE_MODEL_MISSING' }));
    const k = await buildApp({ engine: failing, logger: false });
    await k.engineSettled;
    const res = await k.app.inject({ url: '/ready' });
    expect(res.statusCode).toBe(503);
    const body = res.json<{ status: string; error: { code: string }; hint: string }>();
    expect(body.status).toBe('failed');
    expect(body.error.code).toBe('KOKORO_ENGINE_MODEL_MISSING');
    expect(body.hint).toContain('kokoro models download');
    expect(body.hint).toContain('pnpm testkit model --out');
    await k.app.close();
  });
});

describe('API keys', () => {
  let k: KokoroApp;
  beforeAll(async () => {
    k = await buildApp({ engine: loading, logger: false, config: { apiKeys: ['first-key-123', 'second-key-456'] } });
  });
  afterAll(() => k.app.close());

  it('401 without a key or with a wrong one', async () => {
    expectOpenAIError(await k.app.inject(speech({ input: 'Hi' })), 401);
    expectOpenAIError(await k.app.inject(speech({ input: 'Hi' }, { authorization: 'Bearer first-key-12' })), 401);
    expectOpenAIError(await k.app.inject(speech({ input: 'Hi' }, { authorization: 'Basic first-key-123' })), 401);
    expectOpenAIError(await k.app.inject({ url: '/metrics' }), 401);
  });

  it('accepts every configured key', async () => {
    for (const key of ['first-key-123', 'second-key-456']) {
      const res = await k.app.inject(speech({ input: 'Hi' }, { authorization: `Bearer ${key}` }));
      expect(res.statusCode).toBe(503); // past auth, stopped by the loading model
    }
  });

  it('keeps /health and /ready public', async () => {
    expect((await k.app.inject({ url: '/health' })).statusCode).toBe(200);
    expect((await k.app.inject({ url: '/ready' })).statusCode).toBe(503);
  });
});

describe('CORS', () => {
  it('is closed by default', async () => {
    const k = await buildApp({ engine: loading, logger: false });
    const res = await k.app.inject({ method: 'OPTIONS', url: '/v1/audio/speech', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    await k.app.close();
  });

  it('allows only configured origins', async () => {
    const k = await buildApp({ engine: loading, logger: false, config: { corsOrigins: ['https://app.example'] } });
    const ok = await k.app.inject({ method: 'OPTIONS', url: '/v1/audio/speech', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
    const other = await k.app.inject({ method: 'OPTIONS', url: '/v1/audio/speech', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await k.app.close();
  });
});
