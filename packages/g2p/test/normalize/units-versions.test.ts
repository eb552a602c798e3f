import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('units', () => {
  table([
    ['Mix 1 tsp. salt and 3 tbsp. butter.', 'Mix one teaspoon salt and three tablespoons butter.'],
    ['add 1 tsp.', 'add one teaspoon.'],
    ['up to 3,200 mg/day', 'up to three thousand two hundred milligrams per day'],
    ['2 g/kg', 'two grams per kilogram'],
    ['5 km', 'five kilometers'],
    ['1 km', 'one kilometer'],
    ['1.5 km', 'one point five kilometers'],
    ['20kg', 'twenty kilograms'],
    ['60 mph', 'sixty miles per hour'],
    ['100 km/h', 'one hundred kilometers per hour'],
    ['25°C', 'twenty-five degrees Celsius'],
    ['-3 °F', 'minus three degrees Fahrenheit'],
    ['90°', 'ninety degrees'],
    ['8 GB', 'eight gigabytes'],
    ['512MB', 'five hundred twelve megabytes'],
    ['200ms', 'two hundred milliseconds'],
    ['3 min', 'three minutes'],
    ['2.4 GHz', 'two point four gigahertz'],
    ['5 ft', 'five feet'],
    ['1 ft', 'one foot'],
    ['10 lbs', 'ten pounds'],
    ['12 oz', 'twelve ounces'],
    ['100 mL', 'one hundred milliliters'],
    ['5 kWh', 'five kilowatt hours'],
    ['3 s', 'three s'],
    ['30s', 'thirties'],
    ['5 kgs', 'five kgs'],
    ['5 mist', 'five mist'],
  ]);
});

describe('versions and dotted numbers', () => {
  table([
    ['v2.1.3', 'version two point one point three'],
    ['v2', 'version two'],
    ['V3.0', 'version three point zero'],
    ['2.1.3', 'two point one point three'],
    ['node 20.19.0', 'node twenty point nineteen point zero'],
    ['192.168.0.1', 'one hundred ninety-two point one hundred sixty-eight point zero point one'],
  ]);
});

describe('labels, scales and rates', () => {
  it('reads a number with a capital letter as a label, not a scale or a unit', () => {
    expect(normalizeText('He lives at 221B Baker Street.')).toBe('He lives at two hundred twenty-one B Baker Street.');
    expect(normalizeText('Room 4A, floor 12B')).toBe('Room four A, floor twelve B');
  });

  it('keeps scales after a decimal or before a lower-case word, and glued units before a lower-case word', () => {
    expect(normalizeText('3.2B users')).toBe('three point two billion users');
    expect(normalizeText('7B parameters')).toBe('seven billion parameters');
    expect(normalizeText('$5M deal')).toBe('five million dollars deal');
    expect(normalizeText('a 5A fuse')).toBe('a five amps fuse');
  });

  it('reads a slash after an amount as "per"', () => {
    expect(normalizeText('It costs $3.50/month')).toBe('It costs three dollars and fifty cents per month');
    expect(normalizeText('20/hour')).toBe('twenty per hour');
    expect(normalizeText('24/7 support')).toBe('twenty-four seven support');
  });
});

describe('heights, sharps and wartime abbreviations', () => {
  it('reads feet and inches', () => {
    expect(normalizeText('He\'s 6\'2" tall.')).toBe("He's six feet two inches tall.");
    expect(normalizeText('She is 5\u20324\u2033.')).toBe('She is five feet four inches.');
  });

  it('reads C# and F# as sharp, but keeps #1 and hashtags', () => {
    expect(normalizeText('C# and F# minor')).toBe('C sharp and F sharp minor');
    expect(normalizeText('#1 priority')).toBe('number one priority');
  });

  it('reads WWII as World War Two', () => {
    expect(normalizeText('WWII ended in 1945.')).toBe('World War Two ended in nineteen forty-five.');
  });
});

describe('Markdown from chat models', () => {
  it('reads links and images as their text', () => {
    expect(normalizeText('See [the guide](https://example.com/guide) for more.')).toBe('See the guide for more.');
    expect(normalizeText('![a cat](cat.png) is cute')).toBe('a cat is cute');
    expect(normalizeText('Use arr[0] and [x, y]')).toBe('Use arr(zero) and (x, y)');
  });

  it('drops heading marks and ends headings and list items as sentences', () => {
    expect(normalizeText('## Setup\n- Install Node\n- Run `npm i`')).toBe('Setup. Install Node. Run npm i');
    expect(normalizeText('Plain line one\nplain line two')).toBe('Plain line one plain line two');
    expect(normalizeText('Issue #42 is open')).toBe('Issue number forty-two is open');
  });
});

describe('multipliers, dimensions, circa', () => {
  it('reads 3x as times and 1920x1080 as by, but not a hex literal', () => {
    expect(normalizeText("It's 3x faster.")).toBe("It's three times faster.");
    expect(normalizeText('1920x1080')).toBe('nineteen twenty by ten eighty');
    expect(normalizeText('0x1F')).toBe('zero x one F');
  });

  it('reads ca. before a number as circa', () => {
    expect(normalizeText('ca. 1850')).toBe('circa eighteen fifty');
  });
});

describe('small spoken-form details', () => {
  it('reads Node.js as Node J S, not a sentence end', () => {
    expect(normalizeText("If you're using Node.js 20+, run it.")).toBe("If you're using Node J S twenty plus, run it.");
  });

  it('puts no space between a spoken symbol and the comma after it', () => {
    expect(normalizeText('Node 20+, then')).toBe('Node twenty plus, then');
  });
});

describe('weekdays, business shorthand and dialled numbers', () => {
  it('expands dotted weekdays; a following month continues the date', () => {
    expect(normalizeText('Open Mon. to Fri. Closed Sat.')).toBe('Open Monday to Friday. Closed Saturday.');
    expect(normalizeText('Wed. Jan. 8')).toBe('Wednesday January eighth');
    expect(normalizeText('I sat down.')).toBe('I sat down.');
  });

  it('reads YoY as year over year', () => {
    expect(normalizeText('grew 5% YoY')).toBe('grew five percent year over year');
  });

  it('dials short numbers after call/dial, but counts otherwise', () => {
    expect(normalizeText('Call 911 now.')).toBe('Call nine one one now.');
    expect(normalizeText('called 1000 people')).toBe('called one thousand people');
  });
});
