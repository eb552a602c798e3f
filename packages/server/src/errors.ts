/**
 * Every error this package raises, by stable `code`. Recognise them with {@link isServerError}
 * or by reading `code`, never with `instanceof` (two copies of the package break it).
 */

/** Codes of {@link ServerError}, with the HTTP status each maps to. */
export const SERVER_ERROR_CODES = {
  /** A request field failed validation (wrong type, out of range, unknown value). */
  KOKORO_SERVER_BAD_REQUEST: 400,
  /** The `input` text is longer than `limits.maxInputChars`. */
  KOKORO_SERVER_INPUT_TOO_LONG: 400,
  /** The `voice` is not a known voice id, OpenAI name or valid blend. */
  KOKORO_SERVER_UNKNOWN_VOICE: 400,
  /** The `response_format` is not one of mp3, opus, aac, flac, wav, pcm. */
  KOKORO_SERVER_BAD_FORMAT: 400,
  /** The `model` is not one the server serves. */
  KOKORO_SERVER_UNKNOWN_MODEL: 400,
  /** The Authorization header is missing or carries no configured key. */
  KOKORO_SERVER_UNAUTHORIZED: 401,
  /** No route matches the method and path. */
  KOKORO_SERVER_NOT_FOUND: 404,
  /** The request body is larger than `limits.bodyLimitBytes`. */
  KOKORO_SERVER_BODY_TOO_LARGE: 413,
  /** The Content-Type is not application/json. */
  KOKORO_SERVER_UNSUPPORTED_MEDIA_TYPE: 415,
  /** The synthesis queue is full; retry after the `Retry-After` seconds. */
  KOKORO_SERVER_OVERLOADED: 429,
  /** The request ran longer than `limits.requestTimeoutMs`. */
  KOKORO_SERVER_TIMEOUT: 503,
  /** The model is not loaded (yet, or it failed to load); `/ready` says why. */
  KOKORO_SERVER_NOT_READY: 503,
  /** The server is shutting down and takes no new work. */
  KOKORO_SERVER_SHUTTING_DOWN: 503,
  /** An audio encoder failed or was given bad settings. */
  KOKORO_SERVER_ENCODER_FAILED: 500,
  /** A server option is invalid (flag, env variable or `createServer` option). */
  KOKORO_SERVER_BAD_CONFIG: 500,
  /** The API key file could not be read. */
  KOKORO_SERVER_KEY_FILE: 500,
  /** CLI: bad command line (exit code 2). */
  KOKORO_SERVER_CLI_USAGE: 400,
  /** CLI: the command failed (exit code 1). */
  KOKORO_SERVER_CLI_FAILED: 500,
  /** CLI: model or voices not found (exit code 3); the message says how to get them. */
  KOKORO_SERVER_MODEL_MISSING: 503,
  /** Anything unexpected; details go to the log, never to the client. */
  KOKORO_SERVER_INTERNAL: 500,
} as const;

/** A code from {@link SERVER_ERROR_CODES}. */
export type ServerErrorCode = keyof typeof SERVER_ERROR_CODES;

/** Options of {@link ServerError}. */
export interface ServerErrorOptions {
  /** The request field at fault (OpenAI's `param`), or null. */
  param?: string | null;
  /** For 429: how long the client should wait, in milliseconds. */
  retryAfterMs?: number;
  /** The underlying error. */
  cause?: unknown;
}

/** An error of this package: a stable `code`, an HTTP `status`, and the request `param` at fault. */
export class ServerError extends Error {
  /** Stable machine-readable code (`KOKORO_SERVER_*`). */
  readonly code: ServerErrorCode;
  /** HTTP status the server answers with. */
  readonly status: number;
  /** Request field at fault, or null. */
  readonly param: string | null;
  /** For 429: suggested wait in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(code: ServerErrorCode, message: string, options: ServerErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ServerError';
    this.code = code;
    this.status = SERVER_ERROR_CODES[code];
    this.param = options.param ?? null;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** True when `value` is an error carrying one of this package's codes. */
export function isServerError(value: unknown): value is ServerError {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
    && Object.hasOwn(SERVER_ERROR_CODES, (value as { code: string }).code);
}
