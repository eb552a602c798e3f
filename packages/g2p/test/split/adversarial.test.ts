import { describe, expect, it } from 'vitest';
import { createSentenceSplitter, splitClauses, splitSentences } from '../../src/split/index';

describe('splitters on bad input', () => {
  it('handles 100,000 dots', () => {
    const dots = '.'.repeat(100_000);
    const pieces = splitSentences(dots);
    expect(pieces.map((p) => p.text).join('')).toBe(dots);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(2000);
    const unlimited = { maxSentenceChars: Number.POSITIVE_INFINITY };
    expect(splitSentences(dots, unlimited)).toEqual([{ text: dots, start: 0, end: 100_000, boundary: 'end' }]);
    expect(splitSentences(`Hi${dots} There.`, unlimited).map((s) => s.text)).toEqual([`Hi${dots}`, 'There.']);
    expect(splitSentences('. '.repeat(50_000))).toHaveLength(50_000);
  });

  it('handles 5 MB without punctuation and 5 MB of sentences', () => {
    const words = 'word '.repeat(1_000_000);
    const cut = splitSentences(words);
    expect(cut.length).toBeGreaterThan(2000);
    for (const s of cut.slice(0, -1)) {
      expect(s.text.length).toBeLessThanOrEqual(2000);
      expect(s.boundary).toBe('length');
      expect(s.text.endsWith('word')).toBe(true);
    }
    const sentences = 'Dr. Smith said hi. '.repeat(250_000);
    expect(splitSentences(sentences)).toHaveLength(250_000);
    expect(splitClauses(words, 200).length).toBeGreaterThan(20_000);
  });

  it('handles binary garbage, lone surrogates, RTL and emoji', () => {
    let garbage = '';
    for (let i = 0; i < 100_000; i++) garbage += String.fromCharCode((i * 7919) % 0x10000);
    const spans = splitSentences(garbage);
    for (const s of spans) expect(garbage.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences('\ud800. \udc00! שלום. مرحبا؟ 👍🏽. Done').map((s) => s.text)).toEqual(['\ud800.', '\udc00!', 'שלום.', 'مرحبا؟ 👍🏽.', 'Done']);
  });

  it('streams adversarial text in large chunks with the same result', () => {
    const text = `${'a.'.repeat(20_000)} ${'!'.repeat(10_000)} End. ${'\n'.repeat(1000)}Next`;
    const splitter = createSentenceSplitter();
    const got: string[] = [];
    for (let i = 0; i < text.length; i += 997) got.push(...splitter.push(text.slice(i, i + 997)));
    got.push(...splitter.flush());
    expect(got).toEqual(splitSentences(text).map((s) => s.text));
  });
});
