import { describe, expect, it } from 'vitest';
import { detectHardware } from '../src/index';
import { machineIo, machineNames, readManifest } from './helpers/machine';

describe('fixture machines', () => {
  it('every fixture directory has a manifest that says whether it was captured', () => {
    const names = machineNames();
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) expect(typeof readManifest(name).captured).toBe('boolean');
  });

  it('this VM (captured): AMD EPYC, 2 cores, cgroup v1 without limits, no GPU, no CUDA', async () => {
    const r = await detectHardware(machineIo('linux-x64-amd-epyc-this-vm'));
    expect(r.os).toBe('linux');
    expect(r.cpu).toMatchObject({ vendor: 'amd', model: 'AMD EPYC', physicalCores: 2, logicalCores: 2, performanceCores: 2, efficiencyCores: 0 });
    expect(r.cpu.features).toMatchObject({ avx2: true, fma: true, avx512f: true, avx512_vnni: true, avx512_bf16: true, avx_vnni: false, amx_tile: false });
    expect(r.memory.totalBytes).toBe(24684084 * 1024);
    expect(r.memory.availableBytes).toBe(20664060 * 1024);
    // 9223372036854771712 is cgroup v1's page-rounded "no limit".
    expect(r.container).toEqual({ cgroupVersion: 'v1' });
    expect(r.effectiveCores).toBe(2);
    expect(r.gpus).toEqual([]);
    expect(r.onnxruntime.cudaLibrariesPresent).toBe(false);
    expect(r.onnxruntime.cudaLibraries['libonnxruntime_providers_cuda.so']).toBeNull();
    expect(r.onnxruntime.cudaLibraries['libcudart.so.12']).toBeNull();
  });

  it('Intel i9-13900K: hybrid split from cpu_core/cpu_atom, RTX 4090 via nvidia-smi, CUDA libraries present', async () => {
    const r = await detectHardware(machineIo('linux-x64-intel-i9-13900k-rtx4090'));
    expect(r.cpu).toMatchObject({ vendor: 'intel', physicalCores: 24, logicalCores: 32, performanceCores: 8, efficiencyCores: 16 });
    expect(r.cpu.features).toMatchObject({ avx2: true, avx_vnni: true, avx512f: false, amx_tile: false });
    expect(r.container).toEqual({ cgroupVersion: 'v2' });
    expect(r.effectiveCores).toBe(32);
    expect(r.gpus).toEqual([
      { vendor: 'nvidia', name: 'NVIDIA GeForce RTX 4090', memoryBytes: 24564 * 1024 * 1024, driverVersion: '550.54.15', computeCapability: '8.9', source: 'nvidia-smi' },
      // The iGPU comes from sysfs by PCI id; the RTX 4090's drm card is not listed twice.
      { vendor: 'intel', name: 'Intel GPU [PCI 0xa780]', memoryBytes: null, driverVersion: null, computeCapability: null, source: '/sys/class/drm' },
    ]);
    expect(r.onnxruntime.cudaLibrariesPresent).toBe(true);
    expect(r.onnxruntime.cudaLibraries['libcudart.so.12']).toBe('/usr/local/cuda-12.4/targets/x86_64-linux/lib/libcudart.so.12');
    expect(r.onnxruntime.backends.map((b) => b.name)).toEqual(['cpu', 'webgpu', 'cuda', 'tensorrt']);
    expect(r.unknown).toEqual([expect.objectContaining({ field: 'gpus[1].name', code: 'KOKORO_HARDWARE_NOT_EXPOSED' })]);
  });

  it('Xeon container: cgroup v2 quota 1.5 cores -> 1 effective core, 2 GiB limit, H100 from /proc/driver/nvidia', async () => {
    const io = machineIo('linux-x64-intel-xeon-container-h100');
    const r = await detectHardware(io);
    expect(r.cpu).toMatchObject({ logicalCores: 112, physicalCores: 112, model: 'Intel(R) Xeon(R) Platinum 8480+' });
    expect(r.cpu.features).toMatchObject({ amx_tile: true, amx_int8: true, amx_bf16: true, avx512_vnni: true, avx512_bf16: true });
    expect(r.container).toEqual({ cgroupVersion: 'v2', cpuQuotaCores: 1.5, memoryLimitBytes: 2147483648, cpusetCores: 8 });
    expect(r.effectiveCores).toBe(1);
    expect(r.gpus).toEqual([{ vendor: 'nvidia', name: 'NVIDIA H100 80GB HBM3', memoryBytes: null, driverVersion: '535.161.08', computeCapability: null, source: '/proc/driver/nvidia' }]);
    expect(r.unknown.map((u) => u.field)).toEqual(expect.arrayContaining(['gpus[0].memoryBytes', 'gpus[0].computeCapability']));
    expect(r.onnxruntime.cudaLibrariesPresent).toBe(false);
    expect(io.commandsRun).toContain('nvidia-smi --query-gpu=name,memory.total,driver_version,compute_cap --format=csv,noheader,nounits');
  });

  it('Ryzen 7950X: 16 physical / 32 logical, AVX-512 VNNI, no GPU, no unknowns', async () => {
    const r = await detectHardware(machineIo('linux-x64-amd-ryzen-7950x'));
    expect(r.cpu).toMatchObject({ vendor: 'amd', physicalCores: 16, logicalCores: 32, performanceCores: 16, efficiencyCores: 0 });
    expect(r.cpu.features.avx512_vnni).toBe(true);
    expect(r.effectiveCores).toBe(32);
    expect(r.gpus).toEqual([]);
  });

  it('Graviton3: arm64 features, model and cores from lscpu, cgroup v1 quota of 4 cores and 8 GiB', async () => {
    const io = machineIo('linux-arm64-graviton3');
    const r = await detectHardware(io);
    expect(r.cpu).toMatchObject({ vendor: 'arm', model: 'Neoverse-V1', physicalCores: 8, logicalCores: 8, performanceCores: 8, efficiencyCores: 0 });
    expect(r.cpu.features).toEqual({ neon: true, fp16: true, dotprod: true, i8mm: true, bf16: true, sve: true, sve2: false, sme: false });
    expect(r.container).toEqual({ cgroupVersion: 'v1', cpuQuotaCores: 4, memoryLimitBytes: 8589934592 });
    expect(r.effectiveCores).toBe(4);
    expect(io.commandsRun).toContain('lscpu');
    expect(r.onnxruntime.cudaLibraries).toEqual({});
  });

  it.each([
    ['macos-arm64-m1', 'Apple M1', 'M1', 'base', 4, 4, 8, 16, false],
    ['macos-arm64-m2-pro', 'Apple M2 Pro', 'M2', 'Pro', 8, 4, 19, 32, true],
    ['macos-arm64-m3-max', 'Apple M3 Max', 'M3', 'Max', 12, 4, 40, 64, true],
  ] as const)('%s: chip family/tier, perf levels, GPU cores, Neural Engine, ISA', async (name, model, family, tier, p, e, gpuCores, memGiB, armv86) => {
    const r = await detectHardware(machineIo(name));
    expect(r.os).toBe('darwin');
    expect(r.cpu).toMatchObject({ vendor: 'apple', model, physicalCores: p + e, logicalCores: p + e, performanceCores: p, efficiencyCores: e });
    expect(r.cpu.features).toMatchObject({ neon: true, fp16: true, dotprod: true, i8mm: armv86, bf16: armv86, sme: false, sve: false });
    expect(r.apple).toEqual({ family, tier, gpuCores, neuralEngine: true, neuralEngineCores: 16, metal: 'metal3' });
    expect(r.memory.totalBytes).toBe(memGiB * 1024 ** 3);
    const pages = (memGiB * 1024 ** 3) / 16384;
    expect(r.memory.availableBytes).toBe((Math.floor(pages / 20) + Math.floor(pages / 4) + Math.floor(pages / 100)) * 16384);
    expect(r.gpus).toEqual([{ vendor: 'apple', name: model, memoryBytes: null, driverVersion: null, computeCapability: null, source: 'system_profiler' }]);
    expect(r.container).toEqual({ cgroupVersion: null });
    expect(r.unknown).toEqual([]);
  });

  it('Windows (PowerShell): CPU and memory from CIM, NVIDIA from nvidia-smi, Intel iGPU from WMI, ISA unknown with a reason', async () => {
    const r = await detectHardware(machineIo('windows-x64-i7-12700-rtx3060'));
    expect(r.os).toBe('win32');
    expect(r.cpu).toMatchObject({ vendor: 'intel', model: '12th Gen Intel(R) Core(TM) i7-12700', physicalCores: 12, logicalCores: 20, performanceCores: null });
    expect(r.memory).toEqual({ totalBytes: 33385892 * 1024, availableBytes: 19234560 * 1024 });
    expect(r.gpus.map((g) => [g.name, g.source, g.computeCapability, g.memoryBytes])).toEqual([
      ['NVIDIA GeForce RTX 3060', 'nvidia-smi', '8.6', 12288 * 1024 * 1024],
      ['Intel(R) UHD Graphics 770', 'wmi', null, 1073741824],
    ]);
    expect(r.unknown.find((u) => u.field === 'cpu.features')).toMatchObject({ code: 'KOKORO_HARDWARE_NOT_EXPOSED' });
    expect(r.effectiveCores).toBe(20);
  });

  it('Windows (wmic fallback): parses CR CR LF list output; the 4 GiB AdapterRAM cap is reported unknown', async () => {
    const io = machineIo('windows-x64-ryzen-5800x-wmic');
    const r = await detectHardware(io);
    expect(io.commandsRun[0]).toBe('powershell.exe -NoProfile -NonInteractive -Command <WINDOWS_POWERSHELL_SCRIPT>');
    expect(r.cpu).toMatchObject({ vendor: 'amd', model: 'AMD Ryzen 7 5800X 8-Core Processor', physicalCores: 8, logicalCores: 16 });
    expect(r.memory).toEqual({ totalBytes: 16703436 * 1024, availableBytes: 9876543 * 1024 });
    expect(r.gpus).toEqual([{ vendor: 'amd', name: 'AMD Radeon RX 6700 XT', memoryBytes: null, driverVersion: '31.0.22023.1014', computeCapability: null, source: 'wmi' }]);
    expect(r.unknown.find((u) => u.field === 'gpus[0].memoryBytes')?.reason).toContain('4 GiB');
  });
});
