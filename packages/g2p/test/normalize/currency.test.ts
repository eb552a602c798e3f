import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('currency', () => {
  table([
    ['$5', 'five dollars'],
    ['$1', 'one dollar'],
    ['$5.50', 'five dollars and fifty cents'],
    ['$1.01', 'one dollar and one cent'],
    ['$0.99', 'ninety-nine cents'],
    ['$1.00', 'one dollar'],
    ['$1,250', 'one thousand two hundred fifty dollars'],
    ['£3', 'three pounds'],
    ['£2.50', 'two pounds and fifty pence'],
    ['€20', 'twenty euros'],
    ['€1.05', 'one euro and five cents'],
    ['¥500', 'five hundred yen'],
    ['$5M', 'five million dollars'],
    ['$3.2B', 'three point two billion dollars'],
    ['€2bn', 'two billion euros'],
    ['$10k', 'ten thousand dollars'],
    ['£1m', 'one million pounds'],
    ['€0.50', 'fifty cents'],
    ['$5 million', 'five million dollars'],
    ['$10-20', 'ten to twenty dollars'],
    ['-$5', 'minus five dollars'],
    ['It costs $4.', 'It costs four dollars.'],
    ['$2.5', 'two point five dollars'],
    ['3.2B users', 'three point two billion users'],
  ]);
});

describe('percentages', () => {
  table([
    ['50%', 'fifty percent'],
    ['3.5%', 'three point five percent'],
    ['100 %', 'one hundred percent'],
    ['-2%', 'minus two percent'],
    ['a 5% rise', 'a five percent rise'],
  ]);
});

describe('fractions', () => {
  table([
    ['1/2', 'one half'],
    ['3/4', 'three quarters'],
    ['1/4', 'one quarter'],
    ['2/3', 'two thirds'],
    ['1/3', 'one third'],
    ['5/8', 'five eighths'],
    ['7/10', 'seven tenths'],
    ['2 1/2 cups', 'two and a half cups'],
    ['1 3/4', 'one and three quarters'],
    ['open 24/7', 'open twenty-four seven'],
    ['a 50/50 chance', 'a fifty fifty chance'],
    ['3/2', 'three halves'],
  ]);
});
