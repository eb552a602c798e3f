import { describe, expect, it } from 'vitest';
import { UNKNOWN_REASON_CODES, detectHardware, type DetectHardwareOptions } from '../src/index';
import { machineIo } from './helpers/machine';

const brokenIo: DetectHardwareOptions = {
  platform: 'linux',
  arch: 'x64',
  env: {},
  nodeOs: { availableParallelism: 4, cpuCount: 4, cpuModel: 'Some CPU', totalMemoryBytes: 8 * 1024 ** 3, freeMemoryBytes: 1024 ** 3 },
  runner: () => Promise.reject(new Error('spawn EACCES')),
  readFile: () => Promise.reject(new Error('EACCES')),
  listDir: () => Promise.reject(new Error('EACCES')),
  loadOnnxRuntime: () => Promise.reject(new Error("Cannot find package 'onnxruntime-node'")),
  onnxruntimeBindingDir: null,
};

describe('detectHardware never throws', () => {
  it('every source failing yields Node os values and coded reasons, not an exception', async () => {
    const r = await detectHardware(brokenIo);
    expect(r.cpu).toMatchObject({ model: 'Some CPU', logicalCores: 4, physicalCores: null, features: {} });
    expect(r.memory).toEqual({ totalBytes: 8 * 1024 ** 3, availableBytes: 1024 ** 3 });
    expect(r.effectiveCores).toBe(4);
    expect(r.onnxruntime).toMatchObject({ version: null, backends: [], cudaLibrariesPresent: false });
    const fields = r.unknown.map((u) => u.field);
    expect(fields).toEqual(expect.arrayContaining(['cpu.features', 'cpu.physicalCores', 'memory.availableBytes', 'container', 'onnxruntime']));
    for (const u of r.unknown) {
      expect(Object.keys(UNKNOWN_REASON_CODES)).toContain(u.code);
      expect(u.reason.length).toBeGreaterThan(10);
    }
    expect(r.unknown.find((u) => u.field === 'onnxruntime')?.reason).toContain("Cannot find package 'onnxruntime-node'");
  });

  it('garbage in every file is reported as a parse failure', async () => {
    const r = await detectHardware({ ...brokenIo, readFile: () => Promise.resolve('\u0000garbage\n'), runner: () => Promise.resolve({ stdout: 'garbage', exitCode: 0 }) });
    expect(r.unknown.find((u) => u.field === 'cpu.features')?.code).toBe('KOKORO_HARDWARE_PARSE_FAILED');
    expect(r.unknown.find((u) => u.field === 'container')?.code).toBe('KOKORO_HARDWARE_PARSE_FAILED');
  });

  it('a runner that throws synchronously and a module without listSupportedBackends are survived', async () => {
    const r = await detectHardware({
      ...machineIo('linux-x64-amd-ryzen-7950x'),
      runner: () => { throw new Error('sync boom'); },
      loadOnnxRuntime: () => Promise.resolve({ env: { versions: { node: '1.17.0' } } }),
    });
    expect(r.onnxruntime.version).toBe('1.17.0');
    expect(r.unknown.find((u) => u.field === 'onnxruntime.backends')?.code).toBe('KOKORO_HARDWARE_PARSE_FAILED');
  });

  it('unknown platforms fall back to Node os', async () => {
    const r = await detectHardware({ ...brokenIo, platform: 'aix', arch: 'ppc64' });
    expect(r.os).toBe('other');
    expect(r.unknown.find((u) => u.field === 'os')?.code).toBe('KOKORO_HARDWARE_NOT_EXPOSED');
  });

  it('skipping the onnxruntime probe is recorded', async () => {
    const r = await detectHardware({ ...machineIo('macos-arm64-m1'), loadOnnxRuntime: false });
    expect(r.onnxruntime.backends).toEqual([]);
    expect(r.unknown).toEqual([expect.objectContaining({ field: 'onnxruntime', code: 'KOKORO_HARDWARE_ORT_UNAVAILABLE' })]);
  });

  it('LD_LIBRARY_PATH directories are searched for CUDA libraries before the ldconfig cache', async () => {
    const io = machineIo('linux-x64-intel-i9-13900k-rtx4090');
    const listDir = io.listDir!;
    const r = await detectHardware({
      ...io,
      env: { LD_LIBRARY_PATH: '/opt/cuda/lib' },
      listDir: (path) => (path === '/opt/cuda/lib' ? Promise.resolve(['libcudart.so.12']) : listDir(path)),
    });
    expect(r.onnxruntime.cudaLibraries['libcudart.so.12']).toBe('/opt/cuda/lib/libcudart.so.12');
    expect(r.onnxruntime.cudaLibrariesPresent).toBe(true);
  });
});

describe('this machine', () => {
  it('the real report is cached until fresh: true, and agrees with Node about logical cores', async () => {
    const first = await detectHardware();
    const second = await detectHardware();
    expect(second).toBe(first);
    const third = await detectHardware({ fresh: true });
    expect(third).not.toBe(first);
    expect(third.cpu.logicalCores).toBeGreaterThanOrEqual(1);
    expect(third.effectiveCores).toBeLessThanOrEqual(third.cpu.logicalCores);
    expect(JSON.parse(JSON.stringify(third))).toEqual(third);
    expect(structuredClone(third)).toEqual(third);
  });
});
