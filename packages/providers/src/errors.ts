/**
 * Error registry of @kokoro-ts/providers. Recognise errors by `code` (see {@link isProvidersError}),
 * never by `instanceof`: errors cross worker boundaries and package copies.
 * @packageDocumentation
 */

/** Every error code this package throws, with what it means. */
export const PROVIDERS_ERROR_CODES = {
  /** A session-option or planner-config field had a value outside its allowed set or range. */
  KOKORO_PROVIDERS_INVALID_OPTION: 'an option has a value outside its allowed set or range, or is not a known option',
  /** An environment variable read by providerConfigFromEnv had a value outside its allowed set. */
  KOKORO_PROVIDERS_INVALID_ENV: 'an environment variable has a value outside its allowed set',
  /** createSessionWithFallback could not create a session with any planned provider. */
  KOKORO_PROVIDERS_ALL_FAILED: 'no planned execution provider could create a session',
} as const;

/** A code from {@link PROVIDERS_ERROR_CODES}. */
export type ProvidersErrorCode = keyof typeof PROVIDERS_ERROR_CODES;

/** Base class of every error this package throws. */
export class ProvidersError extends Error {
  /** Stable machine-readable code. */
  readonly code: ProvidersErrorCode;
  constructor(code: ProvidersErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProvidersError';
    this.code = code;
  }
}

/** A bad option value: names the field, what arrived and what is allowed. */
export class InvalidOptionError extends ProvidersError {
  /** Dotted option path, e.g. `coreml.computeUnits`. */
  readonly field: string;
  /** Allowed values or range, as shown in the message. */
  readonly allowed: string;
  /** The value that arrived. */
  readonly received: unknown;
  constructor(field: string, received: unknown, allowed: string) {
    super('KOKORO_PROVIDERS_INVALID_OPTION', `Invalid option "${field}": expected ${allowed}, received ${describe(received)}. Fix the value or remove the option to use the default.`);
    this.name = 'InvalidOptionError';
    this.field = field;
    this.allowed = allowed;
    this.received = received;
  }
}

/** A bad environment variable: names the variable, what arrived and what is allowed. */
export class InvalidEnvError extends ProvidersError {
  /** The variable name, e.g. `KOKORO_PROVIDER`. */
  readonly variable: string;
  /** Allowed values, as shown in the message. */
  readonly allowed: string;
  constructor(variable: string, received: string, allowed: string) {
    super('KOKORO_PROVIDERS_INVALID_ENV', `Invalid environment variable ${variable}=${JSON.stringify(received)}: expected ${allowed}. Set it to one of those values or unset it for the default.`);
    this.name = 'InvalidEnvError';
    this.variable = variable;
    this.allowed = allowed;
  }
}

/** One failed provider attempt inside {@link AllProvidersFailedError}. */
export interface FailedAttempt {
  provider: string;
  error: string;
}

/** Every planned provider failed to create a session. */
export class AllProvidersFailedError extends ProvidersError {
  /** Each provider tried, with the error it gave. */
  readonly attempts: FailedAttempt[];
  constructor(attempts: FailedAttempt[]) {
    super('KOKORO_PROVIDERS_ALL_FAILED', `No execution provider could create a session. Tried: ${attempts.map((a) => `${a.provider} (${a.error})`).join('; ')}. Check the model file and that onnxruntime-node loads on this machine (kokoro doctor).`);
    this.name = 'AllProvidersFailedError';
    this.attempts = attempts;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return typeof value;
  }
}

/** True when `error` carries one of this package's codes (or exactly `code` when given). */
export function isProvidersError(error: unknown, code?: ProvidersErrorCode): error is ProvidersError {
  if (typeof error !== 'object' || error === null) return false;
  const c = (error as { code?: unknown }).code;
  return typeof c === 'string' && c in PROVIDERS_ERROR_CODES && (code === undefined || c === code);
}
