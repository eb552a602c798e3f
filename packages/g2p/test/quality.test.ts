import { beforeAll, describe, expect, it } from 'vitest';
import { createG2P, type G2P } from '../src/index';
import { readPairs } from './helpers';

/**
 * Agreement with expected misaki-convention phonemes. Floors are set just under the measured values (see README) so a
 * regression fails the test; raise them when quality improves.
 */
let us: G2P;
let usRaw: G2P;
let gb: G2P;
beforeAll(async () => {
  us = await createG2P();
  usRaw = await createG2P({ normalize: false });
  gb = await createG2P({ lang: 'en-gb', normalize: false });
});

function agreement(g: G2P, file: string): { rate: number; total: number; misses: string[] } {
  const pairs = readPairs(file);
  const misses = pairs.filter(([text, expected]) => g.phonemize(text).phonemes !== expected).map(([text]) => text);
  return { rate: 1 - misses.length / pairs.length, total: pairs.length, misses };
}

describe('quality', () => {
  it('own US word list (several hundred words)', () => {
    const r = agreement(usRaw, 'quality-us.tsv');
    expect(r.total).toBeGreaterThanOrEqual(250);
    console.log(`quality-us: ${(r.rate * 100).toFixed(1)}% of ${r.total}`);
    expect(r.rate).toBeGreaterThanOrEqual(0.94);
  });

  it('own US sentences', () => {
    const r = agreement(us, 'sentences-us.tsv');
    console.log(`sentences-us: ${(r.rate * 100).toFixed(1)}% of ${r.total}; misses: ${r.misses.join(' | ')}`);
    expect(r.rate).toBeGreaterThanOrEqual(0.99);
  });

  it('own GB word list', () => {
    const r = agreement(gb, 'quality-gb.tsv');
    console.log(`quality-gb: ${(r.rate * 100).toFixed(1)}% of ${r.total}`);
    expect(r.rate).toBeGreaterThanOrEqual(0.95);
  });

  it("misaki's GB gold lexicon: development sample", () => {
    const r = agreement(gb, 'misaki-gb-gold-dev.tsv');
    console.log(`misaki GB gold dev: ${(r.rate * 100).toFixed(1)}% of ${r.total}`);
    expect(r.rate).toBeGreaterThanOrEqual(0.95);
  });

  it("misaki's US gold lexicon: development sample and held-out sample", () => {
    const dev = agreement(usRaw, 'misaki-us-gold-dev.tsv');
    const held = agreement(usRaw, 'misaki-us-gold-heldout.tsv');
    console.log(`misaki gold dev: ${(dev.rate * 100).toFixed(1)}% of ${dev.total}; held-out: ${(held.rate * 100).toFixed(1)}% of ${held.total}`);
    expect(dev.rate).toBeGreaterThanOrEqual(0.935);
    expect(held.rate).toBeGreaterThanOrEqual(0.59);
  });
});
