/**
 * Windows probe: one PowerShell CIM query (CPU, GPUs, memory), falling back to `wmic`.
 * Windows exposes no ISA flags or core types to scripts, so those are reported unknown.
 * @internal
 * @packageDocumentation
 */
import { parseWindowsPowerShell, WINDOWS_POWERSHELL_SCRIPT, windowsFactsFromWmic, type WindowsFacts } from '../parse/windows';
import type { CpuInfo, GpuInfo, MemoryInfo } from '../types';
import { markUnknown, tryRun, type ProbeContext } from './context';

async function windowsFacts(ctx: ProbeContext): Promise<WindowsFacts | null> {
  const ps = await tryRun(ctx, 'powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_POWERSHELL_SCRIPT]);
  const parsed = ps === null ? null : parseWindowsPowerShell(ps);
  if (parsed) return parsed;
  const [cpu, gpu, os] = await Promise.all([
    tryRun(ctx, 'wmic', ['cpu', 'get', 'Name,Manufacturer,NumberOfCores,NumberOfLogicalProcessors', '/format:list']),
    tryRun(ctx, 'wmic', ['path', 'win32_VideoController', 'get', 'Name,AdapterCompatibility,AdapterRAM,DriverVersion', '/format:list']),
    tryRun(ctx, 'wmic', ['OS', 'get', 'TotalVisibleMemorySize,FreePhysicalMemory', '/format:list']),
  ]);
  return cpu === null ? null : windowsFactsFromWmic(cpu, gpu ?? '', os ?? '');
}

function gpuVendor(text: string): GpuInfo['vendor'] {
  const t = text.toLowerCase();
  if (t.includes('nvidia')) return 'nvidia';
  if (t.includes('amd') || t.includes('advanced micro') || t.includes('ati ')) return 'amd';
  if (t.includes('intel')) return 'intel';
  if (t.includes('microsoft')) return 'microsoft';
  return 'other';
}

/** @internal */
export async function probeWindows(ctx: ProbeContext): Promise<{ cpu: CpuInfo; memory: MemoryInfo; gpus: GpuInfo[] }> {
  const facts = await windowsFacts(ctx);
  if (!facts) markUnknown(ctx, 'cpu', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', 'neither PowerShell Get-CimInstance nor wmic answered; CPU and memory taken from Node os');
  markUnknown(ctx, 'cpu.features', 'KOKORO_HARDWARE_NOT_EXPOSED', 'Windows exposes CPUID feature bits only to native code');
  markUnknown(ctx, 'cpu.performanceCores', 'KOKORO_HARDWARE_NOT_EXPOSED', 'WMI does not report hybrid core types');
  const manufacturer = facts?.cpu.manufacturer ?? null;
  const cpu: CpuInfo = {
    vendor: manufacturer === 'GenuineIntel' ? 'intel' : manufacturer === 'AuthenticAMD' ? 'amd' : (manufacturer?.toLowerCase() ?? null),
    model: facts?.cpu.name ?? ctx.nodeOs.cpuModel,
    physicalCores: facts?.cpu.cores ?? null,
    logicalCores: facts?.cpu.logical ?? ctx.nodeOs.cpuCount,
    performanceCores: null,
    efficiencyCores: null,
    features: {},
  };
  const gpus = (facts?.gpus ?? []).map((g, i): GpuInfo => {
    if (g.memoryBytes === null) markUnknown(ctx, `gpus[${i}].memoryBytes`, 'KOKORO_HARDWARE_NOT_EXPOSED', 'WMI AdapterRAM is a 32-bit field (capped at 4 GiB) or was empty');
    return { vendor: gpuVendor(`${g.vendor ?? ''} ${g.name}`), name: g.name, memoryBytes: g.memoryBytes, driverVersion: g.driverVersion, computeCapability: null, source: 'wmi' };
  });
  const memory: MemoryInfo = { totalBytes: facts?.totalMemoryBytes ?? ctx.nodeOs.totalMemoryBytes, availableBytes: facts?.freeMemoryBytes ?? ctx.nodeOs.freeMemoryBytes };
  return { cpu, memory, gpus };
}
