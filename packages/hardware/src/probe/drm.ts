/**
 * Linux GPUs from /sys/class/drm: finds AMD and Intel GPUs (and NVIDIA ones nvidia-smi missed)
 * by PCI id. sysfs has no product names or memory sizes, so those come back as PCI ids / unknown.
 * @internal
 * @packageDocumentation
 */
import { parsePciDisplayDevice } from '../parse/pci';
import type { GpuInfo } from '../types';
import { markUnknown, tryList, tryRead, type ProbeContext } from './context';

const VENDOR_NAMES = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel' } as const;

/** @internal */
export async function probeDrmGpus(ctx: ProbeContext, known: readonly GpuInfo[]): Promise<GpuInfo[]> {
  const entries = await tryList(ctx, '/sys/class/drm');
  if (entries === null) return [];
  const cards = entries.filter((e) => /^card\d+$/.test(e)).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const found: GpuInfo[] = [];
  let nvidiaSeen = 0;
  for (const card of cards) {
    const vendor = await tryRead(ctx, `/sys/class/drm/${card}/device/vendor`);
    const device = await tryRead(ctx, `/sys/class/drm/${card}/device/device`);
    const pci = vendor === null || device === null ? null : parsePciDisplayDevice(vendor, device);
    if (pci === null) continue;
    // NVIDIA cards nvidia-smi or /proc already described are not listed twice.
    if (pci.vendor === 'nvidia' && nvidiaSeen++ < known.filter((g) => g.vendor === 'nvidia').length) continue;
    const index = known.length + found.length;
    found.push({ vendor: pci.vendor, name: `${VENDOR_NAMES[pci.vendor]} GPU [PCI ${pci.deviceId}]`, memoryBytes: null, driverVersion: null, computeCapability: null, source: '/sys/class/drm' });
    markUnknown(ctx, `gpus[${index}].name`, 'KOKORO_HARDWARE_NOT_EXPOSED', `sysfs gives only PCI id ${pci.deviceId}; product name and memory need the vendor's tools`);
  }
  return found;
}
