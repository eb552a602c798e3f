import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('URLs and domains', () => {
  table([
    ['https://example.com', 'example dot com'],
    ['Visit https://example.com/docs.', 'Visit example dot com slash docs.'],
    ['http://a.b.org/x?y=1', 'a dot b dot org slash x question mark y equals one'],
    ['www.kokoro.dev', 'W W W dot kokoro dot dev'],
    ['see example.com, then', 'see example dot com, then'],
    ['github.io/page', 'github dot io slash page'],
    ['file.txt is not a domain', 'file.txt is not a domain'],
  ]);
});

describe('emails', () => {
  table([
    ['jo.doe@example.com', 'jo dot doe at example dot com'],
    ['Mail me at a_b@mail.co.uk.', 'Mail me at a underscore b at mail dot co dot uk.'],
    ['user1@test.org', 'user one at test dot org'],
  ]);
});

describe('handles and hashtags', () => {
  table([
    ['@kokoro', 'at kokoro'],
    ['thanks @kokoro_tts!', 'thanks at kokoro tts!'],
    ['#HelloWorld', 'hashtag Hello World'],
    ['#tts rocks', 'hashtag tts rocks'],
    ['#1 fan', 'number one fan'],
  ]);
});

describe('symbols', () => {
  table([
    ['A & B', 'A and B'],
    ['R&D', 'R and D'],
    ['1 + 1 = 2', 'one plus one equals two'],
    ['C++', 'C plus plus'],
    ['100 @ home', 'one hundred at home'],
    ['2 * 3', 'two times three'],
    ['*bold*', 'bold'],
    ['~5 minutes', 'about five minutes'],
    ['and/or', 'and or'],
    ['snake_case', 'snake case'],
    ['[note]', '(note)'],
    ['© 2024', 'copyright twenty twenty-four'],
    ['5 × 3', 'five times three'],
  ]);
});

describe('quotes and dashes', () => {
  table([
    ['“Hello,” she said.', '"Hello," she said.'],
    ['It’s ‘fine’', "It's 'fine'"],
    ['«oui»', '"oui"'],
    ['wait — what', 'wait — what'],
    ['wait -- what', 'wait — what'],
    ['wait - what', 'wait — what'],
    ['well–known', 'well—known'],
    ['well-known', 'well-known'],
    ['Wait... what', 'Wait… what'],
    ['Really?!', 'Really?'],
    ['No!!!', 'No!'],
    ['- item', 'item'],
  ]);
});

describe('emoji, control characters and other scripts', () => {
  table([
    ['Great job 👍', 'Great job'],
    ['I ❤️ TTS', 'I T T S'],
    ['flags 🇺🇸 and 👍🏽 tones', 'flags and tones'],
    ['bell\u0007 and null\u0000', 'bell and null'],
    ['zero\u200bwidth', 'zerowidth'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['\ufeffBOM', 'B O M'],
    ['Привет мир', 'Привет мир'],
    ['שלום עולם', 'שלום עולם'],
    ['مرحبا', 'مرحبا'],
    ['日本語です', '日本語です'],
    ['café naïve', 'café naïve'],
  ]);

  it('describes common emoji when asked', () => {
    expect(normalizeText('Great job 👍', { emoji: 'describe' })).toBe('Great job thumbs up');
    expect(normalizeText('fire 🔥!', { emoji: 'describe' })).toBe('fire fire !');
    expect(normalizeText('odd 🦩', { emoji: 'describe' })).toBe('odd');
    expect(normalizeText('keep 👍', { emoji: 'keep' })).toBe('keep 👍');
  });
});

describe('whitespace', () => {
  table([
    ['  hello   world  ', 'hello world'],
    ['one\ttwo\r\nthree', 'one two three'],
    ['para one.\n\npara two.', 'para one.\n\npara two.'],
    ['a\u00a0b', 'a b'],
  ]);
});
