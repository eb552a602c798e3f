import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMALIZE_OPTIONS, type NormalizeOptions, normalizeText } from '../../src/normalize/index';

/** For each rule: an input, its reading with the rule on, and the text with the rule off. */
const SWITCHES: ReadonlyArray<readonly [keyof NormalizeOptions, string, string, string]> = [
  ['cardinals', 'I have 42 cats', 'I have forty-two cats', 'I have 42 cats'],
  ['ordinals', 'the 22nd', 'the twenty-second', 'the twenty-two nd'],
  ['decimals', 'pi 3.14', 'pi three point one four', 'pi three.fourteen'],
  ['negatives', 'at -5', 'at minus five', 'at —five'],
  ['thousandsSeparators', '1,234', 'one thousand two hundred thirty-four', 'one,two hundred thirty-four'],
  ['ranges', '10-20', 'ten to twenty', 'ten-twenty'],
  ['years', 'in 1999', 'in nineteen ninety-nine', 'in one thousand nine hundred ninety-nine'],
  ['decades', 'the 1990s', 'the nineteen nineties', 'the nineteen ninety seconds'],
  ['currency', '$5', 'five dollars', 'dollars five'],
  ['percentages', '50%', 'fifty percent', 'fifty percent'],
  ['fractions', '3/4', 'three quarters', 'three four'],
  ['times', '3:30 pm', 'three thirty P M', 'three:thirty pm'],
  ['dates', '2024-01-05', 'January fifth, twenty twenty-four', 'twenty twenty-four one five'],
  ['phoneNumbers', '555-123-4567', 'five five five, one two three, four five six seven', 'five hundred fifty-five one hundred twenty-three four thousand five hundred sixty-seven'],
  ['units', '5 km', 'five kilometers', 'five km'],
  ['versions', 'v2.1.3', 'version two point one point three', 'v two point one.three'],
  ['abbreviations', 'cats vs. dogs', 'cats versus dogs', 'cats vs. dogs'],
  ['titles', 'Dr. Smith', 'Doctor Smith', 'Dr. Smith'],
  ['acronyms', 'the FBI', 'the F B I', 'the FBI'],
  ['romanNumerals', 'Henry VIII', 'Henry the eighth', 'Henry V I I I'],
  ['urls', 'https://example.com', 'example dot com', 'https: example.com'],
  ['emails', 'jo@example.com', 'jo at example dot com', 'jo at example dot com'],
  ['handles', '@kokoro', 'at kokoro', 'at kokoro'],
  ['hashtags', '#tts', 'hashtag tts', 'hash tts'],
  ['symbols', 'A & B', 'A and B', 'A & B'],
  ['quotes', '“hi”', '"hi"', '“hi”'],
  ['dashes', 'wait -- what...', 'wait — what…', 'wait -- what...'],
  ['controlChars', 'a\u0007b', 'ab', 'a\u0007b'],
];

describe('every rule can be switched off', () => {
  it.each(SWITCHES)('%s', (key, input, on, off) => {
    expect(normalizeText(input)).toBe(on);
    expect(normalizeText(input, { [key]: false })).toBe(off);
  });

  it('covers every boolean option', () => {
    const booleans = Object.entries(DEFAULT_NORMALIZE_OPTIONS).filter(([, v]) => typeof v === 'boolean').map(([k]) => k);
    expect(new Set(SWITCHES.map(([k]) => k))).toEqual(new Set(booleans));
  });

  it('ignores undefined option values and keeps defaults frozen', () => {
    expect(normalizeText('$5', { currency: undefined })).toBe('five dollars');
    expect(Object.isFrozen(DEFAULT_NORMALIZE_OPTIONS)).toBe(true);
  });

  it('reads British "and" in numbers for en-gb', () => {
    expect(normalizeText('105', { lang: 'en-gb' })).toBe('one hundred and five');
    expect(normalizeText('1005', { lang: 'en-gb', years: false })).toBe('one thousand and five');
    expect(normalizeText('105')).toBe('one hundred five');
  });
});
