/**
 * Pool layouts under the same concurrent load: N sessions x T threads for every split of the
 * cores (on 2 cores: 1x2 and 2x1). Latency wants threads, throughput wants sessions; this
 * suite shows where the crossover is on the machine at hand.
 */
import type { PoolResult } from '../result';
import { summarize } from '../stats';
import type { BenchEngine } from './bench-engine';
import type { SuiteContext } from './context';

/** Every sessions x threads split of `cores` into powers of two (plus the full split when cores is not a power of two). */
export function poolLayouts(cores: number): { sessions: number; threadsPerSession: number }[] {
  const c = Math.max(1, Math.floor(cores));
  const out: { sessions: number; threadsPerSession: number }[] = [];
  for (let s = 1; s <= c; s *= 2) if (c % s === 0) out.push({ sessions: s, threadsPerSession: c / s });
  if (!out.some((l) => l.sessions === c)) out.push({ sessions: c, threadsPerSession: 1 });
  return out;
}

/** Options of {@link runPoolSuite}. */
export interface PoolSuiteOptions {
  layouts: { sessions: number; threadsPerSession: number }[];
  /** Concurrent synthesis loops. */
  clients: number;
  /** Syntheses per client. */
  perClient: number;
  text: string;
  createEngine: (layout: { sessions: number; threadsPerSession: number }) => Promise<BenchEngine>;
}

/** Measures throughput (audio seconds per wall second) and latency for each layout. */
export async function runPoolSuite(ctx: SuiteContext, o: PoolSuiteOptions): Promise<PoolResult> {
  const layouts: PoolResult['layouts'] = [];
  for (const layout of o.layouts) {
    const engine = await o.createEngine(layout);
    try {
      for (let i = 0; i < Math.max(1, ctx.warmup); i++) await Promise.all(Array.from({ length: o.clients }, () => engine.synthesize(o.text)));
      const latencies: number[] = [];
      let samples = 0;
      const t0 = ctx.now();
      await Promise.all(
        Array.from({ length: o.clients }, async () => {
          for (let i = 0; i < o.perClient; i++) {
            const s = ctx.now();
            const r = await engine.synthesize(o.text);
            latencies.push(ctx.now() - s);
            samples += r.audio.length;
          }
        }),
      );
      const wallS = (ctx.now() - t0) / 1000;
      const throughput = samples / 24000 / wallS;
      layouts.push({ ...layout, throughputRealTime: throughput, latencyMs: summarize(latencies) });
      ctx.log(`pool: ${layout.sessions}x${layout.threadsPerSession} ${throughput.toFixed(2)}x real time with ${o.clients} clients`);
    } finally {
      await engine.dispose();
    }
  }
  return { clients: o.clients, layouts };
}
