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
];

/** Units that are also common words or letters: only read when glued to the number ("5s" is not "5 s"). */
const GLUED_ONLY: ReadonlySet<string> = new Set(['s', 't', 'h', 'A', 'B', 'l', 'us']);

const UNITS: ReadonlyMap<string, readonly [string, string]> = new Map(UNIT_TABLE.map(([u, one, many]) => [u, [one, many] as const]));

/** Longest unit spelling, bounds the look-ahead. @internal */
export const MAX_UNIT_LENGTH = 5;

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
  if (!hit) return undefined;
  if (spaced && GLUED_ONLY.has(written)) return undefined;
  return { one: hit[0], many: hit[1], end: j };
}

function isUnitChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xb0 || code === 0xb5 || code === 0x2f ||
    code === 0x2103 || code === 0x2109;
}

function isWordTail(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 39 || code === 0x2019 || (code >= 0xc0 && code <= 0x24f);
}
