import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Live values the metrics read at scrape time. */
export interface MetricsSources {
  queueDepth(): number;
  activeStreams(): number;
  /** The engine's plain-data metrics, or undefined while no engine is loaded. */
  engineMetrics(): unknown;
}

/** Prometheus metrics of one server instance (own registry: two servers in a process never share). */
export interface ServerMetrics {
  readonly registry: Registry;
  /** Counts a finished HTTP request. */
  request(route: string, method: string, status: number): void;
  /** Records a finished synthesis: time to first audio byte, total time, audio seconds produced. */
  synthesis(format: string, ttfaSeconds: number | null, totalSeconds: number, audioSeconds: number): void;
  /** Text exposition (`text/plain; version=0.0.4`). */
  render(): Promise<string>;
  readonly contentType: string;
}

/** Flattens numeric leaves of a plain object into `a.b.c -> n`, skipping arrays longer than 32. */
function flatten(value: unknown, prefix: string, out: Map<string, number>, depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'number' && Number.isFinite(value)) out.set(prefix, value);
  else if (typeof value === 'bigint') out.set(prefix, Number(value));
  else if (Array.isArray(value)) {
    if (value.length <= 32) value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  }
}

/**
 * Builds the server's metrics: requests by route and status, time-to-first-audio and total
 * time histograms per format, real-time factor (wall time / audio time, lower is faster),
 * queue depth, active streams, every numeric engine statistic (runs, cache hits, ...) as
 * `kokoro_engine_stat{path}`, and Node's process metrics (memory, event loop, GC).
 * @internal
 */
export function createServerMetrics(sources: MetricsSources): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'kokoro_http_requests_total', help: 'HTTP requests by route, method and status code.', labelNames: ['route', 'method', 'status'] as const, registers: [registry] });
  const ttfa = new Histogram({ name: 'kokoro_speech_time_to_first_audio_seconds', help: 'Time from request to the first encoded audio byte sent.', labelNames: ['format'] as const, buckets: [0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 2, 5], registers: [registry] });
  const total = new Histogram({ name: 'kokoro_speech_duration_seconds', help: 'Total time to synthesize and send a response.', labelNames: ['format'] as const, buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120], registers: [registry] });
  const rtf = new Histogram({ name: 'kokoro_speech_real_time_factor', help: 'Wall time divided by audio duration (below 1 is faster than real time).', labelNames: ['format'] as const, buckets: [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 2], registers: [registry] });
  const audio = new Counter({ name: 'kokoro_speech_audio_seconds_total', help: 'Seconds of audio produced.', labelNames: ['format'] as const, registers: [registry] });
  new Gauge({ name: 'kokoro_queue_depth', help: 'Requests waiting for a synthesis slot.', registers: [registry], collect() { this.set(sources.queueDepth()); } });
  new Gauge({ name: 'kokoro_active_streams', help: 'Syntheses running now.', registers: [registry], collect() { this.set(sources.activeStreams()); } });
  new Gauge({
    name: 'kokoro_engine_stat', help: 'Numeric engine statistics (inference runs, cache hits and misses, ...), by path in the engine metrics object.', labelNames: ['path'] as const, registers: [registry],
    collect() {
      this.reset();
      const values = new Map<string, number>();
      flatten(sources.engineMetrics(), '', values);
      for (const [path, v] of values) this.set({ path }, v);
    },
  });
  return {
    registry,
    request(route, method, status) {
      requests.inc({ route, method, status: String(status) });
    },
    synthesis(format, ttfaSeconds, totalSeconds, audioSeconds) {
      if (ttfaSeconds !== null) ttfa.observe({ format }, ttfaSeconds);
      total.observe({ format }, totalSeconds);
      audio.inc({ format }, audioSeconds);
      if (audioSeconds > 0) rtf.observe({ format }, totalSeconds / audioSeconds);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
