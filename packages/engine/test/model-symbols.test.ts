import { VOCAB } from '@kokoro-ts/g2p';
import { decodeWaveform } from '@kokoro-ts/testkit';
import { afterAll, describe, expect, it } from 'vitest';

import { DECODABLE, disposeEngines, syntheticEngine } from './helpers/engine';

afterAll(disposeEngines);

const FLAP = VOCAB.get('T') ?? -1;
const TAP = VOCAB.get('ɾ') ?? -1;
const TEXT = 'A better kitten sat on the water.';

async function idsSent(options: Parameters<typeof syntheticEngine>[1]): Promise<number[]> {
  const { engine } = await syntheticEngine({}, { audio: DECODABLE, ...options });
  const res = await engine.synthesize(TEXT, { voice: 'af_heart' });
  return decodeWaveform(res.audio, { minGapSamples: 100 }).flatMap((r) => r.tokenIds);
}

describe('symbols the model receives', () => {
  it('sends flaps as T and glottal stops as t, as Kokoro’s reference pipeline does', async () => {
    const ids = await idsSent({});
    expect(FLAP).toBeGreaterThan(0);
    expect(ids).toContain(FLAP); // better, water
    expect(ids).not.toContain(TAP);
    expect(ids).not.toContain(VOCAB.get('ʔ'));
  });

  it('sends misaki’s lexicon symbols unchanged with kokoroV1Symbols: false', async () => {
    const ids = await idsSent({ g2p: { kokoroV1Symbols: false } });
    expect(ids).toContain(TAP);
    expect(ids).toContain(VOCAB.get('ʔ')); // kitten kˈɪʔn
    expect(ids).not.toContain(FLAP);
  });
});
