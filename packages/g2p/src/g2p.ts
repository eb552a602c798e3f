import { PhonemeCache, type CacheStats } from './cache';
import { chunkUnits, resolveSegmentOptions, type Segment, type SegmentOptions } from './chunker';
import { badOption } from './errors';
import { espeakWords, loadEspeakBackend, type EspeakBackend } from './fallback/espeak';
import { prepareLetterToSound } from './fallback/lts';
import type { Dialect } from './lexicon/arpabet';
import { EmbeddedLexicon, loadCmuDictionary } from './lexicon/embedded';
import { validateLexicon } from './lexicon/file';
import type { Lexicon } from './lexicon/types';
import { G2PInputTooLongError, normalize, type NormalizeOptions } from './normalize/index';
import { joinUnits, phonemizeUnits, type CachedWord, type PhonemizedWord, type SourceToken, type Unit } from './phonemize';
import { WordResolver, type WordSource } from './resolver';
import { scan, splitLinks, type ScanToken } from './scan';
import { tokenize, type TokenizeResult } from './vocab';

/** Options for {@link createG2P}. Validated once; the returned G2P is immutable. */
export interface G2POptions {
  /** English variety. Default `'en-us'`. */
  lang?: Dialect;
  /**
   * Text normalization before G2P (numbers, dates, symbols, abbreviations...). `false` turns it off; an object
   * switches individual rules (see `NormalizeOptions`). Default: on with default rules, `lang` passed through.
   */
  normalize?: boolean | Partial<NormalizeOptions>;
  /** Your own pronunciations (word -> phonemes, or a part-of-speech map). Highest priority. Default none. */
  lexicon?: Lexicon;
  /**
   * More lexicons in misaki's format, highest priority first, e.g. misaki's gold then silver files loaded with
   * `loadLexiconFile`. They rank below `lexicon` and above the embedded CMU-derived lexicon. Default none.
   */
  lexicons?: readonly Lexicon[];
  /**
   * Use espeak-ng for out-of-lexicon words in `phonemizeAsync`/`segmentsAsync`: `true` loads the optional
   * `phonemizer` package (GPL-3.0), or pass your own backend. Sync calls always use the rule-based fallback for
   * words espeak has not seen yet. Default `false`.
   */
  espeak?: boolean | EspeakBackend;
  /** Capacity of the LRU word -> phonemes cache (0 disables it). Default `20000`. */
  cacheSize?: number;
  /** Longest input accepted, in UTF-16 code units; longer input throws `KOKORO_G2P_INPUT_TOO_LONG`. Default: no limit. */
  maxInputChars?: number;
  /**
   * Write flaps as `T` and glottal stops as `t`, the substitution misaki applies for Kokoro v1.0 (its G2P without
   * `version='2.0'`). Default `false`: misaki's lexicon symbols ɾ and ʔ, as PHONEMES.md specifies.
   */
  kokoroV1Symbols?: boolean;
}

/** Statistics of a {@link G2P} instance. */
export interface G2PStats {
  /** The word cache. */
  cache: CacheStats;
  /** How many words were read by each source since creation (cache hits count under their original source). */
  sources: Readonly<Record<WordSource, number>>;
}

/** Result of {@link G2P.phonemize}. */
export interface PhonemizeResult {
  /** misaki phonemes of the whole text, words separated by spaces, punctuation kept. */
  phonemes: string;
  /** The input's words with spans and phonemes. */
  words: PhonemizedWord[];
}

/** A configured grapheme-to-phoneme converter. */
export interface G2P {
  /** The dialect this instance produces. */
  readonly lang: Dialect;
  /** Phonemizes text synchronously (never throws except for `maxInputChars`). */
  phonemize(text: string): PhonemizeResult;
  /** Like {@link G2P.phonemize}, but first asks espeak-ng about out-of-lexicon words when espeak is on. */
  phonemizeAsync(text: string): Promise<PhonemizeResult>;
  /** Phonemes -> token ids (same as the exported `tokenize`). */
  tokenize(phonemes: string): TokenizeResult;
  /** Splits text into Kokoro-sized segments with ids and word token ranges. */
  segments(text: string, options?: SegmentOptions): Segment[];
  /** Like {@link G2P.segments}, with espeak-ng for out-of-lexicon words when espeak is on. */
  segmentsAsync(text: string, options?: SegmentOptions): Promise<Segment[]>;
  /** Cache and source counters. */
  stats(): G2PStats;
}

