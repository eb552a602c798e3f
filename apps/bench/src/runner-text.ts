import { MAIN_TEXT } from './corpus';

/** The benchmark text for a mode: CI uses the first two sentences to stay within its time budget. */
export function benchText(ci: boolean): string {
  return ci ? `${MAIN_TEXT.split('. ').slice(0, 2).join('. ')}.` : MAIN_TEXT;
}
