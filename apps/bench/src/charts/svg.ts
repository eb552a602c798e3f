/**
 * SVG building blocks shared by the charts: escaping, "nice" axis ticks, a plot frame with
 * axes and labels. Pure string builders; no DOM, no dependencies.
 */

/** Chart canvas size and margins, in SVG user units (pixels). */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The default canvas: 720 x 400 with room for tick labels and a legend. */
export const DEFAULT_FRAME: Readonly<Frame> = Object.freeze({ width: 720, height: 400, left: 70, right: 20, top: 40, bottom: 50 });

/** Colours for series, chosen to stay distinguishable for common colour-vision deficiencies. */
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Formats a number for a tick label: short, no float noise. */
export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toPrecision(3)}G`;
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toPrecision(3)}k`;
  return `${+v.toPrecision(3)}`;
}

/**
 * Round tick values covering [min, max] with about `target` steps of 1, 2 or 5 x 10^k.
 * A degenerate range (min == max) is widened so the axis still has extent.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`niceTicks: expected finite bounds, got ${min}..${max}`);
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** Linear map from a data domain to a pixel range. */
export function scale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Axes, grid, tick labels, axis titles and the chart title, for a plot area with the given ticks. */
export function axes(opts: {
  frame: Frame;
  title: string;
  xLabel: string;
  yLabel: string;
  xTicks: readonly number[];
  yTicks: readonly number[];
  x: (v: number) => number;
  y: (v: number) => number;
}): string {
  const { frame: f, x, y } = opts;
  const bottom = f.height - f.bottom;
  const right = f.width - f.right;
  const parts: string[] = [];
  for (const t of opts.yTicks) {
    const py = y(t).toFixed(1);
    parts.push(`<line x1="${f.left}" y1="${py}" x2="${right}" y2="${py}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${f.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${escapeXml(formatTick(t))}</text>`);
  }
  for (const t of opts.xTicks) {
    const px = x(t).toFixed(1);
    parts.push(`<line x1="${px}" y1="${bottom}" x2="${px}" y2="${bottom + 5}" stroke="#333"/>`);
    parts.push(`<text x="${px}" y="${bottom + 18}" text-anchor="middle">${escapeXml(formatTick(t))}</text>`);
  }
  parts.push(`<line x1="${f.left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/>`);
  parts.push(`<line x1="${f.left}" y1="${f.top}" x2="${f.left}" y2="${bottom}" stroke="#333"/>`);
  parts.push(`<text x="${(f.left + right) / 2}" y="${f.height - 10}" text-anchor="middle">${escapeXml(opts.xLabel)}</text>`);
  const midY = (f.top + bottom) / 2;
  parts.push(`<text x="16" y="${midY}" text-anchor="middle" transform="rotate(-90 16 ${midY})">${escapeXml(opts.yLabel)}</text>`);
  parts.push(`<text x="${f.width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(opts.title)}</text>`);
  return parts.join('\n');
}

/** A legend box in the top-right corner of the plot area. */
export function legend(frame: Frame, entries: readonly { label: string; color: string }[]): string {
  if (entries.length === 0) return '';
  const right = frame.width - frame.right;
  const width = 14 + Math.max(...entries.map((e) => e.label.length)) * 7 + 16;
  const x0 = right - width - 6;
  const y0 = frame.top + 6;
  const rows = entries.map((e, i) => {
    const y = y0 + 14 + i * 18;
    return `<rect x="${x0 + 8}" y="${y - 6}" width="12" height="12" fill="${e.color}"/><text x="${x0 + 26}" y="${y}" dominant-baseline="middle">${escapeXml(e.label)}</text>`;
  });
  return `<rect x="${x0}" y="${y0}" width="${width}" height="${entries.length * 18 + 10}" fill="#fff" fill-opacity="0.9" stroke="#ccc"/>\n${rows.join('\n')}`;
}

/** Wraps chart content in a standalone SVG document with a white background. */
export function svgDocument(frame: Frame, title: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="Helvetica, Arial, sans-serif" font-size="12" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
