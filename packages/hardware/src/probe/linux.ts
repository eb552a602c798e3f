/**
 * Linux probe: /proc/cpuinfo (+ lscpu when cpuinfo lacks topology), Intel hybrid core lists,
 * /proc/meminfo, and cgroup v1/v2 CPU and memory limits.
 * @internal
 * @packageDocumentation
 */
import { featuresFromLinuxFlags, isaFamily } from '../parse/features';
import { parseCfsQuota, parseCpuMax, parseMemoryLimit, parseProcSelfCgroup, v1ControllerDirs, type CgroupMembership } from '../parse/cgroup';
import { distinctCpuParts, parseCpuList, parseLscpu, parseProcCpuinfo, physicalCoresFromCpuinfo, physicalCoresFromLscpu } from '../parse/linux-cpu';
import { parseMeminfo } from '../parse/meminfo';
import type { ContainerLimits, CpuInfo, MemoryInfo } from '../types';
import { markUnknown, tryRead, tryRun, type ProbeContext } from './context';

const CGROUP_ROOT = '/sys/fs/cgroup';

/** @internal */
export async function probeLinuxCpu(ctx: ProbeContext, arch: string): Promise<CpuInfo> {
  const text = await tryRead(ctx, '/proc/cpuinfo');
  const cpuinfo = text === null ? null : parseProcCpuinfo(text);
  const family = isaFamily(arch);
  const cpu: CpuInfo = {
    vendor: cpuinfo?.vendor ?? null,
    model: cpuinfo?.model ?? ctx.nodeOs.cpuModel,
    physicalCores: null,
    logicalCores: cpuinfo?.processors.length ?? ctx.nodeOs.cpuCount,
    performanceCores: null,
    efficiencyCores: null,
    features: cpuinfo && family ? featuresFromLinuxFlags(cpuinfo.flags, family) : {},
  };
  if (cpuinfo === null) {
    const code = text === null ? 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE' : 'KOKORO_HARDWARE_PARSE_FAILED';
    markUnknown(ctx, 'cpu.features', code, `/proc/cpuinfo ${text === null ? 'could not be read' : 'has no processor entries'}; ISA features unknown, logical cores taken from os.cpus()`);
  }
  cpu.physicalCores = cpuinfo ? physicalCoresFromCpuinfo(cpuinfo) : null;
  if (cpu.physicalCores === null || cpu.model === null) {
    // arm64 kernels print neither core ids nor a model name; lscpu knows both.
    const lscpuText = await tryRun(ctx, 'lscpu', []);
    const lscpu = lscpuText === null ? null : parseLscpu(lscpuText);
    if (lscpu) {
      cpu.physicalCores ??= physicalCoresFromLscpu(lscpu);
      cpu.model ??= lscpu.get('Model name') ?? null;
      if (cpu.vendor === null) cpu.vendor = lscpu.get('Vendor ID')?.toLowerCase() ?? null;
    }
    if (cpu.physicalCores === null) markUnknown(ctx, 'cpu.physicalCores', lscpu ? 'KOKORO_HARDWARE_PARSE_FAILED' : 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', '/proc/cpuinfo has no core ids and lscpu gave no cores-per-socket');
    if (cpu.model === null) markUnknown(ctx, 'cpu.model', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', 'neither /proc/cpuinfo nor lscpu names the CPU model');
  }
  await classifyCoreTypes(ctx, cpu, cpuinfo);
  return cpu;
}

/** Performance vs efficiency cores: Intel hybrid exposes `cpu_core` / `cpu_atom` PMUs with CPU lists. */
async function classifyCoreTypes(ctx: ProbeContext, cpu: CpuInfo, cpuinfo: ReturnType<typeof parseProcCpuinfo>): Promise<void> {
  const coreList = await tryRead(ctx, '/sys/devices/cpu_core/cpus');
  const atomList = await tryRead(ctx, '/sys/devices/cpu_atom/cpus');
  if (coreList !== null && atomList !== null && cpuinfo) {
    const pCpus = parseCpuList(coreList);
    const eCpus = parseCpuList(atomList);
    if (pCpus && eCpus) {
      cpu.performanceCores = physicalCoresFromCpuinfo(cpuinfo, new Set(pCpus));
      cpu.efficiencyCores = physicalCoresFromCpuinfo(cpuinfo, new Set(eCpus));
      return;
    }
  }
  const parts = cpuinfo ? distinctCpuParts(cpuinfo) : [];
  if (parts.length > 1) {
    markUnknown(ctx, 'cpu.performanceCores', 'KOKORO_HARDWARE_NOT_EXPOSED', `heterogeneous Arm cores (CPU parts ${parts.join(', ')}) but no per-core capacity to rank them`);
    return;
  }
  if (cpu.physicalCores === null) {
    markUnknown(ctx, 'cpu.performanceCores', 'KOKORO_HARDWARE_PARSE_FAILED', 'physical core count unknown, so the core split is unknown too');
    return;
  }
  // No hybrid PMU and one core type: every core is a performance core.
  cpu.performanceCores = cpu.physicalCores;
  cpu.efficiencyCores = 0;
}

/** @internal */
export async function probeLinuxMemory(ctx: ProbeContext): Promise<MemoryInfo> {
  const text = await tryRead(ctx, '/proc/meminfo');
  const parsed = text === null ? null : parseMeminfo(text);
  const memory: MemoryInfo = {
    totalBytes: parsed?.totalBytes ?? ctx.nodeOs.totalMemoryBytes,
    availableBytes: parsed?.availableBytes ?? null,
  };
  if (memory.availableBytes === null) {
    memory.availableBytes = ctx.nodeOs.freeMemoryBytes;
    markUnknown(ctx, 'memory.availableBytes', text === null ? 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE' : 'KOKORO_HARDWARE_PARSE_FAILED', '/proc/meminfo gave no MemAvailable; using os.freemem(), which ignores reclaimable cache');
  }
  return memory;
}

function cgroupFile(dir: string, path: string, file: string): string[] {
  const clean = path === '/' || path === '' ? '' : path;
  // Inside a container with its own cgroup namespace the path reads "/", and the files sit at the mount root.
  return clean === '' ? [`${dir}/${file}`] : [`${dir}${clean}/${file}`, `${dir}/${file}`];
}

async function firstReadable(ctx: ProbeContext, paths: string[]): Promise<string | null> {
  for (const path of paths) {
    const text = await tryRead(ctx, path);
    if (text !== null) return text;
  }
  return null;
}

/** @internal */
export async function probeCgroups(ctx: ProbeContext): Promise<ContainerLimits> {
  const membershipText = await tryRead(ctx, '/proc/self/cgroup');
  if (membershipText === null) {
    markUnknown(ctx, 'container', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', '/proc/self/cgroup could not be read; container limits unknown');
    return { cgroupVersion: null };
  }
  const membership = parseProcSelfCgroup(membershipText);
  if (membership.v1.has('cpu') || membership.v1.has('memory')) return probeCgroupV1(ctx, membership);
  if (membership.unifiedPath !== null) return probeCgroupV2(ctx, membership.unifiedPath);
  markUnknown(ctx, 'container', 'KOKORO_HARDWARE_PARSE_FAILED', '/proc/self/cgroup lists no cpu/memory controller and no unified hierarchy');
  return { cgroupVersion: null };
}

async function probeCgroupV2(ctx: ProbeContext, path: string): Promise<ContainerLimits> {
  const limits: ContainerLimits = { cgroupVersion: 'v2' };
  const cpuMax = await firstReadable(ctx, cgroupFile(CGROUP_ROOT, path, 'cpu.max'));
  const cores = cpuMax === null ? null : parseCpuMax(cpuMax);
  if (cores === undefined) markUnknown(ctx, 'container.cpuQuotaCores', 'KOKORO_HARDWARE_PARSE_FAILED', `cpu.max reads "${cpuMax?.trim()}", expected "max 100000" or "<quota> <period>"`);
  else if (cores !== null) limits.cpuQuotaCores = cores;
  const memMax = await firstReadable(ctx, cgroupFile(CGROUP_ROOT, path, 'memory.max'));
  const bytes = memMax === null ? null : parseMemoryLimit(memMax);
  if (bytes === undefined) markUnknown(ctx, 'container.memoryLimitBytes', 'KOKORO_HARDWARE_PARSE_FAILED', `memory.max reads "${memMax?.trim()}", expected "max" or a byte count`);
  else if (bytes !== null) limits.memoryLimitBytes = bytes;
  const cpuset = await firstReadable(ctx, cgroupFile(CGROUP_ROOT, path, 'cpuset.cpus.effective'));
  const cpus = cpuset === null ? null : parseCpuList(cpuset);
  if (cpus && cpus.length > 0) limits.cpusetCores = cpus.length;
  return limits;
}

async function probeCgroupV1(ctx: ProbeContext, membership: CgroupMembership): Promise<ContainerLimits> {
  const limits: ContainerLimits = { cgroupVersion: 'v1' };
  const cpuPath = membership.v1.get('cpu') ?? '/';
  for (const dir of v1ControllerDirs('cpu')) {
    const quota = await firstReadable(ctx, cgroupFile(`${CGROUP_ROOT}/${dir}`, cpuPath, 'cpu.cfs_quota_us'));
    const period = await firstReadable(ctx, cgroupFile(`${CGROUP_ROOT}/${dir}`, cpuPath, 'cpu.cfs_period_us'));
    if (quota === null || period === null) continue;
    const cores = parseCfsQuota(quota, period);
    if (cores === undefined) markUnknown(ctx, 'container.cpuQuotaCores', 'KOKORO_HARDWARE_PARSE_FAILED', `cpu.cfs_quota_us/cpu.cfs_period_us read "${quota.trim()}"/"${period.trim()}"`);
    else if (cores !== null) limits.cpuQuotaCores = cores;
    break;
  }
  const memory = await firstReadable(ctx, cgroupFile(`${CGROUP_ROOT}/memory`, membership.v1.get('memory') ?? '/', 'memory.limit_in_bytes'));
  const bytes = memory === null ? null : parseMemoryLimit(memory);
  if (bytes === undefined) markUnknown(ctx, 'container.memoryLimitBytes', 'KOKORO_HARDWARE_PARSE_FAILED', `memory.limit_in_bytes reads "${memory?.trim()}"`);
  else if (bytes !== null) limits.memoryLimitBytes = bytes;
  const cpuset = await firstReadable(ctx, cgroupFile(`${CGROUP_ROOT}/cpuset`, membership.v1.get('cpuset') ?? '/', 'cpuset.effective_cpus'));
  const cpus = cpuset === null ? null : parseCpuList(cpuset);
  if (cpus && cpus.length > 0) limits.cpusetCores = cpus.length;
  return limits;
}
