/**
 * `@kokoro-ts/bench`: the benchmark behind every speed claim of kokoro-ts. The CLI
 * (`pnpm bench`) is the main interface; this module exports the pure pieces (statistics,
 * the result schema, budgets, reports, charts) so results can be validated, compared and
 * rendered elsewhere.
 * @packageDocumentation
 */
export { parseBenchArgs, parseConfigSpec, USAGE, type BenchOptions, type ConfigSpec } from './args';
export { DEFAULT_BUDGETS, evaluateBudgets, formatBudgetVerdict, type BudgetLimits } from './budgets';
export { cdfSvg, histogramSvg, type SampleSeries } from './charts/distribution';
export { lineChartSvg, type PointSeries } from './charts/line';
export { compareConfigurations } from './compare';
export { BENCH_ERROR_CODES, BenchError, describeError, isBenchError, type BenchErrorCode } from './errors';
export { buildCharts, type ChartSamples } from './report/charts';
export { renderMarkdown } from './report/markdown';
export {
  SCHEMA_VERSION,
  SUITE_NAMES,
  type BenchResult,
  type BudgetOutcome,
  type ColdStartResult,
  type Comparison,
  type ComparisonRow,
  type ConfigSettings,
  type ConfigurationResult,
  type EncodersResult,
  type EngineResult,
  type EnvironmentInfo,
  type G2PResult,
  type MemoryResult,
  type ModelInfo,
  type PoolResult,
  type RawResult,
  type ServerFormatResult,
  type ServerLoadResult,
  type ServerResult,
  type StageTiming,
  type SuiteFailure,
  type SuiteName,
  type SuiteResults,
} from './result';
export { RESULT_SCHEMA } from './result-schema';
export { linearRegression, mean, median, medianConfidenceInterval, quantile, ratio, stdev, summarize, type Distribution, type Regression } from './stats';
