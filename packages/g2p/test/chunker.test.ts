import { beforeAll, describe, expect, it } from 'vitest';
import { createG2P, tokenize, type G2P, type Segment } from '../src/index';

let g: G2P;
beforeAll(async () => {
  g = await createG2P();
});

const LONG = Array.from({ length: 40 }, (_, i) => `Sentence number ${i + 1} talks about the weather, the river and the old stone bridge near the town.`).join(' ');

function wordsOf(segments: Segment[]): string[] {
  return segments.flatMap((s) => s.words.map((w) => w.text));
}

describe('segments', () => {
  it('keeps every segment within maxTokens and loses no word', () => {
    const segments = g.segments(LONG, { maxTokens: 100 });
    expect(segments.length).toBeGreaterThan(5);
    for (const s of segments) expect(s.ids.length).toBeLessThanOrEqual(100);
    expect(wordsOf(segments)).toEqual(g.phonemize(LONG).words.map((w) => w.text));
  });

  it('prefers sentence, then clause boundaries, and never splits a word', () => {
    const segments = g.segments(LONG, { maxTokens: 100 });
    for (const s of segments.slice(0, -1)) expect(['sentence', 'clause']).toContain(s.boundary);
    expect(segments[segments.length - 1]?.boundary).toBe('end');
    const sentenceText = 'One two three four five six seven eight nine ten eleven twelve.';
    const byWord = g.segments(sentenceText, { maxTokens: 12 });
    for (const s of byWord) {
      expect(s.ids.length).toBeLessThanOrEqual(12);
      for (const w of s.words) expect(w.tokenEnd).toBeGreaterThan(w.tokenStart);
    }
    expect(wordsOf(byWord).join(' ')).toBe('One two three four five six seven eight nine ten eleven twelve');
  });

  it('ids and phonemes agree and word token ranges point at the word phonemes', () => {
    const text = 'Hello there, my friend. The water is cold!';
    const [segment] = g.segments(text);
    expect(segment).toBeDefined();
    if (!segment) return;
    expect(segment.ids).toEqual(tokenize(segment.phonemes).ids);
    const phonemized = g.phonemize(text).words;
    segment.words.forEach((w, i) => {
      expect(segment.ids.slice(w.tokenStart, w.tokenEnd)).toEqual(tokenize(phonemized[i]?.phonemes ?? '').ids);
      expect(text.slice(w.start, w.end)).toBe(w.text);
    });
  });

  it('makes the first segment short when asked', () => {
    const segments = g.segments(LONG, { maxTokens: 510, firstSegmentTokens: 40 });
    expect(segments[0]?.ids.length).toBeLessThanOrEqual(40);
    expect(segments[0]?.ids.length).toBeGreaterThan(10);
    expect(segments[1]?.ids.length).toBeGreaterThan(200);
  });

  it('never splits a word to meet a small first-segment target', () => {
    const segments = g.segments('Extraordinary things happen.', { firstSegmentTokens: 3 });
    expect(segments[0]?.words.map((w) => w.text)).toEqual(['Extraordinary']);
    expect(wordsOf(segments)).toEqual(['Extraordinary', 'things', 'happen']);
  });

  it('always ends a segment at a blank line', () => {
    const segments = g.segments('First paragraph here.\n\nSecond paragraph here.');
    expect(segments.map((s) => [s.text, s.boundary])).toEqual([
      ['First paragraph here.', 'paragraph'],
      ['Second paragraph here.', 'end'],
    ]);
  });

  it('splits a single unit longer than the limit instead of dropping it', () => {
    const word = 'supercalifragilisticexpialidocious';
    const segments = g.segments(word, { maxTokens: 8 });
    const all = segments.flatMap((s) => s.ids);
    expect(all).toEqual(tokenize(g.phonemize(word).phonemes).ids);
    for (const s of segments) expect(s.ids.length).toBeLessThanOrEqual(8);
  });

  it('returns no segments for empty input', () => {
    expect(g.segments('')).toEqual([]);
    expect(g.segments('   \n\n  ')).toEqual([]);
  });
});
