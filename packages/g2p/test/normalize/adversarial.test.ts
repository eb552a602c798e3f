import { describe, expect, it } from 'vitest';
import { G2PInputTooLongError, NORMALIZE_ERROR_CODES, normalize, normalizeText } from '../../src/normalize/index';

/** Deterministic pseudo-random generator so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('bad input never throws', () => {
  it('handles empty and whitespace-only text', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('   \n\t \r\n ')).toBe('');
  });

  it('handles binary garbage (every code unit, random order)', () => {
    const rand = rng(1);
    let s = '';
    for (let i = 0; i < 200_000; i++) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    const out = normalizeText(s);
    expect(typeof out).toBe('string');
    for (let k = 0; k < out.length; k++) {
      const c = out.charCodeAt(k);
      if ((c < 32 && c !== 9 && c !== 10) || c === 0x7f) throw new Error(`control character ${c} at ${k}`);
    }
  });

  it('drops lone surrogates but keeps valid pairs of other scripts', () => {
    const out = normalizeText('a\ud800b \udc00c \ud83d x 𝒜 ok');
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(out).toContain('𝒜');
    expect(out).toContain('ok');
  });

  it('handles RTL, mixed scripts and bidi controls', () => {
    expect(normalizeText('\u202eשלום\u202c 123 مرحبا')).toBe('שלום one hundred twenty-three مرحبا');
  });

  it('handles emoji storms', () => {
    expect(normalizeText('👍🏽'.repeat(10_000) + ' done')).toBe('done');
    expect(normalizeText('👨‍👩‍👧‍👦 family')).toBe('family');
  });

  it('handles 100,000 dots and 100,000 of each punctuation mark', () => {
    expect(normalizeText('.'.repeat(100_000))).toBe('…');
    expect(normalizeText('wait' + '.'.repeat(100_000) + 'go')).toBe('wait…go');
    for (const ch of ',;:!?-/@#$%&*()[]"\'') {
      expect(() => normalizeText(ch.repeat(100_000))).not.toThrow();
    }
  });

  it('handles long runs that tempt backtracking', () => {
    const cases = [
      '1.'.repeat(50_000), '1,'.repeat(50_000), '1-'.repeat(50_000), '1:'.repeat(50_000), '1/'.repeat(50_000),
      'a.'.repeat(50_000), 'a@'.repeat(50_000), 'www.'.repeat(20_000), 'http://' + 'a'.repeat(100_000),
      'x'.repeat(100_000) + '@', 'a.b'.repeat(30_000), '+1 '.repeat(30_000), '(555) '.repeat(20_000), 'St. '.repeat(30_000),
      'I'.repeat(100_000), 'IV '.repeat(30_000), 'A'.repeat(100_000), '$'.repeat(50_000) + '5', "'".repeat(50_000) + '90s',
      '[a]('.repeat(25_000), '[a](b)'.repeat(15_000), '## '.repeat(30_000), '3x'.repeat(30_000), '6\'2"'.repeat(20_000),
    ];
    for (const s of cases) expect(typeof normalizeText(s)).toBe('string');
  });

  it('handles 5 MB of ordinary text', () => {
    const sentence = 'On Jan. 5th, Dr. Smith paid $1,234.56 for 3 GB at 3:30 pm — e.g. at https://example.com! ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const out = normalize(text);
    expect(out.text.length).toBeGreaterThan(text.length);
    expect(out.text.startsWith('On January fifth, Doctor Smith paid one thousand two hundred thirty-four dollars and fifty-six cents')).toBe(true);
  });
});

describe('maxChars', () => {
  it('throws a coded error only when a caller-set limit is exceeded', () => {
    expect(normalizeText('hello', { maxChars: 5 })).toBe('hello');
    let caught: unknown;
    try {
      normalizeText('hello!', { maxChars: 5 });
    } catch (error) {
      caught = error;
    }
    expect((caught as { code?: string }).code).toBe('KOKORO_G2P_INPUT_TOO_LONG');
    expect((caught as Error).message).toMatch(/at most 5 characters.*got 6/);
    expect(caught).toBeInstanceOf(G2PInputTooLongError);
    expect(NORMALIZE_ERROR_CODES.INPUT_TOO_LONG).toBe('KOKORO_G2P_INPUT_TOO_LONG');
  });
});
