/**
 * How many cores this process can really use.
 * @packageDocumentation
 */
import type { ContainerLimits } from './types';

/**
 * Effective cores: the smallest of the logical cores, the CPU affinity (`os.availableParallelism()`),
 * the cgroup cpuset and the cgroup CPU quota rounded down, and never less than 1. A quota of 1.5
 * cores means 2 busy threads would be throttled for a third of every period, so it counts as 1.
 */
export function effectiveCores(logicalCores: number, container: ContainerLimits, affinity?: number): number {
  let cores = logicalCores;
  if (affinity !== undefined && affinity > 0) cores = Math.min(cores, affinity);
  if (container.cpusetCores !== undefined) cores = Math.min(cores, container.cpusetCores);
  if (container.cpuQuotaCores !== undefined) cores = Math.min(cores, Math.floor(container.cpuQuotaCores));
  return Math.max(1, cores);
}
