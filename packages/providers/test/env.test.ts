import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_ENV_VARIABLES, isProvidersError, providerConfigFromEnv, type InvalidEnvError } from '../src/index';

function envError(env: Record<string, string>): InvalidEnvError {
  try {
    providerConfigFromEnv(env);
  } catch (error) {
    expect(isProvidersError(error, 'KOKORO_PROVIDERS_INVALID_ENV')).toBe(true);
    return error as InvalidEnvError;
  }
  throw new Error('expected an InvalidEnvError');
}

describe('providerConfigFromEnv', () => {
  it('reads every documented variable', () => {
    const config = providerConfigFromEnv({
      KOKORO_PROVIDER: 'coreml, cpu',
      KOKORO_MODEL_VARIANT: 'fp16',
      KOKORO_INTRA_OP_THREADS: '6',
      KOKORO_INTER_OP_THREADS: '2',
      KOKORO_GRAPH_OPT_LEVEL: 'extended',
      KOKORO_MEMORY_ARENA_SIZE_MB: '0',
      KOKORO_SPINNING: 'true',
      KOKORO_OPTIMIZED_MODEL_PATH: '/cache/kokoro.opt.onnx',
      KOKORO_COREML_COMPUTE_UNITS: 'cpuandneuralengine',
      KOKORO_COREML_MODEL_FORMAT: 'NeuralNetwork',
      KOKORO_COREML_SPECIALIZATION: 'FastPrediction',
      KOKORO_COREML_CACHE_DIR: '/cache/coreml',
      KOKORO_COREML_LONG_INPUT_TOKENS: '150',
      KOKORO_CUDA_DEVICE: '1',
      KOKORO_MAX_SESSIONS: '3',
    });
    expect(config).toEqual({
      provider: ['coreml', 'cpu'],
      modelVariant: 'fp16',
      intraOpThreads: 6,
      interOpThreads: 2,
      graphOptimizationLevel: 'extended',
      memoryArenaSizeMb: 0,
      spinning: true,
      optimizedModelFilePath: '/cache/kokoro.opt.onnx',
      coreml: { computeUnits: 'CPUAndNeuralEngine', modelFormat: 'NeuralNetwork', specializationStrategy: 'FastPrediction', modelCacheDirectory: '/cache/coreml', longInputTokens: 150 },
      cuda: { deviceId: 1 },
      tensorrt: { deviceId: 1 },
      pool: { maxSessions: 3 },
    });
  });

  it('ignores unset and empty variables and unrelated ones', () => {
    expect(providerConfigFromEnv({ KOKORO_PROVIDER: '', PATH: '/bin', KOKORO_PROVIDER_X: 'y' })).toEqual({});
    expect(providerConfigFromEnv({ KOKORO_PROVIDER: 'AUTO' })).toEqual({ provider: 'auto' });
  });

  it.each([
    ['KOKORO_PROVIDER', 'gpu', 'cpu, coreml, cuda, tensorrt, dml, webgpu'],
    ['KOKORO_PROVIDER', ',', 'auto or cpu'],
    ['KOKORO_MODEL_VARIANT', 'int4', 'auto, fp32, fp16, int8, q4'],
    ['KOKORO_INTRA_OP_THREADS', 'four', 'an integer from 1 to 1024'],
    ['KOKORO_INTRA_OP_THREADS', '0', 'an integer from 1 to 1024'],
    ['KOKORO_INTER_OP_THREADS', '1.5', 'an integer from 1 to 1024'],
    ['KOKORO_GRAPH_OPT_LEVEL', '99', 'disabled, basic, extended, layout, all'],
    ['KOKORO_MEMORY_ARENA_SIZE_MB', '-5', 'an integer from 0 to 1048576'],
    ['KOKORO_SPINNING', 'yes', '0, 1, false, true'],
    ['KOKORO_COREML_COMPUTE_UNITS', 'NPU', 'auto, ALL, CPUAndNeuralEngine, CPUAndGPU, CPUOnly'],
    ['KOKORO_COREML_MODEL_FORMAT', 'mlpackage', 'MLProgram, NeuralNetwork'],
    ['KOKORO_COREML_SPECIALIZATION', 'fast', 'Default, FastPrediction'],
    ['KOKORO_CUDA_DEVICE', 'gpu0', 'an integer from 0 to 63'],
    ['KOKORO_MAX_SESSIONS', '0', 'an integer from 1 to 1024'],
  ])('%s=%s is rejected naming the variable and %s', (variable, value, allowed) => {
    const e = envError({ [variable]: value });
    expect(e.variable).toBe(variable);
    expect(e.message).toContain(`${variable}=${JSON.stringify(value)}`);
    expect(e.message).toContain(allowed);
  });

  it('the README documents every variable', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const v of PROVIDER_ENV_VARIABLES) expect(readme).toContain(`\`${v.name}\``);
  });
});
