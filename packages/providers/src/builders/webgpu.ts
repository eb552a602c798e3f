/**
 * WebGPU execution provider options (bundled in onnxruntime-node for Windows, macOS and Linux
 * x64). The binding rejects unknown WebGPU keys, so only the ones it knows are emitted.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import { InvalidOptionError } from '../errors';
import { boolean, nonEmptyString, oneOf } from '../validate';
import { checkShape, COMMON_KEYS, commonSessionOptions, type CommonSessionConfig } from './common';

const CACHE_MODES = ['disabled', 'lazyRelease', 'simple', 'bucket'] as const;

/** WebGPU-specific options (unset ones keep ONNX Runtime's defaults). */
export interface WebGpuConfig {
  /** Layout for layout-sensitive operators: `'NCHW'` (ONNX Runtime default) or `'NHWC'`. */
  preferredLayout?: 'NCHW' | 'NHWC';
  /** Validation: `'disabled'` (fastest; a WebGPU error may crash the process), `'wgpuOnly'`, `'basic'` (default), `'full'`. */
  validationMode?: 'disabled' | 'wgpuOnly' | 'basic' | 'full';
  /** Storage buffer cache: `'bucket'` (default), `'simple'` (less memory for static shapes), `'lazyRelease'`, `'disabled'`. */
  storageBufferCacheMode?: (typeof CACHE_MODES)[number];
  /** Node names to keep on the CPU. Default none. */
  forceCpuNodeNames?: string[];
  /** Robust buffer access for the Dawn device (first device wins). Default: ONNX Runtime's (off in release builds). */
  enableRobustness?: boolean;
}
/** Options for {@link webgpuSessionOptions}. */
export type WebGpuSessionConfig = CommonSessionConfig & WebGpuConfig;

/** Session options for the WebGPU provider. */
export function webgpuSessionOptions(o: WebGpuSessionConfig = {}): InferenceSession.SessionOptions {
  checkShape(o, [...COMMON_KEYS, 'preferredLayout', 'validationMode', 'storageBufferCacheMode', 'forceCpuNodeNames', 'enableRobustness']);
  const e: { name: 'webgpu' } & WebGpuConfig = { name: 'webgpu' };
  if (o.preferredLayout !== undefined) e.preferredLayout = oneOf('preferredLayout', o.preferredLayout, ['NCHW', 'NHWC'] as const);
  if (o.validationMode !== undefined) e.validationMode = oneOf('validationMode', o.validationMode, ['disabled', 'wgpuOnly', 'basic', 'full'] as const);
  if (o.storageBufferCacheMode !== undefined) e.storageBufferCacheMode = oneOf('storageBufferCacheMode', o.storageBufferCacheMode, CACHE_MODES);
  if (o.enableRobustness !== undefined) e.enableRobustness = boolean('enableRobustness', o.enableRobustness);
  if (o.forceCpuNodeNames !== undefined) {
    if (!Array.isArray(o.forceCpuNodeNames)) throw new InvalidOptionError('forceCpuNodeNames', o.forceCpuNodeNames, 'an array of node names');
    e.forceCpuNodeNames = o.forceCpuNodeNames.map((n, i) => nonEmptyString(`forceCpuNodeNames[${i}]`, n));
  }
  return { ...commonSessionOptions(o), executionProviders: [e] };
}
