/**
 * macOS probe: `sysctl -a` for CPU, cores, perf levels, memory and ISA; `vm_stat` for
 * available memory; `system_profiler SPDisplaysDataType -json` for GPUs and Apple GPU cores.
 * @internal
 * @packageDocumentation
 */
import { featuresFromSysctl, isaFamily } from '../parse/features';
import { parseAppleChip, parseSysctl, parseSystemProfilerDisplays, parseVmStat } from '../parse/darwin';
import type { AppleSiliconInfo, CpuInfo, GpuInfo, MemoryInfo } from '../types';
import { markUnknown, tryRun, type ProbeContext } from './context';

/** @internal */
export interface DarwinFacts {
  cpu: CpuInfo;
  memory: MemoryInfo;
  apple?: AppleSiliconInfo;
  gpus: GpuInfo[];
}

function int(values: ReadonlyMap<string, string>, key: string): number | null {
  const v = values.get(key);
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
}

/** @internal */
export async function probeDarwin(ctx: ProbeContext, arch: string): Promise<DarwinFacts> {
  const [sysctlText, vmStatText, profilerText] = await Promise.all([
    tryRun(ctx, 'sysctl', ['-a']),
    tryRun(ctx, 'vm_stat', []),
    tryRun(ctx, 'system_profiler', ['SPDisplaysDataType', '-json']),
  ]);
  const sysctl = parseSysctl(sysctlText ?? '');
  if (sysctlText === null) markUnknown(ctx, 'cpu', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', '`sysctl -a` failed; CPU details taken from os.cpus()');
  const brand = sysctl.get('machdep.cpu.brand_string') ?? ctx.nodeOs.cpuModel;
  const family = isaFamily(arch);
  const physical = int(sysctl, 'hw.physicalcpu');
  const perfLevels = int(sysctl, 'hw.nperflevels');
  const cpu: CpuInfo = {
    vendor: brand?.startsWith('Apple') ? 'apple' : (sysctl.get('machdep.cpu.vendor') === 'GenuineIntel' ? 'intel' : null),
    model: brand,
    physicalCores: physical,
    logicalCores: int(sysctl, 'hw.logicalcpu') ?? ctx.nodeOs.cpuCount,
    performanceCores: null,
    efficiencyCores: null,
    features: family && sysctlText !== null ? featuresFromSysctl(sysctl, family) : {},
  };
  if (perfLevels !== null && perfLevels >= 2) {
    // perflevel0 is the fastest cluster; perflevel1 the efficiency cluster.
    cpu.performanceCores = int(sysctl, 'hw.perflevel0.physicalcpu');
    cpu.efficiencyCores = int(sysctl, 'hw.perflevel1.physicalcpu');
  } else if (physical !== null) {
    cpu.performanceCores = physical;
    cpu.efficiencyCores = 0;
  }
  if (cpu.performanceCores === null) markUnknown(ctx, 'cpu.performanceCores', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', 'sysctl gave no hw.perflevel*.physicalcpu');
  if (cpu.physicalCores === null) markUnknown(ctx, 'cpu.physicalCores', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', 'sysctl gave no hw.physicalcpu');

  const availableBytes = vmStatText === null ? null : parseVmStat(vmStatText);
  if (availableBytes === null) markUnknown(ctx, 'memory.availableBytes', vmStatText === null ? 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE' : 'KOKORO_HARDWARE_PARSE_FAILED', '`vm_stat` gave no page counts; using os.freemem()');
  const memory: MemoryInfo = { totalBytes: int(sysctl, 'hw.memsize') ?? ctx.nodeOs.totalMemoryBytes, availableBytes: availableBytes ?? ctx.nodeOs.freeMemoryBytes };

  const adapters = profilerText === null ? null : parseSystemProfilerDisplays(profilerText);
  if (adapters === null) markUnknown(ctx, 'gpus', profilerText === null ? 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE' : 'KOKORO_HARDWARE_PARSE_FAILED', '`system_profiler SPDisplaysDataType -json` gave no display adapters');
  const gpus: GpuInfo[] = (adapters ?? []).map((a) => ({
    vendor: a.vendor === 'apple' ? 'apple' : a.vendor === 'amd' || a.vendor === 'ati' ? 'amd' : a.vendor === 'intel' ? 'intel' : a.vendor === 'nvidia' ? 'nvidia' : 'other',
    name: a.name,
    memoryBytes: a.vramBytes,
    driverVersion: null,
    computeCapability: null,
    source: 'system_profiler',
  }));

  const chip = brand ? parseAppleChip(brand) : null;
  if (!chip) return { cpu, memory, gpus };
  const appleGpu = (adapters ?? []).find((a) => a.vendor === 'apple');
  if (!appleGpu || appleGpu.cores === null) markUnknown(ctx, 'apple.gpuCores', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', 'system_profiler listed no Apple GPU core count');
  const apple: AppleSiliconInfo = {
    family: chip.family,
    tier: chip.tier,
    gpuCores: appleGpu?.cores ?? null,
    // Every M-series chip ships a 16-core Neural Engine; Ultra joins two dies.
    neuralEngine: true,
    neuralEngineCores: chip.tier === 'Ultra' ? 32 : 16,
    metal: appleGpu?.metal ?? null,
  };
  return { cpu, memory, apple, gpus };
}
