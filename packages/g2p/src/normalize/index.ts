export { normalize, normalizeText, type NormalizedText } from './normalize';
export { DEFAULT_NORMALIZE_OPTIONS, type NormalizeOptions } from './options';
export type { OffsetMap, SourceSpan } from './offset-map';
export { G2PInputTooLongError, NORMALIZE_ERROR_CODES } from './errors';
export { EMPHASIS_WORDS, PRONOUNCED_ACRONYMS } from './acronyms';
