/**
 * CI budgets: ratios of the engine to raw ONNX Runtime measured in the same run, never
 * absolute times, so they hold on any machine. Pure: a result in, verdicts out.
 */
import type { BudgetOutcome, ConfigurationResult } from './result';

/** The budget limits. Defaults are the project's stated targets; see the README before changing one. */
export interface BudgetLimits {
  /** Engine total time over raw `run()` time on the same segments, in percent. Default 5. */
  maxEngineOverheadPct: number;
  /** Streaming time to first audio may be at most this multiple of the raw first-segment run... Default 1.15. */
  maxTtfaRatio: number;
  /** ...plus this many milliseconds. Default 10. */
  ttfaSlackMs: number;
  /**
   * RSS growth projected by the least-squares slope over the measured window (after the first
   * 100 syntheses), as a percentage of RSS after the first 100. Default 10.
   */
  maxRssGrowthPct: number;
}

/** The project's budgets. */
export const DEFAULT_BUDGETS: Readonly<BudgetLimits> = Object.freeze({
  maxEngineOverheadPct: 5,
  maxTtfaRatio: 1.15,
  ttfaSlackMs: 10,
  maxRssGrowthPct: 10,
});

const round = (v: number, digits = 2): number => Number(v.toFixed(digits));

function missing(id: string, description: string, limit: number, unit: string, why: string): BudgetOutcome {
  return { id, description, measured: null, limit, unit, pass: false, detail: `not measured: ${why}` };
}

/** Engine overhead over the raw floor, in percent of the raw time. */
export function engineOverheadBudget(config: ConfigurationResult, limits: BudgetLimits = DEFAULT_BUDGETS): BudgetOutcome {
  const id = 'engine-overhead';
  const description = `engine total time - raw ORT run() time on the same segments <= ${limits.maxEngineOverheadPct}% of raw`;
  const e = config.suites.engine;
  const raw = config.suites.raw;
  if (!e || !raw || e.overheadPct === null || e.overheadMs === null) {
    return missing(id, description, limits.maxEngineOverheadPct, '%', 'the engine and raw suites must both run');
  }
  const pass = e.overheadPct <= limits.maxEngineOverheadPct;
  return {
    id,
    description,
    measured: round(e.overheadPct),
    limit: limits.maxEngineOverheadPct,
    unit: '%',
    pass,
    detail:
      `engine p50 ${round(e.totalMs.p50)} ms vs raw p50 ${round(raw.totalMs.p50)} ms over ${e.totalMs.n} paired runs: overhead ${round(e.overheadMs)} ms (${round(e.overheadPct)}%` +
      (e.overheadPctCi95 ? `, 95% CI ${round(e.overheadPctCi95[0])}..${round(e.overheadPctCi95[1])}%)` : ')') +
      engineOrtNote(config),
  };
}

/** Where the overhead comes from, by the engine's own stage clock. */
function engineOrtNote(config: ConfigurationResult): string {
  const stages = config.suites.engine?.stages ?? [];
  const run = stages.find((s) => s.stage === 'ORT run (in worker)');
  const outside = stages.find((s) => s.stage === 'outside ORT (total - run)');
  if (!run || !outside) return '';
  return `; engine's own clock: ORT run() p50 ${round(run.ms.p50)} ms, outside ORT p50 ${round(outside.ms.p50)} ms`;
}

/** Streaming time to first audio against the raw run of the first segment. */
export function ttfaBudget(config: ConfigurationResult, limits: BudgetLimits = DEFAULT_BUDGETS): BudgetOutcome {
  const id = 'streaming-ttfa';
  const description = `streaming time to first audio <= ${limits.maxTtfaRatio} x raw first-segment run + ${limits.ttfaSlackMs} ms`;
  const e = config.suites.engine;
  const raw = config.suites.raw;
  if (!e || !raw) return missing(id, description, 0, 'ms', 'the engine and raw suites must both run');
  const limit = round(limits.maxTtfaRatio * raw.firstSegmentMs.p50 + limits.ttfaSlackMs);
  const measured = round(e.ttfaMs.p50);
  return {
    id,
    description,
    measured,
    limit,
    unit: 'ms',
    pass: measured <= limit,
    detail: `TTFA p50 ${measured} ms; raw first segment p50 ${round(raw.firstSegmentMs.p50)} ms -> limit ${limit} ms`,
  };
}

