/**
 * `@kokoro-ts/providers`: typed, validated ONNX Runtime session options per execution provider,
 * an explained plan for a machine (from `@kokoro-ts/hardware`), and session creation that falls
 * back provider by provider.
 * @packageDocumentation
 */
export { planProviders, DEFAULT_COREML_LONG_INPUT_TOKENS } from './planner';
export type { ProviderPlan, PlannedProvider, SkippedProvider, PoolLayout } from './plan-types';
export { PUBLISHED_BACKENDS } from './plan-providers';
export { MODEL_WEIGHT_BYTES, SESSION_WORKING_BYTES, MEMORY_HEADROOM, POOL_THREADS_PER_SESSION } from './plan-threads';
export { providerConfigFromEnv, PROVIDER_ENV_VARIABLES, MAX_ARENA_MB } from './config';
export type { ProviderConfig, EnvVariableDoc } from './config';
export { cpuSessionOptions } from './builders/cpu';
export type { CpuSessionConfig } from './builders/cpu';
export { MAX_THREADS } from './builders/common';
export type { CommonSessionConfig } from './builders/common';
export { coremlSessionOptions, coremlFlags, coremlAppliedByNodeBinding, COREML_FLAGS } from './builders/coreml';
export type { CoreMLConfig, CoreMLSessionConfig } from './builders/coreml';
export { cudaSessionOptions, tensorrtSessionOptions, dmlSessionOptions } from './builders/gpu';
export type { CudaConfig, CudaSessionConfig, TensorRtConfig, TensorRtSessionConfig, DmlConfig, DmlSessionConfig } from './builders/gpu';
export { webgpuSessionOptions } from './builders/webgpu';
export type { WebGpuConfig, WebGpuSessionConfig } from './builders/webgpu';
export { createSessionWithFallback, withThreads } from './fallback';
export type { OrtSessionFactory, ProviderAttempt, CreateSessionOptions, SessionWithProvider } from './fallback';
export { formatPlan } from './format';
export {
  PROVIDER_NAMES, MODEL_VARIANTS, GRAPH_OPTIMIZATION_LEVELS, COREML_COMPUTE_UNITS, COREML_MODEL_FORMATS, COREML_SPECIALIZATIONS,
} from './names';
export type { ProviderName, ModelVariant, GraphOptimizationLevel, CoreMLComputeUnits, CoreMLModelFormat, CoreMLSpecialization } from './names';
export {
  PROVIDERS_ERROR_CODES, ProvidersError, InvalidOptionError, InvalidEnvError, AllProvidersFailedError, isProvidersError,
} from './errors';
export type { ProvidersErrorCode, FailedAttempt } from './errors';
