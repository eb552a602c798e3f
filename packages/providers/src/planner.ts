/**
 * `planProviders`: from a hardware report and a config to ordered providers with ready
 * session options, thread and pool layouts, a model variant, and one explanation line per
 * decision.
 * @packageDocumentation
 */
import type { HardwareReport } from '@kokoro-ts/hardware';
import type { InferenceSession } from 'onnxruntime-common';
import { type CommonSessionConfig } from './builders/common';
import { coremlAppliedByNodeBinding, coremlSessionOptions } from './builders/coreml';
import { cpuSessionOptions } from './builders/cpu';
import { cudaSessionOptions, dmlSessionOptions, tensorrtSessionOptions } from './builders/gpu';
import { webgpuSessionOptions } from './builders/webgpu';
import { commonFromConfig, validateProviderConfig, type ProviderConfig } from './config';
import { InvalidOptionError, isProvidersError } from './errors';
import type { ProviderName } from './names';
import { orderProviders } from './plan-providers';
import { decideThreads } from './plan-threads';
import type { PlannedProvider, PoolLayout, ProviderPlan } from './plan-types';
import { decideVariant } from './plan-variant';

/** Default token count from which CoreML's long-input options apply (a starting point, not a measurement). */
export const DEFAULT_COREML_LONG_INPUT_TOKENS = 100;

function providerOptions(name: ProviderName, common: CommonSessionConfig, config: ProviderConfig): InferenceSession.SessionOptions {
  switch (name) {
    case 'cpu': return cpuSessionOptions(config.optimizedModelFilePath === undefined ? common : { ...common, optimizedModelFilePath: config.optimizedModelFilePath });
    case 'coreml': {
      const { computeUnits, longInputTokens: _ignored, ...rest } = config.coreml ?? {};
      return coremlSessionOptions({ ...common, ...rest, computeUnits: computeUnits === undefined || computeUnits === 'auto' ? 'ALL' : computeUnits });
    }
    case 'cuda': {
      const mb = config.memoryArenaSizeMb;
      const limit = mb !== undefined && mb > 0 && config.cuda?.gpuMemLimitBytes === undefined ? { gpuMemLimitBytes: mb * 1024 * 1024 } : {};
      return cudaSessionOptions({ ...common, ...config.cuda, ...limit });
    }
    case 'tensorrt': return tensorrtSessionOptions({ ...common, ...config.tensorrt });
    case 'dml': return dmlSessionOptions({ ...common, ...config.dml });
    case 'webgpu': return webgpuSessionOptions({ ...common, ...config.webgpu });
  }
}

/**
 * Plans execution providers for a machine. Validates `config` first (throws
 * `KOKORO_PROVIDERS_INVALID_OPTION` naming the field and allowed values); otherwise pure:
 * the same report and config always give the same plan.
 */
export function planProviders(report: HardwareReport, config: ProviderConfig = {}): ProviderPlan {
  const { providers: requested, variant: configuredVariant } = validateProviderConfig(config);
  // Validate every configured section now, not only the ones this machine ends up planning.
  for (const name of ['coreml', 'cuda', 'tensorrt', 'dml', 'webgpu'] as const) {
    if (config[name] === undefined) continue;
    try {
      providerOptions(name, {}, config);
    } catch (error) {
      // Builders name fields relative to their own options; in a config they live under the provider's section.
      if (isProvidersError(error, 'KOKORO_PROVIDERS_INVALID_OPTION')) {
        const e = error as InvalidOptionError;
        throw new InvalidOptionError(`${name}.${e.field}`, e.received, e.allowed);
      }
      throw error;
    }
  }
  const explanation: string[] = [];
  const { order, skipped } = orderProviders(report, requested);
  const first: ProviderName = order[0]?.name ?? 'cpu';

  const { variant, lines: variantLines } = decideVariant(report, first, configuredVariant);
  const threads = decideThreads(report, config, variant);
  const common = commonFromConfig(config, threads.latencyThreads);

  const providers: PlannedProvider[] = [];
  for (const { name, reason } of order) {
    const planned: PlannedProvider = { name, sessionOptions: providerOptions(name, common, config), reason };
    if (name === 'coreml') addCoreMLPolicy(planned, common, config, explanation);
    providers.push(planned);
  }
  providers.push({
    name: 'cpu',
    sessionOptions: providerOptions('cpu', common, config),
    reason: order.length === 0 ? 'the only provider planned for this machine' : 'fallback if the providers above fail to create a session',
  });

  explanation.unshift(
    `machine: ${report.os}/${report.arch}, ${report.cpu.model ?? 'unknown CPU'}, ${report.effectiveCores} effective cores${report.gpus.length > 0 ? `, GPU ${report.gpus.map((g) => g.name).join(', ')}` : ', no GPU detected'}.`,
    `providers: ${providers.map((p) => p.name).join(' -> ')}${requested === 'auto' ? ' (automatic)' : ` (requested: ${requested.join(', ')})`}.`,
    ...providers.map((p) => `provider ${p.name}: ${p.reason}.`),
    ...skipped.map((s) => `provider ${s.name} skipped: ${s.reason}.`),
  );
  explanation.push(...variantLines, ...threads.lines);
  const pool = poolFor(first, threads.cpuPool, threads.latencyThreads, explanation);
  explanation.push(...bindingNotes(providers, config));
  if (config.memoryArenaSizeMb === 0) explanation.push('memory: CPU arena off (memoryArenaSizeMb 0): lower steady memory, slower allocations.');
  else if (config.memoryArenaSizeMb !== undefined) explanation.push(`memory: arena on; ${config.memoryArenaSizeMb} MiB is applied as the CUDA gpu_mem_limit only: onnxruntime-node cannot cap the CPU arena, so rely on the session pool's memory recycling.`);
  if (config.optimizedModelFilePath !== undefined) explanation.push(`cold start: the CPU provider writes its optimized graph to ${config.optimizedModelFilePath}; it is applied to cpu only because an optimized graph is specific to the provider that optimized it.`);
  explanation.push(`spinning: ${common.spinning === true ? 'on (lowest latency, burns idle CPU)' : 'off: idle threads sleep, leaving CPU to other sessions between requests'}.`);

  return {
    providers,
    skipped,
    threads: { intraOp: threads.latencyThreads, interOp: common.interOpThreads ?? 1 },
    pool,
    cpuPool: threads.cpuPool,
    modelVariant: variant,
    explanation,
  };
}

