/**
 * Parsers for Windows sources: one PowerShell `Get-CimInstance ... | ConvertTo-Json` document
 * (the probe's script, see {@link WINDOWS_POWERSHELL_SCRIPT}) and, for older systems, `wmic ... /format:list`.
 * @packageDocumentation
 */

/** Windows facts the probe collects. */
export interface WindowsFacts {
  cpu: { name: string | null; manufacturer: string | null; cores: number | null; logical: number | null };
  gpus: { name: string; vendor: string | null; memoryBytes: number | null; driverVersion: string | null }[];
  totalMemoryBytes: number | null;
  freeMemoryBytes: number | null;
}

/** The PowerShell script the probe runs: one compressed JSON document with cpu, gpu and os sections. */
export const WINDOWS_POWERSHELL_SCRIPT =
  '@{cpu=@(Get-CimInstance Win32_Processor | Select-Object Name,Manufacturer,NumberOfCores,NumberOfLogicalProcessors);' +
  'gpu=@(Get-CimInstance Win32_VideoController | Select-Object Name,AdapterCompatibility,AdapterRAM,DriverVersion);' +
  'os=(Get-CimInstance Win32_OperatingSystem | Select-Object TotalVisibleMemorySize,FreePhysicalMemory)} | ConvertTo-Json -Depth 3 -Compress';

/**
 * `AdapterRAM` is a uint32, so WMI caps it just under 4 GiB; that value (or larger) means
 * "at least 4 GiB", not the real size.
 */
const ADAPTER_RAM_CAP = 0xfff00000;

function rec(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}
function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

function gpuMemory(adapterRam: unknown): number | null {
  const bytes = num(adapterRam);
  return bytes === null || bytes === 0 || bytes >= ADAPTER_RAM_CAP ? null : bytes;
}

function combine(cpus: Record<string, unknown>[], gpus: Record<string, unknown>[], os: Record<string, unknown>): WindowsFacts {
  const cores = cpus.reduce<number | null>((sum, c) => (sum === null || num(c.NumberOfCores) === null ? null : sum + num(c.NumberOfCores)!), cpus.length ? 0 : null);
  const logical = cpus.reduce<number | null>((sum, c) => (sum === null || num(c.NumberOfLogicalProcessors) === null ? null : sum + num(c.NumberOfLogicalProcessors)!), cpus.length ? 0 : null);
  const totalKib = num(os.TotalVisibleMemorySize);
  const freeKib = num(os.FreePhysicalMemory);
  return {
    cpu: { name: str(cpus[0]?.Name), manufacturer: str(cpus[0]?.Manufacturer), cores, logical },
    gpus: gpus.filter((g) => str(g.Name) !== null).map((g) => ({
      name: str(g.Name)!,
      vendor: str(g.AdapterCompatibility),
      memoryBytes: gpuMemory(g.AdapterRAM),
      driverVersion: str(g.DriverVersion),
    })),
    totalMemoryBytes: totalKib === null ? null : totalKib * 1024,
    freeMemoryBytes: freeKib === null ? null : freeKib * 1024,
  };
}

/** Parses the JSON printed by {@link WINDOWS_POWERSHELL_SCRIPT}; `null` when it is not that document. */
export function parseWindowsPowerShell(text: string): WindowsFacts | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const root = rec(doc);
  if (!('cpu' in root)) return null;
  return combine(list(root.cpu).map(rec), list(root.gpu).map(rec), rec(root.os));
}

/** Parses `wmic <class> get ... /format:list` output (blank-line separated `Key=Value` blocks, CRLF). */
export function parseWmicList(text: string): Record<string, string>[] {
  const blocks: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  for (const line of text.split(/\r*\n/)) {
    const m = /^([A-Za-z]\w*)=(.*)$/.exec(line.trim());
    if (m) {
      current[m[1]!] = m[2]!;
    } else if (line.trim() === '' && Object.keys(current).length > 0) {
      blocks.push(current);
      current = {};
    }
  }
  if (Object.keys(current).length > 0) blocks.push(current);
  return blocks;
}

/** Combines `wmic cpu`, `wmic path win32_VideoController` and `wmic OS` list outputs. */
export function windowsFactsFromWmic(cpuText: string, gpuText: string, osText: string): WindowsFacts | null {
  const cpus = parseWmicList(cpuText);
  if (cpus.length === 0) return null;
  return combine(cpus, parseWmicList(gpuText), parseWmicList(osText)[0] ?? {});
}
