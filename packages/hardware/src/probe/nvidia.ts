/**
 * NVIDIA probe: `nvidia-smi --query-gpu` first (name, memory, driver, compute capability);
 * on Linux, the driver's /proc files when nvidia-smi is missing.
 * @internal
 * @packageDocumentation
 */
import { NVIDIA_SMI_FIELDS, parseNvidiaProcInformation, parseNvidiaProcVersion, parseNvidiaSmiCsv } from '../parse/nvidia';
import type { GpuInfo } from '../types';
import { markUnknown, tryList, tryRead, tryRun, type ProbeContext } from './context';

const SMI_FORMAT = '--format=csv,noheader,nounits';

/** @internal */
export async function probeNvidia(ctx: ProbeContext, os: 'linux' | 'win32'): Promise<GpuInfo[]> {
  let text = await tryRun(ctx, 'nvidia-smi', [`--query-gpu=${NVIDIA_SMI_FIELDS.join(',')}`, SMI_FORMAT]);
  // Drivers before 510 reject the compute_cap field; ask again without it.
  text ??= await tryRun(ctx, 'nvidia-smi', [`--query-gpu=${NVIDIA_SMI_FIELDS.slice(0, 3).join(',')}`, SMI_FORMAT]);
  const rows = text === null ? null : parseNvidiaSmiCsv(text);
  if (rows) {
    const gpus = rows.map((r): GpuInfo => ({ vendor: 'nvidia', name: r.name, memoryBytes: r.memoryBytes, driverVersion: r.driverVersion, computeCapability: r.computeCapability, source: 'nvidia-smi' }));
    gpus.forEach((g, i) => {
      if (g.computeCapability === null) markUnknown(ctx, `gpus[${i}].computeCapability`, 'KOKORO_HARDWARE_NOT_EXPOSED', 'nvidia-smi did not report compute_cap (driver older than 510?)');
    });
    return gpus;
  }
  if (os !== 'linux') return [];
  const busDirs = await tryList(ctx, '/proc/driver/nvidia/gpus');
  if (busDirs === null || busDirs.length === 0) return [];
  const driver = parseNvidiaProcVersion((await tryRead(ctx, '/proc/driver/nvidia/version')) ?? '');
  const gpus: GpuInfo[] = [];
  for (const bus of [...busDirs].sort()) {
    const info = parseNvidiaProcInformation((await tryRead(ctx, `/proc/driver/nvidia/gpus/${bus}/information`)) ?? '');
    if (!info) continue;
    const index = gpus.length;
    gpus.push({ vendor: 'nvidia', name: info.model, memoryBytes: null, driverVersion: driver, computeCapability: null, source: '/proc/driver/nvidia' });
    const why = 'nvidia-smi is unavailable and /proc/driver/nvidia does not list memory or compute capability';
    markUnknown(ctx, `gpus[${index}].memoryBytes`, 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', why);
    markUnknown(ctx, `gpus[${index}].computeCapability`, 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', why);
  }
  return gpus;
}
