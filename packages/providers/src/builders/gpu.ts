/**
 * GPU execution provider options: CUDA, TensorRT and DirectML. onnxruntime-node 1.30 reads only
 * `deviceId` from these entries; the other settings are written under ONNX Runtime's
 * provider-option names so bindings that forward them apply them (see the README).
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import { boolean, integerIn, nonEmptyString, oneOf } from '../validate';
import { checkShape, COMMON_KEYS, commonSessionOptions, type CommonSessionConfig } from './common';

/** CUDA-specific options. */
export interface CudaConfig {
  /** GPU index. Default `0`. */
  deviceId?: number;
  /** How the device arena grows: `'kNextPowerOfTwo'` (default) or `'kSameAsRequested'` (less waste, more allocations). */
  arenaExtendStrategy?: 'kNextPowerOfTwo' | 'kSameAsRequested';
  /** cuDNN convolution algorithm search: `'EXHAUSTIVE'` (default; slow first run), `'HEURISTIC'`, `'DEFAULT'`. */
  cudnnConvAlgoSearch?: 'EXHAUSTIVE' | 'HEURISTIC' | 'DEFAULT';
  /** Device memory limit for the arena in bytes. Default unset (no limit). */
  gpuMemLimitBytes?: number;
}
/** Options for {@link cudaSessionOptions}. */
export type CudaSessionConfig = CommonSessionConfig & CudaConfig;

/** TensorRT-specific options. */
export interface TensorRtConfig {
  /** GPU index. Default `0`. */
  deviceId?: number;
  /** Build fp16 engines. Default `true`. */
  fp16?: boolean;
  /** Cache built engines on disk (building takes minutes). Default `true`. */
  engineCache?: boolean;
  /** Directory of the engine cache. Default unset (the working directory). */
  engineCachePath?: string;
}
/** Options for {@link tensorrtSessionOptions}. */
export type TensorRtSessionConfig = CommonSessionConfig & TensorRtConfig;

/** DirectML-specific options. */
export interface DmlConfig {
  /** Adapter index. Default `0`. */
  deviceId?: number;
}
/** Options for {@link dmlSessionOptions}. */
export type DmlSessionConfig = CommonSessionConfig & DmlConfig;

const MAX_DEVICE = 63;

/** Session options for the CUDA provider (needs CUDA 12 + cuDNN 9 and the provider libraries; see @kokoro-ts/hardware). */
export function cudaSessionOptions(o: CudaSessionConfig = {}): InferenceSession.SessionOptions {
  checkShape(o, [...COMMON_KEYS, 'deviceId', 'arenaExtendStrategy', 'cudnnConvAlgoSearch', 'gpuMemLimitBytes']);
  const entry: Record<string, string | number> & { name: 'cuda' } = {
    name: 'cuda',
    deviceId: o.deviceId === undefined ? 0 : integerIn('deviceId', o.deviceId, 0, MAX_DEVICE),
    arena_extend_strategy: o.arenaExtendStrategy === undefined ? 'kNextPowerOfTwo' : oneOf('arenaExtendStrategy', o.arenaExtendStrategy, ['kNextPowerOfTwo', 'kSameAsRequested'] as const),
    cudnn_conv_algo_search: o.cudnnConvAlgoSearch === undefined ? 'EXHAUSTIVE' : oneOf('cudnnConvAlgoSearch', o.cudnnConvAlgoSearch, ['EXHAUSTIVE', 'HEURISTIC', 'DEFAULT'] as const),
  };
  if (o.gpuMemLimitBytes !== undefined) entry.gpu_mem_limit = String(integerIn('gpuMemLimitBytes', o.gpuMemLimitBytes, 1, Number.MAX_SAFE_INTEGER));
  return { ...commonSessionOptions(o), executionProviders: [entry] };
}

/** Session options for the TensorRT provider (falls back to CUDA/CPU for unsupported nodes inside ONNX Runtime). */
export function tensorrtSessionOptions(o: TensorRtSessionConfig = {}): InferenceSession.SessionOptions {
  checkShape(o, [...COMMON_KEYS, 'deviceId', 'fp16', 'engineCache', 'engineCachePath']);
  const entry: Record<string, string | number> & { name: 'tensorrt' } = {
    name: 'tensorrt',
    deviceId: o.deviceId === undefined ? 0 : integerIn('deviceId', o.deviceId, 0, MAX_DEVICE),
    trt_fp16_enable: (o.fp16 === undefined ? true : boolean('fp16', o.fp16)) ? '1' : '0',
    trt_engine_cache_enable: (o.engineCache === undefined ? true : boolean('engineCache', o.engineCache)) ? '1' : '0',
  };
  if (o.engineCachePath !== undefined) entry.trt_engine_cache_path = nonEmptyString('engineCachePath', o.engineCachePath);
  return { ...commonSessionOptions(o), executionProviders: [entry] };
}

/**
 * Session options for DirectML (Windows). DirectML does not support memory patterns or parallel
 * execution, so those are forced off/sequential whatever the shared options say.
 */
export function dmlSessionOptions(o: DmlSessionConfig = {}): InferenceSession.SessionOptions {
  checkShape(o, [...COMMON_KEYS, 'deviceId']);
  return {
    ...commonSessionOptions(o),
    enableMemPattern: false,
    executionMode: 'sequential',
    executionProviders: [{ name: 'dml', deviceId: o.deviceId === undefined ? 0 : integerIn('deviceId', o.deviceId, 0, MAX_DEVICE) }],
  };
}
