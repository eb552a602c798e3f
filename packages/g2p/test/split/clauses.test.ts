import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CLAUSE_CHARS, splitClauses } from '../../src/split/index';

const LONG = 'This is a long sentence, with a comma; and a semicolon, and it keeps going because we want it to be long and then it ends.';

describe('splitClauses', () => {
  it('returns short sentences whole', () => {
    expect(splitClauses('Short, simple.')).toEqual([{ text: 'Short, simple.', start: 0, end: 14 }]);
    expect(DEFAULT_MAX_CLAUSE_CHARS).toBe(200);
  });

  it('prefers ; : — over commas over conjunctions over spaces', () => {
    expect(splitClauses(LONG, 40).map((c) => c.text)).toEqual([
      'This is a long sentence, with a comma;',
      'and a semicolon,',
      'and it keeps going',
      'because we want it to be long',
      'and then it ends.',
    ]);
    expect(splitClauses('alpha beta gamma — delta epsilon zeta eta theta', 30).map((c) => c.text)).toEqual([
      'alpha beta gamma —', 'delta epsilon zeta eta theta',
    ]);
  });

  it('never exceeds maxChars and never loses text', () => {
    const words = 'lorem ipsum dolor sit amet, consectetur adipiscing elit; sed do eiusmod tempor and incididunt ut labore'.split(' ');
    let sentence = '';
    for (let i = 0; i < 400; i++) sentence += words[i % words.length] + ' ';
    for (const max of [13, 25, 60, 200]) {
      const clauses = splitClauses(sentence, max);
      for (const c of clauses) {
        expect(c.text.length).toBeLessThanOrEqual(max);
        expect(sentence.slice(c.start, c.end)).toBe(c.text);
      }
      expect(clauses.map((c) => c.text).join(' ').replace(/\s+/g, ' ')).toBe(sentence.trim().replace(/\s+/g, ' '));
    }
  });

  it('does not treat thousands separators as clause breaks', () => {
    const text = `${'a '.repeat(20)}1,234,567 and more words here`;
    expect(splitClauses(text, 45).every((c) => !c.text.startsWith('234'))).toBe(true);
  });

  it('cuts a single overlong word at maxChars without splitting a surrogate pair', () => {
    const word = 'x'.repeat(9) + '😀' + 'y'.repeat(10);
    const clauses = splitClauses(word, 10);
    expect(clauses.map((c) => c.text).join('')).toBe(word);
    for (const c of clauses) expect(c.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('handles empty and whitespace input and bad limits', () => {
    expect(splitClauses('')).toEqual([]);
    expect(splitClauses('   ')).toEqual([]);
    expect(splitClauses('a b c', Number.NaN)).toEqual([{ text: 'a b c', start: 0, end: 5 }]);
  });
});
