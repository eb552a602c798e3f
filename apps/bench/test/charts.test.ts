import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cdfSvg, histogramSvg } from '../src/charts/distribution';
import { lineChartSvg } from '../src/charts/line';
import { escapeXml, niceTicks } from '../src/charts/svg';
import { buildCharts } from '../src/report/charts';
import { fullConfiguration, fullResult } from './fixtures/results';

function parse(svg: string): Record<string, unknown> {
  const valid = XMLValidator.validate(svg);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(svg) as Record<string, unknown>;
}

const count = (svg: string, tag: string): number => svg.split(`<${tag} `).length - 1;

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(3, 97)).toEqual([0, 20, 40, 60, 80, 100]);
    const t = niceTicks(0.13, 0.91);
    expect(t[0]).toBeLessThanOrEqual(0.13);
    expect(t.at(-1)).toBeGreaterThanOrEqual(0.91);
  });
  it('widens a zero-width range instead of dividing by zero', () => {
    const t = niceTicks(5, 5);
    expect(t.length).toBeGreaterThan(1);
    expect(t[0]).toBeLessThan(5);
  });
});

describe('SVG charts', () => {
  it('histogram: well-formed, one bar per non-empty bin, percentile markers, escaped title', () => {
    const svg = histogramSvg({ title: 'raw <ORT> & engine', unit: 'ms', series: [{ label: 'a', samples: [1, 1, 2, 9] }], bins: 4 });
    const doc = parse(svg);
    expect(doc.svg).toBeDefined();
    expect(svg).toContain('raw &lt;ORT&gt; &amp; engine');
    // bins [1,3) [3,5) [5,7) [7,9]: two non-empty bins
    expect(count(svg, 'rect') - 1 /* background */).toBe(2);
    for (const p of ['p50', 'p95', 'p99']) expect(svg).toContain(`>${p} `);
  });

  it('cdf: one path per series, ends at y = top of the plot', () => {
    const svg = cdfSvg({ title: 'cdf', unit: 'ms', series: [{ label: 'raw', samples: [3, 1, 2] }, { label: 'engine', samples: [4, 5] }] });
    parse(svg);
    expect(count(svg, 'path')).toBe(2);
    const firstPath = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(firstPath.trim().endsWith(',40.0')).toBe(true); // DEFAULT_FRAME.top: fraction 1
  });

  it('line chart: one polyline per series with the points in order', () => {
    const svg = lineChartSvg({ title: 'rss', xLabel: 'runs', yLabel: 'MiB', series: [{ label: 'rss', points: [[0, 10], [100, 12], [200, 11]] }] });
    parse(svg);
    const pts = /<polyline points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    expect(pts).toHaveLength(3);
    expect(pts[0]![0]).toBeLessThan(pts[1]![0]!);
    expect(pts[1]![1]).toBeLessThan(pts[0]![1]!); // higher value is drawn higher (smaller y)
  });

  it('reject empty or non-finite data with a clear message', () => {
    expect(() => histogramSvg({ title: 't', unit: 'ms', series: [{ label: 'x', samples: [] }] })).toThrow(/"x" has no samples/);
    expect(() => lineChartSvg({ title: 't', xLabel: 'x', yLabel: 'y', series: [{ label: 's', points: [[0, Number.NaN]] }] })).toThrow(/non-finite/);
  });

  it('escapeXml escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('buildCharts makes every chart the data supports, each well-formed', () => {
    const result = fullResult([fullConfiguration('1x2'), fullConfiguration('2x1')]);
    const charts = buildCharts(result, { latency: { '1x2': { rawTotalMs: [1, 2, 3], engineTotalMs: [2, 3, 4], rawFirstMs: [1], ttfaMs: [1.1] } } });
    expect(Object.keys(charts).sort()).toEqual([
      'first-byte-p99-vs-concurrency.svg',
      'latency-total-cdf.svg',
      'latency-total-histogram.svg',
      'rss-over-time.svg',
      'throughput-vs-concurrency.svg',
      'ttfa-cdf.svg',
    ]);
    for (const svg of Object.values(charts)) parse(svg);
    expect(charts['rss-over-time.svg']).toContain('2x1: RSS');
  });
});