/** Default cache capacity. */
export const DEFAULT_CACHE_SIZE = 20_000;

function emptySources(): Record<WordSource, number> {
  return { inline: 0, user: 0, lexicon: 0, special: 0, embedded: 0, morphology: 0, compound: 0, letters: 0, espeak: 0, rules: 0, none: 0 };
}

function checkOptions(options: G2POptions): void {
  const { lang, cacheSize, maxInputChars } = options;
  if (lang !== undefined && lang !== 'en-us' && lang !== 'en-gb') throw badOption('lang', "'en-us' or 'en-gb'", lang);
  if (cacheSize !== undefined && (!Number.isInteger(cacheSize) || cacheSize < 0)) throw badOption('cacheSize', 'a non-negative integer', cacheSize);
  if (maxInputChars !== undefined && (!Number.isInteger(maxInputChars) || maxInputChars < 0)) throw badOption('maxInputChars', 'a non-negative integer', maxInputChars);
  const n = options.normalize;
  if (n !== undefined && typeof n !== 'boolean' && (typeof n !== 'object' || n === null)) throw badOption('normalize', 'a boolean or an options object', n);
}

/**
 * Creates a G2P. Loads the embedded lexicon (CMUdict from the `cmu-pronouncing-dictionary` package) and the
 * letter-to-sound model for unknown words on the first call in a process, and espeak-ng when `espeak: true`.
 * @throws G2PError `KOKORO_G2P_BAD_OPTION`, `KOKORO_G2P_BAD_LEXICON`, `KOKORO_G2P_ESPEAK_UNAVAILABLE`
 */
