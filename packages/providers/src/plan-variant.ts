/**
 * Which model variant (fp32 / fp16 / int8 / q4) to prefer for the chosen provider and ISA.
 * @packageDocumentation
 */
import type { HardwareReport } from '@kokoro-ts/hardware';
import type { ModelVariant, ProviderName } from './names';

/** @internal */
export function decideVariant(report: HardwareReport, first: ProviderName, configured: 'auto' | ModelVariant): { variant: ModelVariant; lines: string[] } {
  const f = report.cpu.features;
  const x86 = report.arch === 'x64' || report.arch === 'ia32';
  const int8Isa = x86 ? (['avx512_vnni', 'avx_vnni', 'amx_int8'] as const).filter((k) => f[k] === true) : (['dotprod', 'i8mm'] as const).filter((k) => f[k] === true);
  const int8Caution = x86
    ? `int8 is not preferred: a dynamically quantized Kokoro ran about 10x slower than fp32 on a 16-core x86 host (onnxruntime 1.30)${int8Isa.length > 0 ? `, even though this CPU has ${int8Isa.join(', ')}` : ''}; measure before switching.`
    : `int8 may be faster here (${int8Isa.length > 0 ? `this CPU has ${int8Isa.join(' and ')}; ` : ''}reports from Apple Silicon say so), but it was 10x slower on x86: measure with the bench, then set KOKORO_MODEL_VARIANT=int8.`;

  if (configured !== 'auto') {
    const lines = [`model variant: ${configured}, as configured.`];
    if (configured === 'int8' && x86) lines.push(`model variant: caution: ${int8Caution}`);
    if (configured === 'fp16' && first === 'cpu') lines.push('model variant: caution: the CPU provider lacks fp16 kernels for most of this graph and inserts casts; fp32 is usually faster on CPU.');
    return { variant: configured, lines };
  }
  if (first === 'cuda' || first === 'tensorrt') {
    const cc = report.gpus.find((g) => g.vendor === 'nvidia')?.computeCapability ?? null;
    const major = cc === null ? null : Number(cc.split('.')[0]);
    if (major !== null && major >= 7) return { variant: 'fp16', lines: [`model variant: fp16: compute capability ${cc} has tensor cores, and fp16 halves weight memory and bandwidth.`] };
    return { variant: 'fp32', lines: [`model variant: fp32: ${cc === null ? 'compute capability unknown' : `compute capability ${cc} has no tensor cores`}, so fp16 brings no speed-up.`] };
  }
  if (first !== 'cpu') return { variant: 'fp32', lines: [`model variant: fp32: the measured baseline for ${first}; fp16 only pays off where the provider has native fp16 kernels for the whole graph.`] };
  return { variant: 'fp32', lines: [`model variant: fp32 on the CPU provider; ${int8Caution}`] };
}