function poolFor(first: ProviderName, cpuPool: PoolLayout, latencyThreads: number, explanation: string[]): PoolLayout {
  if (first === 'cpu') return cpuPool;
  explanation.push(`pool (${first}): 1 session x ${latencyThreads} threads: one accelerator runs one graph at a time and each extra session duplicates the weights on it; the CPU pool (${cpuPool.sessions} x ${cpuPool.threadsPerSession}) applies if ${first} falls back to cpu.`);
  return { sessions: 1, threadsPerSession: latencyThreads, adaptive: false };
}

function addCoreMLPolicy(planned: PlannedProvider, common: CommonSessionConfig, config: ProviderConfig, explanation: string[]): void {
  const units = config.coreml?.computeUnits ?? 'auto';
  if (units !== 'auto') {
    explanation.push(`coreml: compute units ${units}, as configured.`);
    return;
  }
  const threshold = config.coreml?.longInputTokens ?? DEFAULT_COREML_LONG_INPUT_TOKENS;
  const { computeUnits: _u, longInputTokens: _t, ...rest } = config.coreml ?? {};
  planned.bySize = {
    thresholdTokens: threshold,
    longInputs: coremlSessionOptions({ ...common, ...rest, computeUnits: 'CPUAndGPU' }),
    reason: `inputs of ${threshold}+ tokens use CPUAndGPU for steadier throughput`,
  };
  explanation.push(`coreml: inputs under ${threshold} tokens use compute units ALL, which lets CoreML use the Neural Engine (lowest latency for short inputs); inputs of ${threshold}+ tokens use CPUAndGPU for steadier throughput. ${threshold} tokens (~7.5 s of audio) is a starting point, not a measurement: tune coreml.longInputTokens (KOKORO_COREML_LONG_INPUT_TOKENS) with the bench.`);
}

function bindingNotes(providers: PlannedProvider[], config: ProviderConfig): string[] {
  const notes: string[] = [];
  for (const p of providers) {
    if (p.name === 'coreml') {
      const { computeUnits, longInputTokens: _t, ...rest } = config.coreml ?? {};
      const { applied, ignored } = coremlAppliedByNodeBinding({ ...rest, computeUnits: computeUnits === undefined || computeUnits === 'auto' ? 'ALL' : computeUnits });
      notes.push(`coreml: onnxruntime-node 1.30 applies ${applied.join(', ')} through coreMlFlags${ignored.length > 0 ? `; it ignores ${ignored.join(', ')} (kept in the options for bindings that forward CoreML provider options)` : ''}.`);
    }
    if (p.name === 'cuda' || p.name === 'tensorrt' || p.name === 'dml') {
      notes.push(`${p.name}: onnxruntime-node 1.30 applies deviceId only; the other ${p.name} settings are kept under ONNX Runtime's provider-option names for bindings that forward them.`);
    }
  }
  return notes;
}
