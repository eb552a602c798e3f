/**
 * Line charts of (x, y) series: RSS over syntheses, throughput against concurrency.
 */
import { axes, DEFAULT_FRAME, escapeXml, type Frame, legend, niceTicks, PALETTE, scale, svgDocument } from './svg';

/** A named polyline. */
export interface PointSeries {
  label: string;
  points: readonly (readonly [number, number])[];
}

/**
 * One polyline per series with a dot at each point; `yFromZero` (default true) keeps zero
 * on the y axis so growth is not visually exaggerated.
 */
export function lineChartSvg(opts: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly PointSeries[];
  yFromZero?: boolean;
  /** Draw a dot per point; default true for series of at most 50 points. */
  dots?: boolean;
  frame?: Frame;
}): string {
  if (opts.series.length === 0) throw new RangeError('lineChartSvg: expected at least one series, got none');
  for (const s of opts.series) {
    if (s.points.length === 0) throw new RangeError(`lineChartSvg: series "${s.label}" has no points`);
    for (const [px, py] of s.points) {
      if (!Number.isFinite(px) || !Number.isFinite(py)) throw new RangeError(`lineChartSvg: series "${s.label}" has a non-finite point (${px}, ${py})`);
    }
  }
  const frame = opts.frame ?? DEFAULT_FRAME;
  const xs = opts.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = opts.series.flatMap((s) => s.points.map((p) => p[1]));
  const xTicks = niceTicks(Math.min(...xs), Math.max(...xs));
  const yTicks = niceTicks(opts.yFromZero === false ? Math.min(...ys) : Math.min(0, ...ys), Math.max(...ys));
  const x = scale([xTicks[0]!, xTicks[xTicks.length - 1]!], [frame.left, frame.width - frame.right]);
  const y = scale([yTicks[0]!, yTicks[yTicks.length - 1]!], [frame.height - frame.bottom, frame.top]);
  const lines = opts.series.map((s, si) => {
    const color = PALETTE[si % PALETTE.length]!;
    const pts = s.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
    const showDots = opts.dots ?? s.points.length <= 50;
    const dots = showDots
      ? s.points.map(([px, py]) => `<circle cx="${x(px).toFixed(1)}" cy="${y(py).toFixed(1)}" r="3" fill="${color}"><title>${escapeXml(`${s.label}: (${px}, ${py})`)}</title></circle>`).join('')
      : '';
    return `<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="2"/>${dots}`;
  });
  const body = [
    axes({ frame, title: opts.title, xLabel: opts.xLabel, yLabel: opts.yLabel, xTicks, yTicks, x, y }),
    ...lines,
    legend({ ...frame, top: frame.height - frame.bottom - 20 - opts.series.length * 18 }, opts.series.map((s, i) => ({ label: s.label, color: PALETTE[i % PALETTE.length]! }))),
  ].join('\n');
  return svgDocument(frame, opts.title, body);
}
