import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index';

const table = (rows: ReadonlyArray<readonly [string, string]>) => it.each(rows)('%j -> %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

describe('units', () => {
  table([
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
