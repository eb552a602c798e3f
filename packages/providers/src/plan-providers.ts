/**
 * Which execution providers this machine can run, in which order, and why.
 * @packageDocumentation
 */
import type { HardwareReport } from '@kokoro-ts/hardware';
import type { ProviderName } from './names';
import type { SkippedProvider } from './plan-types';

/**
 * Backends of the published onnxruntime-node binaries per platform (its README), used only when
 * the report could not list the installed binary's backends.
 */
export const PUBLISHED_BACKENDS: Record<string, ProviderName[]> = {
  'linux-x64': ['cpu', 'webgpu', 'cuda', 'tensorrt'],
  'linux-arm64': ['cpu'],
  'darwin-x64': ['cpu', 'webgpu', 'coreml'],
  'darwin-arm64': ['cpu', 'webgpu', 'coreml'],
  'win32-x64': ['cpu', 'webgpu', 'dml'],
  'win32-arm64': ['cpu', 'webgpu', 'dml'],
};

/** @internal */
export interface Availability {
  ok: boolean;
  reason: string;
}

function backendNames(report: HardwareReport): { names: string[]; assumed: boolean } {
  if (report.onnxruntime.backends.length > 0) return { names: report.onnxruntime.backends.map((b) => b.name), assumed: false };
  return { names: PUBLISHED_BACKENDS[`${report.os}-${report.arch}`] ?? ['cpu'], assumed: true };
}

function describeGpu(report: HardwareReport, vendor?: string): string | null {
  const gpu = report.gpus.find((g) => vendor === undefined || g.vendor === vendor);
  return gpu ? gpu.name : null;
}

/** Can this machine run `name`? With the reason either way. @internal */
export function availability(report: HardwareReport, name: ProviderName, requested: boolean): Availability {
  const { names, assumed } = backendNames(report);
  const source = assumed ? 'the published onnxruntime-node build for this platform (installed backends unknown)' : `the installed onnxruntime-node ${report.onnxruntime.version ?? ''}`.trimEnd();
  if (name === 'cpu') return { ok: true, reason: 'always available; the dependable fallback' };
  if (!names.includes(name)) return { ok: false, reason: `${source} has no ${name} backend (it has: ${names.join(', ')})` };
  switch (name) {
    case 'coreml':
      if (report.os !== 'darwin') return { ok: false, reason: 'CoreML exists only on macOS' };
      return { ok: true, reason: report.apple ? `Apple ${report.apple.family}${report.apple.tier === 'base' ? '' : ` ${report.apple.tier}`} with a ${report.apple.neuralEngineCores}-core Neural Engine and ${report.apple.gpuCores ?? 'unknown'} GPU cores` : 'macOS CoreML (no Apple Silicon detected: CPU/GPU only)' };
    case 'cuda':
    case 'tensorrt': {
      const gpu = describeGpu(report, 'nvidia');
      if (gpu === null) return { ok: false, reason: 'no NVIDIA GPU detected (nvidia-smi and /proc/driver/nvidia found none)' };
      if (!report.onnxruntime.cudaLibrariesPresent) {
        const missing = Object.entries(report.onnxruntime.cudaLibraries).filter(([, p]) => p === null).map(([lib]) => lib);
        return { ok: false, reason: `${gpu} found, but CUDA libraries are missing (${missing.length > 0 ? missing.join(', ') : 'not checked on this platform'}); install CUDA 12 + cuDNN 9 and run ONNXRUNTIME_NODE_INSTALL=cuda12 pnpm rebuild onnxruntime-node` };
      }
      return { ok: true, reason: `${gpu} with the CUDA provider libraries present${name === 'tensorrt' ? ' (TensorRT libraries themselves are not checked)' : ''}` };
    }
    case 'dml': {
      const gpu = describeGpu(report);
      if (report.os !== 'win32') return { ok: false, reason: 'DirectML exists only on Windows' };
      return gpu === null ? { ok: false, reason: 'no GPU adapter reported by WMI' } : { ok: true, reason: `DirectX 12 adapter ${gpu}` };
    }
    case 'webgpu': {
      const gpu = describeGpu(report);
      if (gpu !== null) return { ok: true, reason: `${gpu} through WebGPU (Dawn on ${report.os === 'win32' ? 'D3D12' : report.os === 'darwin' ? 'Metal' : 'Vulkan'})` };
      return requested ? { ok: true, reason: 'requested, but no GPU was detected: session creation will likely fail and fall back to cpu' } : { ok: false, reason: 'no GPU detected' };
    }
    default:
      return { ok: false, reason: 'unknown provider' };
  }
}

/** The automatic candidate order for this platform (before availability checks). @internal */
export function automaticCandidates(report: HardwareReport): ProviderName[] {
  if (report.os === 'darwin') return ['coreml'];
  if (report.os === 'win32') return ['dml'];
  if (report.os === 'linux') return ['cuda', 'webgpu'];
  return [];
}

/** Why a provider sits where it does in an automatic plan. @internal */
export function automaticReason(name: ProviderName): string {
  switch (name) {
    case 'coreml': return 'CoreML uses the Neural Engine and GPU on Apple Silicon';
    case 'cuda': return 'CUDA runs the whole graph on the NVIDIA GPU';
    case 'dml': return 'DirectML runs the graph on the GPU through DirectX 12';
    case 'webgpu': return 'WebGPU beat 16 CPU threads from 30 tokens up on an H100 host (340 vs 430 ms; 4448 vs 5956 ms at 500 tokens) though slower at 10 tokens (183 vs 168 ms), with many nodes left on the CPU';
    default: return '';
  }
}

/** The ordered providers (without cpu) and the skipped ones. @internal */
export function orderProviders(report: HardwareReport, requested: ProviderName[] | 'auto'): { order: { name: ProviderName; reason: string }[]; skipped: SkippedProvider[] } {
  const order: { name: ProviderName; reason: string }[] = [];
  const skipped: SkippedProvider[] = [];
  const candidates = requested === 'auto' ? automaticCandidates(report) : requested.filter((p) => p !== 'cpu');
  for (const name of candidates) {
    if (order.some((o) => o.name === name)) continue;
    const a = availability(report, name, requested !== 'auto');
    if (!a.ok) {
      skipped.push({ name, reason: a.reason });
      continue;
    }
    order.push({ name, reason: requested === 'auto' ? `${automaticReason(name)}: ${a.reason}` : `requested: ${a.reason}` });
  }
  return { order, skipped };
}
