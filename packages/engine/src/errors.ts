/**
 * Every error the engine throws, in one registry. Recognise them by `code`
 * (`KOKORO_ENGINE_*`), never by `instanceof`: two copies of the package, or an error that
 * crossed a worker boundary, break `instanceof`.
 */

/** Stable error codes of `@kokoro-ts/engine`, with what each means. */
export const ENGINE_ERROR_CODES = {
  KOKORO_ENGINE_EMPTY_INPUT: 'The text, phonemes or token ids to synthesize were empty (or only whitespace / unknown symbols).',
  KOKORO_ENGINE_INPUT_TOO_LONG: 'The input is longer than the configured limit (`limits.maxInputChars` / `limits.maxTokens`).',
  KOKORO_ENGINE_BAD_SPEED: 'The speed is not a finite number in the allowed range, or not representable by the model\'s speed input.',
  KOKORO_ENGINE_UNKNOWN_VOICE: 'No voice with that id is available; the message lists the closest ids.',
  KOKORO_ENGINE_BAD_VOICE_SPEC: 'A voice name or blend expression is malformed (bad characters, empty part, zero or negative weight).',
  KOKORO_ENGINE_BAD_VOICE_FILE: 'A voice file (or registered pack) is corrupt or has the wrong shape; the message names the file.',
  KOKORO_ENGINE_MODEL_MISSING: 'The model or voices could not be found or downloaded; the message says which files to place where.',
  KOKORO_ENGINE_BAD_MODEL: 'The model file is not an ONNX model, or its inputs/outputs do not match the Kokoro contract.',
  KOKORO_ENGINE_DOWNLOAD_FAILED: 'A download failed (HTTP status, network error, or SHA-256 mismatch).',
  KOKORO_ENGINE_BAD_TOKEN: 'A token id is outside the vocabulary range (0 is the pad, ids are 1..177).',
  KOKORO_ENGINE_BAD_OPTIONS: 'An engine or synthesis option has an invalid value.',
  KOKORO_ENGINE_ABORTED: 'The synthesis was aborted through its AbortSignal.',
  KOKORO_ENGINE_DISPOSED: 'The engine was used after `dispose()`.',
} as const;

/** One of the engine's error codes. */
export type EngineErrorCode = keyof typeof ENGINE_ERROR_CODES;

/** Base class of every engine error: a message plus a stable `code` and optional details. */
export class EngineError extends Error {
  /** Stable machine-readable code, e.g. `KOKORO_ENGINE_UNKNOWN_VOICE`. */
  readonly code: EngineErrorCode;
  /** Structured details (file paths, closest ids, limits) for programs that handle the error. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: EngineErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** True when `err` carries the given engine error code (works across package copies and workers). */
export function isEngineError(err: unknown, code?: EngineErrorCode): err is EngineError {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const c = (err).code;
  if (typeof c !== 'string' || !(c in ENGINE_ERROR_CODES)) return false;
  return code === undefined || c === code;
}

/** @internal Builds the engine error for `code`. */
export function engineError(code: EngineErrorCode, message: string, details?: Record<string, unknown>, cause?: unknown): EngineError {
  return new EngineError(code, message, details, cause === undefined ? undefined : { cause });
}
