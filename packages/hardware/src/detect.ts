/**
 * `detectHardware`: runs the probes for this platform with injected (or real) I/O, assembles
 * one report and caches it.
 * @packageDocumentation
 */
import { performance } from 'node:perf_hooks';
import { effectiveCores } from './effective-cores';
import { createCommandRunner, listDirectory, nodeOsInfo, readTextFile, type CommandRunner, type DirectoryLister, type FileReader, type NodeOsInfo } from './io';
import { markUnknown, type ProbeContext } from './probe/context';
import { probeDarwin } from './probe/darwin';
import { probeDrmGpus } from './probe/drm';
import { probeCgroups, probeLinuxCpu, probeLinuxMemory } from './probe/linux';
import { probeNvidia } from './probe/nvidia';
import { defaultBindingDir, importOnnxRuntime, probeOnnxRuntime, type OnnxRuntimeLoader } from './probe/onnxruntime';
import { probeWindows } from './probe/windows';
import type { ContainerLimits, HardwareOs, HardwareReport } from './types';

/** Options for {@link detectHardware}. Every I/O function defaults to the real machine. */
export interface DetectHardwareOptions {
  /** Skip the cache and probe again. Default `false`. */
  fresh?: boolean;
  /** Runs commands (`lscpu`, `sysctl`, `nvidia-smi`, `ldconfig`, ...). Default: `execFile` with a 3 s timeout. */
  runner?: CommandRunner;
  /** Reads text files (`/proc/cpuinfo`, cgroup files, ...). Default: `fs.promises.readFile`. */
  readFile?: FileReader;
  /** Lists directories (`/proc/driver/nvidia/gpus`, the ORT binding directory). Default: `fs.promises.readdir`. */
  listDir?: DirectoryLister;
  /** Platform to probe as (`process.platform` values). Default `process.platform`. */
  platform?: string;
  /** CPU architecture (`process.arch` values). Default `process.arch`. */
  arch?: string;
  /** Environment (only `LD_LIBRARY_PATH` is read). Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** What Node's `os` module reports. Default: the real `os` values. */
  nodeOs?: NodeOsInfo;
  /**
   * Loads onnxruntime-node for the backend list; `false` skips that probe. Default: a dynamic
   * `import('onnxruntime-node')`, made only when a report is requested.
   */
  loadOnnxRuntime?: OnnxRuntimeLoader | false;
  /** Directory of the onnxruntime-node native binding (where CUDA provider libraries would sit). Default: resolved from the installed package. */
  onnxruntimeBindingDir?: string | null;
}

function normaliseOs(platform: string): HardwareOs {
  return platform === 'linux' || platform === 'darwin' || platform === 'win32' ? platform : 'other';
}

function usesRealMachine(options: DetectHardwareOptions): boolean {
  return options.runner === undefined && options.readFile === undefined && options.listDir === undefined && options.platform === undefined &&
    options.arch === undefined && options.env === undefined && options.nodeOs === undefined && options.loadOnnxRuntime === undefined &&
    options.onnxruntimeBindingDir === undefined;
}

let cachedReport: Promise<HardwareReport> | undefined;

/**
 * Describes this machine: OS, CPU (vendor, model, cores, core types, ISA features), memory,
 * container limits, effective cores, Apple Silicon details, GPUs, and what onnxruntime-node can
 * run. Never throws or rejects: anything it cannot determine is `null` and listed in `unknown`
 * with a reason.
 *
 * Reports built from the real machine (no I/O option given) are cached for the process;
 * pass `{ fresh: true }` to probe again. Reports built from injected I/O are never cached.
 */
export function detectHardware(options: DetectHardwareOptions = {}): Promise<HardwareReport> {
  if (!usesRealMachine(options)) return buildReport(options);
  if (options.fresh === true || cachedReport === undefined) cachedReport = buildReport(options);
  return cachedReport;
}

/** Forgets the cached report so the next {@link detectHardware} call probes again. */
export function clearHardwareCache(): void {
  cachedReport = undefined;
}

