/**
 * Planner configuration: the type, its validation, and `providerConfigFromEnv` (the only
 * place environment variables are read, and only from the object passed in).
 * @packageDocumentation
 */
import { MAX_THREADS, type CommonSessionConfig } from './builders/common';
import type { CoreMLConfig } from './builders/coreml';
import type { CudaConfig, DmlConfig, TensorRtConfig } from './builders/gpu';
import type { WebGpuConfig } from './builders/webgpu';
import { InvalidEnvError } from './errors';
import {
  COREML_COMPUTE_UNITS, COREML_MODEL_FORMATS, COREML_SPECIALIZATIONS, GRAPH_OPTIMIZATION_LEVELS, MODEL_VARIANTS, PROVIDER_NAMES,
  type CoreMLComputeUnits, type GraphOptimizationLevel, type ModelVariant, type ProviderName,
} from './names';
import { boolean, integerIn, knownKeys, nonEmptyString, oneOf, plainObject } from './validate';

/** How the planner should decide; every field optional. */
export interface ProviderConfig {
  /**
   * `'auto'` (default): choose from the hardware report. A provider name or an ordered list puts
   * those first; ones this machine cannot run are skipped with the reason. `'cpu'` is always last.
   */
  provider?: 'auto' | ProviderName | ProviderName[];
  /** `'auto'` (default) judges from ISA and provider; otherwise that variant. */
  modelVariant?: 'auto' | ModelVariant;
  /** Threads per session in the latency configuration. Default: effective physical performance cores. */
  intraOpThreads?: number;
  /** Inter-op threads. Default `1` (sequential execution). */
  interOpThreads?: number;
  /** Graph optimization level. Default `'all'`. */
  graphOptimizationLevel?: GraphOptimizationLevel;
  /**
   * Memory arena size in MiB. `0` turns the CPU arena off (lowest steady memory, slower allocations).
   * A positive value keeps it on and becomes the CUDA `gpu_mem_limit`; onnxruntime-node cannot cap
   * the CPU arena itself. Default unset (arena on, no limit).
   */
  memoryArenaSizeMb?: number;
  /** Let idle threads spin. Default `false` (see CommonSessionConfig.spinning). */
  spinning?: boolean;
  /** Cold-start cache: optimized graph file for the CPU provider. Default unset. */
  optimizedModelFilePath?: string;
  /** Fixed sizes for symbolic dimensions. Default unset. */
  freeDimensionOverrides?: Record<string, number>;
  /** CoreML settings; `computeUnits: 'auto'` (default) applies the short/long input policy. */
  coreml?: Omit<CoreMLConfig, 'computeUnits'> & {
    computeUnits?: 'auto' | CoreMLComputeUnits;
    /** Inputs with at least this many tokens use the long-input options (`CPUAndGPU`). Default 100. */
    longInputTokens?: number;
  };
  /** CUDA settings. */
  cuda?: CudaConfig;
  /** TensorRT settings. */
  tensorrt?: TensorRtConfig;
  /** DirectML settings. */
  dml?: DmlConfig;
  /** WebGPU settings. */
  webgpu?: WebGpuConfig;
  /** Pool sizing limits. */
  pool?: {
    /** Never plan more sessions than this. Default: no limit beyond cores and memory. */
    maxSessions?: number;
    /** Memory one session needs, in bytes. Default: by model variant (see README). */
    sessionMemoryBytes?: number;
  };
}

const CONFIG_KEYS = ['provider', 'modelVariant', 'intraOpThreads', 'interOpThreads', 'graphOptimizationLevel', 'memoryArenaSizeMb', 'spinning', 'optimizedModelFilePath', 'freeDimensionOverrides', 'coreml', 'cuda', 'tensorrt', 'dml', 'webgpu', 'pool'] as const;

/** The largest arena size accepted, in MiB (1 TiB): anything larger is a unit mistake. */
export const MAX_ARENA_MB = 1024 * 1024;

/**
 * Validates a config, throwing `KOKORO_PROVIDERS_INVALID_OPTION` with the field and allowed
 * values. Provider-specific sections are validated by their builders when the plan is built.
 * @internal
 */
