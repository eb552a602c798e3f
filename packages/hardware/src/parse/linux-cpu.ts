/**
 * Parsers for Linux CPU sources: `/proc/cpuinfo` (x86 and arm64 layouts), `lscpu` output and
 * kernel CPU lists (`0-3,8-11`). Pure functions over text.
 * @packageDocumentation
 */

/** One `processor` block of `/proc/cpuinfo`. */
export interface CpuinfoProcessor {
  processor: number;
  /** Package (`physical id`), or `null` where the kernel does not print it (arm64). */
  physicalId: string | null;
  /** Core within the package (`core id`), or `null` (arm64). */
  coreId: string | null;
  /** arm64 `CPU part`, e.g. `0xd0c`. */
  cpuPart: string | null;
}

/** What `/proc/cpuinfo` says. */
export interface ParsedCpuinfo {
  vendor: string | null;
  model: string | null;
  processors: CpuinfoProcessor[];
  /** x86 `flags` or arm64 `Features` of the first processor. */
  flags: string[];
}

/** arm64 `CPU implementer` codes to vendor names (from the Arm ARM MIDR register table). */
const ARM_IMPLEMENTERS: Record<string, string> = {
  '0x41': 'arm', '0x42': 'broadcom', '0x43': 'cavium', '0x48': 'hisilicon', '0x4e': 'nvidia',
  '0x51': 'qualcomm', '0x61': 'apple', '0xc0': 'ampere',
};

/** Arm Ltd `CPU part` codes seen on servers and boards, to core names. */
const ARM_PARTS: Record<string, string> = {
  '0xd03': 'Cortex-A53', '0xd05': 'Cortex-A55', '0xd07': 'Cortex-A57', '0xd08': 'Cortex-A72', '0xd0b': 'Cortex-A76',
  '0xd0c': 'Neoverse-N1', '0xd0d': 'Cortex-A77', '0xd40': 'Neoverse-V1', '0xd41': 'Cortex-A78', '0xd44': 'Cortex-X1',
  '0xd46': 'Cortex-A510', '0xd47': 'Cortex-A710', '0xd48': 'Cortex-X2', '0xd49': 'Neoverse-N2', '0xd4f': 'Neoverse-V2',
};

function normaliseX86Vendor(vendorId: string): string {
  if (vendorId === 'GenuineIntel') return 'intel';
  if (vendorId === 'AuthenticAMD') return 'amd';
  return vendorId.toLowerCase();
}

/** Parses `/proc/cpuinfo`. Returns `null` when no `processor` block is found. */
export function parseProcCpuinfo(text: string): ParsedCpuinfo | null {
  const processors: CpuinfoProcessor[] = [];
  let vendor: string | null = null;
  let model: string | null = null;
  let flags: string[] | null = null;
  let current: CpuinfoProcessor | null = null;
  let implementer: string | null = null;
  for (const rawLine of text.split('\n')) {
    const colon = rawLine.indexOf(':');
    if (colon < 0) continue;
    const key = rawLine.slice(0, colon).trim();
    const value = rawLine.slice(colon + 1).trim();
    switch (key) {
      case 'processor': {
        const n = Number(value);
        if (!Number.isInteger(n)) break; // old 32-bit arm kernels print "Processor : ARMv7 ..."
        current = { processor: n, physicalId: null, coreId: null, cpuPart: null };
        processors.push(current);
        break;
      }
      case 'vendor_id': vendor ??= normaliseX86Vendor(value); break;
      case 'model name': model ??= value; break;
      case 'physical id': if (current) current.physicalId = value; break;
      case 'core id': if (current) current.coreId = value; break;
      case 'CPU implementer': implementer ??= value.toLowerCase(); break;
      case 'CPU part': if (current) current.cpuPart = value.toLowerCase(); break;
      case 'flags':
      case 'Features': flags ??= value.split(/\s+/).filter(Boolean); break;
      default: break;
    }
  }
  if (processors.length === 0) return null;
  if (vendor === null && implementer !== null) vendor = ARM_IMPLEMENTERS[implementer] ?? `arm-implementer-${implementer}`;
  if (model === null) {
    const part = processors[0]?.cpuPart;
    if (vendor === 'arm' && part) model = ARM_PARTS[part] ?? null;
  }
  return { vendor, model, processors, flags: flags ?? [] };
}

/** Physical cores from `/proc/cpuinfo`: distinct (physical id, core id) pairs, or `null` when absent. */
export function physicalCoresFromCpuinfo(cpuinfo: ParsedCpuinfo, onlyProcessors?: ReadonlySet<number>): number | null {
  const cores = new Set<string>();
  for (const p of cpuinfo.processors) {
    if (onlyProcessors && !onlyProcessors.has(p.processor)) continue;
    if (p.coreId === null) return null;
    cores.add(`${p.physicalId ?? '0'}:${p.coreId}`);
  }
  return cores.size;
}

/** Distinct arm64 `CPU part` values (more than one = heterogeneous cores). */
export function distinctCpuParts(cpuinfo: ParsedCpuinfo): string[] {
  return [...new Set(cpuinfo.processors.map((p) => p.cpuPart).filter((p): p is string => p !== null))];
}

/** Parses `lscpu` (`Key:   value` lines) into a map. */
export function parseLscpu(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\s*([^:]+?):\s*(.*?)\s*$/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** Physical cores from `lscpu` (cores per socket or per cluster, times sockets or clusters). */
export function physicalCoresFromLscpu(lscpu: ReadonlyMap<string, string>): number | null {
  const perSocket = Number(lscpu.get('Core(s) per socket') ?? lscpu.get('Core(s) per cluster'));
  const sockets = Number(lscpu.get('Socket(s)') ?? lscpu.get('Cluster(s)') ?? '1');
  if (Number.isInteger(perSocket) && perSocket > 0 && Number.isInteger(sockets) && sockets > 0) return perSocket * sockets;
  return null;
}

/** Expands a kernel CPU list such as `0-3,8,10-11` into CPU numbers; `null` when malformed. */
export function parseCpuList(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const cpus: number[] = [];
  for (const part of trimmed.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    if (end < start) return null;
    for (let cpu = start; cpu <= end; cpu++) cpus.push(cpu);
  }
  return cpus;
}