export async function createG2P(options: G2POptions = {}): Promise<G2P> {
  checkOptions(options);
  const lang: Dialect = options.lang ?? 'en-us';
  const user = options.lexicon ? validateLexicon(options.lexicon, 'option "lexicon"') : undefined;
  const lexicons = (options.lexicons ?? []).map((lex, i) => validateLexicon(lex, `option "lexicons[${i}]"`));
  const backend = options.espeak === true ? await loadEspeakBackend() : options.espeak || undefined;
  const cmu = await loadCmuDictionary();
  prepareLetterToSound();
  const resolver = new WordResolver(lang, new EmbeddedLexicon(cmu, lang), user, lexicons);
  const cache = new PhonemeCache<CachedWord>(options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const contextualMemo = new Map<string, boolean>();
  const contextual = (lower: string): boolean => {
    let value = contextualMemo.get(lower);
    if (value === undefined) {
      if (contextualMemo.size > 50_000) contextualMemo.clear();
      value = resolver.isContextual(lower);
      contextualMemo.set(lower, value);
    }
    return value;
  };
  const normalizeOptions: Partial<NormalizeOptions> | undefined =
    options.normalize === false ? undefined : { lang, ...(typeof options.normalize === 'object' ? options.normalize : {}) };
  const maxInputChars = options.maxInputChars;
  const v1Symbols = options.kokoroV1Symbols === true;
  const sources = emptySources();
  const deps = { resolver, cache, contextual };

  /** Normalizes text pieces (links are kept as written) and scans them into tokens with spans in the input. */
  const sourceTokens = (input: string): SourceToken[] => {
    const out: SourceToken[] = [];
    for (const piece of splitLinks(input)) {
      const spaceBefore = piece.start > 0 && /\s/.test(input[piece.start - 1] ?? '');
      const firstIndex = out.length;
      if (piece.kind === 'link') {
        const token: ScanToken = { kind: 'word', text: piece.label, start: piece.labelStart, end: piece.labelStart + piece.label.length, phonemes: piece.phonemes, spaceBefore, paragraphBefore: false };
        out.push({ token, start: token.start, end: token.end });
        continue;
      }
      const text = input.slice(piece.start, piece.end);
      if (normalizeOptions) {
        const normalized = normalize(text, normalizeOptions);
        for (const token of scan(normalized.text)) {
          const span = normalized.map.toSource(token.start, token.end);
          out.push({ token, start: span.start + piece.start, end: span.end + piece.start });
        }
      } else {
        for (const token of scan(text)) out.push({ token, start: token.start + piece.start, end: token.end + piece.start });
      }
      const first = out[firstIndex];
      if (first && firstIndex > 0 && (spaceBefore || /^\s/.test(text))) first.token.spaceBefore = true;
    }
    return out;
  };

  const units = (text: string): Unit[] => {
    const input = typeof text === 'string' ? text : String(text);
    if (maxInputChars !== undefined && input.length > maxInputChars) throw new G2PInputTooLongError(input.length, maxInputChars);
    const result = phonemizeUnits(sourceTokens(input), input, deps);
    for (const unit of result) {
      if (unit.kind === 'word') sources[unit.source]++;
      if (v1Symbols && (unit.phonemes.includes('ɾ') || unit.phonemes.includes('ʔ'))) unit.phonemes = unit.phonemes.replace(/ɾ/g, 'T').replace(/ʔ/g, 't');
    }
    return result;
  };

  const prepare = async (text: string): Promise<void> => {
    if (!backend) return;
    const unknown = new Set<string>();
    for (const { token } of sourceTokens(text)) {
      if (token.kind !== 'word' || token.phonemes !== undefined) continue;
      const lower = token.text.toLowerCase();
      if (resolver.espeak.has(lower) || unknown.has(lower)) continue;
      const source = resolver.resolve(token.text).source;
      if (source === 'rules' || source === 'none') unknown.add(lower);
    }
    if (unknown.size === 0) return;
    const words = [...unknown];
    const phonemes = await espeakWords(backend, words, lang);
    words.forEach((word, i) => {
      const ps = phonemes[i];
      if (ps) resolver.espeak.set(word, ps);
    });
    cache.clear();
  };

  const phonemize = (text: string): PhonemizeResult => {
    const list = units(text);
    const words: PhonemizedWord[] = [];
    for (const unit of list) {
      if (unit.kind === 'word') words.push({ text: unit.text, start: unit.start, end: unit.end, phonemes: unit.phonemes });
    }
    return { phonemes: joinUnits(list), words };
  };

  const segments = (text: string, segmentOptions?: SegmentOptions): Segment[] => {
    const { maxTokens, first } = resolveSegmentOptions(segmentOptions);
    return chunkUnits(units(text), text, maxTokens, first);
  };

  return Object.freeze({
    lang,
    phonemize,
    async phonemizeAsync(text: string) {
      await prepare(text);
      return phonemize(text);
    },
    tokenize,
    segments,
    async segmentsAsync(text: string, segmentOptions?: SegmentOptions) {
      await prepare(text);
      return segments(text, segmentOptions);
    },
    stats: () => ({ cache: cache.stats(), sources: { ...sources } }),
  });
}

/**
 * Turns environment variables into {@link G2POptions}: `KOKORO_LANG` (en-us | en-gb), `KOKORO_G2P_ESPEAK` (1/true),
 * `KOKORO_G2P_CACHE_SIZE`, `KOKORO_G2P_MAX_INPUT_CHARS`. Unset variables are left out.
 * @throws G2PError `KOKORO_G2P_BAD_OPTION` for malformed values.
 */
export function g2pOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): G2POptions {
  const out: G2POptions = {};
  const lang = env.KOKORO_LANG;
  if (lang !== undefined && lang !== '') {
    if (lang !== 'en-us' && lang !== 'en-gb') throw badOption('KOKORO_LANG', "'en-us' or 'en-gb'", lang);
    out.lang = lang;
  }
  const espeak = env.KOKORO_G2P_ESPEAK;
  if (espeak !== undefined && espeak !== '') out.espeak = espeak === '1' || espeak.toLowerCase() === 'true';
  const int = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw badOption(name, 'a non-negative integer', raw);
    return value;
  };
  const cacheSize = int('KOKORO_G2P_CACHE_SIZE');
  if (cacheSize !== undefined) out.cacheSize = cacheSize;
  const maxInputChars = int('KOKORO_G2P_MAX_INPUT_CHARS');
  if (maxInputChars !== undefined) out.maxInputChars = maxInputChars;
  return out;
}
