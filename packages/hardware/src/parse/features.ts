/**
 * ISA feature names as the kernels report them, mapped to the names the report uses. Only
 * the features ONNX Runtime's CPU kernels dispatch on are kept.
 * @packageDocumentation
 */
import type { CpuFeatureName } from '../types';

/** `/proc/cpuinfo` `flags` (x86) to report names. @internal */
const X86_FLAGS: Record<string, CpuFeatureName> = {
  sse4_1: 'sse4_1', sse4_2: 'sse4_2', avx: 'avx', avx2: 'avx2', fma: 'fma', f16c: 'f16c',
  avx512f: 'avx512f', avx512bw: 'avx512bw', avx512vl: 'avx512vl', avx512_vnni: 'avx512_vnni',
  avx512_bf16: 'avx512_bf16', avx_vnni: 'avx_vnni', amx_tile: 'amx_tile', amx_int8: 'amx_int8', amx_bf16: 'amx_bf16',
};

/** `/proc/cpuinfo` `Features` (arm64 hwcaps) to report names. @internal */
const ARM_HWCAPS: Record<string, CpuFeatureName> = {
  asimd: 'neon', asimdhp: 'fp16', asimddp: 'dotprod', i8mm: 'i8mm', bf16: 'bf16', sve: 'sve', sve2: 'sve2', sme: 'sme',
};

/** macOS `sysctl` `hw.optional.*` keys to report names (arm64 and x86 Macs). @internal */
const DARWIN_KEYS: Record<string, CpuFeatureName> = {
  'hw.optional.neon': 'neon', 'hw.optional.AdvSIMD': 'neon', 'hw.optional.arm.FEAT_FP16': 'fp16',
  'hw.optional.neon_fp16': 'fp16', 'hw.optional.arm.FEAT_DotProd': 'dotprod', 'hw.optional.arm.FEAT_I8MM': 'i8mm',
  'hw.optional.arm.FEAT_BF16': 'bf16', 'hw.optional.arm.FEAT_SME': 'sme',
  'hw.optional.sse4_1': 'sse4_1', 'hw.optional.sse4_2': 'sse4_2', 'hw.optional.avx1_0': 'avx', 'hw.optional.avx2_0': 'avx2',
  'hw.optional.fma': 'fma', 'hw.optional.avx512f': 'avx512f', 'hw.optional.avx512bw': 'avx512bw',
  'hw.optional.avx512vl': 'avx512vl', 'hw.optional.avx512vnni': 'avx512_vnni',
};

/** Which report features belong to an architecture (absent ones are reported `false`). @internal */
const ARCH_FEATURES: Record<'x86' | 'arm', CpuFeatureName[]> = {
  x86: Object.values(X86_FLAGS),
  arm: ['neon', 'fp16', 'dotprod', 'i8mm', 'bf16', 'sve', 'sve2', 'sme'],
};

function featureSet(family: 'x86' | 'arm', present: Set<CpuFeatureName>): Partial<Record<CpuFeatureName, boolean>> {
  const out: Partial<Record<CpuFeatureName, boolean>> = {};
  for (const name of ARCH_FEATURES[family]) out[name] = present.has(name);
  return out;
}

/** Features from a Linux flag/hwcap list (`flags` or `Features` line, space separated). */
export function featuresFromLinuxFlags(flags: readonly string[], family: 'x86' | 'arm'): Partial<Record<CpuFeatureName, boolean>> {
  const table = family === 'x86' ? X86_FLAGS : ARM_HWCAPS;
  const present = new Set<CpuFeatureName>();
  for (const flag of flags) {
    const name = table[flag];
    if (name !== undefined) present.add(name);
  }
  return featureSet(family, present);
}

/** Features from macOS `sysctl` values (`1` = present). */
export function featuresFromSysctl(values: ReadonlyMap<string, string>, family: 'x86' | 'arm'): Partial<Record<CpuFeatureName, boolean>> {
  const present = new Set<CpuFeatureName>();
  for (const [key, name] of Object.entries(DARWIN_KEYS)) if (values.get(key) === '1') present.add(name);
  return featureSet(family, present);
}

/** `x86` or `arm` family for a Node `process.arch`, or `null` for others. */
export function isaFamily(arch: string): 'x86' | 'arm' | null {
  if (arch === 'x64' || arch === 'ia32') return 'x86';
  if (arch === 'arm64' || arch === 'arm') return 'arm';
  return null;
}
