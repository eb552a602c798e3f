/**
 * The shape of a hardware report: plain data (structured-cloneable, JSON-friendly), with
 * `null` wherever a value could not be determined and an entry in `unknown` saying why.
 * @packageDocumentation
 */
import type { UnknownReasonCode } from './errors';

/** Operating systems the probes know. Anything else is reported as `'other'`. */
export type HardwareOs = 'linux' | 'darwin' | 'win32' | 'other';

/** Why a field is `null` (or a guess). */
export interface UnknownField {
  /** Dotted path of the field in the report, e.g. `cpu.physicalCores`. */
  field: string;
  /** Stable reason code from {@link UnknownReasonCode}. */
  code: UnknownReasonCode;
  /** Human-readable reason: which source was tried and what it answered. */
  reason: string;
}


/** ISA features that ONNX Runtime's CPU kernels dispatch on. Missing keys mean "not reported". */
export type CpuFeatureName =
  | 'sse4_1' | 'sse4_2' | 'avx' | 'avx2' | 'fma' | 'f16c' | 'avx512f' | 'avx512bw' | 'avx512vl'
  | 'avx512_vnni' | 'avx512_bf16' | 'avx_vnni' | 'amx_tile' | 'amx_int8' | 'amx_bf16'
  | 'neon' | 'fp16' | 'dotprod' | 'i8mm' | 'bf16' | 'sve' | 'sve2' | 'sme';

/** CPU identity, topology and ISA. */
export interface CpuInfo {
  /** `'intel' | 'amd' | 'apple' | 'arm' | ...` lower-case vendor, or `null`. */
  vendor: string | null;
  /** Marketing model string, e.g. `AMD EPYC 7763 64-Core Processor`, `Apple M2 Pro`. */
  model: string | null;
  /** Physical cores (one per core id per package). */
  physicalCores: number | null;
  /** Logical processors (hardware threads) online. */
  logicalCores: number;
  /** Performance cores (physical) on hybrid CPUs; equals `physicalCores` on uniform CPUs. */
  performanceCores: number | null;
  /** Efficiency cores (physical) on hybrid CPUs; 0 on uniform CPUs. */
  efficiencyCores: number | null;
  /** ISA features: `true` present, `false` known absent. A feature the source does not list is `false`. */
  features: Partial<Record<CpuFeatureName, boolean>>;
}

/** System memory in bytes. */
export interface MemoryInfo {
  /** Physical memory (or the OS-visible total), or `null`. */
  totalBytes: number | null;
  /** Memory the kernel says can be allocated without swapping (`MemAvailable` on Linux). */
  availableBytes: number | null;
}

/** Limits imposed by a container (Linux cgroups v1 or v2). Absent keys mean "no limit". */
export interface ContainerLimits {
  /** `'v1' | 'v2'` when a cgroup hierarchy was read, otherwise `null`. */
  cgroupVersion: 'v1' | 'v2' | null;
  /** CPU bandwidth quota in cores (quota / period), e.g. `1.5`. */
  cpuQuotaCores?: number;
  /** Number of CPUs in the cgroup's effective cpuset (present whenever the cpuset file is readable). */
  cpusetCores?: number;
  /** Memory limit in bytes. */
  memoryLimitBytes?: number;
}

/** Apple Silicon specifics (from sysctl and system_profiler). */
export interface AppleSiliconInfo {
  /** `'M1' | 'M2' | 'M3' | 'M4' | ...` */
  family: string;
  /** `'base' | 'Pro' | 'Max' | 'Ultra'` */
  tier: 'base' | 'Pro' | 'Max' | 'Ultra';
  /** GPU cores from system_profiler, or `null`. */
  gpuCores: number | null;
  /** Neural Engine present (every M-series chip has one; inferred from the family). */
  neuralEngine: boolean;
  /** Neural Engine cores: 16, or 32 on Ultra (two dies). */
  neuralEngineCores: number;
  /** Metal support string from system_profiler (e.g. `metal3`), or `null`. */
  metal: string | null;
}

/** One GPU. */
export interface GpuInfo {
  /** Who made it (from the name or the driver's vendor string). */
  vendor: 'nvidia' | 'amd' | 'intel' | 'apple' | 'microsoft' | 'other';
  /** Product name as the source prints it. */
  name: string;
  /** Dedicated memory in bytes, or `null` (unified-memory GPUs report `null`). */
  memoryBytes: number | null;
  /** Driver version, or `null`. */
  driverVersion: string | null;
  /** CUDA compute capability `'8.9'` (NVIDIA only), or `null`. */
  computeCapability: string | null;
  /** Where the entry came from: `nvidia-smi`, `/proc/driver/nvidia`, `system_profiler`, `wmi`. */
  source: string;
}

/** What the installed onnxruntime-node can do. */
export interface OnnxRuntimeInfo {
  /** onnxruntime-node version, or `null` when not loadable. */
  version: string | null;
  /** Backends the binary reports (`listSupportedBackends()`); `bundled: false` needs extra libraries. */
  backends: { name: string; bundled: boolean }[];
  /** CUDA provider library next to the binding AND the CUDA runtime/cuBLAS/cuDNN in the loader path. */
  cudaLibrariesPresent: boolean;
  /** Which CUDA libraries were found (path) or not (`null`); empty off Linux. */
  cudaLibraries: Record<string, string | null>;
}

/** Everything {@link detectHardware} found. */
export interface HardwareReport {
  /** Operating system family. */
  os: HardwareOs;
  /** Node's `process.arch` (`x64`, `arm64`, ...). */
  arch: string;
  /** CPU identity, topology and ISA. */
  cpu: CpuInfo;
  /** System memory. */
  memory: MemoryInfo;
  /** cgroup limits (Linux); `{ cgroupVersion: null }` elsewhere. */
  container: ContainerLimits;
  /**
   * Cores this process can really use: logical cores, lowered by cgroup CPU quota (rounded down,
   * at least 1), cpuset and CPU affinity. Size thread pools from this, not `logicalCores`.
   */
  effectiveCores: number;
  /** Present on Apple Silicon Macs. */
  apple?: AppleSiliconInfo;
  /** GPUs found (NVIDIA on Linux; every adapter on macOS and Windows). */
  gpus: GpuInfo[];
  /** What the installed onnxruntime-node supports. */
  onnxruntime: OnnxRuntimeInfo;
  /** Every field that is `null`, a guess, or could not be probed, with the reason. */
  unknown: UnknownField[];
  /** Milliseconds the probes took (0 when served from the cache). */
  probeMs: number;
}
