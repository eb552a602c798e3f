import { MAIN_TEXT } from './corpus';

/**
 * The benchmark text for a mode. CI uses the first sentence (three segments, ~75 tokens) so
 * the time budget buys many paired runs: on a shared machine the number of pairs, not their
 * length, is what narrows the overhead's confidence interval.
 */
export function benchText(ci: boolean): string {
  return ci ? `${MAIN_TEXT.split('. ')[0]!}.` : MAIN_TEXT;
}
