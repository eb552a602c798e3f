import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../src/budgets';
import { compareConfigurations } from '../src/compare';
import { renderMarkdown } from '../src/report/markdown';
import { fullConfiguration, fullResult } from './fixtures/results';

describe('Markdown summary', () => {
  it('has a section per suite with the measured numbers', () => {
    const md = renderMarkdown(fullResult());
    for (const heading of ['### Latency', '### Engine stages', '### Server: time to first audio byte', '### Server: concurrent streaming clients (queue limit 16)', '### Cold start', '### Memory', '### G2P', '### Encoders', '### Pool layouts']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| raw ORT run(), all segments | 305.0 |');
    expect(md).toContain('45454 words/s');
    expect(md).toContain('RSS after 100 200.0 MiB');
  });

  it('shows budgets with FAIL in bold and the comparison as ratios', () => {
    const a = fullConfiguration('1x2');
    const b = fullConfiguration('2x1', 2);
    a.suites.engine!.overheadPct = 9;
    const md = renderMarkdown({ ...fullResult([a, b]), comparison: compareConfigurations(a, b), budgets: evaluateBudgets(a) });
    expect(md).toContain('## Comparison: 2x1 / 1x2');
    expect(md).toMatch(/\| raw ORT total p50 \(ms\) \| 305\.00 \| 610\.00 \| 2\.000 \|/);
    expect(md).toContain('**FAIL**');
  });

  it('lists suites that did not run, and escapes pipes in cells', () => {
    const c = fullConfiguration();
    c.suites = { encoders: { encoders: [{ format: 'a|b', msPerAudioSecond: c.suites.encoders!.encoders[0]!.msPerAudioSecond, realTimeMultiple: 1 }] } };
    const md = renderMarkdown({ ...fullResult([c]), failures: [{ suite: 'server', code: 'KOKORO_BENCH_SUITE_UNAVAILABLE', message: 'not built' }] });
    expect(md).toContain('- server: `KOKORO_BENCH_SUITE_UNAVAILABLE` not built');
    expect(md).toContain('a\\|b');
    expect(md).not.toContain('### Latency');
  });
});
