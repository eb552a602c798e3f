import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('times', () => {
  table([
    ['3:30 pm', 'three thirty P M'],
    ['3:30pm', 'three thirty P M'],
    ['10:15 a.m. today', 'ten fifteen A M today'],
    ['We met at 9 p.m. Then we left.', 'We met at nine P M. Then we left.'],
    ['14:05', 'fourteen oh five'],
    ['3:00', "three o'clock"],
    ['15:00', 'fifteen hundred'],
    ['00:30', 'zero thirty'],
    ['3pm', 'three P M'],
    ['11 AM', 'eleven A M'],
    ['12:00:30', "twelve o'clock and thirty seconds"],
    ['25:99', 'twenty-five:ninety-nine'],
  ]);
});

describe('dates', () => {
  table([
    ['2024-01-05', 'January fifth, twenty twenty-four'],
    ['On 1999-12-31.', 'On December thirty-first, nineteen ninety-nine.'],
    ['Jan. 5th', 'January fifth'],
    ['Jan 5', 'January fifth'],
    ['January 5, 2024', 'January fifth, twenty twenty-four'],
    ['March 3rd 2020', 'March third, twenty twenty'],
    ['5 January 2024', 'the fifth of January, twenty twenty-four'],
    ['5th of May', 'the fifth of May'],
    ['It was the 1st of May.', 'It was the first of May.'],
    ['On 5 May. Then', 'On the fifth of May. Then'],
    ['5 Jan. 2024', 'the fifth of January, twenty twenty-four'],
    ['On Sept. 11, 2001', 'On September eleventh, two thousand one'],
    ['Oct 31', 'October thirty-first'],
    ['1/5/2024', 'January fifth, twenty twenty-four'],
    ['12/25/99', 'December twenty-fifth, ninety-nine'],
    ['2024-13-45', 'twenty twenty-four thirteen forty-five'], // not a date: a hyphenated code, no range
    ['May 40', 'May forty'],
  ]);

  it('reads slash dates day-first with dateOrder dmy and for en-gb', () => {
    expect(normalizeText('1/5/2024', { dateOrder: 'dmy' })).toBe('the first of May, twenty twenty-four');
    expect(normalizeText('1/5/2024', { lang: 'en-gb' })).toBe('the first of May, twenty twenty-four');
  });
});

describe('phone numbers', () => {
  table([
    ['555-123-4567', 'five five five, one two three, four five six seven'],
    ['(555) 123-4567', 'five five five, one two three, four five six seven'],
    ['555.123.4567', 'five five five, one two three, four five six seven'],
    ['1-800-555-0199', 'one, eight zero zero, five five five, zero one nine nine'],
    ['+1 555 123 4567', 'plus one, five five five, one two three, four five six seven'],
    ['+44 20 7946 0958', 'plus four four, two zero, seven nine four six, zero nine five eight'],
  ]);
});
