/** Plain-data snapshot of a histogram: cumulative buckets in the Prometheus style. */
export interface HistogramSnapshot {
  count: number;
  /** Sum of all observations, ms. */
  sum: number;
  /** Smallest and largest observation (0 when empty), ms. */
  min: number;
  max: number;
  /** `count` = observations <= `le` (ms); the last bucket has `le: Infinity`. */
  buckets: { le: number; count: number }[];
}

/** Default bucket bounds for latencies, ms: 1 ms to 60 s. */
export const LATENCY_BUCKETS_MS: readonly number[] = Object.freeze([1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000]);

/** @internal A fixed-bucket histogram (constant memory, cheap to observe). */
export class Histogram {
  private readonly bounds: readonly number[];
  private readonly counts: number[];
  private count = 0;
  private sum = 0;
  private min = Infinity;
  private max = 0;

  constructor(bounds: readonly number[] = LATENCY_BUCKETS_MS) {
    this.bounds = bounds;
    this.counts = new Array<number>(bounds.length + 1).fill(0);
  }

  observe(value: number): void {
    let i = 0;
    while (i < this.bounds.length && value > this.bounds[i]!) i++;
    this.counts[i]!++;
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  mean(): number | undefined {
    return this.count === 0 ? undefined : this.sum / this.count;
  }

  snapshot(): HistogramSnapshot {
    let running = 0;
    const buckets = this.counts.map((c, i) => {
      running += c;
      return { le: this.bounds[i] ?? Infinity, count: running };
    });
    return { count: this.count, sum: this.sum, min: this.count ? this.min : 0, max: this.max, buckets };
  }
}
