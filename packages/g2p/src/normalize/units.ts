/**
 * Units read after a number ("5 km", "20kg", "25°C"). Case matters: "MB" is megabytes, "mb" is
 * left alone; "m" is meters only right after a number.
 * @internal
 */

const UNIT_TABLE: ReadonlyArray<readonly [string, string, string]> = [
  ['km', 'kilometer', 'kilometers'], ['m', 'meter', 'meters'], ['cm', 'centimeter', 'centimeters'],
  ['mm', 'millimeter', 'millimeters'], ['nm', 'nanometer', 'nanometers'], ['µm', 'micrometer', 'micrometers'],
  ['mi', 'mile', 'miles'], ['ft', 'foot', 'feet'], ['yd', 'yard', 'yards'],
  ['kg', 'kilogram', 'kilograms'], ['g', 'gram', 'grams'], ['mg', 'milligram', 'milligrams'],
  ['lb', 'pound', 'pounds'], ['lbs', 'pound', 'pounds'], ['oz', 'ounce', 'ounces'],
  ['t', 'tonne', 'tonnes'],
  ['l', 'liter', 'liters'], ['L', 'liter', 'liters'], ['ml', 'milliliter', 'milliliters'], ['mL', 'milliliter', 'milliliters'],
  ['mph', 'mile per hour', 'miles per hour'], ['km/h', 'kilometer per hour', 'kilometers per hour'],
  ['kph', 'kilometer per hour', 'kilometers per hour'], ['kmh', 'kilometer per hour', 'kilometers per hour'],
  ['m/s', 'meter per second', 'meters per second'],
  ['°C', 'degree Celsius', 'degrees Celsius'], ['°F', 'degree Fahrenheit', 'degrees Fahrenheit'],
  ['℃', 'degree Celsius', 'degrees Celsius'], ['℉', 'degree Fahrenheit', 'degrees Fahrenheit'],
  ['°', 'degree', 'degrees'],
  ['B', 'byte', 'bytes'], ['KB', 'kilobyte', 'kilobytes'], ['kB', 'kilobyte', 'kilobytes'], ['MB', 'megabyte', 'megabytes'],
  ['GB', 'gigabyte', 'gigabytes'], ['TB', 'terabyte', 'terabytes'], ['PB', 'petabyte', 'petabytes'],
  ['KiB', 'kibibyte', 'kibibytes'], ['MiB', 'mebibyte', 'mebibytes'], ['GiB', 'gibibyte', 'gibibytes'],
  ['Kb', 'kilobit', 'kilobits'], ['Mb', 'megabit', 'megabits'], ['Gb', 'gigabit', 'gigabits'],
  ['kbps', 'kilobit per second', 'kilobits per second'], ['Mbps', 'megabit per second', 'megabits per second'],
  ['Gbps', 'gigabit per second', 'gigabits per second'],
  ['Hz', 'hertz', 'hertz'], ['kHz', 'kilohertz', 'kilohertz'], ['MHz', 'megahertz', 'megahertz'], ['GHz', 'gigahertz', 'gigahertz'],
  ['ms', 'millisecond', 'milliseconds'], ['µs', 'microsecond', 'microseconds'], ['us', 'microsecond', 'microseconds'],
  ['ns', 'nanosecond', 'nanoseconds'], ['s', 'second', 'seconds'], ['sec', 'second', 'seconds'],
  ['min', 'minute', 'minutes'], ['h', 'hour', 'hours'], ['hr', 'hour', 'hours'], ['hrs', 'hour', 'hours'],
  ['W', 'watt', 'watts'], ['kW', 'kilowatt', 'kilowatts'], ['MW', 'megawatt', 'megawatts'],
  ['kWh', 'kilowatt hour', 'kilowatt hours'], ['V', 'volt', 'volts'], ['mV', 'millivolt', 'millivolts'],
  ['A', 'amp', 'amps'], ['mA', 'milliamp', 'milliamps'], ['mAh', 'milliamp hour', 'milliamp hours'],
  ['dB', 'decibel', 'decibels'], ['px', 'pixel', 'pixels'], ['fps', 'frame per second', 'frames per second'],
  ['cal', 'calorie', 'calories'], ['kcal', 'kilocalorie', 'kilocalories'], ['psi', 'P S I', 'P S I'],
  ['tsp', 'teaspoon', 'teaspoons'], ['tbsp', 'tablespoon', 'tablespoons'], ['Tbsp', 'tablespoon', 'tablespoons'],
];

