import { describe, expect, it } from 'vitest';
import {
  COREML_FLAGS, coremlAppliedByNodeBinding, coremlFlags, coremlSessionOptions, cpuSessionOptions, cudaSessionOptions, dmlSessionOptions,
  isProvidersError, tensorrtSessionOptions, webgpuSessionOptions, type InvalidOptionError,
} from '../src/index';

function invalid(fn: () => unknown): InvalidOptionError {
  try {
    fn();
  } catch (error) {
    expect(isProvidersError(error, 'KOKORO_PROVIDERS_INVALID_OPTION')).toBe(true);
    return error as InvalidOptionError;
  }
  throw new Error('expected an InvalidOptionError');
}

describe('cpuSessionOptions', () => {
  it('defaults: ORT-chosen intra threads, 1 inter thread, all optimizations, arena on, no spinning', () => {
    expect(cpuSessionOptions()).toEqual({
      executionProviders: ['cpu'],
      intraOpNumThreads: 0,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
      enableCpuMemArena: true,
      enableMemPattern: true,
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
    });
  });

  it('maps every option, including the cold-start cache path and free dimension overrides', () => {
    const o = cpuSessionOptions({
      intraOpThreads: 4, interOpThreads: 2, spinning: true, memoryArena: false, memoryPattern: false, graphOptimizationLevel: 'extended',
      executionMode: 'parallel', optimizedModelFilePath: '/tmp/kokoro.opt.onnx', freeDimensionOverrides: { batch: 1 }, logSeverityLevel: 3,
    });
    expect(o).toMatchObject({
      intraOpNumThreads: 4, interOpNumThreads: 2, enableCpuMemArena: false, enableMemPattern: false, graphOptimizationLevel: 'extended',
      executionMode: 'parallel', optimizedModelFilePath: '/tmp/kokoro.opt.onnx', freeDimensionOverrides: { batch: 1 }, logSeverityLevel: 3,
      extra: { session: { intra_op: { allow_spinning: '1' }, inter_op: { allow_spinning: '1' } } },
    });
    expect(structuredClone(o)).toEqual(o);
  });

  it('names the bad field and the allowed values', () => {
    const e1 = invalid(() => cpuSessionOptions({ graphOptimizationLevel: 'max' as never }));
    expect(e1.field).toBe('graphOptimizationLevel');
    expect(e1.message).toContain("'disabled', 'basic', 'extended', 'layout', 'all'");
    expect(e1.message).toContain('"max"');
    expect(invalid(() => cpuSessionOptions({ intraOpThreads: 2.5 })).message).toMatch(/"intraOpThreads": expected an integer from 0 to 1024, received 2.5/);
    expect(invalid(() => cpuSessionOptions({ intraOpThreads: -1 })).field).toBe('intraOpThreads');
    expect(invalid(() => cpuSessionOptions({ spinning: 'yes' as never })).allowed).toBe('true or false');
    expect(invalid(() => cpuSessionOptions({ freeDimensionOverrides: { batch: 0 } })).field).toBe('freeDimensionOverrides.batch');
    expect(invalid(() => cpuSessionOptions({ optimizedModelFilePath: ' ' })).field).toBe('optimizedModelFilePath');
    expect(invalid(() => cpuSessionOptions({ logSeverityLevel: 7 as never })).field).toBe('logSeverityLevel');
  });

  it('rejects unknown keys (typos) and lists the known ones', () => {
    const e = invalid(() => cpuSessionOptions({ intraOpThread: 4 } as never));
    expect(e.field).toBe('intraOpThread');
    expect(e.message).toContain('intraOpThreads');
    expect(invalid(() => cpuSessionOptions({ computeUnits: 'ALL' } as never)).field).toBe('computeUnits');
  });
});

