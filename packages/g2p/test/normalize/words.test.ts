import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('titles', () => {
  table([
    ['Dr. Smith', 'Doctor Smith'],
    ['Mr. and Mrs. Jones', 'Mister and Missus Jones'],
    ['Ms. Lee', 'Miz Lee'],
    ['Prof. Xavier', 'Professor Xavier'],
    ['Mr Smith', 'Mister Smith'],
    ['Gen. Grant', 'General Grant'],
    ['Martin Luther King Jr. was born', 'Martin Luther King Junior was born'],
    ['He met John Smith Jr. Then he left.', 'He met John Smith Junior. Then he left.'],
  ]);
});

describe('St. and Dr. by context', () => {
  table([
    ['St. Louis', 'Saint Louis'],
    ['We visited St. Paul today', 'We visited Saint Paul today'],
    ['221 Baker St.', 'two hundred twenty-one Baker Street.'],
    ['on Main St. The end.', 'on Main Street. The end.'],
    ['Main St. is busy', 'Main Street is busy'],
    ['5th St. and Elm', 'fifth Street and Elm'],
    ['Dr. Who', 'Doctor Who'],
    ['Dr.Smith', 'Doctor Smith'],
    ['on Elm Dr. near the lake', 'on Elm Drive near the lake'],
  ]);
});

describe('abbreviations', () => {
  table([
    ['cats vs. dogs', 'cats versus dogs'],
    ['cats vs dogs', 'cats versus dogs'],
    ['met w/ the board', 'met with the board'],
    ['coffee w/o sugar', 'coffee without sugar'],
    ['cash and/or card', 'cash and or card'],
    ['Use ctrl+C, then Cmd+V', 'Use control plus C, then command plus V'],
    ['press CTRL-ALT-DEL', 'press control-alt-delete'],
    ['a deal in Dec. 2020.', 'a deal in December twenty twenty.'],
    ['shipped on 11/15.', 'shipped on November fifteenth.'],
    ['the 7/20 deadline', 'the July twentieth deadline'],
    ['1/20 of the time', 'one twentieth of the time'],
    ['a 5/16 inch bolt', 'a five sixteenths inch bolt'],
    ['$19.99/mo or $199/yr', 'nineteen dollars and ninety-nine cents per month or one hundred ninety-nine dollars per year'],
    ['$5/ea', 'five dollars each'],
    ['~15 min., I think', 'about fifteen minutes, I think'],
    ['the 737 MAX', 'the seven hundred thirty-seven MAX'],
    ['a w/b ratio', 'a w slash b ratio'],
    ['apples, pears, etc. are fruit', 'apples, pears, et cetera are fruit'],
    ['apples, pears, etc. The end.', 'apples, pears, et cetera. The end.'],
    ['fruit, e.g. apples', 'fruit, for example apples'],
    ['one fruit, i.e. an apple', 'one fruit, that is an apple'],
    ['Acme Inc. makes things', 'Acme Incorporated makes things'],
    ['No. 5', 'number five'],
    ['see p. 12', 'see page twelve'],
    ['Fig. 3', 'figure three'],
    ['approx. 20', 'approximately twenty'],
    ['I said no. Then I left.', 'I said no. Then I left.'],
    ['the U.S. economy', 'the U S economy'],
    ['a Ph.D. student', 'a P H D student'],
    ['fruit, e.g., apples', 'fruit, for example, apples'],
    ['(see Fig. 2, etc.)', '(see figure two, et cetera)'],
  ]);
});

describe('acronyms', () => {
  table([
    ['the FBI', 'the F B I'],
    ['NASA launched', 'NASA launched'],
    ['the CIA\'s files', "the C I A's files"],
    ['an HTML page', 'an H T M L page'],
    ['a BBC show', 'a B B C show'],
    ['HELLO there', 'HELLO there'],
    ['PDF', 'P D F'],
    ['I am here', 'I am here'],
    ['OK', 'OK'],
    ['You MUST read this', 'You MUST read this'],
    ['DO NOT touch', 'DO NOT touch'],
    ['the US economy', 'the U S economy'],
    ['LED lights', 'L E D lights'],
  ]);

  it('uses the injected isKnownWord predicate', () => {
    const known = new Set(['NASA', 'GIF', 'SCUBA', 'ZORK']);
    const isKnownWord = (w: string) => known.has(w);
    expect(normalizeText('ZORK and FBI and NASA', { isKnownWord })).toBe('ZORK and F B I and NASA');
    expect(normalizeText('OK', { isKnownWord })).toBe('O K');
  });
});

describe('Roman numerals', () => {
  table([
    ['Henry VIII', 'Henry the eighth'],
    ['Elizabeth II', 'Elizabeth the second'],
    ['Louis XIV\'s court', "Louis the fourteenth's court"],
    ['Pope John Paul II', 'Pope John Paul the second'],
    ['World War II', 'World War two'],
    ['World War I ended', 'World War one ended'],
    ['Chapter IV', 'Chapter four'],
    ['Part III', 'Part three'],
    ['Super Bowl LVII', 'Super Bowl fifty-seven'],
    ['the war I fought', 'the war I fought'],
    ['I MIX it', 'I M I X it'],
    ['Star Wars Episode IV', 'Star Wars Episode four'],
    ['Apple II', 'Apple I I'],
    ['Chapter IIII', 'Chapter I I I I'],
  ]);
});
