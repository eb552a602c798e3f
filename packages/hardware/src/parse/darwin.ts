/**
 * Parsers for macOS sources: `sysctl -a` (`key: value` lines), `vm_stat`, and
 * `system_profiler SPDisplaysDataType -json`. Pure functions over text.
 * @packageDocumentation
 */

/** Parses `sysctl -a` / `sysctl key...` output into a map (first value wins). */
export function parseSysctl(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([\w.]+)(?::| =)\s?(.*)$/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

/** Apple chip family and tier from a brand string such as `Apple M2 Pro`; `null` when not an M-series chip. */
export function parseAppleChip(brand: string): { family: string; tier: 'base' | 'Pro' | 'Max' | 'Ultra' } | null {
  const m = /^Apple (M\d+)(?:\s+(Pro|Max|Ultra))?\b/.exec(brand.trim());
  if (!m) return null;
  return { family: m[1]!, tier: (m[2] as 'Pro' | 'Max' | 'Ultra' | undefined) ?? 'base' };
}

/** Available memory from `vm_stat`: (free + inactive + speculative) pages times the page size; `null` when unparseable. */
export function parseVmStat(text: string): number | null {
  const pageSize = /page size of (\d+) bytes/.exec(text);
  if (!pageSize) return null;
  const pages = (label: string): number | null => {
    const m = new RegExp(`^${label}:\\s+(\\d+)\\.?`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const free = pages('Pages free');
  if (free === null) return null;
  return (free + (pages('Pages inactive') ?? 0) + (pages('Pages speculative') ?? 0)) * Number(pageSize[1]);
}

/** One display adapter from `system_profiler SPDisplaysDataType -json`. */
export interface DarwinDisplayAdapter {
  name: string;
  vendor: string | null;
  /** GPU cores (`sppci_cores`), Apple Silicon only. */
  cores: number | null;
  /** Dedicated VRAM in bytes (Intel Macs with discrete GPUs), or `null`. */
  vramBytes: number | null;
  /** Metal family, e.g. `metal3`, or `null`. */
  metal: string | null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function vramBytes(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d+)\s*(MB|GB)$/i.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * (m[2]!.toUpperCase() === 'GB' ? 1024 ** 3 : 1024 ** 2);
}

/** Parses `system_profiler SPDisplaysDataType -json`; `null` when the JSON is not that document. */
export function parseSystemProfilerDisplays(text: string): DarwinDisplayAdapter[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  const list = asRecord(doc)?.SPDisplaysDataType;
  if (!Array.isArray(list)) return null;
  const out: DarwinDisplayAdapter[] = [];
  for (const entry of list) {
    const e = asRecord(entry);
    if (!e) continue;
    const name = typeof e.sppci_model === 'string' ? e.sppci_model : typeof e._name === 'string' ? e._name : 'unknown GPU';
    const vendorRaw = typeof e.spdisplays_vendor === 'string' ? e.spdisplays_vendor : null;
    const cores = typeof e.sppci_cores === 'string' && /^\d+$/.test(e.sppci_cores) ? Number(e.sppci_cores) : null;
    const metalRaw = typeof e.spdisplays_mtlgpufamilysupport === 'string' ? e.spdisplays_mtlgpufamilysupport : null;
    out.push({
      name,
      vendor: vendorRaw === null ? null : vendorRaw.replace(/^sppci_vendor_/, '').toLowerCase(),
      cores,
      vramBytes: vramBytes(e.spdisplays_vram ?? e.spdisplays_vram_shared),
      metal: metalRaw === null ? null : metalRaw.replace(/^spdisplays_/, ''),
    });
  }
  return out;
}
