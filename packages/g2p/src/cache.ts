/** Hit/miss counters of a {@link PhonemeCache}. */
export interface CacheStats {
  /** Lookups answered from the cache. */
  hits: number;
  /** Lookups that had to be computed. */
  misses: number;
  /** Entries currently held. */
  size: number;
  /** Most entries the cache holds before evicting the least recently used one. */
  capacity: number;
}

/**
 * A bounded least-recently-used cache of word -> phonemes. A `Map` keeps insertion order, so re-inserting on a hit
 * moves the key to the back and the first key is always the least recently used.
 * @internal
 */
export class PhonemeCache<V = string> {
  private readonly map = new Map<string, V>();
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Recency only matters once eviction is near; below half capacity the delete+set refresh is skipped.
    if (this.map.size > this.capacity >> 1) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.capacity <= 0) return;
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, size: this.map.size, capacity: this.capacity };
  }
}