describe('coremlSessionOptions', () => {
  it('defaults to compute units ALL and MLProgram, expressed as coreMlFlags and provider-option names', () => {
    const o = coremlSessionOptions();
    expect(o.executionProviders).toEqual([{
      name: 'coreml', coreMlFlags: COREML_FLAGS.CREATE_MLPROGRAM, MLComputeUnits: 'ALL', ModelFormat: 'MLProgram', RequireStaticInputShapes: '0',
      EnableOnSubgraphs: '0', SpecializationStrategy: 'Default', AllowLowPrecisionAccumulationOnGPU: '0',
    }]);
  });

  it('maps compute units, format, static shapes and subgraphs to COREML_FLAG bits', () => {
    expect(coremlFlags({ computeUnits: 'CPUOnly', modelFormat: 'NeuralNetwork' })).toBe(0x001);
    expect(coremlFlags({ computeUnits: 'CPUAndGPU' })).toBe(0x020 | 0x010);
    expect(coremlFlags({ computeUnits: 'CPUAndNeuralEngine', staticInputShapes: true, enableOnSubgraphs: true })).toBe(0x010 | 0x008 | 0x002);
  });

  it('says which settings onnxruntime-node 1.30 ignores', () => {
    expect(coremlAppliedByNodeBinding({}).ignored).toEqual([]);
    expect(coremlAppliedByNodeBinding({ computeUnits: 'CPUAndNeuralEngine', specializationStrategy: 'FastPrediction', modelCacheDirectory: '/c', allowLowPrecisionAccumulationOnGpu: true }).ignored)
      .toEqual(['computeUnits CPUAndNeuralEngine', 'specializationStrategy FastPrediction', 'modelCacheDirectory', 'allowLowPrecisionAccumulationOnGpu']);
  });

  it('validates CoreML fields by name', () => {
    const e = invalid(() => coremlSessionOptions({ computeUnits: 'GPU' as never }));
    expect(e.field).toBe('computeUnits');
    expect(e.message).toContain("'ALL', 'CPUAndNeuralEngine', 'CPUAndGPU', 'CPUOnly'");
    expect(invalid(() => coremlSessionOptions({ modelFormat: 'mlprogram' as never })).message).toContain("'MLProgram', 'NeuralNetwork'");
    expect(invalid(() => coremlSessionOptions({ specializationStrategy: 'Fast' as never })).field).toBe('specializationStrategy');
    expect(invalid(() => coremlSessionOptions({ modelCacheDirectory: '' })).field).toBe('modelCacheDirectory');
  });
});

describe('GPU builders', () => {
  it('CUDA: device, arena strategy, cuDNN search and memory limit', () => {
    expect(cudaSessionOptions({ deviceId: 1, cudnnConvAlgoSearch: 'HEURISTIC', arenaExtendStrategy: 'kSameAsRequested', gpuMemLimitBytes: 2 ** 31 }).executionProviders)
      .toEqual([{ name: 'cuda', deviceId: 1, cudnn_conv_algo_search: 'HEURISTIC', arena_extend_strategy: 'kSameAsRequested', gpu_mem_limit: '2147483648' }]);
    expect(invalid(() => cudaSessionOptions({ cudnnConvAlgoSearch: 'FAST' as never })).message).toContain("'EXHAUSTIVE', 'HEURISTIC', 'DEFAULT'");
    expect(invalid(() => cudaSessionOptions({ deviceId: 64 })).field).toBe('deviceId');
  });

  it('TensorRT: fp16 and engine cache on by default', () => {
    expect(tensorrtSessionOptions({ engineCachePath: '/var/cache/trt' }).executionProviders)
      .toEqual([{ name: 'tensorrt', deviceId: 0, trt_fp16_enable: '1', trt_engine_cache_enable: '1', trt_engine_cache_path: '/var/cache/trt' }]);
    expect(invalid(() => tensorrtSessionOptions({ fp16: 1 as never })).field).toBe('fp16');
  });

  it('DirectML forces memory patterns off and sequential execution', () => {
    const o = dmlSessionOptions({ memoryPattern: true, executionMode: 'parallel', deviceId: 1 });
    expect(o).toMatchObject({ enableMemPattern: false, executionMode: 'sequential', executionProviders: [{ name: 'dml', deviceId: 1 }] });
  });

  it('WebGPU emits only keys the binding accepts', () => {
    expect(webgpuSessionOptions().executionProviders).toEqual([{ name: 'webgpu' }]);
    expect(webgpuSessionOptions({ preferredLayout: 'NHWC', validationMode: 'disabled', storageBufferCacheMode: 'simple', forceCpuNodeNames: ['a'], enableRobustness: false }).executionProviders)
      .toEqual([{ name: 'webgpu', preferredLayout: 'NHWC', validationMode: 'disabled', storageBufferCacheMode: 'simple', forceCpuNodeNames: ['a'], enableRobustness: false }]);
    expect(invalid(() => webgpuSessionOptions({ validationMode: 'none' as never })).message).toContain("'disabled', 'wgpuOnly', 'basic', 'full'");
    expect(invalid(() => webgpuSessionOptions({ forceCpuNodeNames: 'a' as never })).field).toBe('forceCpuNodeNames');
  });
});
