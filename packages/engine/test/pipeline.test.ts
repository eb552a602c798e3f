import { decodeWaveform, syntheticVoice } from '@kokoro-ts/testkit';
import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_AUDIO_OPTIONS } from '../src/audio/postprocess';
import { LruCache } from '../src/cache/lru';
import { readSignature } from '../src/model/signature';
import type { RunContext, SegmentAudio } from '../src/pipeline/run-segment';
import { scheduleSegments } from '../src/pipeline/scheduler';
import type { PreparedSegment } from '../src/pipeline/segment-source';
import type { AudioChunk } from '../src/pipeline/types';
import { syntheticAssets, syntheticPool } from './helpers/synthetic';

const audio = { ...DEFAULT_AUDIO_OPTIONS, fadeMs: 0, pauses: { paragraph: 50, sentence: 40, colon: 30, clause: 20, word: 10 } };
const pools: { dispose(): Promise<void> }[] = [];
afterAll(async () => { await Promise.all(pools.map((p) => p.dispose())); });

function seg(ids: number[], boundary: PreparedSegment['boundary'] = 'sentence'): PreparedSegment {
  return { text: `t${ids.join('-')}.`, phonemes: `p${ids.join('')}`, ids, words: [{ text: 'w1', start: 0, end: 1, tokenStart: 0, tokenEnd: 2 }, { text: 'w2', start: 2, end: 3, tokenStart: 3, tokenEnd: ids.length }], boundary, g2pMs: 0, tokenizeMs: 0 };
}

async function* counted(items: PreparedSegment[], pulled: number[]): AsyncGenerator<PreparedSegment> {
  for (const s of items) { pulled.push(s.ids[0]!); yield await Promise.resolve(s); }
}

async function setup(variant: Parameters<typeof syntheticAssets>[0]) {
  const a = await syntheticAssets(variant, ['af_heart', 'am_adam']);
  const pool = await syntheticPool(a.modelPath);
  pools.push(pool);
  const sig = readSignature(pool.metadata, a.modelPath);
  const ctx = (speed = 1, signal = new AbortController().signal): RunContext => ({
    pool: pool, sig, pack: syntheticVoice(1), voiceKey: 'am_adam', speed, modelSpeed: speed, modelId: 'm',
    audio, audioCache: new LruCache<SegmentAudio>({ enabled: false, maxBytes: 0, maxEntries: 0 }, () => 0), clock: () => performance.now(), signal,
  });
  return { pool, sig, ctx };
}

async function collect(it: AsyncIterable<AudioChunk>) {
  const out: AudioChunk[] = [];
  for await (const c of it) out.push(c);
  return out;
}

describe('segment scheduling on the synthetic model', () => {
  it('sends the ids of every segment in order, with the style row min(len, 509) and the speed', async () => {
    const { ctx } = await setup({});
    const segs = [seg([5, 6, 7, 8]), seg([20, 16, 21, 22, 23, 24], 'paragraph'), seg([30, 16, 31])];
    const chunks = await collect(scheduleSegments(counted(segs, []), ctx(1.5), { lookahead: 2, timestamps: true, audio, clock: () => performance.now(), onWarning: () => undefined }, new AbortController()));
    expect(chunks.map((c) => c.index)).toEqual([0, 1, 2]);
    const whole = new Float32Array(chunks.reduce((n, c) => n + c.audio.length, 0));
    let at = 0;
    for (const c of chunks) { expect(c.startSample).toBe(at); whole.set(c.audio, at); at += c.audio.length; }
    const runs = decodeWaveform(whole, { minGapSamples: 200 });
    expect(runs.map((r) => r.tokenIds)).toEqual(segs.map((s) => [0, ...s.ids, 0]));
    expect(runs.map((r) => r.styleRow)).toEqual([4, 6, 3]);
    expect(runs.every((r) => r.speed === 1.5 && r.voiceIndex === 1)).toBe(true);
    expect(runs.map((r) => r.startSample)).toEqual(chunks.map((c) => c.segment.startSample));
    // pauses: 40 ms after a sentence, 50 ms after a paragraph, at speed 1.5
    expect(chunks[1]!.segment.pauseSamples).toBe(Math.round(0.04 * 24000 / 1.5));
    expect(chunks[2]!.segment.pauseSamples).toBe(Math.round(0.05 * 24000 / 1.5));
    expect(chunks[0]!.segment.timing.runMs).toBeGreaterThan(0);
  });

  it('gives exact word times from the duration output, lined up with the decoded frames', async () => {
    const { ctx } = await setup({ duration: true });
    const segs = [seg([5, 6, 7, 16, 9, 10]), seg([40, 41, 16, 42])];
    const chunks = await collect(scheduleSegments(counted(segs, []), ctx(1), { lookahead: 2, timestamps: true, audio, clock: () => performance.now(), onWarning: () => undefined }, new AbortController()));
    for (const c of chunks) {
      const [run] = decodeWaveform(c.audio, { startSample: c.startSample, minGapSamples: 200 });
      const frameStart = (pos: number) => run!.startSample + run!.durations.slice(0, pos).reduce((a, b) => a + b, 0) * 600;
      const w = c.words;
      expect(w.map((x) => x.estimated)).toEqual([false, false]);
      expect(w[0]!.start * 24000).toBeCloseTo(frameStart(1), 6);
      expect(w[0]!.end * 24000).toBeCloseTo(frameStart(3), 6);
      expect(w[1]!.start * 24000).toBeCloseTo(frameStart(4), 6);
      expect(w[1]!.end * 24000).toBeCloseTo(frameStart(c.segment.tokens.length + 1), 6);
    }
  });

  it('feeds an int32 speed input as int32', async () => {
    const { ctx, sig } = await setup({ speedType: 'int32' });
    expect(sig.speedType).toBe('int32');
    const chunks = await collect(scheduleSegments(counted([seg([5, 6, 7])], []), ctx(2), { lookahead: 1, timestamps: false, audio, clock: () => performance.now(), onWarning: () => undefined }, new AbortController()));
    expect(decodeWaveform(chunks[0]!.audio)[0]!.speed).toBe(2);
  });

  it('keeps lookahead bounded for a slow consumer and stops on abort', async () => {
    const { ctx } = await setup({});
    const segs = Array.from({ length: 10 }, (_, i) => seg([i + 1, 5, 6]));
    const pulled: number[] = [];
    const controller = new AbortController();
    const gen = scheduleSegments(counted(segs, pulled), ctx(1, controller.signal), { lookahead: 2, timestamps: false, audio, clock: () => performance.now(), onWarning: () => undefined }, controller);
    const first = await gen.next();
    expect(first.value?.index).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    // the consumer holds chunk 0: at most `lookahead` more segments were taken from the source
    expect(pulled.length).toBeLessThanOrEqual(3);
    controller.abort();
    await expect(gen.next()).rejects.toMatchObject({ code: 'KOKORO_ENGINE_ABORTED' });
    expect(pulled.length).toBeLessThanOrEqual(3);
  });
});
