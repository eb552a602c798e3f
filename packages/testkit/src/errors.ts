/**
 * Error registry of the test kit. Every error has a stable `code`; recognise errors by
 * `code` (see {@link isTestkitError}), not by `instanceof`.
 * @packageDocumentation
 */

/** Stable error codes of `@kokoro-ts/testkit`, with what each means. */
export const TESTKIT_ERROR_CODES = Object.freeze({
  KOKORO_TESTKIT_BAD_OPTION: 'A build, voice or asset option is out of range or of the wrong type.',
  KOKORO_TESTKIT_BAD_WAVEFORM: 'A waveform handed to decodeWaveform is not synthetic-model output (misaligned, trimmed or not encoded).',
  KOKORO_TESTKIT_BAD_ARGUMENT: 'The testkit CLI got an unknown command or flag, or a flag value it cannot use.',
  KOKORO_TESTKIT_RUNTIME_MISSING: 'Calibration needs onnxruntime-node, which could not be loaded.',
} as const);

/** One of the {@link TESTKIT_ERROR_CODES}. */
export type TestkitErrorCode = keyof typeof TESTKIT_ERROR_CODES;

/** The error every test-kit function throws; `code` says which kind. */
export class TestkitError extends Error {
  /** Stable machine-readable code, e.g. `KOKORO_TESTKIT_BAD_OPTION`. */
  readonly code: TestkitErrorCode;

  constructor(code: TestkitErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TestkitError';
    this.code = code;
  }
}

/** True when `error` carries one of the test kit's codes (works across realms and copies). */
export function isTestkitError(error: unknown): error is { code: TestkitErrorCode; message: string } {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error).code;
  return typeof code === 'string' && Object.hasOwn(TESTKIT_ERROR_CODES, code);
}
