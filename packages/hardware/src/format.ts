/**
 * Human-readable rendering of a report, for `kokoro doctor`.
 * @packageDocumentation
 */
import type { CpuFeatureName, HardwareReport } from './types';

function gib(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? 'unknown' : `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

function count(n: number | null): string {
  return n === null ? 'unknown' : String(n);
}

/** Renders a report as aligned `label: value` lines (no colours, no trailing newline). */
export function formatHardwareReport(report: HardwareReport): string {
  const { cpu } = report;
  const present = (Object.entries(cpu.features) as [CpuFeatureName, boolean][]).filter(([, on]) => on).map(([name]) => name);
  const lines: [string, string][] = [
    ['os / arch', `${report.os} / ${report.arch}`],
    ['cpu', `${cpu.model ?? 'unknown model'}${cpu.vendor ? ` (${cpu.vendor})` : ''}`],
    ['cores', `${count(cpu.physicalCores)} physical, ${cpu.logicalCores} logical, ${count(cpu.performanceCores)} performance + ${count(cpu.efficiencyCores)} efficiency`],
    ['effective cores', String(report.effectiveCores)],
    ['isa features', present.length > 0 ? present.join(' ') : 'none reported'],
    ['memory', `${gib(report.memory.totalBytes)} total, ${gib(report.memory.availableBytes)} available`],
  ];
  const c = report.container;
  const limits = [
    c.cpuQuotaCores !== undefined ? `cpu quota ${c.cpuQuotaCores} cores` : null,
    c.cpusetCores !== undefined ? `cpuset ${c.cpusetCores} cpus` : null,
    c.memoryLimitBytes !== undefined ? `memory ${gib(c.memoryLimitBytes)}` : null,
  ].filter((x): x is string => x !== null);
  lines.push(['container', c.cgroupVersion === null ? 'no cgroup data' : `cgroup ${c.cgroupVersion}: ${limits.length > 0 ? limits.join(', ') : 'no limits'}`]);
  if (report.apple) {
    const a = report.apple;
    lines.push(['apple silicon', `${a.family}${a.tier === 'base' ? '' : ` ${a.tier}`}, ${count(a.gpuCores)} GPU cores, Neural Engine ${a.neuralEngine ? `${a.neuralEngineCores} cores` : 'absent'}${a.metal ? `, ${a.metal}` : ''}`]);
  }
  if (report.gpus.length === 0) lines.push(['gpus', 'none detected']);
  report.gpus.forEach((g, i) => {
    const details = [g.memoryBytes !== null ? gib(g.memoryBytes) : null, g.computeCapability ? `compute ${g.computeCapability}` : null, g.driverVersion ? `driver ${g.driverVersion}` : null].filter(Boolean);
    lines.push([`gpu ${i}`, `${g.name}${details.length > 0 ? ` (${details.join(', ')})` : ''} [${g.source}]`]);
  });
  const ort = report.onnxruntime;
  lines.push(['onnxruntime-node', ort.version ?? 'not loaded']);
  if (ort.backends.length > 0) lines.push(['ort backends', ort.backends.map((b) => `${b.name}${b.bundled ? '' : ' (needs extra libraries)'}`).join(', ')]);
  const cudaKeys = Object.keys(ort.cudaLibraries);
  if (cudaKeys.length > 0) {
    const missing = cudaKeys.filter((k) => ort.cudaLibraries[k] === null);
    lines.push(['cuda libraries', ort.cudaLibrariesPresent ? 'all present' : `missing ${missing.join(', ')}`]);
  }
  for (const u of report.unknown) lines.push([`unknown ${u.field}`, u.reason]);
  const width = Math.max(...lines.map(([label]) => label.length));
  return lines.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
