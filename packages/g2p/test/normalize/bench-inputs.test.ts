import { describe, expect, it } from 'vitest';
import { adversarialInputs, denseCorpus, proseCorpus } from '../../bench/normalize-corpus';
import { normalizeText } from '../../src/normalize/index';

describe('normalization benchmark inputs', () => {
  it('have the advertised sizes', () => {
    expect(proseCorpus(100_000)).toHaveLength(100_000);
    expect(denseCorpus(50_000)).toHaveLength(50_000);
    const adversarial = adversarialInputs();
    expect(adversarial['digits 10k']).toHaveLength(10_000);
    expect(adversarial['dots 100k']).toHaveLength(100_000);
    expect(adversarial['binary garbage 1M']).toHaveLength(1_000_000);
  });

  it('exercise the rules: the dense corpus normalizes to text without digits or symbols', () => {
    const dense = denseCorpus(5_000);
    const out = normalizeText(dense.slice(0, dense.lastIndexOf('\n\n')));
    expect(out).not.toMatch(/[0-9$%°@&€£]/);
    for (const phrase of ['three point two billion dollars', 'five five five, one two three', 'January fifth, twenty twenty-four',
      'minus twelve degrees Celsius', 'version two point one point three', 'Henry the eighth', 'World War two', 'the nineteen nineties',
      'F B I', 'Baker Street', 'for example', 'number five versus number seven']) {
      expect(out).toContain(phrase);
    }
  });
});
