import { describe, expect, it } from 'vitest';
import { PhonemeCache } from '../src/cache';

describe('PhonemeCache', () => {
  it('evicts the least recently used entry and counts hits and misses', () => {
    const cache = new PhonemeCache<string>(2);
    cache.set('a', '1');
    cache.set('b', '2');
    expect(cache.get('a')).toBe('1'); // a is now most recent
    cache.set('c', '3'); // evicts b
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('1');
    expect(cache.get('c')).toBe('3');
    expect(cache.stats()).toEqual({ hits: 3, misses: 1, size: 2, capacity: 2 });
  });

  it('stores nothing with capacity 0', () => {
    const cache = new PhonemeCache<string>(0);
    cache.set('a', '1');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.stats().size).toBe(0);
  });
});
