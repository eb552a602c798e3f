/**
 * Parser for Linux `/proc/meminfo`.
 * @packageDocumentation
 */

/** Total and available memory in bytes from `/proc/meminfo`; fields are `null` when missing. */
export function parseMeminfo(text: string): { totalBytes: number | null; availableBytes: number | null } {
  const kib = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+(?:\(\w+\))?):\s+(\d+)\s*kB/.exec(line);
    if (m) kib.set(m[1]!, Number(m[2]));
  }
  const total = kib.get('MemTotal');
  let available = kib.get('MemAvailable');
  // Kernels before 3.14 have no MemAvailable; free + reclaimable page cache is the old estimate.
  if (available === undefined && kib.has('MemFree')) available = (kib.get('MemFree') ?? 0) + (kib.get('Buffers') ?? 0) + (kib.get('Cached') ?? 0);
  return { totalBytes: total === undefined ? null : total * 1024, availableBytes: available === undefined ? null : available * 1024 };
}
