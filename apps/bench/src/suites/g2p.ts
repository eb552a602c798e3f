/**
 * G2P throughput: `g2p.phonemize` over a multi-paragraph document with its cache off, in
 * words per second.
 */
import { createG2P } from '@kokoro-ts/g2p';
import { countWords, G2P_TEXT } from '../corpus';
import type { G2PResult } from '../result';
import { median, summarize } from '../stats';
import { repeat, type SuiteContext } from './context';

/** Times `phonemize(text)` passes. */
export async function measureG2P(ctx: SuiteContext, phonemize: (text: string) => unknown, text: string = G2P_TEXT): Promise<G2PResult> {
  const words = countWords(text);
  const ms = await repeat(ctx, () => {
    const t0 = ctx.now();
    phonemize(text);
    return Promise.resolve(ctx.now() - t0);
  });
  const result = { words, msPerPass: summarize(ms), wordsPerSecond: (words / median(ms)) * 1000 };
  ctx.log(`g2p: ${result.wordsPerSecond.toFixed(0)} words/s`);
  return result;
}

/** The suite as the runner calls it. */
export async function runG2PSuite(input: { ctx: SuiteContext }): Promise<{ g2p: G2PResult }> {
  const g2p = await createG2P({ cacheSize: 0 });
  return { g2p: await measureG2P(input.ctx, (t) => g2p.phonemize(t)) };
}
