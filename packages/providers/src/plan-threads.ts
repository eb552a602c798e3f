/**
 * Thread and pool sizing. Figures from Kokoro-82M on onnxruntime-node 1.30 (MODEL.md): one
 * session does not scale across many cores; on a 16-core host, 1x16 threads gave 5.0x real
 * time, 2x8 8.1x, 4x4 10.9x, 8x2 12.1x, 16x1 11.4x. Latency wants threads; throughput wants
 * sessions of about two threads.
 * @packageDocumentation
 */
import type { HardwareReport } from '@kokoro-ts/hardware';
import type { ProviderConfig } from './config';
import type { ModelVariant } from './names';
import type { PoolLayout } from './plan-types';

/** Approximate weight bytes per variant (published ONNX export sizes; q4 keeps the vocoder in fp32). */
export const MODEL_WEIGHT_BYTES: Record<ModelVariant, number> = { fp32: 326e6, fp16: 163e6, int8: 92e6, q4: 305e6 };
/** Working memory assumed per session on top of its weights (estimate, not measured on real weights). */
export const SESSION_WORKING_BYTES = 512 * 1024 ** 2;
/** Share of available memory the pool may plan to use. */
export const MEMORY_HEADROOM = 0.8;

/** Threads per pool session: two, the best layout measured on a 16-core host (8 x 2). */
export const POOL_THREADS_PER_SESSION = 2;

/** @internal */
export interface ThreadDecision {
  latencyThreads: number;
  cpuPool: PoolLayout;
  lines: string[];
}

function gib(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** Latency threads and the CPU pool layout for this machine. @internal */
export function decideThreads(report: HardwareReport, config: ProviderConfig, variant: ModelVariant): ThreadDecision {
  const lines: string[] = [];
  const effective = report.effectiveCores;
  const physical = report.cpu.physicalCores;
  const perf = report.cpu.performanceCores;
  const hybrid = perf !== null && (report.cpu.efficiencyCores ?? 0) > 0;
  const { cpuQuotaCores, cpusetCores } = report.container;
  const logical = report.cpu.logicalCores;
  const limits = [
    cpuQuotaCores !== undefined && cpuQuotaCores < logical ? `CPU quota ${cpuQuotaCores} cores` : null,
    cpusetCores !== undefined && cpusetCores < logical ? `cpuset of ${cpusetCores} CPUs` : null,
  ].filter((l): l is string => l !== null);
  const why = limits.length > 0 ? ` (container limit: ${limits.join(', ')})` : '';

  let latencyThreads: number;
  if (config.intraOpThreads !== undefined) {
    latencyThreads = config.intraOpThreads;
    lines.push(`threads: ${latencyThreads} intra-op threads, as configured${latencyThreads > effective ? `; note this is more than the ${effective} effective cores, so threads will compete` : ''}.`);
  } else if (hybrid && perf <= effective) {
    latencyThreads = perf;
    lines.push(`threads: ${latencyThreads} intra-op threads = the performance cores; the ${report.cpu.efficiencyCores} efficiency cores are left out because an operator's threads wait for the slowest one.`);
  } else if (physical !== null && physical < effective) {
    latencyThreads = physical;
    lines.push(`threads: ${latencyThreads} intra-op threads = physical cores (of ${effective} effective logical cores); SMT siblings share the vector units these kernels saturate.`);
  } else {
    latencyThreads = effective;
    lines.push(`threads: ${latencyThreads} intra-op threads = effective cores${why}.`);
  }

  const budget = Math.max(1, Math.min(effective, physical ?? effective));
  const threadsPerSession = Math.min(POOL_THREADS_PER_SESSION, budget);
  let sessions = Math.max(1, Math.floor(budget / threadsPerSession));
  const poolLine = [`pool: ${budget} cores for throughput -> ${sessions} session(s) x ${threadsPerSession} thread(s) (on a 16-core host 8x2 gave 12.1x real time vs 5.0x for 1x16)`];

  const perSession = config.pool?.sessionMemoryBytes ?? MODEL_WEIGHT_BYTES[variant] + SESSION_WORKING_BYTES;
  const available = report.memory.availableBytes ?? report.memory.totalBytes;
  const limit = report.container.memoryLimitBytes;
  const usableRaw = available === null ? limit ?? null : Math.min(available, limit ?? Infinity);
  if (usableRaw === null) {
    poolLine.push('memory is unknown, so the session count is not memory-capped');
  } else {
    const usable = usableRaw * MEMORY_HEADROOM;
    const byMemory = Math.max(1, Math.floor(usable / perSession));
    if (byMemory < sessions) {
      sessions = byMemory;
      poolLine.push(`capped to ${sessions} by memory: ${Math.round(MEMORY_HEADROOM * 100)}% of ${gib(usableRaw)} ${limit !== undefined && limit <= (available ?? Infinity) ? 'container limit' : 'available'} / ~${gib(perSession)} per ${variant} session`);
    }
  }
  const max = config.pool?.maxSessions;
  if (max !== undefined && max < sessions) {
    sessions = max;
    poolLine.push(`capped to ${max} by pool.maxSessions`);
  }
  const adaptive = sessions > 1;
  lines.push(`${poolLine.join('; ')}.`);
  lines.push(adaptive
    ? `pool: adaptive: run 1 session x ${latencyThreads} threads while requests arrive one at a time, and ${sessions} x ${threadsPerSession} under concurrent load.`
    : 'pool: one session; no adaptation needed.');
  return { latencyThreads, cpuPool: { sessions, threadsPerSession, adaptive }, lines };
}