/** RSS growth over many syntheses, from the regression slope rather than two noisy endpoints. */
export function rssSlopeBudget(config: ConfigurationResult, limits: BudgetLimits = DEFAULT_BUDGETS): BudgetOutcome {
  const id = 'rss-slope';
  const description = `RSS slope x syntheses after the first 100 <= ${limits.maxRssGrowthPct}% of RSS after the first 100`;
  const m = config.suites.memory;
  if (!m) return missing(id, description, limits.maxRssGrowthPct, '%', 'the memory suite must run');
  if (m.syntheses <= 100 || m.rssAfterFirst100 <= 0) {
    return missing(id, description, limits.maxRssGrowthPct, '%', `needs more than 100 syntheses, got ${m.syntheses}`);
  }
  const projectedPct = ((m.slopeBytesPerRun * (m.syntheses - 100)) / m.rssAfterFirst100) * 100;
  const perRunKiB = round(m.slopeBytesPerRun / 1024, 3);
  return {
    id,
    description,
    measured: round(projectedPct),
    limit: limits.maxRssGrowthPct,
    unit: '%',
    pass: projectedPct <= limits.maxRssGrowthPct,
    detail: `slope ${perRunKiB} KiB/synthesis over ${m.syntheses - 100} syntheses; RSS after 100 ${mib(m.rssAfterFirst100)} MiB, at end ${mib(m.rssAtEnd)} MiB (${round(m.growthPct)}%), peak ${mib(m.peakRssBytes)} MiB`,
  };
}

const mib = (b: number): number => round(b / 1048576, 1);

/** Failed requests (errors, and 429s while the offered load is within the queue limit). */
export function failedRequestsBudget(config: ConfigurationResult): BudgetOutcome {
  const id = 'no-failed-requests';
  const description = 'zero failed requests (errors or 429) while concurrent clients stay within the queue limit';
  const s = config.suites.server;
  if (!s || s.load.length === 0) return missing(id, description, 0, 'requests', 'the server suite must run with at least one load level');
  const within = s.load.filter((l) => s.queueLimit === null || l.clients <= s.queueLimit);
  if (within.length === 0) return missing(id, description, 0, 'requests', `every load level exceeds the queue limit ${s.queueLimit}`);
  const failed = within.reduce((sum, l) => sum + l.errors + l.rejected429, 0);
  const requests = within.reduce((sum, l) => sum + l.requests, 0);
  const levels = within.map((l) => `${l.clients} clients: ${l.errors} errors, ${l.rejected429} x 429 of ${l.requests}`).join('; ');
  return { id, description, measured: failed, limit: 0, unit: 'requests', pass: failed === 0, detail: `${failed} of ${requests} failed (${levels})` };
}

/** Every CI budget for one configuration, in a stable order. */
export function evaluateBudgets(config: ConfigurationResult, limits: BudgetLimits = DEFAULT_BUDGETS): BudgetOutcome[] {
  return [engineOverheadBudget(config, limits), ttfaBudget(config, limits), rssSlopeBudget(config, limits), failedRequestsBudget(config)];
}

/** A one-line-per-budget verdict for the terminal. */
export function formatBudgetVerdict(outcomes: readonly BudgetOutcome[]): string {
  return outcomes
    .map((b) => `${b.pass ? 'PASS' : 'FAIL'} ${b.id}: ${b.measured ?? 'n/a'} ${b.unit} (limit ${b.limit} ${b.unit}) - ${b.detail}`)
    .join('\n');
}
