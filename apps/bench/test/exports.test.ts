import { describe, expect, it } from 'vitest';
import * as bench from '../src/index';
import { BENCH_ERROR_CODES } from '../src/errors';

describe('public surface', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(bench).sort()).toEqual([
      'BENCH_ERROR_CODES',
      'BenchError',
      'DEFAULT_BUDGETS',
      'RESULT_SCHEMA',
      'SCHEMA_VERSION',
      'SUITE_NAMES',
      'USAGE',
      'buildCharts',
      'cdfSvg',
      'compareConfigurations',
      'describeError',
      'evaluateBudgets',
      'formatBudgetVerdict',
      'histogramSvg',
      'isBenchError',
      'lineChartSvg',
      'linearRegression',
      'mean',
      'median',
      'medianConfidenceInterval',
      'parseBenchArgs',
      'parseConfigSpec',
      'quantile',
      'ratio',
      'renderMarkdown',
      'stdev',
      'summarize',
    ]);
  });

  it('error codes are unique, prefixed, documented in the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(BENCH_ERROR_CODES)) {
      expect(code).toMatch(/^KOKORO_BENCH_[A-Z_]+$/);
      expect(readme).toContain(`\`${code}\``);
    }
    expect(bench.isBenchError(new bench.BenchError('KOKORO_BENCH_BAD_ARGUMENT', 'x'), 'KOKORO_BENCH_BAD_ARGUMENT')).toBe(true);
    expect(bench.isBenchError({ code: 'KOKORO_BENCH_BAD_ARGUMENT' })).toBe(true);
    expect(bench.isBenchError({ code: 'ENOENT' })).toBe(false);
  });
});
