import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index';

/** Each output word with the input text it maps back to. */
function wordSources(input: string): Array<[string, string]> {
  const { text, map } = normalize(input);
  const out: Array<[string, string]> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = map.toSource(m.index, m.index + m[0].length);
    out.push([m[0], input.slice(span.start, span.end)]);
  }
  return out;
}

describe('offset map', () => {
  it('maps copied words exactly, character by character', () => {
    const input = '  Hello   brave world ';
    const { text, map } = normalize(input);
    expect(text).toBe('Hello brave world');
    expect(map.toSource(6, 11)).toEqual({ start: 10, end: 15 });
    expect(map.toSource(7, 9)).toEqual({ start: 11, end: 13 });
    expect(wordSources(input)).toEqual([['Hello', 'Hello'], ['brave', 'brave'], ['world', 'world']]);
  });

  it('keeps plain prose as one exact piece', () => {
    const { text, map } = normalize('alpha beta gamma');
    expect(text).toBe('alpha beta gamma');
    expect(map.size).toBe(1);
    expect(map.toSource(6, 10)).toEqual({ start: 6, end: 10 });
    expect(map.toSource(0, 16)).toEqual({ start: 0, end: 16 });
  });

  it('maps every word of an expansion to the whole source token', () => {
    expect(wordSources('Pay $5.50 now')).toEqual([
      ['Pay', 'Pay'], ['five', '$5.50'], ['dollars', '$5.50'], ['and', '$5.50'], ['fifty', '$5.50'], ['cents', '$5.50'], ['now', 'now'],
    ]);
    expect(wordSources('Dr. Smith, 3:30 pm')).toEqual([
      ['Doctor', 'Dr.'], ['Smith,', 'Smith,'], ['three', '3:30 pm'], ['thirty', '3:30 pm'], ['P', '3:30 pm'], ['M', '3:30 pm'],
    ]);
  });

  it('maps words across glued pieces ("5km" -> "five kilometers")', () => {
    expect(wordSources('run 5km.')).toEqual([['run', 'run'], ['five', '5km'], ['kilometers.', '5km.']]);
  });

  it('maps punctuation that is rewritten', () => {
    const input = '“Hi” -- ok...';
    const { text, map } = normalize(input);
    expect(text).toBe('"Hi" — ok…');
    const dash = text.indexOf('—');
    expect(input.slice(map.toSource(dash, dash + 1).start, map.toSource(dash, dash + 1).end)).toBe('--');
    const ell = text.indexOf('…');
    expect(input.slice(map.toSource(ell, ell + 1).start, map.toSource(ell, ell + 1).end)).toBe('...');
  });

  it('keeps source spans in order and inside the input for mixed text', () => {
    const input = 'On 2024-01-05, the FBI paid $3.2B (approx. 50%) to jo@example.com — see https://x.org/a. Henry VIII 👍 ok';
    const { text, map } = normalize(input);
    let last = -1;
    const re = /\S+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = map.toSource(m.index, m.index + m[0].length);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(input.length);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.start).toBeGreaterThanOrEqual(last);
      last = span.start;
    }
    expect(map.size).toBeGreaterThan(10);
  });

  it('clamps out-of-range queries and maps empty ranges to points', () => {
    const { map } = normalize('abc def');
    expect(map.toSource(-5, 100)).toEqual({ start: 0, end: 7 });
    expect(map.toSource(4, 4)).toEqual({ start: 4, end: 4 });
    expect(normalize('').map.toSource(0, 3)).toEqual({ start: 0, end: 0 });
  });

  it('maps synthetic separators ("R&D") inside the source token', () => {
    expect(wordSources('R&D')).toEqual([['R', 'R'], ['and', '&'], ['D', 'D']]);
  });
});
