import { beforeAll, describe, expect, it } from 'vitest';
import { createG2P, VOCAB, type G2P } from '../src/index';

let g: G2P;
let raw: G2P;
beforeAll(async () => {
  g = await createG2P();
  raw = await createG2P({ normalize: false });
});

function garbage(length: number): string {
  let seed = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(seed % 65536);
  }
  return out;
}

const CASES: Record<string, string> = {
  empty: '',
  whitespace: ' \t\n\r\n   \u00a0 ',
  'binary garbage': garbage(20_000),
  'lone surrogates': 'a\ud800b\udc00c \ud83d word',
  rtl: 'مرحبا بالعالم hello שלום',
  emoji: 'I 😀 love 🎉🎉 pizza 🍕!',
  'ten-thousand-digit number': '9'.repeat(10_000),
  'hundred-thousand dots': '.'.repeat(100_000),
  brackets: '['.repeat(50_000) + '](/' + ')'.repeat(50_000),
  'long word': 'a'.repeat(200_000),
  'hyphens and apostrophes': "-'-'".repeat(20_000),
  'hyphenated digit chain': '1-'.repeat(40_000),
  'capital-digit codes': 'A-1'.repeat(30_000),
  'rates and dates': '$1/mo 11/15 '.repeat(8_000),
};

describe('bad input never throws and stays in the vocabulary', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(name, () => {
      for (const instance of [g, raw]) {
        const result = instance.phonemize(text);
        expect([...result.phonemes].filter((ch) => !VOCAB.has(ch))).toEqual([]);
        expect(result.words.every((w) => w.end >= w.start && w.start >= 0 && w.end <= text.length)).toBe(true);
        const segments = instance.segments(text);
        expect(segments.every((s) => s.ids.length <= 510)).toBe(true);
      }
    });
  }

  it('reads a huge number digit by digit without losing digits', () => {
    const segments = raw.segments('7'.repeat(1000));
    const words = segments.flatMap((s) => s.words);
    expect(words.length).toBeGreaterThan(0);
    const spoken = raw.phonemize('7'.repeat(1000)).phonemes.split(' ').filter((x) => x === 'sˈɛvən').length;
    expect(spoken).toBe(1000);
  });

  it('handles five megabytes of text', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(5 * 1024 * 1024 / 45);
    const result = raw.phonemize(text);
    expect(result.words.length).toBeGreaterThan(900_000);
  });
});
