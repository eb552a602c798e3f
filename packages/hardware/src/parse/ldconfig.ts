/**
 * Parser for `ldconfig -p` (the dynamic loader cache listing).
 * @packageDocumentation
 */

/** Maps each library soname in `ldconfig -p` output to its first path (64-bit entries preferred). */
export function parseLdconfigCache(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const has64 = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)\s*$/.exec(line);
    if (!m) continue;
    const soname = m[1]!;
    const is64 = m[2]!.includes('64');
    if (has64.has(soname) || (out.has(soname) && !is64)) continue;
    out.set(soname, m[3]!);
    if (is64) has64.add(soname);
  }
  return out;
}
