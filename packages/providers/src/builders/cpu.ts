/**
 * CPU execution provider options.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import { checkShape, COMMON_KEYS, commonSessionOptions, type CommonSessionConfig } from './common';

/** Options for {@link cpuSessionOptions}: the shared CPU-side options. */
export type CpuSessionConfig = CommonSessionConfig;

/**
 * Session options that run everything on ONNX Runtime's CPU provider. Validates every field
 * (throws `KOKORO_PROVIDERS_INVALID_OPTION` naming the field and allowed values) and returns a
 * plain, structured-cloneable object.
 */
export function cpuSessionOptions(o: CpuSessionConfig = {}): InferenceSession.SessionOptions {
  checkShape(o, COMMON_KEYS);
  return { ...commonSessionOptions(o), executionProviders: ['cpu'] };
}