/**
 * Time words and their short forms that may follow "unit/" or "amount/" as a rate ("mg/day" -> "milligrams per
 * day", "$19.99/mo" -> "... per month"), besides another unit. @internal
 */
export const PER_WORDS: Readonly<Record<string, string>> = {
  day: 'day', d: 'day', week: 'week', wk: 'week', month: 'month', mo: 'month', year: 'year', yr: 'year',
  hour: 'hour', h: 'hour', hr: 'hour', min: 'minute', s: 'second', sec: 'second', dose: 'dose', serving: 'serving',
  mos: 'month', mth: 'month',
};

/** Abbreviated units whose dot is part of the abbreviation ("1 tsp. salt"), not a full stop. */
const DOTTED_UNITS: ReadonlySet<string> = new Set(['tsp', 'tbsp', 'Tbsp', 'oz', 'lb', 'lbs', 'min', 'sec', 'hr', 'hrs', 'ft', 'yd', 'mi']);

/** Units that are also common words or letters: only read when glued to the number ("5s" is not "5 s"). */
const GLUED_ONLY: ReadonlySet<string> = new Set(['s', 't', 'h', 'A', 'B', 'l', 'us']);

const UNITS: ReadonlyMap<string, readonly [string, string]> = new Map(UNIT_TABLE.map(([u, one, many]) => [u, [one, many] as const]));

/** Longest unit spelling ("mg/month"), bounds the look-ahead. @internal */
export const MAX_UNIT_LENGTH = 8;

/**
 * The unit written at `text[i..]` (after optional single space when `spaced`), or undefined. A
 * unit must end where letters end, so "5 kgs" and "5 mist" are not units.
 * @internal
 */
export function matchUnit(text: string, i: number, spaced: boolean): { one: string; many: string; end: number } | undefined {
  let j = i;
  while (j < text.length && j - i < MAX_UNIT_LENGTH + 1 && isUnitChar(text.charCodeAt(j))) j++;
  if (j < text.length && isWordTail(text.charCodeAt(j))) return undefined;
  // Try the longest spelling first, then shorter prefixes ending at a "/" boundary are not units.
  const written = text.slice(i, j);
  const hit = UNITS.get(written);
  if (!hit) return rate(written, j);
  if (spaced && GLUED_ONLY.has(written)) return undefined;
  // "1 tsp. salt", "15 min., I think": the dot closes the abbreviation when a lower-case word, a number or a comma
  // follows.
  if (DOTTED_UNITS.has(written) && text.charCodeAt(j) === 46 && (/^[,;:)]/.test(text[j + 1] ?? '') || (text.charCodeAt(j + 1) === 32 && /[a-z0-9]/.test(text[j + 2] ?? '')))) {
    return { one: hit[0], many: hit[1], end: j + 1 };
  }
  return { one: hit[0], many: hit[1], end: j };
}

/** "mg/day", "kg/m": a unit per a time word or another unit. */
function rate(written: string, end: number): { one: string; many: string; end: number } | undefined {
  const slash = written.indexOf('/');
  if (slash <= 0) return undefined;
  const unit = UNITS.get(written.slice(0, slash));
  const denominator = written.slice(slash + 1);
  const per = PER_WORDS[denominator] ?? UNITS.get(denominator)?.[0];
  if (!unit || per === undefined || written.indexOf('/', slash + 1) >= 0) return undefined;
  return { one: `${unit[0]} per ${per}`, many: `${unit[1]} per ${per}`, end };
}

function isUnitChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xb0 || code === 0xb5 || code === 0x2f ||
    code === 0x2103 || code === 0x2109;
}

function isWordTail(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 39 || code === 0x2019 || (code >= 0xc0 && code <= 0x24f);
}
