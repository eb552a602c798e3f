import { describe, expect, it } from 'vitest';

import { DEFAULT_AUDIO_OPTIONS, cleanSegment, pauseSamples } from '../src/audio/postprocess';
import { estimateWords, wordsFromDurations } from '../src/audio/timestamps';
import { LruCache } from '../src/cache/lru';

function tone(silentBefore: number, sound: number, silentAfter: number): Float32Array {
  const a = new Float32Array(silentBefore + sound + silentAfter);
  for (let i = 0; i < sound; i++) a[silentBefore + i] = 0.5 * Math.sin(i / 5);
  return a;
}

describe('audio post-processing', () => {
  it('trims long silences to a natural margin and reports the shift', () => {
    const c = cleanSegment(tone(24_000, 12_000, 24_000), 1, DEFAULT_AUDIO_OPTIONS);
    expect(c.trimmedStart).toBeGreaterThan(24_000 - 0.03 * 24_000 - 240);
    expect(c.trimmedStart).toBeLessThanOrEqual(24_000 - 0.03 * 24_000);
    expect(c.audio.length).toBeLessThan(12_000 + 0.1 * 24_000 + 480);
    expect(c.audio.length).toBeGreaterThan(12_000);
  });

  it('fades edges to zero, replaces NaN/Inf and clamps, reporting counts', () => {
    const a = tone(0, 4800, 0).fill(0.9, 0, 10);
    a[100] = Number.NaN; a[200] = Number.POSITIVE_INFINITY; a[300] = 3; a[301] = -2;
    const c = cleanSegment(a, 1, { ...DEFAULT_AUDIO_OPTIONS, trim: false });
    expect(c).toMatchObject({ nonFinite: 2, clipped: 2, trimmedStart: 0 });
    expect(c.audio[0]).toBe(0);
    expect(Math.abs(c.audio.at(-1)!)).toBeLessThan(0.01);
    expect(c.audio.every((v) => Number.isFinite(v) && v >= -1 && v <= 1)).toBe(true);
  });

  it('sizes pauses by punctuation and speed', () => {
    const p = DEFAULT_AUDIO_OPTIONS.pauses;
    expect(pauseSamples('sentence', 'Hi.', 1, p)).toBe(7680);
    expect(pauseSamples('sentence', 'Hi.', 2, p)).toBe(3840);
    expect(pauseSamples('paragraph', 'Hi.', 1, p)).toBe(14400);
    expect(pauseSamples('clause', 'Hi,', 1, p)).toBe(3360);
    expect(pauseSamples('clause', 'Hi;', 1, p)).toBe(5280);
    expect(pauseSamples('word', 'and then', 1, p)).toBe(0);
  });
});

describe('word timestamps', () => {
  const words = [{ text: 'a', tokenStart: 0, tokenEnd: 2 }, { text: 'b', tokenStart: 3, tokenEnd: 4 }];
  it('maps duration frames through token spans, shifted by trimming and placement', () => {
    const durations = [2, 3, 1, 4, 2, 5]; // pad, 4 ids, pad
    const out = wordsFromDurations(words, durations, 17 * 600, { outputStart: 24_000, trimmedStart: 600, keptSamples: 17 * 600 - 600 });
    expect(out[0]).toEqual({ word: 'a', start: (24_000 + 600) / 24_000, end: (24_000 + 5 * 600) / 24_000, estimated: false });
    expect(out[1]).toEqual({ word: 'b', start: (24_000 + 9 * 600) / 24_000, end: (24_000 + 11 * 600) / 24_000, estimated: false });
  });
  it('marks estimates as such', () => {
    const out = estimateWords(words, 4, 6 * 1000, { outputStart: 0, trimmedStart: 0, keptSamples: 6000 });
    expect(out.every((w) => w.estimated)).toBe(true);
    expect(out[0]!.start).toBeCloseTo(1000 / 24000);
  });
});

describe('LruCache', () => {
  it('bounds bytes and entries, counts hits and misses, and can be disabled', () => {
    const c = new LruCache<Float32Array>({ enabled: true, maxEntries: 10, maxBytes: 100 }, (v) => v.byteLength);
    c.set('a', new Float32Array(10)); c.set('b', new Float32Array(10));
    expect(c.get('a')).toBeDefined();
    c.set('c', new Float32Array(10));
    expect(c.get('b')).toBeUndefined();
    expect(c.stats()).toMatchObject({ hits: 1, misses: 1, evictions: 1, entries: 2, bytes: 80 });
    const off = new LruCache<Float32Array>({ enabled: false, maxEntries: 10, maxBytes: 100 }, (v) => v.byteLength);
    off.set('a', new Float32Array(1));
    expect(off.get('a')).toBeUndefined();
    expect(off.stats()).toMatchObject({ enabled: false, entries: 0 });
  });
});
