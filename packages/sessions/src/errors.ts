/**
 * Every error `@kokoro-ts/sessions` throws or rejects with. Recognise them by `code`
 * (errors cross worker boundaries, where `instanceof` does not survive).
 */

/** Stable codes of this package's errors. */
export const SESSIONS_ERROR_CODES = {
  /** An option is invalid (name, expected and received value in the message). */
  BAD_OPTION: 'KOKORO_SESSIONS_BAD_OPTION',
  /** Feeds do not match the model's inputs. */
  BAD_INPUT: 'KOKORO_SESSIONS_BAD_INPUT',
  /** The queue is full or a job waited longer than `queue.maxWaitMs`; has `retryAfterMs`. */
  OVERLOADED: 'KOKORO_SESSIONS_OVERLOADED',
  /** The caller's AbortSignal fired. */
  ABORTED: 'KOKORO_SESSIONS_ABORTED',
  /** A run took longer than `runTimeoutMs`; its worker was replaced. */
  TIMEOUT: 'KOKORO_SESSIONS_TIMEOUT',
  /** The run failed on its session and on the retry. */
  RUN_FAILED: 'KOKORO_SESSIONS_RUN_FAILED',
  /** An output contained NaN or Infinity (with `nonFinite: 'error'`, after the retry). */
  NON_FINITE_OUTPUT: 'KOKORO_SESSIONS_NON_FINITE_OUTPUT',
  /** The worker running the job exited, twice (first crash is retried). */
  WORKER_CRASHED: 'KOKORO_SESSIONS_WORKER_CRASHED',
  /** No session could be created with any provider, or every session is dead. */
  SESSION_CREATE_FAILED: 'KOKORO_SESSIONS_SESSION_CREATE_FAILED',
  /** Explicit warm-up feeds failed to run. */
  WARMUP_FAILED: 'KOKORO_SESSIONS_WARMUP_FAILED',
  /** The worker script is not where the pool expected it (package not built). */
  WORKER_MISSING: 'KOKORO_SESSIONS_WORKER_MISSING',
  /** The pool was disposed before or while the job ran. */
  DISPOSED: 'KOKORO_SESSIONS_DISPOSED',
} as const;

/** One of {@link SESSIONS_ERROR_CODES}. */
export type SessionsErrorCode = (typeof SESSIONS_ERROR_CODES)[keyof typeof SESSIONS_ERROR_CODES];

/** Base class of this package's errors. */
export class SessionsError extends Error {
  /** Stable code, e.g. `KOKORO_SESSIONS_OVERLOADED`. */
  readonly code: SessionsErrorCode;
  constructor(code: SessionsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SessionsError';
    this.code = code;
  }
}

/** Queue full or waited too long. Retry after `retryAfterMs`, or raise `queue.maxDepth` / add sessions. */
export class OverloadedError extends SessionsError {
  /** Suggested wait before retrying, ms (from the queue depth and the observed mean run time). */
  readonly retryAfterMs: number;
  /** Why: the queue was full on arrival, or the job waited past `queue.maxWaitMs`. */
  readonly reason: 'queue-full' | 'max-wait';
  constructor(reason: 'queue-full' | 'max-wait', detail: string, retryAfterMs: number) {
    super(
      SESSIONS_ERROR_CODES.OVERLOADED,
      `Session pool overloaded (${reason}): ${detail}. Retry after ${retryAfterMs} ms, or raise queue.maxDepth / queue.maxWaitMs or add sessions.`,
    );
    this.name = 'OverloadedError';
    this.retryAfterMs = retryAfterMs;
    this.reason = reason;
  }
}

/** Thrown for an invalid option; names the option, what was expected and what arrived. */
export class SessionsBadOptionError extends SessionsError {
  readonly option: string;
  constructor(option: string, expected: string, received: unknown) {
    super(SESSIONS_ERROR_CODES.BAD_OPTION, `Invalid session pool option "${option}": expected ${expected}, received ${describe(received)}.`);
    this.name = 'SessionsBadOptionError';
    this.option = option;
  }
}

/** True when `value` is an error from this package (optionally with `code`); works across copies and threads. */
export function isSessionsError(value: unknown, code?: SessionsErrorCode): value is SessionsError {
  if (typeof value !== 'object' || value === null) return false;
  const c = (value as { code?: unknown }).code;
  return typeof c === 'string' && c.startsWith('KOKORO_SESSIONS_') && (code === undefined || c === code);
}

function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return value === null ? 'null' : typeof value;
}
