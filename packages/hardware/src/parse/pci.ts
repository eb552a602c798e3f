/**
 * PCI display devices as Linux exposes them under /sys/class/drm/card<N>/device/{vendor,device}.
 * @packageDocumentation
 */

/** GPU vendors by PCI vendor id; other ids (virtual and BMC display adapters) are not GPUs to compute on. */
export const PCI_GPU_VENDORS: Record<string, 'nvidia' | 'amd' | 'intel'> = { '0x10de': 'nvidia', '0x1002': 'amd', '0x8086': 'intel' };

/** `{ vendor, deviceId }` from the sysfs `vendor` and `device` files, or `null` when it is not a compute GPU vendor. */
export function parsePciDisplayDevice(vendorText: string, deviceText: string): { vendor: 'nvidia' | 'amd' | 'intel'; deviceId: string } | null {
  const vendor = PCI_GPU_VENDORS[vendorText.trim().toLowerCase()];
  const device = deviceText.trim().toLowerCase();
  if (vendor === undefined || !/^0x[0-9a-f]{4}$/.test(device)) return null;
  return { vendor, deviceId: device };
}
