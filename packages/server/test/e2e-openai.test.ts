import type { Engine } from '@kokoro-ts/engine';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AUDIO_FORMATS, buildApp } from '../src/index';
import type { AudioFormat, KokoroApp } from '../src/index';
import { decodeAudio, HAS_FFMPEG, rms } from './helpers/decode';
import { cleanupAssets, syntheticEngine } from './helpers/engine';

const KEY = 'e2e-test-key-0001';
const TEXT = 'Hello there. This is a streaming test of the speech server, with several sentences. It should arrive in pieces!';
/** Codec delay and frame padding allowed on the decoded duration. */
const TOLERANCE_S: Record<AudioFormat, number> = { pcm: 0, wav: 0, flac: 0, opus: 0.03, mp3: 0.1, aac: 0.1 };

let engine: Engine;
let k: KokoroApp;
let baseURL: string;
let client: OpenAI;
let reference: Float32Array;

beforeAll(async () => {
  engine = await syntheticEngine();
  k = await buildApp({ engine, logger: false, config: { apiKeys: [KEY] } });
  const url = await k.app.listen({ host: '127.0.0.1', port: 0 });
  baseURL = `${url}/v1`;
  client = new OpenAI({ apiKey: KEY, baseURL, maxRetries: 0 });
  // The synthetic model is deterministic: what the engine makes directly is what every format must carry.
  reference = (await engine.synthesize(TEXT, { voice: 'af_alloy' })).audio;
});

afterAll(async () => {
  await k.app.close();
  await engine.dispose();
  await cleanupAssets();
});

describe('the official openai client', () => {
  it.each(AUDIO_FORMATS.filter((f) => f !== 'aac' || HAS_FFMPEG))('speech.create returns %s that decodes to the engine\'s audio', async (format) => {
    const response = await client.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: TEXT, response_format: format });
    expect(response.headers.get('content-type')).toContain(format === 'opus' ? 'ogg' : format === 'mp3' ? 'mpeg' : format);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const decoded = await decodeAudio(format, bytes);
    const seconds = decoded.samples.length / decoded.sampleRate;
    expect(Math.abs(seconds - reference.length / 24_000)).toBeLessThanOrEqual(TOLERANCE_S[format] + 1e-9);
    const ratio = rms(decoded.samples) / rms(reference);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it('streams audio in several chunks, the first before the rest is synthesized', async () => {
    const response = await client.audio.speech.create({ model: 'kokoro', voice: 'af_heart', input: TEXT, response_format: 'pcm' });
    const reader = response.body!.getReader();
    let chunks = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.length;
    }
    expect(chunks).toBeGreaterThan(1);
    expect(bytes).toBe((await engine.synthesize(TEXT, { voice: 'af_heart' })).audio.length * 2);
  });

  it.each(AUDIO_FORMATS.filter((f) => f !== 'aac' || HAS_FFMPEG))('streams %s as SSE speech.audio.delta events with base64 audio, then speech.audio.done', async (format) => {
    const response = await client.audio.speech.create({ model: 'gpt-4o-mini-tts', voice: 'alloy', input: TEXT, response_format: format, stream_format: 'sse', instructions: 'Speak cheerfully.' });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = (await response.text()).split('\n\n').filter((e) => e.startsWith('data: ')).map((e) => JSON.parse(e.slice(6)) as { type: string; audio?: string; usage?: { input_tokens: number } });
    expect(events.length).toBeGreaterThan(2);
    expect(events.at(-1)!.type).toBe('speech.audio.done');
    expect(events.at(-1)!.usage!.input_tokens).toBeGreaterThan(0);
    const deltas = events.slice(0, -1);
    expect(deltas.every((e) => e.type === 'speech.audio.delta')).toBe(true);
    const bytes = Buffer.concat(deltas.map((e) => Buffer.from(e.audio!, 'base64')));
    const decoded = await decodeAudio(format, new Uint8Array(bytes));
    expect(Math.abs(decoded.samples.length / decoded.sampleRate - reference.length / 24_000)).toBeLessThanOrEqual(TOLERANCE_S[format] + 1e-9);
  });

  it('honours speed: twice as fast is about half as long', async () => {
    const normal = new Uint8Array(await (await client.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: TEXT, response_format: 'pcm' })).arrayBuffer());
    const fast = new Uint8Array(await (await client.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: TEXT, response_format: 'pcm', speed: 2 })).arrayBuffer());
    expect(fast.length / normal.length).toBeGreaterThan(0.4);
    expect(fast.length / normal.length).toBeLessThan(0.75);
  });

  it('rejects an unknown voice with a 400 the client surfaces, naming close ids', async () => {
    const error = await client.audio.speech.create({ model: 'tts-1', voice: 'af_hearth', input: 'Hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).message).toContain('af_heart');
  });

  it('rejects a wrong key with 401', async () => {
    const bad = new OpenAI({ apiKey: 'wrong-key-000000', baseURL, maxRetries: 0 });
    await expect(bad.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: 'Hi' })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('lists models', async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toContain('tts-1');
  });
});

