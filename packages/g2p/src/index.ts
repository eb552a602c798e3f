/**
 * @kokoro-ts/g2p: English text normalization, sentence splitting, Kokoro-compatible (misaki) phonemes, tokens and
 * segments.
 */
export { createG2P, g2pOptionsFromEnv, DEFAULT_CACHE_SIZE } from './g2p';
export type { G2P, G2POptions, G2PStats, PhonemizeResult } from './g2p';
export type { PhonemizedWord } from './phonemize';
export type { WordSource } from './resolver';
export { MAX_TOKENS } from './chunker';
export type { Segment, SegmentBoundary, SegmentOptions, SegmentWord } from './chunker';
export { tokenize, VOCAB, PAD_ID } from './vocab';
export type { TokenizeResult } from './vocab';
export type { CacheStats } from './cache';
export { loadLexiconFile, validateLexicon } from './lexicon/file';
export type { LoadLexiconOptions } from './lexicon/file';
export type { Lexicon, LexiconEntry, PosTag } from './lexicon/types';
export type { Dialect } from './lexicon/arpabet';
export { isEmbeddedLexiconLoaded } from './lexicon/embedded';
export { espeakToMisaki } from './fallback/espeak-map';
export { loadEspeakBackend } from './fallback/espeak';
export type { EspeakBackend } from './fallback/espeak';
export { G2PError, G2P_ERROR_CODES, isG2PError } from './errors';
export type { G2PErrorCode } from './errors';
export {
  normalize,
  normalizeText,
  DEFAULT_NORMALIZE_OPTIONS,
  G2PInputTooLongError,
  NORMALIZE_ERROR_CODES,
  PRONOUNCED_ACRONYMS,
  EMPHASIS_WORDS,
} from './normalize/index';
export type { NormalizedText, NormalizeOptions, OffsetMap, SourceSpan } from './normalize/index';
export { splitSentences, createSentenceSplitter, splitClauses, DEFAULT_MAX_CLAUSE_CHARS } from './split/index';
export type { Sentence, SentenceSplitter, Clause } from './split/index';
