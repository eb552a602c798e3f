/**
 * Every error `@kokoro-ts/memory` throws. Recognise them by `code`, never by `instanceof`
 * (two copies of the package, or an error crossing a worker boundary, break `instanceof`).
 */

/** Stable codes of the errors this package throws. */
export const MEMORY_ERROR_CODES = {
  /** An option is out of range or has the wrong type. */
  BAD_OPTION: 'KOKORO_MEMORY_BAD_OPTION',
} as const;

/** One of {@link MEMORY_ERROR_CODES}. */
export type MemoryErrorCode = (typeof MEMORY_ERROR_CODES)[keyof typeof MEMORY_ERROR_CODES];

/** Base class of this package's errors; `code` identifies the failure. */
export class MemoryError extends Error {
  /** Stable machine-readable code, e.g. `KOKORO_MEMORY_BAD_OPTION`. */
  readonly code: MemoryErrorCode;
  constructor(code: MemoryErrorCode, message: string) {
    super(message);
    this.name = 'MemoryError';
    this.code = code;
  }
}

/** Thrown when an option is invalid; the message names the option, the value and the allowed range. */
export class MemoryBadOptionError extends MemoryError {
  /** The option's name, e.g. `intervalMs`. */
  readonly option: string;
  constructor(option: string, expected: string, received: unknown) {
    super(MEMORY_ERROR_CODES.BAD_OPTION, `Invalid memory option "${option}": expected ${expected}, received ${describe(received)}. Fix the value passed for "${option}".`);
    this.name = 'MemoryBadOptionError';
    this.option = option;
  }
}

/** True when `value` is an error from this package with the given code (works across package copies). */
export function isMemoryError(value: unknown, code?: MemoryErrorCode): value is MemoryError {
  if (typeof value !== 'object' || value === null) return false;
  const c = (value as { code?: unknown }).code;
  return typeof c === 'string' && c.startsWith('KOKORO_MEMORY_') && (code === undefined || c === code);
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return value === null ? 'null' : typeof value;
}

/** @internal Validate a finite number within [min, max]. */
export function checkNumber(option: string, value: unknown, min: number, max = Number.POSITIVE_INFINITY, integer = false): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new MemoryBadOptionError(option, `${integer ? 'an integer' : 'a number'} in [${min}, ${max}]`, value);
  }
  return value;
}
