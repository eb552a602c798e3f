/**
 * Error registry of the benchmark. Recognise errors by `code`, never by `instanceof`.
 */

/** Every error code the benchmark raises, with what it means. */
export const BENCH_ERROR_CODES = {
  KOKORO_BENCH_BAD_ARGUMENT: 'A command-line argument is missing, malformed or out of range.',
  KOKORO_BENCH_UNKNOWN_SUITE: 'A suite name that the benchmark does not have.',
  KOKORO_BENCH_MODEL_MISSING: 'The --model or --voices path does not exist.',
  KOKORO_BENCH_SUITE_UNAVAILABLE: 'A suite could not run because a package it measures is not usable (not built, or missing an API).',
  KOKORO_BENCH_SUITE_FAILED: 'A suite started but failed while measuring.',
  KOKORO_BENCH_INVALID_RESULT: 'A result document does not match the JSON schema.',
  KOKORO_BENCH_BUDGET_FAILED: 'CI mode: at least one ratio budget was exceeded.',
  KOKORO_BENCH_WORKER_FAILED: 'The raw ONNX Runtime worker crashed or returned an error.',
} as const;

/** One benchmark error code. */
export type BenchErrorCode = keyof typeof BENCH_ERROR_CODES;

/** Base class of every benchmark error; `code` is stable. */
export class BenchError extends Error {
  /** Stable identifier, e.g. `KOKORO_BENCH_BAD_ARGUMENT`. */
  readonly code: BenchErrorCode;
  constructor(code: BenchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BenchError';
    this.code = code;
  }
}

/** True when `err` carries the given benchmark error code (works across realms and workers). */
export function isBenchError(err: unknown, code?: BenchErrorCode): err is BenchError {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const c = err.code;
  return typeof c === 'string' && c in BENCH_ERROR_CODES && (code === undefined || c === code);
}

/** Code and message of any thrown value, for the result's failure list. */
export function describeError(err: unknown): { code: string; message: string } {
  if (typeof err === 'object' && err !== null) {
    const code = 'code' in err && typeof err.code === 'string' ? err.code : 'KOKORO_BENCH_SUITE_FAILED';
    const message = 'message' in err && typeof err.message === 'string' ? err.message : JSON.stringify(err);
    return { code, message };
  }
  return { code: 'KOKORO_BENCH_SUITE_FAILED', message: String(err) };
}
