/**
 * What machine the benchmark ran on. The hardware probe comes in as an option so this stays
 * testable; its failure only costs the `effectiveCores` field.
 */
import { arch, availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import type { EnvironmentInfo } from './result';

/** Reads onnxruntime-node's version from its package.json. */
export function onnxruntimeVersion(): string {
  try {
    const req = createRequire(import.meta.url);
    const pkg = req('onnxruntime-node/package.json') as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Collects the environment; `effectiveCores` from the hardware report when one is given. */
export function describeEnvironment(hardware: { effectiveCores?: number; cpu?: { model?: string | null } } | null, loadAtStart: number): EnvironmentInfo {
  const list = cpus();
  return {
    node: process.version,
    platform: platform(),
    arch: arch(),
    cpuModel: hardware?.cpu?.model ?? list[0]?.model ?? 'unknown',
    logicalCores: Math.max(1, list.length || availableParallelism()),
    effectiveCores: hardware?.effectiveCores ?? null,
    totalMemoryBytes: totalmem(),
    onnxruntimeVersion: onnxruntimeVersion(),
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
  };
}

/** The 1-minute load average now (0 where the OS reports none). */
export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}
