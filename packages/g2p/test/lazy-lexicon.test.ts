import { describe, expect, it } from 'vitest';
import * as g2p from '../src/index';

describe('lazy embedded lexicon', () => {
  it('is not loaded by importing the package, only by createG2P', async () => {
    expect(g2p.isEmbeddedLexiconLoaded()).toBe(false);
    await g2p.createG2P();
    expect(g2p.isEmbeddedLexiconLoaded()).toBe(true);
  });
});
