/**
 * Human-readable rendering of a plan, for `kokoro doctor`.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import type { ProviderPlan } from './plan-types';

function providerEntry(options: InferenceSession.SessionOptions): string {
  const entry = options.executionProviders?.[0];
  if (entry === undefined) return '';
  if (typeof entry === 'string') return '';
  const { name: _name, ...rest } = entry as { name: string } & Record<string, unknown>;
  const keys = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return keys.length > 0 ? ` {${keys.join(', ')}}` : '';
}

/** Renders a plan: providers in order with their options, layouts, variant, then the explanation. */
export function formatPlan(plan: ProviderPlan): string {
  const lines: string[] = [];
  plan.providers.forEach((p, i) => {
    const o = p.sessionOptions;
    lines.push(`${i + 1}. ${p.name}${providerEntry(o)}: ${o.intraOpNumThreads ?? 0} intra-op / ${o.interOpNumThreads ?? 0} inter-op threads, graph ${o.graphOptimizationLevel ?? 'all'}, arena ${o.enableCpuMemArena === false ? 'off' : 'on'}`);
    if (p.bySize) lines.push(`   inputs >= ${p.bySize.thresholdTokens} tokens:${providerEntry(p.bySize.longInputs)}`);
  });
  for (const s of plan.skipped) lines.push(`-  ${s.name} skipped: ${s.reason}`);
  lines.push(`latency: 1 session x ${plan.threads.intraOp} threads`);
  lines.push(`throughput: ${plan.pool.sessions} session(s) x ${plan.pool.threadsPerSession} threads${plan.pool.adaptive ? ' (adaptive)' : ''}; on cpu fallback ${plan.cpuPool.sessions} x ${plan.cpuPool.threadsPerSession}`);
  lines.push(`model variant: ${plan.modelVariant}`);
  lines.push('why:');
  for (const e of plan.explanation) lines.push(`  - ${e}`);
  return lines.join('\n');
}
