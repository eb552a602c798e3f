import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('cardinals', () => {
  table([
    ['0', 'zero'],
    ['7', 'seven'],
    ['13', 'thirteen'],
    ['42', 'forty-two'],
    ['100', 'one hundred'],
    ['101', 'one hundred one'],
    ['999', 'nine hundred ninety-nine'],
    ['12345', 'twelve thousand three hundred forty-five'],
    ['1000000', 'one million'],
    ['1000001', 'one million one'],
    ['007', 'seven'],
    ['I have 3 cats.', 'I have three cats.'],
    ['(5)', '(five)'],
    ['MP3', 'M P three'],
    ['B2B', 'B two B'],
    ['H2O', 'H two O'],
    ['4K TV', 'four K T V'],
    ['1.5M views', 'one point five million views'],
  ]);
});

describe('thousands separators', () => {
  table([
    ['1,234', 'one thousand two hundred thirty-four'],
    ['1,234,567', 'one million two hundred thirty-four thousand five hundred sixty-seven'],
    ['10,000 people', 'ten thousand people'],
    ['1,000.5', 'one thousand point five'],
    ['1,2', 'one,two'],
    ['3, 4', 'three, four'],
  ]);
});

describe('ordinals', () => {
  table([
    ['1st', 'first'],
    ['2nd', 'second'],
    ['3rd', 'third'],
    ['4th', 'fourth'],
    ['11th', 'eleventh'],
    ['12th', 'twelfth'],
    ['20th', 'twentieth'],
    ['22nd', 'twenty-second'],
    ['101st', 'one hundred first'],
    ['1000th', 'one thousandth'],
    ['the 21ST century', 'the twenty-first century'],
  ]);
});

describe('decimals and negatives', () => {
  table([
    ['3.14', 'three point one four'],
    ['0.5', 'zero point five'],
    ['.5', 'point five'],
    ['2.05', 'two point zero five'],
    ['-5', 'minus five'],
    ['-3.5', 'minus three point five'],
    ['It was −4 outside', 'It was minus four outside'],
    ['x-5', 'x-five'],
  ]);
});

describe('ranges', () => {
  table([
    ['10-20', 'ten to twenty'],
    ['pages 5–9', 'pages five to nine'],
    ['1999-2005', 'nineteen ninety-nine to two thousand five'],
    ['10-20%', 'ten to twenty percent'],
    ['3-4 km', 'three to four kilometers'],
    ['1.5-2.5', 'one point five to two point five'],
    ['10:30-11:30', 'ten thirty to eleven thirty'],
    ['the 2020–2021 season', 'the twenty twenty to twenty twenty-one season'],
    ['Score was 3-2.', 'Score was three to two.'],
    ['a 3-year-old', 'a three-year-old'],
    ['ages 3-5-year-olds', 'ages three to five-year-olds'],
  ]);
});

describe('hyphenated codes are not ranges', () => {
  table([
    ['CVE-2024-3094', 'C V E twenty twenty-four three thousand ninety-four'],
    ['SKU 123-456-789', 'S K U one hundred twenty-three four hundred fifty-six seven hundred eighty-nine'],
    ['COVID-19 cases', 'COVID nineteen cases'],
    ['an F-16 jet', 'an F sixteen jet'],
    ['x-5', 'x-five'],
  ]);
});

describe('years and decades', () => {
  table([
    ['1999', 'nineteen ninety-nine'],
    ['2005', 'two thousand five'],
    ['2000', 'two thousand'],
    ['2024', 'twenty twenty-four'],
    ['1900', 'nineteen hundred'],
    ['1066', 'ten sixty-six'],
    ['1905', 'nineteen oh five'],
    ['the 1900s', 'the nineteen hundreds'],
    ['the 1990s', 'the nineteen nineties'],
    ["the '90s", 'the nineties'],
    ['the 80s', 'the eighties'],
    ["the 1980's", 'the nineteen eighties'],
    ['the 2000s', 'the two thousands'],
    ['2,024', 'two thousand twenty-four'],
    ['999', 'nine hundred ninety-nine'],
    ['3000', 'three thousand'],
  ]);
});

describe('very large numbers', () => {
  it('reads up to maxNumberDigits as words and longer numbers digit by digit', () => {
    expect(normalizeText('123456789012345')).toBe(
      'one hundred twenty-three trillion four hundred fifty-six billion seven hundred eighty-nine million twelve thousand three hundred forty-five',
    );
    expect(normalizeText('1234567890123456')).toBe('one two three four five six seven eight nine zero one two three four five six');
    expect(normalizeText('1000000000000000000', { maxNumberDigits: 36 })).toBe('one quintillion');
  });

  it('reads a 10,000-digit number as 10,000 digit words', () => {
    const digits = '9'.repeat(10_000);
    const words = normalizeText(digits).split(' ');
    expect(words).toHaveLength(10_000);
    expect(new Set(words)).toEqual(new Set(['nine']));
  });

  it('clamps maxNumberDigits to the named scales', () => {
    expect(normalizeText('1'.padEnd(37, '0'), { maxNumberDigits: 1000 }).startsWith('one zero zero')).toBe(true);
  });
});
