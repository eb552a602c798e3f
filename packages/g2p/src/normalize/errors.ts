/**
 * Errors thrown by normalization and splitting. Recognise them by `code`, not `instanceof`.
 */

/** Codes of the errors this module throws. */
export const NORMALIZE_ERROR_CODES = Object.freeze({
  INPUT_TOO_LONG: 'KOKORO_G2P_INPUT_TOO_LONG',
} as const);

/** Thrown when the input is longer than the caller-set `maxChars` limit. */
export class G2PInputTooLongError extends Error {
  /** Always `KOKORO_G2P_INPUT_TOO_LONG`. */
  readonly code = NORMALIZE_ERROR_CODES.INPUT_TOO_LONG;
  /** Length of the input in UTF-16 code units. */
  readonly length: number;
  /** The limit that was exceeded. */
  readonly maxChars: number;

  constructor(length: number, maxChars: number) {
    super(
      `Expected text of at most ${maxChars} characters (the maxChars option) but got ${length}. ` +
        'Split the text first (splitSentences or createSentenceSplitter) or raise maxChars.',
    );
    this.name = 'G2PInputTooLongError';
    this.length = length;
    this.maxChars = maxChars;
  }
}

/** Throws {@link G2PInputTooLongError} when `text` exceeds `maxChars`. @internal */
export function assertLength(text: string, maxChars: number): void {
  if (text.length > maxChars) throw new G2PInputTooLongError(text.length, maxChars);
}
