import type { HardwareReport } from '@kokoro-ts/hardware';
import { beforeAll, describe, expect, it } from 'vitest';
import { isProvidersError, planProviders, type ProviderPlan } from '../src/index';
import { machineReport } from './helpers/reports';

const names = (plan: ProviderPlan): string[] => plan.providers.map((p) => p.name);
const reports: Record<string, HardwareReport> = {};
const MACHINES = [
  'linux-x64-amd-epyc-this-vm', 'linux-x64-intel-i9-13900k-rtx4090', 'linux-x64-intel-xeon-container-h100', 'linux-x64-amd-ryzen-7950x',
  'linux-arm64-graviton3', 'macos-arm64-m1', 'macos-arm64-m2-pro', 'macos-arm64-m3-max', 'windows-x64-i7-12700-rtx3060', 'windows-x64-ryzen-5800x-wmic',
];
beforeAll(async () => {
  for (const m of MACHINES) reports[m] = await machineReport(m);
});

describe('planProviders on recorded machines', () => {
  it('every plan ends with cpu, explains every provider and skip, and survives structuredClone and JSON', () => {
    for (const m of MACHINES) {
      const plan = planProviders(reports[m]!);
      expect(plan.providers.at(-1)?.name, m).toBe('cpu');
      for (const p of plan.providers) expect(plan.explanation.some((l) => l.startsWith(`provider ${p.name}:`)), `${m} ${p.name}`).toBe(true);
      for (const s of plan.skipped) expect(plan.explanation.some((l) => l.startsWith(`provider ${s.name} skipped:`)), `${m} ${s.name}`).toBe(true);
      expect(structuredClone(plan)).toEqual(plan);
      expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    }
  });

  it('M1 / M2 Pro / M3 Max: CoreML first with the short/long compute-unit policy, threads = performance cores', () => {
    for (const [m, perf, total] of [['macos-arm64-m1', 4, 8], ['macos-arm64-m2-pro', 8, 12], ['macos-arm64-m3-max', 12, 16]] as const) {
      const plan = planProviders(reports[m]!);
      expect(names(plan)).toEqual(['coreml', 'cpu']);
      const coreml = plan.providers[0]!;
      expect(coreml.sessionOptions.executionProviders).toEqual([expect.objectContaining({ name: 'coreml', coreMlFlags: 0x010, MLComputeUnits: 'ALL' })]);
      expect(coreml.bySize?.thresholdTokens).toBe(100);
      expect(coreml.bySize?.longInputs.executionProviders).toEqual([expect.objectContaining({ coreMlFlags: 0x030, MLComputeUnits: 'CPUAndGPU' })]);
      expect(plan.threads).toEqual({ intraOp: perf, interOp: 1 });
      expect(coreml.sessionOptions.intraOpNumThreads).toBe(perf);
      expect(plan.pool).toEqual({ sessions: 1, threadsPerSession: perf, adaptive: false });
      expect(plan.cpuPool).toEqual({ sessions: total / 2, threadsPerSession: 2, adaptive: true });
      expect(plan.modelVariant).toBe('fp32');
      expect(plan.explanation.join('\n')).toContain('Neural Engine');
    }
  });

  it('Apple with explicit compute units: no size routing; CPUAndNeuralEngine is explained as not applied by the Node binding', () => {
    const plan = planProviders(reports['macos-arm64-m2-pro']!, { coreml: { computeUnits: 'CPUAndNeuralEngine', modelCacheDirectory: '/tmp/coreml' } });
    expect(plan.providers[0]!.bySize).toBeUndefined();
    expect(plan.providers[0]!.sessionOptions.executionProviders).toEqual([expect.objectContaining({ MLComputeUnits: 'CPUAndNeuralEngine', ModelCacheDirectory: '/tmp/coreml', coreMlFlags: 0x010 })]);
    expect(plan.explanation.find((l) => l.startsWith('coreml: onnxruntime-node 1.30'))).toContain('ignores computeUnits CPUAndNeuralEngine, modelCacheDirectory');
  });

  it('i9-13900K + RTX 4090: cuda -> webgpu -> cpu, fp16 for compute 8.9, one GPU session, 8 P-core threads', () => {
    const plan = planProviders(reports['linux-x64-intel-i9-13900k-rtx4090']!);
    expect(names(plan)).toEqual(['cuda', 'webgpu', 'cpu']);
    expect(plan.modelVariant).toBe('fp16');
    expect(plan.threads.intraOp).toBe(8);
    expect(plan.pool).toEqual({ sessions: 1, threadsPerSession: 8, adaptive: false });
    expect(plan.cpuPool).toEqual({ sessions: 12, threadsPerSession: 2, adaptive: true });
    expect(plan.providers[0]!.sessionOptions.executionProviders).toEqual([{ name: 'cuda', deviceId: 0, arena_extend_strategy: 'kNextPowerOfTwo', cudnn_conv_algo_search: 'EXHAUSTIVE' }]);
    expect(plan.explanation.join('\n')).toMatch(/efficiency cores are left out/);
  });

  it('Xeon container (1.5-core quota, 2 GiB): 1 thread, 1 session; CUDA skipped naming the missing libraries', () => {
    const plan = planProviders(reports['linux-x64-intel-xeon-container-h100']!);
    expect(names(plan)).toEqual(['webgpu', 'cpu']);
    expect(plan.skipped).toEqual([{ name: 'cuda', reason: expect.stringContaining('libcudart.so.12') as string }]);
    expect(plan.threads.intraOp).toBe(1);
    expect(plan.cpuPool).toEqual({ sessions: 1, threadsPerSession: 1, adaptive: false });
    expect(plan.providers.every((p) => p.sessionOptions.intraOpNumThreads === 1)).toBe(true);
    expect(plan.explanation.join('\n')).toContain('CPU quota 1.5 cores');
  });

  it('container memory caps the pool: 8 cores but a 2 GiB limit fits 1 fp32 session', () => {
    const base = reports['linux-x64-intel-xeon-container-h100']!;
    const report: HardwareReport = { ...base, effectiveCores: 8, container: { cgroupVersion: 'v2', memoryLimitBytes: 2 * 1024 ** 3 } };
    const plan = planProviders(report, { provider: 'cpu' });
    expect(plan.cpuPool.sessions).toBe(1);
    expect(plan.explanation.join('\n')).toMatch(/capped to 1 by memory: 80% of 2.0 GiB container limit/);
    const roomy = planProviders({ ...report, container: { cgroupVersion: 'v2' } }, { provider: 'cpu' });
    expect(roomy.cpuPool).toEqual({ sessions: 4, threadsPerSession: 2, adaptive: true });
    expect(planProviders({ ...report, container: { cgroupVersion: 'v2' } }, { pool: { maxSessions: 3 }, provider: 'cpu' }).cpuPool.sessions).toBe(3);
  });

  it('Ryzen 7950X (no GPU): cpu only, 16 physical-core threads, pool 8 x 2, fp32 despite AVX-512 VNNI', () => {
    const plan = planProviders(reports['linux-x64-amd-ryzen-7950x']!);
    expect(names(plan)).toEqual(['cpu']);
    expect(plan.skipped.map((s) => [s.name, s.reason])).toEqual([['cuda', 'no NVIDIA GPU detected (nvidia-smi and /proc/driver/nvidia found none)'], ['webgpu', 'no GPU detected']]);
    expect(plan.threads.intraOp).toBe(16);
    expect(plan.pool).toEqual({ sessions: 8, threadsPerSession: 2, adaptive: true });
    expect(plan.modelVariant).toBe('fp32');
    expect(plan.explanation.find((l) => l.startsWith('model variant'))).toContain('10x slower than fp32 on a 16-core x86 host');
  });

  it('Graviton3 (4-core quota): cpu, 4 threads, pool 2 x 2; int8 named as worth measuring on arm', () => {
    const plan = planProviders(reports['linux-arm64-graviton3']!);
    expect(names(plan)).toEqual(['cpu']);
    expect(plan.skipped.map((s) => s.name)).toEqual(['cuda', 'webgpu']);
    expect(plan.threads.intraOp).toBe(4);
    expect(plan.pool).toEqual({ sessions: 2, threadsPerSession: 2, adaptive: true });
    expect(plan.explanation.find((l) => l.startsWith('model variant'))).toContain('this CPU has dotprod and i8mm');
  });

  it('Windows: DirectML first with memory pattern off; NVIDIA Windows box does not try CUDA automatically', () => {
    for (const m of ['windows-x64-i7-12700-rtx3060', 'windows-x64-ryzen-5800x-wmic']) {
      const plan = planProviders(reports[m]!);
      expect(names(plan)).toEqual(['dml', 'cpu']);
      expect(plan.providers[0]!.sessionOptions).toMatchObject({ enableMemPattern: false, executionMode: 'sequential' });
    }
  });

  it('requested providers: unavailable ones are skipped with the reason; cpu always ends the list', () => {
    const plan = planProviders(reports['linux-x64-amd-epyc-this-vm']!, { provider: ['cuda', 'coreml', 'webgpu'] });
    expect(names(plan)).toEqual(['webgpu', 'cpu']);
    expect(plan.providers[0]!.reason).toContain('no GPU was detected');
    expect(plan.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['cuda', 'no NVIDIA GPU detected (nvidia-smi and /proc/driver/nvidia found none)'],
      ['coreml', 'the installed onnxruntime-node 1.30.0 has no coreml backend (it has: cpu, webgpu, cuda, tensorrt)'],
    ]);
  });

  it('without onnxruntime data the published platform matrix is assumed, and said so', () => {
    const r: HardwareReport = { ...reports['macos-arm64-m1']!, onnxruntime: { version: null, backends: [], cudaLibrariesPresent: false, cudaLibraries: {} } };
    const plan = planProviders(r, { provider: 'dml' });
    expect(plan.skipped[0]!.reason).toBe('the published onnxruntime-node build for this platform (installed backends unknown) has no dml backend (it has: cpu, webgpu, coreml)');
  });

  it('config: threads, variant, arena and cold-start cache are applied and explained', () => {
    const plan = planProviders(reports['linux-x64-amd-ryzen-7950x']!, { intraOpThreads: 64, modelVariant: 'int8', memoryArenaSizeMb: 0, optimizedModelFilePath: '/c/opt.onnx', graphOptimizationLevel: 'basic' });
    const cpu = plan.providers[0]!.sessionOptions;
    expect(cpu).toMatchObject({ intraOpNumThreads: 64, enableCpuMemArena: false, optimizedModelFilePath: '/c/opt.onnx', graphOptimizationLevel: 'basic' });
    expect(plan.modelVariant).toBe('int8');
    const text = plan.explanation.join('\n');
    expect(text).toContain('more than the 32 effective cores');
    expect(text).toContain('model variant: caution');
    expect(text).toContain('CPU arena off');
  });

  it('invalid config is a typed error naming the field, even for a provider this machine will not plan', () => {
    const report = reports['linux-x64-amd-epyc-this-vm']!;
    for (const [config, field] of [
      [{ provider: 'gpu' }, 'provider'],
      [{ provider: ['cpu', 'npu'] }, 'provider[1]'],
      [{ modelVariant: 'int4' }, 'modelVariant'],
      [{ intraOpThreads: 0 }, 'intraOpThreads'],
      [{ coreml: { computeUnits: 'NPU' } }, 'coreml.computeUnits'],
      [{ cuda: { deviceId: -1 } }, 'cuda.deviceId'],
      [{ webgpu: { validationMode: 'none' } }, 'webgpu.validationMode'],
      [{ coreml: { modelFormat: 'x' } }, 'coreml.modelFormat'],
      [{ pool: { maxSessions: 0 } }, 'pool.maxSessions'],
      [{ threads: 4 }, 'threads'],
    ] as const) {
      let caught: unknown;
      try {
        planProviders(report, config as never);
      } catch (error) {
        caught = error;
      }
      expect(isProvidersError(caught, 'KOKORO_PROVIDERS_INVALID_OPTION'), JSON.stringify(config)).toBe(true);
      expect((caught as { field: string }).field).toBe(field);
    }
  });
});