export function validateProviderConfig(config: ProviderConfig): { providers: ProviderName[] | 'auto'; variant: 'auto' | ModelVariant } {
  knownKeys('', plainObject('config', config), CONFIG_KEYS);
  let providers: ProviderName[] | 'auto' = 'auto';
  if (config.provider !== undefined && config.provider !== 'auto') {
    const list = Array.isArray(config.provider) ? config.provider : [config.provider];
    providers = list.map((p, i) => oneOf(Array.isArray(config.provider) ? `provider[${i}]` : 'provider', p, PROVIDER_NAMES));
  }
  const variant = config.modelVariant === undefined ? 'auto' : oneOf('modelVariant', config.modelVariant, ['auto', ...MODEL_VARIANTS] as const);
  if (config.intraOpThreads !== undefined) integerIn('intraOpThreads', config.intraOpThreads, 1, MAX_THREADS);
  if (config.interOpThreads !== undefined) integerIn('interOpThreads', config.interOpThreads, 1, MAX_THREADS);
  if (config.memoryArenaSizeMb !== undefined) integerIn('memoryArenaSizeMb', config.memoryArenaSizeMb, 0, MAX_ARENA_MB);
  if (config.spinning !== undefined) boolean('spinning', config.spinning);
  if (config.optimizedModelFilePath !== undefined) nonEmptyString('optimizedModelFilePath', config.optimizedModelFilePath);
  if (config.coreml !== undefined) {
    const c = plainObject('coreml', config.coreml);
    if (c.computeUnits !== undefined) oneOf('coreml.computeUnits', c.computeUnits, ['auto', ...COREML_COMPUTE_UNITS] as const);
    if (c.longInputTokens !== undefined) integerIn('coreml.longInputTokens', c.longInputTokens, 1, 100_000);
  }
  if (config.pool !== undefined) {
    const p = plainObject('pool', config.pool);
    knownKeys('pool', p, ['maxSessions', 'sessionMemoryBytes']);
    if (p.maxSessions !== undefined) integerIn('pool.maxSessions', p.maxSessions, 1, MAX_THREADS);
    if (p.sessionMemoryBytes !== undefined) integerIn('pool.sessionMemoryBytes', p.sessionMemoryBytes, 1, Number.MAX_SAFE_INTEGER);
  }
  return { providers, variant };
}

/** The CPU-side options a config implies, for a given latency thread count. @internal */
export function commonFromConfig(config: ProviderConfig, intraOpThreads: number): CommonSessionConfig {
  const common: CommonSessionConfig = {
    intraOpThreads,
    interOpThreads: config.interOpThreads ?? 1,
    graphOptimizationLevel: config.graphOptimizationLevel ?? 'all',
    memoryArena: config.memoryArenaSizeMb !== 0,
    spinning: config.spinning ?? false,
  };
  if (config.freeDimensionOverrides !== undefined) common.freeDimensionOverrides = config.freeDimensionOverrides;
  return common;
}

/** One documented environment variable. */
export interface EnvVariableDoc {
  name: string;
  allowed: string;
  sets: string;
}

/** Every variable {@link providerConfigFromEnv} reads (the README table is generated from the same facts). */
export const PROVIDER_ENV_VARIABLES: readonly EnvVariableDoc[] = [
  { name: 'KOKORO_PROVIDER', allowed: `auto, or a comma-separated list of ${PROVIDER_NAMES.join(', ')}`, sets: 'provider' },
  { name: 'KOKORO_MODEL_VARIANT', allowed: `auto, ${MODEL_VARIANTS.join(', ')}`, sets: 'modelVariant' },
  { name: 'KOKORO_INTRA_OP_THREADS', allowed: `integer 1..${MAX_THREADS}`, sets: 'intraOpThreads' },
  { name: 'KOKORO_INTER_OP_THREADS', allowed: `integer 1..${MAX_THREADS}`, sets: 'interOpThreads' },
  { name: 'KOKORO_GRAPH_OPT_LEVEL', allowed: GRAPH_OPTIMIZATION_LEVELS.join(', '), sets: 'graphOptimizationLevel' },
  { name: 'KOKORO_MEMORY_ARENA_SIZE_MB', allowed: `integer 0..${MAX_ARENA_MB} (0 = arena off)`, sets: 'memoryArenaSizeMb' },
  { name: 'KOKORO_SPINNING', allowed: '0, 1, false, true', sets: 'spinning' },
  { name: 'KOKORO_OPTIMIZED_MODEL_PATH', allowed: 'a file path', sets: 'optimizedModelFilePath' },
  { name: 'KOKORO_COREML_COMPUTE_UNITS', allowed: `auto, ${COREML_COMPUTE_UNITS.join(', ')}`, sets: 'coreml.computeUnits' },
  { name: 'KOKORO_COREML_MODEL_FORMAT', allowed: COREML_MODEL_FORMATS.join(', '), sets: 'coreml.modelFormat' },
  { name: 'KOKORO_COREML_SPECIALIZATION', allowed: COREML_SPECIALIZATIONS.join(', '), sets: 'coreml.specializationStrategy' },
  { name: 'KOKORO_COREML_CACHE_DIR', allowed: 'a directory path', sets: 'coreml.modelCacheDirectory' },
  { name: 'KOKORO_COREML_LONG_INPUT_TOKENS', allowed: 'integer 1..100000', sets: 'coreml.longInputTokens' },
  { name: 'KOKORO_CUDA_DEVICE', allowed: 'integer 0..63', sets: 'cuda.deviceId, tensorrt.deviceId' },
  { name: 'KOKORO_MAX_SESSIONS', allowed: `integer 1..${MAX_THREADS}`, sets: 'pool.maxSessions' },
];

function envEnum<const T extends string>(variable: string, raw: string, allowed: readonly T[]): T {
  // Accept any letter case: shells and .env files are inconsistent about it.
  const match = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  if (match === undefined) throw new InvalidEnvError(variable, raw, `one of ${allowed.join(', ')}`);
  return match;
}

