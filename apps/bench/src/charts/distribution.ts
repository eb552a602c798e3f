/**
 * Latency distribution charts: a histogram with p50/p95/p99 markers, and an empirical CDF
 * that overlays several series (e.g. raw ORT vs engine) on one axis.
 */
import { quantile } from '../stats';
import { axes, DEFAULT_FRAME, escapeXml, type Frame, legend, niceTicks, PALETTE, scale, svgDocument } from './svg';

/** A named set of samples. */
export interface SampleSeries {
  label: string;
  samples: readonly number[];
}

function requireSamples(series: readonly SampleSeries[], chart: string): void {
  if (series.length === 0) throw new RangeError(`${chart}: expected at least one series, got none`);
  for (const s of series) {
    if (s.samples.length === 0) throw new RangeError(`${chart}: series "${s.label}" has no samples`);
  }
}

/**
 * Histogram of one or more series on shared bins (bars of a series side by side within a
 * bin), with dashed p50 / p95 / p99 lines of the first series.
 */
export function histogramSvg(opts: { title: string; unit: string; series: readonly SampleSeries[]; bins?: number; frame?: Frame }): string {
  requireSamples(opts.series, 'histogramSvg');
  const frame = opts.frame ?? DEFAULT_FRAME;
  const all = opts.series.flatMap((s) => s.samples);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const binCount = Math.max(1, opts.bins ?? Math.min(30, Math.ceil(Math.sqrt(all.length)) + 2));
  const width = (hi - lo) / binCount || 1;
  const counts = opts.series.map((s) => {
    const c = new Array<number>(binCount).fill(0);
    for (const v of s.samples) c[Math.min(binCount - 1, Math.floor((v - lo) / width))]! += 1;
    return c;
  });
  const xTicks = niceTicks(lo, lo + width * binCount);
  const yTicks = niceTicks(0, Math.max(1, ...counts.flat()));
  const x = scale([xTicks[0]!, xTicks[xTicks.length - 1]!], [frame.left, frame.width - frame.right]);
  const y = scale([0, yTicks[yTicks.length - 1]!], [frame.height - frame.bottom, frame.top]);
  const bars: string[] = [];
  counts.forEach((c, si) => {
    const color = PALETTE[si % PALETTE.length]!;
    c.forEach((n, bi) => {
      if (n === 0) return;
      const x0 = x(lo + bi * width);
      const x1 = x(lo + (bi + 1) * width);
      const w = (x1 - x0) / counts.length;
      const bx = x0 + si * w;
      bars.push(`<rect x="${bx.toFixed(1)}" y="${y(n).toFixed(1)}" width="${Math.max(0.5, w - 1).toFixed(1)}" height="${(y(0) - y(n)).toFixed(1)}" fill="${color}" fill-opacity="0.85"><title>${escapeXml(`${opts.series[si]!.label}: ${n}`)}</title></rect>`);
    });
  });
  const first = opts.series[0]!.samples;
  const markers = (
    [
      ['p50', 0.5],
      ['p95', 0.95],
      ['p99', 0.99],
    ] as const
  ).map(([name, q], i) => {
    const v = quantile(first, q);
    const px = x(v).toFixed(1);
    // Labels are staggered vertically because p95 and p99 are often a few pixels apart.
    return `<line x1="${px}" y1="${frame.top}" x2="${px}" y2="${frame.height - frame.bottom}" stroke="#333" stroke-dasharray="4 3"/><text x="${(x(v) + 3).toFixed(1)}" y="${frame.top + 10 + i * 13}" font-size="10" stroke="#fff" stroke-width="3" paint-order="stroke">${name} ${escapeXml(v.toPrecision(4))}</text>`;
  });
  const body = [
    axes({ frame, title: opts.title, xLabel: opts.unit, yLabel: 'count', xTicks, yTicks, x, y }),
    ...bars,
    opts.series.length > 1 ? legend(frame, opts.series.map((s, i) => ({ label: s.label, color: PALETTE[i % PALETTE.length]! }))) : '',
    ...markers,
  ].join('\n');
  return svgDocument(frame, opts.title, body);
}

/** Empirical cumulative distribution of each series as a step line, y = fraction of samples <= x. */
export function cdfSvg(opts: { title: string; unit: string; series: readonly SampleSeries[]; frame?: Frame }): string {
  requireSamples(opts.series, 'cdfSvg');
  const frame = opts.frame ?? DEFAULT_FRAME;
  const all = opts.series.flatMap((s) => s.samples);
  const xTicks = niceTicks(Math.min(...all), Math.max(...all));
  const yTicks = [0, 0.25, 0.5, 0.75, 1];
  const x = scale([xTicks[0]!, xTicks[xTicks.length - 1]!], [frame.left, frame.width - frame.right]);
  const y = scale([0, 1], [frame.height - frame.bottom, frame.top]);
  const paths = opts.series.map((s, si) => {
    const sorted = [...s.samples].sort((a, b) => a - b);
    let d = `M${x(sorted[0]!).toFixed(1)},${y(0).toFixed(1)}`;
    sorted.forEach((v, i) => {
      d += ` L${x(v).toFixed(1)},${y(i / sorted.length).toFixed(1)} L${x(v).toFixed(1)},${y((i + 1) / sorted.length).toFixed(1)}`;
    });
    return `<path d="${d}" fill="none" stroke="${PALETTE[si % PALETTE.length]!}" stroke-width="2"/>`;
  });
  const body = [
    axes({ frame, title: opts.title, xLabel: opts.unit, yLabel: 'fraction of runs <= x', xTicks, yTicks, x, y }),
    ...paths,
    legend({ ...frame, top: frame.height - frame.bottom - 20 - opts.series.length * 18 }, opts.series.map((s, i) => ({ label: s.label, color: PALETTE[i % PALETTE.length]! }))),
  ].join('\n');
  return svgDocument(frame, opts.title, body);
}
