import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/split/index';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['One. Two. Three.', ['One.', 'Two.', 'Three.']],
    ['Is it? Yes! Good.', ['Is it?', 'Yes!', 'Good.']],
    ['Dr. Smith arrived. He sat.', ['Dr. Smith arrived.', 'He sat.']],
    ['Mr. and Mrs. Jones left. Then it rained.', ['Mr. and Mrs. Jones left.', 'Then it rained.']],
    ['Cats vs. Dogs is a film. It is old.', ['Cats vs. Dogs is a film.', 'It is old.']],
    ['Use e.g. Python. Or Go.', ['Use e.g. Python.', 'Or Go.']],
    ['Pi is 3.14 exactly. Right.', ['Pi is 3.14 exactly.', 'Right.']],
    ['It costs $5.50 today. Buy it.', ['It costs $5.50 today.', 'Buy it.']],
    ['J. R. R. Tolkien wrote it. He was British.', ['J. R. R. Tolkien wrote it.', 'He was British.']],
    ['We planned for Plan B. The plan failed.', ['We planned for Plan B.', 'The plan failed.']],
    ['Wait... what happened? Nothing.', ['Wait... what happened?', 'Nothing.']],
    ['Wait... Then go.', ['Wait...', 'Then go.']],
    ['He paused… Then spoke.', ['He paused…', 'Then spoke.']],
    ['"Go home." She left.', ['"Go home."', 'She left.']],
    ['He said "Stop!" and ran.', ['He said "Stop!" and ran.']],
    ['"Really?" he asked.', ['"Really?" he asked.']],
    ['(It was late.) We slept.', ['(It was late.)', 'We slept.']],
    ['See https://example.com/a.b for more. Thanks.', ['See https://example.com/a.b for more.', 'Thanks.']],
    ['Mail jo.doe@example.com today. Bye.', ['Mail jo.doe@example.com today.', 'Bye.']],
    ['See No. 5 now. Ok.', ['See No. 5 now.', 'Ok.']],
    ['Born in 1999. 2005 was better.', ['Born in 1999.', '2005 was better.']],
    ['He works for Acme Inc. The firm is big.', ['He works for Acme Inc.', 'The firm is big.']],
    ['Acme Inc. Employees were happy.', ['Acme Inc. Employees were happy.']],
    ['She lives in the U.S. The weather is nice.', ['She lives in the U.S.', 'The weather is nice.']],
    ['The U.S. Army left.', ['The U.S. Army left.']],
    ['We meet at 5 p.m. Then we eat.', ['We meet at 5 p.m.', 'Then we eat.']],
    ['Apples, pears, etc. are fine. Yes.', ['Apples, pears, etc. are fine.', 'Yes.']],
    ['Version 2.1.3 is out. Update now.', ['Version 2.1.3 is out.', 'Update now.']],
    ['What?! No way.', ['What?!', 'No way.']],
    ['no terminal at all', ['no terminal at all']],
    ['Ends with space.   ', ['Ends with space.']],
    ['¿Qué? ¡Sí! Bien.', ['¿Qué?', '¡Sí!', 'Bien.']],
  ])('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('marks paragraph boundaries at blank lines, even without a full stop', () => {
    const input = 'Title line\n\nFirst sentence. Second one.\n \n\nNext paragraph';
    expect(splitSentences(input)).toEqual([
      { text: 'Title line', start: 0, end: 10, boundary: 'paragraph' },
      { text: 'First sentence.', start: 12, end: 27, boundary: 'sentence' },
      { text: 'Second one.', start: 28, end: 39, boundary: 'paragraph' },
      { text: 'Next paragraph', start: 43, end: 57, boundary: 'end' },
    ]);
  });

  it('cuts sentences longer than maxSentenceChars at the last space before the limit', () => {
    expect(splitSentences('aaa bbb ccc ddd. Next.', { maxSentenceChars: 9 })).toEqual([
      { text: 'aaa bbb', start: 0, end: 7, boundary: 'length' },
      { text: 'ccc ddd.', start: 8, end: 16, boundary: 'sentence' },
      { text: 'Next.', start: 17, end: 22, boundary: 'end' },
    ]);
    expect(splitSentences('abcdefghij', { maxSentenceChars: 4 }).map((s) => s.text)).toEqual(['abcd', 'efgh', 'ij']);
    expect(splitSentences('ab😀cd', { maxSentenceChars: 3 }).map((s) => s.text)).toEqual(['ab', '😀c', 'd']);
  });

  it('treats a single newline as a space', () => {
    expect(texts('A line that\nwraps here. Next.')).toEqual(['A line that\nwraps here.', 'Next.']);
  });

  it('returns spans that slice the input exactly', () => {
    const input = '  Hello there. "Quoted!" (Aside.)\n\nEnd';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('handles empty, whitespace and punctuation-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
    expect(texts('...')).toEqual(['...']);
    expect(texts('. . .')).toEqual(['.', '.', '.']);
  });
});
