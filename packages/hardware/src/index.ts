/**
 * `@kokoro-ts/hardware`: what machine is this? CPU, ISA features, cores, memory, container
 * limits, Apple Silicon, GPUs and the backends of the installed onnxruntime-node, each probe a
 * pure parser over injectable I/O, never throwing.
 * @packageDocumentation
 */
export { detectHardware, clearHardwareCache } from './detect';
export type { DetectHardwareOptions } from './detect';
export { effectiveCores } from './effective-cores';
export { formatHardwareReport } from './format';
export { UNKNOWN_REASON_CODES } from './errors';
export type { UnknownReasonCode } from './errors';
export { createCommandRunner, readTextFile, listDirectory, nodeOsInfo, DEFAULT_COMMAND_TIMEOUT_MS } from './io';
export type { CommandRunner, FileReader, DirectoryLister, NodeOsInfo, RunResult } from './io';
export { importOnnxRuntime } from './probe/onnxruntime';
export type { OnnxRuntimeLoader } from './probe/onnxruntime';
export { parseProcCpuinfo, parseLscpu, parseCpuList, physicalCoresFromCpuinfo, physicalCoresFromLscpu } from './parse/linux-cpu';
export type { ParsedCpuinfo, CpuinfoProcessor } from './parse/linux-cpu';
export { parseProcSelfCgroup, parseCpuMax, parseCfsQuota, parseMemoryLimit } from './parse/cgroup';
export type { CgroupMembership } from './parse/cgroup';
export { parseMeminfo } from './parse/meminfo';
export { parseSysctl, parseAppleChip, parseVmStat, parseSystemProfilerDisplays } from './parse/darwin';
export type { DarwinDisplayAdapter } from './parse/darwin';
export { parseNvidiaSmiCsv, parseNvidiaProcInformation, parseNvidiaProcVersion, NVIDIA_SMI_FIELDS } from './parse/nvidia';
export type { NvidiaSmiGpu } from './parse/nvidia';
export { parseWindowsPowerShell, parseWmicList, windowsFactsFromWmic, WINDOWS_POWERSHELL_SCRIPT } from './parse/windows';
export type { WindowsFacts } from './parse/windows';
export { parseLdconfigCache } from './parse/ldconfig';
export { parsePciDisplayDevice, PCI_GPU_VENDORS } from './parse/pci';
export { featuresFromLinuxFlags, featuresFromSysctl } from './parse/features';
export type {
  HardwareReport, HardwareOs, CpuInfo, CpuFeatureName, MemoryInfo, ContainerLimits, AppleSiliconInfo, GpuInfo, OnnxRuntimeInfo, UnknownField,
} from './types';
