/**
 * onnxruntime-node probe: which backends the installed binary supports and whether the
 * libraries its CUDA provider needs are really there. onnxruntime-node is loaded only here,
 * lazily, through an injectable loader, so the rest of the report works without it.
 * @internal
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseLdconfigCache } from '../parse/ldconfig';
import type { OnnxRuntimeInfo } from '../types';
import { markUnknown, tryList, tryRun, type ProbeContext } from './context';

/** Loads the onnxruntime-node module (or something shaped like it). */
export type OnnxRuntimeLoader = () => Promise<unknown>;

/** The default loader: a dynamic import, so nothing loads until a report asks for it. */
export const importOnnxRuntime: OnnxRuntimeLoader = () => import('onnxruntime-node');

/** Libraries the CUDA execution provider of onnxruntime-node 1.30 (CUDA 12, cuDNN 9) loads. @internal */
export const CUDA_PROVIDER_LIBRARIES = ['libonnxruntime_providers_shared.so', 'libonnxruntime_providers_cuda.so'] as const;
/** @internal */
export const CUDA_SYSTEM_LIBRARIES = ['libcudart.so.12', 'libcublas.so.12', 'libcublasLt.so.12', 'libcudnn.so.9'] as const;

interface OrtShape {
  listSupportedBackends?: () => unknown;
  env?: { versions?: Record<string, unknown> };
}

function ortShape(mod: unknown): OrtShape | null {
  if (typeof mod !== 'object' || mod === null) return null;
  const m = mod as OrtShape & { default?: OrtShape | null };
  if (typeof m.listSupportedBackends === 'function') return m;
  // A CommonJS module imported from ESM may only expose its exports on `default`.
  return typeof m.default === 'object' && m.default !== null ? m.default : m;
}

function backendList(value: unknown): { name: string; bundled: boolean }[] | null {
  if (!Array.isArray(value)) return null;
  const out: { name: string; bundled: boolean }[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { name, bundled } = item as { name?: unknown; bundled?: unknown };
    if (typeof name !== 'string') return null;
    out.push({ name, bundled: bundled === true });
  }
  return out;
}

/** Directory of the onnxruntime-node native binding for this platform, or `null`. */
export function defaultBindingDir(platform: string, arch: string): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve('onnxruntime-node');
    return join(dirname(dirname(entry)), 'bin', 'napi-v6', platform, arch);
  } catch {
    return null;
  }
}

/** @internal */
export interface OrtProbeOptions {
  load: OnnxRuntimeLoader;
  bindingDir: string | null;
  os: string;
  arch: string;
}

/** @internal */
export async function probeOnnxRuntime(ctx: ProbeContext, options: OrtProbeOptions): Promise<OnnxRuntimeInfo> {
  const info: OnnxRuntimeInfo = { version: null, backends: [], cudaLibrariesPresent: false, cudaLibraries: {} };
  let ort: OrtShape | null = null;
  try {
    ort = ortShape(await options.load());
  } catch (error) {
    markUnknown(ctx, 'onnxruntime', 'KOKORO_HARDWARE_ORT_UNAVAILABLE', `import('onnxruntime-node') failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; install onnxruntime-node to run models`);
  }
  if (ort) {
    const version = ort.env?.versions?.node;
    info.version = typeof version === 'string' ? version : null;
    let backends: { name: string; bundled: boolean }[] | null = null;
    try {
      backends = typeof ort.listSupportedBackends === 'function' ? backendList(ort.listSupportedBackends()) : null;
    } catch {
      backends = null;
    }
    if (backends) info.backends = backends;
    else markUnknown(ctx, 'onnxruntime.backends', 'KOKORO_HARDWARE_PARSE_FAILED', 'the loaded onnxruntime-node has no usable listSupportedBackends() (needs onnxruntime-node >= 1.21)');
  }
  if (options.os === 'linux' && options.arch === 'x64') await probeCudaLibraries(ctx, info, options.bindingDir);
  return info;
}

async function probeCudaLibraries(ctx: ProbeContext, info: OnnxRuntimeInfo, bindingDir: string | null): Promise<void> {
  const bindingFiles = bindingDir === null ? null : await tryList(ctx, bindingDir);
  for (const lib of CUDA_PROVIDER_LIBRARIES) {
    info.cudaLibraries[lib] = bindingFiles?.includes(lib) ? join(bindingDir!, lib) : null;
  }
  const ldText = await tryRun(ctx, 'ldconfig', ['-p']) ?? await tryRun(ctx, '/sbin/ldconfig', ['-p']);
  const cache = ldText === null ? new Map<string, string>() : parseLdconfigCache(ldText);
  if (ldText === null) markUnknown(ctx, 'onnxruntime.cudaLibraries', 'KOKORO_HARDWARE_SOURCE_UNAVAILABLE', '`ldconfig -p` failed; only LD_LIBRARY_PATH was searched for CUDA libraries');
  const searchDirs = (ctx.env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean);
  const dirListings = await Promise.all(searchDirs.map(async (dir) => ({ dir, files: (await tryList(ctx, dir)) ?? [] })));
  for (const lib of CUDA_SYSTEM_LIBRARIES) {
    const fromPath = dirListings.find((d) => d.files.includes(lib));
    info.cudaLibraries[lib] = fromPath ? join(fromPath.dir, lib) : (cache.get(lib) ?? null);
  }
  info.cudaLibrariesPresent = Object.values(info.cudaLibraries).every((p) => p !== null);
}
