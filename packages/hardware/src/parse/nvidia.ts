/**
 * Parsers for NVIDIA sources: `nvidia-smi --query-gpu=... --format=csv,noheader,nounits` and
 * the driver's `/proc/driver/nvidia/gpus/<bus>/information` and `/proc/driver/nvidia/version`.
 * @packageDocumentation
 */

/** The `--query-gpu` fields the probe asks for, in order. */
export const NVIDIA_SMI_FIELDS = ['name', 'memory.total', 'driver_version', 'compute_cap'] as const;

/** One GPU row from nvidia-smi. */
export interface NvidiaSmiGpu {
  name: string;
  memoryBytes: number | null;
  driverVersion: string | null;
  computeCapability: string | null;
}

function cell(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  return v === '' || /^\[?N\/A\]?$/i.test(v) || /^\[Not Supported\]$/i.test(v) ? null : v;
}

/**
 * Parses CSV rows of `name, memory.total (MiB), driver_version[, compute_cap]`. Rows that do not
 * have at least the first three columns are skipped; `null` when nothing parses.
 */
export function parseNvidiaSmiCsv(text: string): NvidiaSmiGpu[] | null {
  const gpus: NvidiaSmiGpu[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const cols = line.split(',');
    if (cols.length < 3) continue;
    const name = cell(cols[0]);
    if (name === null) continue;
    const mib = cell(cols[1]);
    gpus.push({
      name,
      memoryBytes: mib !== null && /^\d+$/.test(mib) ? Number(mib) * 1024 * 1024 : null,
      driverVersion: cell(cols[2]),
      computeCapability: cell(cols[3]),
    });
  }
  return gpus.length > 0 ? gpus : null;
}

/** Model name from `/proc/driver/nvidia/gpus/<bus>/information` (`Model:  NVIDIA ...`), or `null`. */
export function parseNvidiaProcInformation(text: string): { model: string; busLocation: string | null } | null {
  const model = /^Model:\s*(.+?)\s*$/m.exec(text);
  if (!model) return null;
  const bus = /^Bus Location:\s*(.+?)\s*$/m.exec(text);
  return { model: model[1]!, busLocation: bus ? bus[1]! : null };
}

/** Driver version from `/proc/driver/nvidia/version` (`NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.15 ...`). */
export function parseNvidiaProcVersion(text: string): string | null {
  const m = /Kernel Module(?:\s+for\s+\w+)?\s+(\d+(?:\.\d+)+)/.exec(text);
  return m ? m[1]! : null;
}
