import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS, evaluateBudgets, formatBudgetVerdict } from '../src/budgets';
import type { ConfigurationResult } from '../src/result';
import { summarize } from '../src/stats';
import { fullConfiguration } from './fixtures/results';

const byId = (c: ConfigurationResult) => Object.fromEntries(evaluateBudgets(c).map((b) => [b.id, b]));

describe('CI budgets', () => {
  it('pass on a healthy configuration, in a stable order', () => {
    const out = evaluateBudgets(fullConfiguration());
    expect(out.map((b) => b.id)).toEqual(['engine-overhead', 'streaming-ttfa', 'rss-slope', 'no-failed-requests']);
    expect(out.every((b) => b.pass)).toBe(true);
  });

  it('fail when engine overhead exceeds 5% and report the numbers', () => {
    const c = fullConfiguration();
    c.suites.engine!.overheadPct = 5.01;
    c.suites.engine!.overheadMs = 15.3;
    const b = byId(c)['engine-overhead']!;
    expect(b.pass).toBe(false);
    expect(b.measured).toBe(5.01);
    expect(b.detail).toContain('15.3 ms');
  });

  it('allow TTFA up to 1.15 x raw first segment + 10 ms, not one ms more', () => {
    const c = fullConfiguration();
    c.suites.raw!.firstSegmentMs = summarize([100]);
    c.suites.engine!.ttfaMs = summarize([125]);
    expect(byId(c)['streaming-ttfa']!).toMatchObject({ pass: true, limit: 125, measured: 125 });
    c.suites.engine!.ttfaMs = summarize([125.2]);
    expect(byId(c)['streaming-ttfa']!.pass).toBe(false);
  });

  it('project RSS growth from the slope over the window after 100 syntheses', () => {
    const c = fullConfiguration();
    const m = c.suites.memory!;
    // 10% of 200 MiB over 1900 syntheses is 11,037 bytes per synthesis.
    m.slopeBytesPerRun = (0.1 * m.rssAfterFirst100) / 1900 - 1;
    expect(byId(c)['rss-slope']!.pass).toBe(true);
    m.slopeBytesPerRun = (0.1 * m.rssAfterFirst100) / 1900 + 1;
    expect(byId(c)['rss-slope']!.pass).toBe(false);
  });

  it('count errors and 429s only at load levels within the queue limit', () => {
    const c = fullConfiguration();
    const s = c.suites.server!;
    s.load.push({ clients: 32, requests: 64, ok: 40, errors: 0, rejected429: 24, throughputRealTime: 30, latencyMs: null, firstByteMs: null, queueWaitMs: null });
    expect(byId(c)['no-failed-requests']!.pass).toBe(true);
    s.load[1]!.rejected429 = 1;
    const b = byId(c)['no-failed-requests']!;
    expect(b.pass).toBe(false);
    expect(b.measured).toBe(1);
    s.load[1]!.rejected429 = 0;
    s.load[0]!.errors = 2;
    expect(byId(c)['no-failed-requests']!.measured).toBe(2);
  });

  it('fail, never pass silently, when a suite did not run', () => {
    const c = fullConfiguration();
    c.suites = {};
    const out = evaluateBudgets(c);
    expect(out.every((b) => !b.pass && b.measured === null && b.detail.startsWith('not measured'))).toBe(true);
  });

  it('honour custom limits and print one verdict line per budget', () => {
    const c = fullConfiguration();
    const strict = evaluateBudgets(c, { ...DEFAULT_BUDGETS, maxEngineOverheadPct: 1 });
    expect(strict[0]!.pass).toBe(false);
    const text = formatBudgetVerdict(strict);
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toMatch(/^FAIL engine-overhead: 2 % \(limit 1 %\)/);
  });
});
