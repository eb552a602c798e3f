import { decodeWaveform, DEFAULT_VOICE_IDS } from '@kokoro-ts/testkit';
import { afterAll, describe, expect, it } from 'vitest';

import { DECODABLE, disposeEngines, streamAudio, syntheticEngine } from './helpers/engine';

afterAll(disposeEngines);

const TEXT = 'The quick brown fox jumps over the lazy dog near the river bank. It was a bright cold day in April, and the clocks were striking thirteen.\n\nA new paragraph starts here; it has a few more words to say.';

describe('engine on the synthetic model', () => {
  it('sends every segment\'s ids in order, with the style row min(len, 509), voice and speed', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE });
    const res = await engine.synthesize(TEXT, { voice: 'am_adam', speed: 1.25 });
    expect(res.segments.length).toBeGreaterThan(2);
    expect(res.segments[0]!.tokens.length).toBeLessThanOrEqual(24);
    const runs = decodeWaveform(res.audio, { minGapSamples: 100 });
    expect(runs.map((r) => r.tokenIds)).toEqual(res.segments.map((s) => [0, ...s.tokens, 0]));
    expect(runs.map((r) => r.styleRow)).toEqual(res.segments.map((s) => Math.min(s.tokens.length, 509)));
    expect(runs.map((r) => r.startSample)).toEqual(res.segments.map((s) => s.startSample));
    const adam = DEFAULT_VOICE_IDS.indexOf('am_adam');
    expect(runs.every((r) => r.voiceIndex === adam && r.speed === 1.25)).toBe(true);
    // the segments cover the text in order: all its words, nothing dropped
    const words = (s: string) => s.toLowerCase().match(/[a-z]+/g) ?? [];
    expect(res.segments.flatMap((s) => words(s.text))).toEqual(words(TEXT));
    const { tokens } = await engine.phonemize(TEXT);
    const noSpace = (ids: number[]) => ids.filter((id) => id !== 16);
    expect(noSpace(res.segments.flatMap((s) => s.tokens))).toEqual(noSpace(tokens));
  });

  it('starts with a short segment and grows later ones, never across a paragraph break', async () => {
    const { engine } = await syntheticEngine();
    const para = Array.from({ length: 12 }, (_, i) => `This is sentence ${i} of a long paragraph, with a clause or two in it.`).join(' ');
    const res = await engine.synthesize(`${para}\n\n${para}`);
    const sizes = res.segments.map((s) => s.tokens.length);
    expect(sizes[0]).toBeLessThanOrEqual(24);
    let budget = 24;
    for (const n of sizes) { expect(n).toBeLessThanOrEqual(budget); budget = Math.min(400, Math.ceil(budget * 1.5)); }
    expect(Math.max(...sizes)).toBeGreaterThan(100);
    expect(res.segments.filter((s) => s.boundary === 'paragraph')).toHaveLength(1);
    expect(res.segments.every((s) => !s.text.includes('\n\n'))).toBe(true);
  });

  it('keeps a word longer than the first-segment budget whole: one model call, no space inside it', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE });
    const text = 'Antidisestablishmentarianism supercalifragilisticexpialidocious is long. Next sentence here.';
    const res = await engine.synthesize(text);
    const runs = decodeWaveform(res.audio, { minGapSamples: 100 });
    expect(runs.map((r) => r.tokenIds)).toEqual(res.segments.map((s) => [0, ...s.tokens, 0]));
    for (const word of ['Antidisestablishmentarianism', 'supercalifragilisticexpialidocious']) {
      const alone = (await engine.phonemize(word)).tokens;
      expect(alone.length).toBeGreaterThan(24); // longer than the first segment's budget
      const holder = res.segments.filter((s) => s.text.includes(word));
      expect(holder, `${word} must be in exactly one segment`).toHaveLength(1);
      const ids = holder[0]!.tokens;
      const at = ids.findIndex((_, i) => alone.every((id, k) => ids[i + k] === id));
      expect(at, `${word}'s ids must reach the model contiguously, without a space id inside`).toBeGreaterThanOrEqual(0);
    }
    const words = (s: string) => s.toLowerCase().match(/[a-z]+/g) ?? [];
    expect(res.segments.flatMap((s) => words(s.text))).toEqual(words(text));
  });

  it('stream and synthesize produce the same audio', async () => {
    const { engine } = await syntheticEngine();
    const whole = await engine.synthesize(TEXT, { voice: 'af_heart' });
    const streamed = await streamAudio(engine.stream(TEXT, { voice: 'af_heart' }));
    expect(streamed).toEqual(whole.audio);
    expect(whole.audio.every((v) => v >= -1 && v <= 1)).toBe(true);
  });

  it('streams an AsyncIterable of text chunks (an LLM) with the same words', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE });
    async function* llm() {
      for (const piece of TEXT.match(/.{1,7}/gs) ?? []) yield await Promise.resolve(piece);
    }
    const chunks = [];
    for await (const c of engine.stream(llm(), { voice: 'af_heart' })) chunks.push(c);
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
    const ref = await engine.synthesize(TEXT, { voice: 'af_heart' });
    const noSpace = (ids: number[]) => ids.filter((id) => id !== 16);
    expect(noSpace(chunks.flatMap((c) => c.segment.tokens))).toEqual(noSpace(ref.segments.flatMap((s) => s.tokens)));
  });

  it('feeds speed as the model declares it: float32 keeps 1.5, int32 rejects or rounds it', async () => {
    const { engine: f } = await syntheticEngine({}, { audio: DECODABLE });
    expect(decodeWaveform((await f.synthesize('Hello there.', { speed: 1.5 })).audio)[0]!.speed).toBe(1.5);
    const { engine: i } = await syntheticEngine({ speedType: 'int32' }, { audio: DECODABLE });
    expect(i.info.signature.speedType).toBe('int32');
    expect(decodeWaveform((await i.synthesize('Hello there.', { speed: 2 })).audio)[0]!.speed).toBe(2);
    await expect(i.synthesize('Hello there.', { speed: 1.5 })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_SPEED' });
    const { engine: r } = await syntheticEngine({ speedType: 'int32', idsName: 'tokens' }, { audio: DECODABLE, speedPolicy: 'round' });
    expect(r.info.signature.idsName).toBe('tokens');
    const res = await r.synthesize('Hello there.', { speed: 1.6 });
    expect(decodeWaveform(res.audio)[0]!.speed).toBe(2);
    expect(res.warnings.map((w) => w.code)).toEqual(['SPEED_ROUNDED']);
  });

  it('lines word timestamps up with the segments: exact with a duration output, estimated without', async () => {
    const { engine } = await syntheticEngine({ duration: true }, { audio: DECODABLE });
    const res = await engine.synthesize(TEXT);
    expect(res.words.map((w) => w.word.toLowerCase())).toEqual(TEXT.toLowerCase().match(/[a-z]+/g));
    const runs = decodeWaveform(res.audio, { minGapSamples: 100 });
    let w = 0;
    res.segments.forEach((s, k) => {
      const run = runs[k]!;
      const frameAt = (pos: number) => run.startSample + run.durations.slice(0, pos).reduce((a, b) => a + b, 0) * 600;
      const segWords = res.words.slice(w, w + s.tokens.length).filter((x) => x.start * 24000 >= s.startSample - 1e-6 && x.end * 24000 <= s.startSample + s.sampleCount + 1e-6);
      expect(segWords.length).toBeGreaterThan(0);
      expect(segWords[0]!.estimated).toBe(false);
      // the first word of a segment starts right after the leading pad's frames
      expect(segWords[0]!.start * 24000).toBeCloseTo(frameAt(1), 3);
      w += segWords.length;
    });
    expect(w).toBe(res.words.length);
    const { engine: est } = await syntheticEngine({}, { audio: DECODABLE });
    const e = await est.synthesize('Hello there, general.');
    expect(e.words.length).toBe(3);
    expect(e.words.every((x) => x.estimated && x.end > x.start)).toBe(true);
  });

  it('lists voices with language and gender, blends, and registers custom voices', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE });
    expect(engine.voices().find((v) => v.id === 'bf_emma')).toMatchObject({ language: 'en-gb', gender: 'female' });
    const spanish = await engine.synthesize('Hi.', { voice: 'ef_dora' });
    expect(spanish.warnings.map((w) => w.code)).toEqual(['LANGUAGE_FALLBACK']);
    const blend = await engine.synthesize('Hi.', { voice: 'af_heart(1)+am_adam(1)' });
    const h = DEFAULT_VOICE_IDS.indexOf('af_heart');
    const a = DEFAULT_VOICE_IDS.indexOf('am_adam');
    expect(decodeWaveform(blend.audio)[0]!.voiceIndex).toBeCloseTo(((h + 1) + (a + 1)) / 2 - 1, 3);
  });

  it('rejects bad input with typed errors', async () => {
    const { engine } = await syntheticEngine({}, { limits: { maxInputChars: 200 } });
    await expect(engine.synthesize('   ')).rejects.toMatchObject({ code: 'KOKORO_ENGINE_EMPTY_INPUT' });
    const lazy = engine.stream(''); // errors surface from the first next(), not from stream() itself
    await expect(lazy[Symbol.asyncIterator]().next()).rejects.toMatchObject({ code: 'KOKORO_ENGINE_EMPTY_INPUT' });
    await expect(engine.synthesize('Hi.', { voice: 'af_hart' })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_UNKNOWN_VOICE', details: { closest: expect.arrayContaining(['af_heart']) } });
    await expect(engine.synthesize('Hi.', { speed: 0.1 })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_SPEED' });
    await expect(engine.synthesize('Hi.', { speed: 5 })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_SPEED' });
    await expect(engine.synthesize('x'.repeat(201))).rejects.toMatchObject({ code: 'KOKORO_ENGINE_INPUT_TOO_LONG' });
    await expect(engine.synthesize('Hi.', { voice: 'af_heart(0)+am_adam' })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_SPEC' });
    await expect(engine.synthesize('Hi.', { voice: 'af_heart(-1)+am_adam' })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_SPEC' });
    await expect(engine.synthesize('Hi.', { voice: '../../etc/passwd' })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_VOICE_SPEC' });
    await expect(engine.synthesizeFromTokens([5, 0, 6])).rejects.toMatchObject({ code: 'KOKORO_ENGINE_BAD_TOKEN' });
    const tooLong = async function* () { yield await Promise.resolve('word '.repeat(30)); yield 'word '.repeat(30); };
    await expect(streamAudio(engine.stream(tooLong()))).rejects.toMatchObject({ code: 'KOKORO_ENGINE_INPUT_TOO_LONG' });
  });

  it('splits long token input at spaces and never truncates', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE });
    const ids = Array.from({ length: 1200 }, (_, i) => (i % 7 === 6 ? 16 : 43 + (i % 5)));
    const res = await engine.synthesizeFromTokens(ids);
    expect(res.segments.length).toBe(3);
    expect(res.segments.every((s) => s.tokens.length <= 510)).toBe(true);
    expect(res.segments.flatMap((s) => s.tokens)).toEqual(ids);
    expect(decodeWaveform(res.audio, { minGapSamples: 100 }).map((r) => r.tokenIds.length - 2)).toEqual(res.segments.map((s) => s.tokens.length));
  });

  it('stops all further model runs when aborted', async () => {
    const { engine } = await syntheticEngine();
    const controller = new AbortController();
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} is here to be spoken.`).join(' ');
    const seen: number[] = [];
    const run = (async () => {
      for await (const c of engine.stream(long, { signal: controller.signal })) {
        seen.push(c.index);
        if (c.index === 1) controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ code: 'KOKORO_ENGINE_ABORTED' });
    // runs already in a worker at the abort may finish (their results are dropped); nothing new starts
    await new Promise((r) => setTimeout(r, 150));
    const settled = engine.metrics().pool.totals.runs;
    await new Promise((r) => setTimeout(r, 150));
    expect(engine.metrics().pool.totals.runs).toBe(settled);
    expect(settled).toBeLessThanOrEqual(2 + 2); // two consumed + lookahead 2, of 30 sentences
    expect(seen).toEqual([0, 1]);
    await expect(engine.synthesize('Hi.', { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'KOKORO_ENGINE_ABORTED' });
  });
});
