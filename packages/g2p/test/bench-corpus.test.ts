import { describe, expect, it } from 'vitest';
import { buildCorpus, countWords, CORPUS_PARAGRAPHS } from '../bench/corpus';
import { createG2P } from '../src/index';

describe('benchmark inputs', () => {
  it('counts words as runs of letters, digits and apostrophes', () => {
    expect(countWords("It's 5 o'clock, Dr. Smith.")).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('is realistic in-lexicon prose: thousands of words, almost none out of lexicon', async () => {
    const text = buildCorpus(1, false);
    expect(countWords(text)).toBeGreaterThan(400);
    expect(CORPUS_PARAGRAPHS.length).toBeGreaterThanOrEqual(10);
    const g = await createG2P({ cacheSize: 0 });
    g.phonemize(text);
    const s = g.stats().sources;
    const total = Object.values(s).reduce((a, b) => a + b, 0);
    expect((s.rules + s.none + s.espeak) / total).toBeLessThan(0.01);
  });
});
