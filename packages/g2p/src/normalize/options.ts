import { MAX_NAMED_DIGITS } from './number-words';

/**
 * Switches and limits for {@link normalize}. Every rule can be turned off; a rule that is off
 * leaves its text as written (digits stay digits, symbols stay symbols).
 */
export interface NormalizeOptions {
  /** English variety: `en-gb` reads "one hundred and five" and defaults `dateOrder` to `dmy`. Default `'en-us'`. */
  lang: 'en-us' | 'en-gb';
  /** Plain integers: "42" -> "forty-two". Default `true`. */
  cardinals: boolean;
  /** "1st", "22nd" -> "first", "twenty-second". Default `true`. */
  ordinals: boolean;
  /** "3.14" -> "three point one four", ".5" -> "point five". Default `true`. */
  decimals: boolean;
  /** "-5" -> "minus five". Default `true`. */
  negatives: boolean;
  /** "1,234,567" read as one number (groups of exactly three digits). Default `true`. */
  thousandsSeparators: boolean;
  /** "10-20" -> "ten to twenty". Default `true`. */
  ranges: boolean;
  /** Four-digit numbers 1100..2099 read as years ("1999" -> "nineteen ninety-nine"). Default `true`. */
  years: boolean;
  /** "1990s", "1900s", "'90s", "80s" -> "nineteen nineties", ... Default `true`. */
  decades: boolean;
  /** "$5.50", "£3", "€2M", "¥500", "$3.2B" -> words with the currency name. Default `true`. */
  currency: boolean;
  /** "50%" -> "fifty percent". Default `true`. */
  percentages: boolean;
  /** "1/2", "3/4", "2 1/2" -> "one half", "three quarters", "two and a half". Default `true`. */
  fractions: boolean;
  /** "3:30 pm", "14:05", "3pm" -> "three thirty P M", "fourteen oh five", ... Default `true`. */
  times: boolean;
  /** "2024-01-05", "Jan. 5th", "5 January 2024", "1/5/2024" -> spoken dates. Default `true`. */
  dates: boolean;
  /** Order of numeric slash dates such as 01/05/2024. Default `'mdy'` (`'dmy'` for `en-gb`). */
  dateOrder: 'mdy' | 'dmy';
  /** "555-123-4567", "(555) 123-4567", "+1 555 123 4567" read digit by digit in groups. Default `true`. */
  phoneNumbers: boolean;
  /** "5 km", "20kg", "60 mph", "25°C", "8 GB", "200ms" -> unit names. Default `true`. */
  units: boolean;
  /** "v2.1.3" and dotted triples -> "version two point one point three". Default `true`. */
  versions: boolean;
  /** "vs.", "etc.", "e.g.", "i.e.", "approx.", "Inc.", "Ave.", "No. 5", ... expanded. Default `true`. */
  abbreviations: boolean;
  /** "Dr.", "Mr.", "Mrs.", "Prof.", "St." (Saint or Street by context), ... expanded. Default `true`. */
  titles: boolean;
  /** Unknown all-caps words (2-4 letters, or with no vowel) spelled as letters: "FBI" -> "F B I". Default `true`. */
  acronyms: boolean;
  /**
   * Tells the acronym rule that a word is pronounced as a word ("NASA", "NATO"). Receives the word as
   * written. Default: a small built-in list of pronounced acronyms.
   */
  isKnownWord: ((word: string) => boolean) | undefined;
  /** Roman numerals in safe contexts only: "Henry VIII", "World War II", "Chapter IV". Default `true`. */
  romanNumerals: boolean;
  /** "https://example.com/a" and bare domains -> "example dot com slash a". Default `true`. */
  urls: boolean;
  /** "jo.doe@example.com" -> "jo dot doe at example dot com". Default `true`. */
  emails: boolean;
  /** "@kokoro" -> "at kokoro". Default `true`. */
  handles: boolean;
  /** "#HelloWorld" -> "hashtag Hello World". Default `true`. */
  hashtags: boolean;
  /** "&", "+", "=", "@", "%", "#", "°", "*" between numbers, "~" before numbers -> words. Default `true`. */
  symbols: boolean;
  /** Smart quotes to ASCII quotes. Default `true`. */
  quotes: boolean;
  /** "--", " - ", "–" (not in a range) -> "—"; "..." -> "…". Default `true`. */
  dashes: boolean;
  /** Emoji: `'remove'`, `'describe'` (common ones by name, others removed) or `'keep'`. Default `'remove'`. */
  emoji: 'remove' | 'describe' | 'keep';
  /** Remove control, format and zero-width characters and lone surrogates. Default `true`. */
  controlChars: boolean;
  /**
   * Longest number read as words (in digits, 1..36). Longer digit runs are read digit by digit.
   * Default `15` (up to hundreds of trillions).
   */
  maxNumberDigits: number;
  /**
   * Longest accepted input in UTF-16 code units; longer input throws `KOKORO_G2P_INPUT_TOO_LONG`.
   * Default `Infinity` (normalization is linear time, so no limit is needed for safety).
   */
  maxChars: number;
}

/** The defaults for every {@link NormalizeOptions} field. */
export const DEFAULT_NORMALIZE_OPTIONS: Readonly<NormalizeOptions> = Object.freeze({
  lang: 'en-us',
  cardinals: true,
  ordinals: true,
  decimals: true,
  negatives: true,
  thousandsSeparators: true,
  ranges: true,
  years: true,
  decades: true,
  currency: true,
  percentages: true,
  fractions: true,
  times: true,
  dates: true,
  dateOrder: 'mdy',
  phoneNumbers: true,
  units: true,
  versions: true,
  abbreviations: true,
  titles: true,
  acronyms: true,
  isKnownWord: undefined,
  romanNumerals: true,
  urls: true,
  emails: true,
  handles: true,
  hashtags: true,
  symbols: true,
  quotes: true,
  dashes: true,
  emoji: 'remove',
  controlChars: true,
  maxNumberDigits: 15,
  maxChars: Number.POSITIVE_INFINITY,
} satisfies NormalizeOptions);

/** Fills in defaults and clamps limits once, so the scanner never re-checks them. @internal */
export function resolveNormalizeOptions(options: Partial<NormalizeOptions> | undefined): Readonly<NormalizeOptions> {
  const lang = options?.lang ?? DEFAULT_NORMALIZE_OPTIONS.lang;
  const merged: NormalizeOptions = {
    ...DEFAULT_NORMALIZE_OPTIONS,
    dateOrder: lang === 'en-gb' ? 'dmy' : 'mdy',
    ...stripUndefined(options),
  };
  const digits = Number.isFinite(merged.maxNumberDigits) ? Math.floor(merged.maxNumberDigits) : MAX_NAMED_DIGITS;
  merged.maxNumberDigits = Math.max(1, Math.min(MAX_NAMED_DIGITS, digits));
  if (!(merged.maxChars >= 0)) merged.maxChars = DEFAULT_NORMALIZE_OPTIONS.maxChars;
  return Object.freeze(merged);
}

function stripUndefined(options: Partial<NormalizeOptions> | undefined): Partial<NormalizeOptions> {
  const out: Record<string, unknown> = {};
  if (!options) return out;
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out;
}
