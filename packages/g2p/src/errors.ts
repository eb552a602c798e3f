/**
 * Error registry for @kokoro-ts/g2p. Recognise errors by `code`, never by `instanceof`.
 */

/** Every error code this package throws. */
export const G2P_ERROR_CODES = {
  /** Input text is longer than the caller-set `maxInputChars` / `maxChars` limit (thrown as `G2PInputTooLongError`). */
  INPUT_TOO_LONG: 'KOKORO_G2P_INPUT_TOO_LONG',
  /** An option passed to `createG2P` or `segments` is out of range or of the wrong type. */
  BAD_OPTION: 'KOKORO_G2P_BAD_OPTION',
  /** A lexicon (object or JSON file) does not have misaki's shape. */
  BAD_LEXICON: 'KOKORO_G2P_BAD_LEXICON',
  /** `espeak: true` was asked for but the optional `phonemizer` package could not be loaded. */
  ESPEAK_UNAVAILABLE: 'KOKORO_G2P_ESPEAK_UNAVAILABLE',
} as const;

/** Union of the codes in {@link G2P_ERROR_CODES}. */
export type G2PErrorCode = (typeof G2P_ERROR_CODES)[keyof typeof G2P_ERROR_CODES];

/** Base error for this package; `code` is stable across versions. */
export class G2PError extends Error {
  /** Stable machine-readable code (`KOKORO_G2P_*`). */
  readonly code: G2PErrorCode;
  /** Structured details for logs (field names, limits, observed values). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: G2PErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'G2PError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** True when `error` carries one of this package's codes (works across realms and package copies). */
export function isG2PError(error: unknown): error is G2PError {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (Object.values(G2P_ERROR_CODES) as string[]).includes(code);
}

/** @internal */
export function badOption(field: string, expected: string, received: unknown): G2PError {
  let shown: string;
  try {
    shown = JSON.stringify(received) ?? String(received);
  } catch {
    shown = String(received);
  }
  return new G2PError(
    G2P_ERROR_CODES.BAD_OPTION,
    `Option "${field}" must be ${expected}; received ${shown}. Fix the value passed to @kokoro-ts/g2p.`,
    { field, expected },
  );
}

/** @internal */
export function badLexicon(where: string, problem: string): G2PError {
  return new G2PError(
    G2P_ERROR_CODES.BAD_LEXICON,
    `Lexicon ${where} is not in misaki's shape: ${problem}. Expected a JSON object mapping words to a phoneme string, null, or an object keyed by part of speech (DEFAULT, VERB, NOUN, ADJ, ...).`,
    { where, problem },
  );
}

/** @internal */
export function espeakUnavailable(cause: unknown): G2PError {
  return new G2PError(
    G2P_ERROR_CODES.ESPEAK_UNAVAILABLE,
    'espeak: true needs the optional dependency "phonemizer" (espeak-ng compiled to WebAssembly, GPL-3.0), which could not be loaded. Install it with `npm i phonemizer`, or leave espeak off to use the built-in rule-based fallback.',
    {},
    { cause },
  );
}