function envInt(variable: string, raw: string, min: number, max: number): number {
  const t = raw.trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || n < min || n > max) throw new InvalidEnvError(variable, raw, `an integer from ${min} to ${max}`);
  return n;
}

function envPath(variable: string, raw: string): string {
  if (raw.trim() === '') throw new InvalidEnvError(variable, raw, 'a non-empty path');
  return raw;
}

/**
 * Reads the `KOKORO_*` variables in {@link PROVIDER_ENV_VARIABLES} from `env` (pass
 * `process.env`) into a config. Unset or empty variables are left out; a bad value throws
 * `KOKORO_PROVIDERS_INVALID_ENV` naming the variable and its allowed values.
 */
export function providerConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ProviderConfig {
  const get = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const config: ProviderConfig = {};
  const provider = get('KOKORO_PROVIDER');
  if (provider !== undefined) {
    const parts = provider.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length === 1 && parts[0]!.toLowerCase() === 'auto') config.provider = 'auto';
    else config.provider = parts.map((p) => envEnum('KOKORO_PROVIDER', p, PROVIDER_NAMES));
    if (Array.isArray(config.provider) && config.provider.length === 0) throw new InvalidEnvError('KOKORO_PROVIDER', provider, `auto or ${PROVIDER_NAMES.join(', ')}`);
  }
  const variant = get('KOKORO_MODEL_VARIANT');
  if (variant !== undefined) config.modelVariant = envEnum('KOKORO_MODEL_VARIANT', variant, ['auto', ...MODEL_VARIANTS] as const);
  const intra = get('KOKORO_INTRA_OP_THREADS');
  if (intra !== undefined) config.intraOpThreads = envInt('KOKORO_INTRA_OP_THREADS', intra, 1, MAX_THREADS);
  const inter = get('KOKORO_INTER_OP_THREADS');
  if (inter !== undefined) config.interOpThreads = envInt('KOKORO_INTER_OP_THREADS', inter, 1, MAX_THREADS);
  const level = get('KOKORO_GRAPH_OPT_LEVEL');
  if (level !== undefined) config.graphOptimizationLevel = envEnum('KOKORO_GRAPH_OPT_LEVEL', level, GRAPH_OPTIMIZATION_LEVELS);
  const arena = get('KOKORO_MEMORY_ARENA_SIZE_MB');
  if (arena !== undefined) config.memoryArenaSizeMb = envInt('KOKORO_MEMORY_ARENA_SIZE_MB', arena, 0, MAX_ARENA_MB);
  const spinning = get('KOKORO_SPINNING');
  if (spinning !== undefined) config.spinning = ['1', 'true'].includes(envEnum('KOKORO_SPINNING', spinning, ['0', '1', 'false', 'true'] as const));
  const optimized = get('KOKORO_OPTIMIZED_MODEL_PATH');
  if (optimized !== undefined) config.optimizedModelFilePath = envPath('KOKORO_OPTIMIZED_MODEL_PATH', optimized);

  const coreml: NonNullable<ProviderConfig['coreml']> = {};
  const units = get('KOKORO_COREML_COMPUTE_UNITS');
  if (units !== undefined) coreml.computeUnits = envEnum('KOKORO_COREML_COMPUTE_UNITS', units, ['auto', ...COREML_COMPUTE_UNITS] as const);
  const format = get('KOKORO_COREML_MODEL_FORMAT');
  if (format !== undefined) coreml.modelFormat = envEnum('KOKORO_COREML_MODEL_FORMAT', format, COREML_MODEL_FORMATS);
  const spec = get('KOKORO_COREML_SPECIALIZATION');
  if (spec !== undefined) coreml.specializationStrategy = envEnum('KOKORO_COREML_SPECIALIZATION', spec, COREML_SPECIALIZATIONS);
  const cacheDir = get('KOKORO_COREML_CACHE_DIR');
  if (cacheDir !== undefined) coreml.modelCacheDirectory = envPath('KOKORO_COREML_CACHE_DIR', cacheDir);
  const longTokens = get('KOKORO_COREML_LONG_INPUT_TOKENS');
  if (longTokens !== undefined) coreml.longInputTokens = envInt('KOKORO_COREML_LONG_INPUT_TOKENS', longTokens, 1, 100_000);
  if (Object.keys(coreml).length > 0) config.coreml = coreml;

  const device = get('KOKORO_CUDA_DEVICE');
  if (device !== undefined) {
    const deviceId = envInt('KOKORO_CUDA_DEVICE', device, 0, 63);
    config.cuda = { deviceId };
    config.tensorrt = { deviceId };
  }
  const maxSessions = get('KOKORO_MAX_SESSIONS');
  if (maxSessions !== undefined) config.pool = { maxSessions: envInt('KOKORO_MAX_SESSIONS', maxSessions, 1, MAX_THREADS) };
  return config;
}
