/**
 * Compare mode: the second configuration's key metrics as ratios of the first's. Pure.
 */
import type { Comparison, ComparisonRow, ConfigurationResult } from './result';
import { ratio } from './stats';

type Metric = [name: string, pick: (c: ConfigurationResult) => number | null | undefined];

/** Metrics compared, lower is better unless the name says "x real time". */
const METRICS: readonly Metric[] = [
  ['raw ORT total p50 (ms)', (c) => c.suites.raw?.totalMs.p50],
  ['raw ORT first segment p50 (ms)', (c) => c.suites.raw?.firstSegmentMs.p50],
  ['engine total p50 (ms)', (c) => c.suites.engine?.totalMs.p50],
  ['engine total p99 (ms)', (c) => c.suites.engine?.totalMs.p99],
  ['engine TTFA p50 (ms)', (c) => c.suites.engine?.ttfaMs.p50],
  ['engine TTFA p99 (ms)', (c) => c.suites.engine?.ttfaMs.p99],
  ['engine RTF', (c) => c.suites.engine?.rtf],
  ['engine overhead (%)', (c) => c.suites.engine?.overheadPct],
  ['server x real time at max clients', (c) => c.suites.server?.load.at(-1)?.throughputRealTime],
  ['server first byte p99 at max clients (ms)', (c) => c.suites.server?.load.at(-1)?.firstByteMs?.p99],
  ['peak RSS (MiB)', (c) => (c.suites.memory ? c.suites.memory.peakRssBytes / 1048576 : undefined)],
  ['cold start to first audio p50 (ms)', (c) => c.suites.coldStart?.runs[0]?.firstAudioMs.p50],
  ['pool x real time (best layout)', (c) => (c.suites.pool ? Math.max(...c.suites.pool.layouts.map((l) => l.throughputRealTime)) : undefined)],
];

/** Rows for every metric both configurations measured, candidate / baseline. */
export function compareConfigurations(baseline: ConfigurationResult, candidate: ConfigurationResult): Comparison {
  const rows: ComparisonRow[] = [];
  for (const [metric, pick] of METRICS) {
    const a = pick(baseline);
    const b = pick(candidate);
    if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    rows.push({ metric, baseline: a, candidate: b, ratio: ratio(b, a) });
  }
  return { baseline: baseline.label, candidate: candidate.label, rows };
}
