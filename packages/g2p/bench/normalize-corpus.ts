/**
 * Inputs for the normalization benchmark, written for this project: ordinary prose with the
 * occasional number, text dense with numbers and symbols, and adversarial strings. Generated
 * in code (no fixture files); deterministic.
 */

const PROSE = [
  'The morning train left the station a few minutes late, and most of the passengers had already settled into their seats with coffee and newspapers.',
  'She had always wanted to see the northern coast, where the cliffs drop straight into a cold grey sea and the wind never quite stops.',
  'Nobody in the village remembered exactly when the old bridge was built, but everyone agreed that it had outlived at least three kings.',
  'When the results finally arrived, the team gathered around a single laptop and read them twice before anyone dared to say a word.',
  'He explained the plan slowly, drawing arrows on the whiteboard, and then asked whether anyone could think of a reason it might fail.',
  'Dr. Patel said the new clinic would open on Jan. 5th, 2025, and that it could see about 120 patients a day.',
].join(' ');

const DENSE = [
  'Revenue rose 12.5% to $3.2B in Q3 2024, up from $2.85 billion; the CEO said the 2025 target is $4B.',
  'Call 555-123-4567 or (555) 987-6543 between 9:30 am and 5 pm, Mon–Fri, or email support@example.com.',
  'On 2024-01-05 the temperature fell to -12°C (10°F) and winds reached 60 mph; 3/4 of flights were cancelled.',
  'Version v2.1.3 of the app needs 8 GB of RAM, a 2.4 GHz CPU and 500 MB of disk; see https://example.com/docs.',
  'Henry VIII married six times; World War II ended in 1945; the 1990s and the \'80s were different decades.',
  'The FBI, NASA and the U.S. Army met at 221 Baker St. with Mr. and Mrs. Smith, e.g. to discuss No. 5 vs. No. 7.',
].join(' ');

/** About `size` characters of mostly plain English prose. */
export function proseCorpus(size: number): string {
  return repeatTo(`${PROSE}\n\n`, size);
}

/** About `size` characters of text dense with numbers, currency, dates, units and abbreviations. */
export function denseCorpus(size: number): string {
  return repeatTo(`${DENSE}\n\n`, size);
}

/** Adversarial inputs, by name. */
export function adversarialInputs(): Record<string, string> {
  let garbage = '';
  let s = 12345;
  for (let i = 0; i < 1_000_000; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    garbage += String.fromCharCode(s >>> 16);
  }
  return {
    'digits 10k': '7'.repeat(10_000),
    'dots 100k': '.'.repeat(100_000),
    'binary garbage 1M': garbage,
    'dotted numbers 100k': '1.2'.repeat(33_000),
    'emoji 100k': '👍🏽'.repeat(25_000),
    'all caps 100k': 'ABC '.repeat(25_000),
    'markdown link openers 1M': '[a]('.repeat(250_000),
    'brackets 1M': '['.repeat(1_000_000),
  };
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}
