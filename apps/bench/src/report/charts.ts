/**
 * Which charts a result produces: file name -> SVG text. Pure; the CLI writes the files.
 */
import { cdfSvg, histogramSvg, type SampleSeries } from '../charts/distribution';
import { lineChartSvg, type PointSeries } from '../charts/line';
import type { BenchResult } from '../result';

/** Raw latency samples kept beside the result for charts (not part of the JSON document). */
export interface ChartSamples {
  /** Per configuration label: raw ORT total, engine total and engine TTFA samples in ms. */
  latency: Record<string, { rawTotalMs?: number[]; engineTotalMs?: number[]; ttfaMs?: number[]; rawFirstMs?: number[] }>;
}

/** Builds every chart the data supports. */
export function buildCharts(result: BenchResult, samples: ChartSamples): Record<string, string> {
  const out: Record<string, string> = {};
  const totals: SampleSeries[] = [];
  const firsts: SampleSeries[] = [];
  for (const config of result.configurations) {
    const s = samples.latency[config.label];
    const prefix = result.configurations.length > 1 ? `${config.label}: ` : '';
    if (s?.rawTotalMs?.length) totals.push({ label: `${prefix}raw ORT run()`, samples: s.rawTotalMs });
    if (s?.engineTotalMs?.length) totals.push({ label: `${prefix}engine synthesize()`, samples: s.engineTotalMs });
    if (s?.rawFirstMs?.length) firsts.push({ label: `${prefix}raw first segment`, samples: s.rawFirstMs });
    if (s?.ttfaMs?.length) firsts.push({ label: `${prefix}engine stream() TTFA`, samples: s.ttfaMs });
  }
  if (totals.length > 0) {
    out['latency-total-histogram.svg'] = histogramSvg({ title: 'Total synthesis time per text', unit: 'ms', series: totals });
    out['latency-total-cdf.svg'] = cdfSvg({ title: 'Total synthesis time per text (CDF)', unit: 'ms', series: totals });
  }
  if (firsts.length > 0) out['ttfa-cdf.svg'] = cdfSvg({ title: 'Time to first audio vs raw first-segment run (CDF)', unit: 'ms', series: firsts });

  const rss: PointSeries[] = [];
  const throughput: PointSeries[] = [];
  const firstByte: PointSeries[] = [];
  for (const config of result.configurations) {
    const prefix = result.configurations.length > 1 ? `${config.label}: ` : '';
    const m = config.suites.memory;
    if (m && m.samples.length > 1) rss.push({ label: `${prefix}RSS`, points: m.samples.map((p) => [p.run, p.rssBytes / 1048576] as const) });
    const load = config.suites.server?.load ?? [];
    if (load.length > 0) {
      throughput.push({ label: `${prefix}audio s per wall s`, points: load.map((l) => [l.clients, l.throughputRealTime] as const) });
      const p99 = load.filter((l) => l.firstByteMs !== null).map((l) => [l.clients, l.firstByteMs!.p99] as const);
      if (p99.length > 0) firstByte.push({ label: `${prefix}first byte p99`, points: p99 });
    }
  }
  if (rss.length > 0) out['rss-over-time.svg'] = lineChartSvg({ title: 'RSS over syntheses', xLabel: 'syntheses', yLabel: 'RSS (MiB)', series: rss });
  if (throughput.length > 0) {
    out['throughput-vs-concurrency.svg'] = lineChartSvg({ title: 'Server throughput vs concurrent streaming clients', xLabel: 'concurrent clients', yLabel: 'x real time', series: throughput });
  }
  if (firstByte.length > 0) {
    out['first-byte-p99-vs-concurrency.svg'] = lineChartSvg({ title: 'Time to first audio byte (p99) vs concurrent clients', xLabel: 'concurrent clients', yLabel: 'ms', series: firstByte });
  }
  return out;
}