async function buildReport(options: DetectHardwareOptions): Promise<HardwareReport> {
  const started = performance.now();
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const os = normaliseOs(platform);
  const ctx: ProbeContext = {
    run: options.runner ?? createCommandRunner(),
    readFile: options.readFile ?? readTextFile,
    listDir: options.listDir ?? listDirectory,
    // Read once here, at the edge; probes only see this copy.
    env: options.env ?? process.env,
    nodeOs: options.nodeOs ?? nodeOsInfo(),
    unknown: [],
  };
  const ortPromise = options.loadOnnxRuntime === false
    ? Promise.resolve(null)
    : probeOnnxRuntime(ctx, {
        load: options.loadOnnxRuntime ?? importOnnxRuntime,
        bindingDir: options.onnxruntimeBindingDir === undefined ? defaultBindingDir(platform, arch) : options.onnxruntimeBindingDir,
        os,
        arch,
      });

  const report = await platformFacts(ctx, os, arch);
  const ort = await ortPromise;
  if (ort === null) markUnknown(ctx, 'onnxruntime', 'KOKORO_HARDWARE_ORT_UNAVAILABLE', 'the onnxruntime probe was switched off (loadOnnxRuntime: false)');
  return {
    os,
    arch,
    cpu: report.cpu,
    memory: report.memory,
    container: report.container,
    effectiveCores: effectiveCores(report.cpu.logicalCores, report.container, ctx.nodeOs.availableParallelism),
    ...(report.apple ? { apple: report.apple } : {}),
    gpus: report.gpus,
    onnxruntime: ort ?? { version: null, backends: [], cudaLibrariesPresent: false, cudaLibraries: {} },
    unknown: ctx.unknown,
    probeMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

type PlatformFacts = Pick<HardwareReport, 'cpu' | 'memory' | 'container' | 'apple' | 'gpus'>;

async function platformFacts(ctx: ProbeContext, os: HardwareOs, arch: string): Promise<PlatformFacts> {
  const noContainer: ContainerLimits = { cgroupVersion: null };
  try {
    if (os === 'linux') {
      const [cpu, memory, container, nvidia] = await Promise.all([probeLinuxCpu(ctx, arch), probeLinuxMemory(ctx), probeCgroups(ctx), probeNvidia(ctx, 'linux')]);
      return { cpu, memory, container, gpus: [...nvidia, ...(await probeDrmGpus(ctx, nvidia))] };
    }
    if (os === 'darwin') {
      const facts = await probeDarwin(ctx, arch);
      return { ...facts, container: noContainer };
    }
    if (os === 'win32') {
      const [facts, nvidia] = await Promise.all([probeWindows(ctx), probeNvidia(ctx, 'win32')]);
      // nvidia-smi knows compute capability and real memory; prefer its entries over WMI's for NVIDIA cards.
      const gpus = nvidia.length > 0 ? [...nvidia, ...facts.gpus.filter((g) => g.vendor !== 'nvidia')] : facts.gpus;
      return { cpu: facts.cpu, memory: facts.memory, gpus, container: noContainer };
    }
  } catch (error) {
    // Probes are written not to throw; this guards the promise that detectHardware never rejects.
    markUnknown(ctx, 'cpu', 'KOKORO_HARDWARE_PARSE_FAILED', `probe failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (os === 'other') markUnknown(ctx, 'os', 'KOKORO_HARDWARE_NOT_EXPOSED', 'no probes for this platform; values come from Node os');
  return {
    cpu: { vendor: null, model: ctx.nodeOs.cpuModel, physicalCores: null, logicalCores: ctx.nodeOs.cpuCount, performanceCores: null, efficiencyCores: null, features: {} },
    memory: { totalBytes: ctx.nodeOs.totalMemoryBytes, availableBytes: ctx.nodeOs.freeMemoryBytes },
    container: noContainer,
    gpus: [],
  };
}
