import { describe, expect, it } from 'vitest';
import { PAD_ID, tokenize, VOCAB } from '../src/index';

describe('VOCAB', () => {
  it("holds Kokoro's 114 symbols with their config.json ids", () => {
    expect(VOCAB.size).toBe(114);
    expect(VOCAB.get(' ')).toBe(16);
    expect(VOCAB.get('ˈ')).toBe(156);
    expect(VOCAB.get('ɾ')).toBe(125);
    expect(VOCAB.get('ᵻ')).toBe(177);
    expect(VOCAB.get('ʤ')).toBe(82);
    expect(VOCAB.get('…')).toBe(10);
    expect(Math.max(...VOCAB.values())).toBeLessThan(178);
    expect([...VOCAB.values()]).not.toContain(PAD_ID);
  });

  it('has only single-code-unit symbols (tokenize relies on it)', () => {
    for (const symbol of VOCAB.keys()) expect(symbol.length).toBe(1);
  });
});

describe('tokenize', () => {
  it('maps phonemes to ids', () => {
    expect(tokenize('həlˈO')).toEqual({ ids: [50, 83, 54, 156, 31], dropped: 0 });
  });

  it('drops and counts symbols outside the vocabulary instead of throwing', () => {
    const result = tokenize('hə❓lˈO\u{1F600}X');
    expect(result.ids).toEqual([50, 83, 54, 156, 31]);
    expect(result.dropped).toBe(4); // ❓, the two halves of the emoji, X
  });

  it('handles empty input', () => {
    expect(tokenize('')).toEqual({ ids: [], dropped: 0 });
  });
});