describe('Kokoro endpoints', () => {
  const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  it('lists voices with the OpenAI mapping', async () => {
    const body = (await (await fetch(`${baseURL}/audio/voices`, { headers: auth })).json()) as { voices: { id: string }[]; openai_aliases: { name: string; voice: string; available: boolean }[] };
    expect(body.voices.map((v) => v.id)).toContain('af_heart');
    expect(body.openai_aliases).toContainEqual({ name: 'alloy', voice: 'af_alloy', available: true });
  });

  it('phonemizes text to phonemes and token ids', async () => {
    const res = await fetch(`${baseURL}/phonemize`, { method: 'POST', headers: auth, body: JSON.stringify({ text: 'Hello world' }) });
    const body = (await res.json()) as { phonemes: string; tokens: number[] };
    expect(body).toEqual({ text: 'Hello world', ...(await engine.phonemize('Hello world')) });
  });

  it('returns audio with word timestamps as JSON', async () => {
    const res = await fetch(`${baseURL}/audio/speech/timestamps`, { method: 'POST', headers: auth, body: JSON.stringify({ input: TEXT, voice: 'af_alloy', response_format: 'wav' }) });
    const body = (await res.json()) as { audio: string; duration: number; words: { word: string; start: number; end: number }[]; segments: unknown[] };
    expect(body.words.map((w) => w.word)).toEqual(expect.arrayContaining(['Hello', 'streaming', 'pieces']));
    for (let i = 1; i < body.words.length; i++) expect(body.words[i]!.start).toBeGreaterThanOrEqual(body.words[i - 1]!.end - 1e-6);
    expect(body.words.at(-1)!.end).toBeLessThanOrEqual(body.duration + 1e-6);
    const decoded = await decodeAudio('wav', new Uint8Array(Buffer.from(body.audio, 'base64')));
    expect(decoded.samples.length / 24_000).toBeCloseTo(body.duration, 5);
    expect(body.segments.length).toBeGreaterThan(1);
  });

  it('applies per-request pronunciations', async () => {
    // A reading the G2P does not produce by itself (end-stressed; its letter-to-sound model reads kəkˈɔɹO), so the
    // override is what shows.
    const res = await fetch(`${baseURL}/audio/speech/timestamps`, { method: 'POST', headers: auth, body: JSON.stringify({ input: 'Say Kokoro now.', voice: 'af_alloy', response_format: 'pcm', pronunciations: { kokoro: 'kˌOkOɹˈO' } }) });
    const body = (await res.json()) as { segments: { phonemes: string }[]; words: { word: string }[] };
    expect(body.segments.map((s) => s.phonemes).join(' ')).toContain('kˌOkOɹˈO');
    expect(body.words.map((w) => w.word)).toContain('Kokoro');
    const plain = (await (await fetch(`${baseURL}/audio/speech/timestamps`, { method: 'POST', headers: auth, body: JSON.stringify({ input: 'Say Kokoro now.', voice: 'af_alloy', response_format: 'pcm' }) })).json()) as { segments: { phonemes: string }[] };
    expect(plain.segments.map((s) => s.phonemes).join(' ')).not.toContain('kˌOkOɹˈO');
  });

  it('streams timestamps as NDJSON: segment lines, then done', async () => {
    const res = await fetch(`${baseURL}/audio/speech/timestamps`, { method: 'POST', headers: auth, body: JSON.stringify({ input: TEXT, voice: 'af_alloy', response_format: 'pcm', stream: true }) });
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; audio: string; words?: unknown[] });
    expect(lines.at(-1)!.type).toBe('done');
    expect(lines.filter((l) => l.type === 'segment').length).toBeGreaterThan(1);
    const pcm = Buffer.concat(lines.map((l) => Buffer.from(l.audio, 'base64')));
    expect(pcm.length).toBe(reference.length * 2);
  });

  it('counts requests and audio in /metrics', async () => {
    const text = await (await fetch(`${baseURL.replace('/v1', '')}/metrics`, { headers: auth })).text();
    expect(text).toMatch(/kokoro_http_requests_total\{route="\/v1\/audio\/speech",method="POST",status="200"\} [1-9]/);
    expect(text).toMatch(/kokoro_speech_time_to_first_audio_seconds_count\{format="mp3"\} [1-9]/);
    expect(text).toMatch(/kokoro_engine_stat\{path="modelRuns"\} [1-9]/);
  });
});
