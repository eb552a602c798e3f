import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { decodeWaveform } from '@kokoro-ts/testkit';
import { afterAll, describe, expect, it } from 'vitest';

import { MISAKI_COMMIT, createEngine, isEngineError } from '../src/index';
import { DECODABLE, disposeEngines, syntheticEngine } from './helpers/engine';
import { syntheticAssets } from './helpers/synthetic';

afterAll(disposeEngines);
const quiet = { download: false as const, lexicons: false as const, pool: { sessions: 1, threadsPerSession: 1, warmup: false as const } };

describe('engine assets and startup', () => {
  it('rejects a model file that is not ONNX, and a missing model offline with instructions', async () => {
    const a = await syntheticAssets();
    const fake = join(a.dir, 'model.onnx');
    await writeFile(fake, '<!DOCTYPE html><html>rate limited</html>');
    await expect(createEngine({ ...quiet, model: fake, voices: a.voicesDir, cacheDir: join(a.dir, 'c') })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_MODEL', message: expect.stringContaining(fake) });
    const err = await createEngine({ ...quiet, voices: a.voicesDir, cacheDir: join(a.dir, 'empty') }).catch((e: unknown) => e);
    expect(isEngineError(err, 'KOKORO_ENGINE_MODEL_MISSING')).toBe(true);
    expect((err as Error).message).toContain('KOKORO_MODEL_PATH');
  });

  it('loads voices from the npz archive and reports a corrupt voice file by name', async () => {
    const { engine, assets } = await syntheticEngine({}, { audio: DECODABLE });
    expect(engine.voices().length).toBe(assets.voiceIds.length);
    const a = await syntheticAssets();
    const e2 = await createEngine({ ...quiet, model: a.modelPath, voices: [a.voicesNpzPath, join(a.dir, 'af_bad.bin')], cacheDir: join(a.dir, 'c'), graphCache: false }).catch((e: unknown) => e);
    expect(e2).toMatchObject({ code: 'KOKORO_ENGINE_MODEL_MISSING' });
    await writeFile(join(a.dir, 'af_bad.bin'), new Uint8Array(1234));
    const e3 = await createEngine({ ...quiet, model: a.modelPath, voices: [a.voicesNpzPath, join(a.dir, 'af_bad.bin')], cacheDir: join(a.dir, 'c'), graphCache: false }).catch((e: unknown) => e);
    expect(e3).toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_FILE', message: expect.stringContaining('af_bad.bin') });
  });

  it('creates the optimized graph on first start and reuses it on the next', async () => {
    const a = await syntheticAssets();
    const opts = { ...quiet, model: a.modelPath, voices: a.voicesNpzPath, cacheDir: join(a.dir, 'cache'), audio: DECODABLE };
    const first = await createEngine(opts);
    expect(first.metrics().graphCache.status).toBe('created');
    const r1 = await first.synthesize('Hello world.');
    await first.dispose();
    const second = await createEngine(opts);
    expect(second.metrics().graphCache).toMatchObject({ status: 'hit', path: first.metrics().graphCache.path });
    expect((await second.synthesize('Hello world.')).audio).toEqual(r1.audio);
    await second.dispose();
    await expect(second.synthesize('Hi.')).rejects.toMatchObject({ code: 'KOKORO_ENGINE_DISPOSED' });
  });
});

describe('lexicons', () => {
  it('gives misaki lexicons found in the cache to G2P, and warns about missing ones', async () => {
    const a = await syntheticAssets();
    const cacheDir = join(a.dir, 'cache');
    await mkdir(join(cacheDir, 'misaki', MISAKI_COMMIT), { recursive: true });
    await writeFile(join(cacheDir, 'misaki', MISAKI_COMMIT, 'us_gold.json'), JSON.stringify({ zorblax: 'zˈɔɹblæks' }));
    const engine = await createEngine({ ...quiet, lexicons: true, model: a.modelPath, voices: a.voicesDir, cacheDir, graphCache: false });
    try {
      expect((await engine.phonemize('zorblax')).phonemes).toBe('zˈɔɹblæks');
      expect(engine.startupWarnings.map((w) => w.code)).toEqual(['LEXICON_UNAVAILABLE']);
      expect(engine.startupWarnings[0]!.message).toContain('us_silver.json');
    } finally {
      await engine.dispose();
    }
  });
});

describe('caches', () => {
  it('serves repeated segments from the audio cache and short phrases from the primer, with stats', async () => {
    const { engine } = await syntheticEngine({}, { caches: {} });
    const text = 'A sentence that is long enough to skip the primer cache entirely, because it has many words in it.';
    const a = await engine.synthesize(text);
    const runs = engine.metrics().modelRuns;
    const b = await engine.synthesize(text);
    expect(b.audio).toEqual(a.audio);
    expect(engine.metrics().modelRuns).toBe(runs);
    expect(b.segments.every((s) => s.cached)).toBe(true);
    expect(engine.metrics().caches.audio.hits).toBe(b.segments.length);
    await engine.prime(['Sure.']);
    const before = engine.metrics().caches.primer.hits;
    const p = await engine.synthesize('Sure.');
    expect(engine.metrics().caches.primer.hits).toBe(before + 1);
    expect(p.segments[0]!.cached).toBe(true);
    const other = await engine.synthesize('Sure.', { voice: 'am_adam' });
    expect(other.audio).not.toEqual(p.audio);
  });

  it('counts nothing when caches are off', async () => {
    const { engine } = await syntheticEngine({}, { caches: false });
    await engine.synthesize('Hello there.');
    await engine.synthesize('Hello there.');
    const c = engine.metrics().caches;
    expect([c.audio.hits, c.primer.hits, c.phonemes.hits, c.audio.entries]).toEqual([0, 0, 0, 0]);
    expect(c.audio.enabled).toBe(false);
    expect(engine.metrics().modelRuns).toBe(2);
  });
});

describe('audio safety and other inputs', () => {
  it('synthesizes phonemes, reporting symbols outside the vocabulary', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE });
    const { phonemes, tokens } = await engine.phonemize('Hello world.');
    const res = await engine.synthesizeFromPhonemes(`${phonemes}§`);
    expect(res.warnings.map((w) => w.code)).toEqual(['DROPPED_SYMBOLS']);
    expect(decodeWaveform(res.audio)[0]!.tokenIds).toEqual([0, ...tokens, 0]);
    expect(res.words.map((w) => w.estimated)).toEqual([true, true]);
    await expect(engine.synthesizeFromPhonemes('§§')).rejects.toMatchObject({ code: 'KOKORO_ENGINE_EMPTY_INPUT' });
  });
});
