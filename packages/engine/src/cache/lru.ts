/** Hit/miss counters and size of one cache. */
export interface CacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  evictions: number;
  entries: number;
  /** Bytes held (as measured by the cache's size function). */
  bytes: number;
  maxEntries: number;
  maxBytes: number;
}

/** Limits of one cache; `enabled: false` turns it into a no-op that counts nothing. */
export interface CacheLimits {
  enabled: boolean;
  maxEntries: number;
  maxBytes: number;
}

/**
 * A least-recently-used map bounded by entry count and by bytes. A disabled cache is
 * replaced by a no-op at construction, so the hot path does not branch on a flag.
 */
export class LruCache<V> {
  readonly #map = new Map<string, { value: V; bytes: number }>();
  readonly #limits: CacheLimits;
  readonly #sizeOf: (v: V) => number;
  #hits = 0;
  #misses = 0;
  #evictions = 0;
  #bytes = 0;

  constructor(limits: CacheLimits, sizeOf: (v: V) => number) {
    this.#limits = { ...limits };
    this.#sizeOf = sizeOf;
    if (!limits.enabled || limits.maxEntries <= 0 || limits.maxBytes <= 0) {
      this.get = () => undefined;
      this.set = () => undefined;
    }
  }

  get(key: string): V | undefined {
    const e = this.#map.get(key);
    if (e === undefined) { this.#misses++; return undefined; }
    this.#map.delete(key);
    this.#map.set(key, e);
    this.#hits++;
    return e.value;
  }

  set(key: string, value: V): void {
    const bytes = this.#sizeOf(value);
    if (bytes > this.#limits.maxBytes) return;
    const old = this.#map.get(key);
    if (old) { this.#bytes -= old.bytes; this.#map.delete(key); }
    this.#map.set(key, { value, bytes });
    this.#bytes += bytes;
    while (this.#map.size > this.#limits.maxEntries || this.#bytes > this.#limits.maxBytes) {
      const oldest = this.#map.keys().next();
      if (oldest.done === true) break;
      const e = this.#map.get(oldest.value);
      this.#map.delete(oldest.value);
      this.#bytes -= e?.bytes ?? 0;
      this.#evictions++;
    }
  }

  clear(): void {
    this.#map.clear();
    this.#bytes = 0;
  }

  stats(): CacheStats {
    const enabled = this.#limits.enabled && this.#limits.maxEntries > 0 && this.#limits.maxBytes > 0;
    return { enabled, hits: this.#hits, misses: this.#misses, evictions: this.#evictions, entries: this.#map.size, bytes: this.#bytes, maxEntries: this.#limits.maxEntries, maxBytes: this.#limits.maxBytes };
  }
}
