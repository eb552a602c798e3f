/**
 * Parsers for Linux control groups: `/proc/self/cgroup` membership, cgroup v2 `cpu.max`,
 * `memory.max`, `cpuset.cpus.effective`, and cgroup v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us`
 * and `memory.limit_in_bytes`. Pure functions over file contents.
 * @packageDocumentation
 */

/** Where this process sits in the cgroup hierarchies. */
export interface CgroupMembership {
  /** Path in the unified (v2) hierarchy (`0::/path`), or `null`. */
  unifiedPath: string | null;
  /** Path per v1 controller (`cpu`, `cpuacct`, `memory`, `cpuset`, ...). */
  v1: Map<string, string>;
}

/** Parses `/proc/self/cgroup` (`id:controllers:path` lines). */
export function parseProcSelfCgroup(text: string): CgroupMembership {
  const v1 = new Map<string, string>();
  let unifiedPath: string | null = null;
  for (const line of text.split('\n')) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (!m) continue;
    const controllers = m[2]!;
    const path = m[3]!;
    if (m[1] === '0' && controllers === '') {
      unifiedPath = path;
      continue;
    }
    for (const controller of controllers.split(',')) if (controller) v1.set(controller, path);
  }
  return { unifiedPath, v1 };
}

/** The v1 mount directory names a controller may live under (`cpu,cpuacct` is common). */
export function v1ControllerDirs(controller: 'cpu' | 'memory' | 'cpuset'): string[] {
  if (controller === 'cpu') return ['cpu', 'cpu,cpuacct', 'cpuacct,cpu'];
  return [controller];
}

/** cgroup v2 `cpu.max` (`"max 100000"` or `"150000 100000"`) as cores; `null` = unlimited; `undefined` = unparseable. */
export function parseCpuMax(text: string): number | null | undefined {
  const m = /^(max|\d+)\s+(\d+)\s*$/.exec(text.trim());
  if (!m) return undefined;
  if (m[1] === 'max') return null;
  const period = Number(m[2]);
  return period > 0 ? Number(m[1]) / period : undefined;
}

/** cgroup v1 CFS quota and period as cores; `null` = unlimited (`-1`); `undefined` = unparseable. */
export function parseCfsQuota(quotaText: string, periodText: string): number | null | undefined {
  const quota = Number(quotaText.trim());
  const period = Number(periodText.trim());
  if (!Number.isInteger(quota) || !Number.isInteger(period) || period <= 0) return undefined;
  if (quota < 0) return null;
  return quota / period;
}

/**
 * Limits at or above this are "unlimited": cgroup v1 reports PAGE_COUNTER_MAX rounded to pages
 * (9223372036854771712) instead of `-1`, and no real machine has 2^60 bytes.
 */
const UNLIMITED_BYTES = 2 ** 60;

/** cgroup v2 `memory.max` or v1 `memory.limit_in_bytes` in bytes; `null` = unlimited; `undefined` = unparseable. */
export function parseMemoryLimit(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === 'max') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const bytes = Number(trimmed);
  return bytes >= UNLIMITED_BYTES ? null : bytes;
}
