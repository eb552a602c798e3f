import { decodeWaveform } from '@kokoro-ts/testkit';
import { afterAll, describe, expect, it } from 'vitest';

import { isEngineError, NORMALIZE_SWITCHES, type Engine, type SynthesisOptions } from '../src/index';
import { G2PRegistry, SWITCHED_G2P_LIMIT } from '../src/pipeline/g2p-registry';
import { nodeAssetFs } from '../src/assets/asset-fs';
import { DECODABLE, disposeEngines, syntheticEngine } from './helpers/engine';

afterAll(disposeEngines);

const PRICE = 'The ticket costs $5 at www.example.com today.';

async function modelIds(engine: Engine, text: string, normalize?: SynthesisOptions['normalize']) {
  const res = await engine.synthesize(text, { voice: 'af_heart', ...(normalize !== undefined ? { normalize } : {}) });
  return { res, ids: decodeWaveform(res.audio, { minGapSamples: 100 }).map((r) => r.tokenIds) };
}

describe('per-call normalization switches', () => {
  it('sends different token ids to the model when a rule is off, and the same ones with explicit defaults', async () => {
    const { engine } = await syntheticEngine({}, { audio: DECODABLE, caches: { phonemes: { maxEntries: 64 }, audio: { maxBytes: 1 << 24 }, primer: false } });
    const on = await modelIds(engine, PRICE);
    const off = await modelIds(engine, PRICE, { currency: false });
    const same = await modelIds(engine, PRICE, { currency: true, urls: true });
    expect(on.ids.flat().length).toBeGreaterThan(0);
    expect(off.ids).not.toEqual(on.ids);
    // explicit default switches (another G2P instance) read exactly like the engine's own
    expect(same.ids).toEqual(on.ids);
    // what reached the model is exactly the G2P reading of each configuration
    const words = (ids: number[]) => ids.filter((id) => id !== 0 && id !== 16);
    expect(words(on.ids.flat())).toEqual(words((await engine.phonemize(PRICE)).tokens));
    expect(words(off.ids.flat())).toEqual(words((await engine.phonemize(PRICE, { normalize: { currency: false } })).tokens));
    // the cache did not hand the default result to the switched call (or the reverse)
    const again = await modelIds(engine, PRICE);
    expect(again.ids).toEqual(on.ids);
  });

  it('phonemize honours the switches; false turns every rule off', async () => {
    const { engine } = await syntheticEngine();
    const text = 'Dr. Smith paid 50% on 1/2/2024.';
    const base = await engine.phonemize(text);
    const noPct = await engine.phonemize(text, { normalize: { titles: false } });
    const none = await engine.phonemize(text, { normalize: false });
    expect(noPct.phonemes).not.toEqual(base.phonemes);
    expect(none.phonemes).not.toEqual(base.phonemes);
    expect(none.phonemes).not.toEqual(noPct.phonemes);
    expect(await engine.phonemize(text, { normalize: { titles: true } })).toEqual(base);
    expect(await engine.phonemize(text, { normalize: true })).toEqual(base);
  });

  it('keeps inline pronunciation links verbatim around normalized text', async () => {
    const { engine } = await syntheticEngine();
    const text = 'Say [Kokoro](/kˈOkəɹO/) for $5 now.';
    const base = await engine.phonemize(text);
    expect(base.phonemes).toContain('kˈOkəɹO');
    const same = await engine.phonemize(text, { normalize: { currency: true } });
    expect(same).toEqual(base);
    const off = await engine.phonemize(text, { normalize: { currency: false } });
    expect(off.phonemes).toContain('kˈOkəɹO');
    expect(off.phonemes).not.toEqual(base.phonemes);
  });

  it('rejects an unknown switch or a wrong value with KOKORO_ENGINE_BAD_OPTIONS naming it', async () => {
    const { engine } = await syntheticEngine();
    const bad = { currencies: false } as unknown as { currency: boolean };
    const err: unknown = await engine.synthesize(PRICE, { normalize: bad }).catch((e: unknown) => e);
    expect(isEngineError(err, 'KOKORO_ENGINE_BAD_OPTIONS')).toBe(true);
    expect((err as Error).message).toContain('"currencies"');
    expect((err as Error).message).toContain('currency');
    expect((err as { details: { allowed: string[] } }).details.allowed).toEqual(expect.arrayContaining(['urls', 'currency', 'dateOrder']));
    const wrongType = { currency: 'no' } as unknown as { currency: boolean };
    const err2: unknown = await engine.phonemize(PRICE, { normalize: wrongType }).catch((e: unknown) => e);
    expect(isEngineError(err2, 'KOKORO_ENGINE_BAD_OPTIONS')).toBe(true);
    const streamErr: unknown = await (async () => { for await (const _ of engine.stream(PRICE, { normalize: bad })) { /* must not get here */ } })().catch((e: unknown) => e);
    expect(isEngineError(streamErr, 'KOKORO_ENGINE_BAD_OPTIONS')).toBe(true);
  });

  it('lists the boolean rules of g2p', () => {
    expect(NORMALIZE_SWITCHES).toEqual(expect.arrayContaining(['currency', 'urls', 'cardinals', 'acronyms', 'controlChars']));
    expect(NORMALIZE_SWITCHES).not.toContain('lang');
    expect(NORMALIZE_SWITCHES).not.toContain('emoji');
  });

  it('applies call switches on top of the engine\'s own normalization options', async () => {
    const { engine: base } = await syntheticEngine({}, { g2p: { normalize: { currency: false } } });
    const { engine: plain } = await syntheticEngine();
    expect(await base.phonemize(PRICE)).toEqual(await plain.phonemize(PRICE, { normalize: { currency: false } }));
    expect(await base.phonemize(PRICE, { normalize: { urls: false } })).toEqual(await plain.phonemize(PRICE, { normalize: { currency: false, urls: false } }));
  });

  it('keeps at most SWITCHED_G2P_LIMIT switched G2P instances, and one per switch set', async () => {
    const registry = new G2PRegistry({ g2pOptions: {}, lexicons: false, cacheDir: '/nonexistent', download: false, fs: nodeAssetFs, warn: () => undefined });
    const engineG2P = await registry.get('en-us');
    const first = registry.get('en-us', 'currency=false', { currency: false });
    expect(registry.get('en-us', 'currency=false', { currency: false })).toBe(first);
    const names = NORMALIZE_SWITCHES.slice(0, SWITCHED_G2P_LIMIT + 2);
    for (const name of names) await registry.get('en-us', `${name}=false`, { [name]: false });
    expect(registry.switchedCount).toBe(SWITCHED_G2P_LIMIT);
    expect(await registry.get('en-us')).toBe(engineG2P);
  });
});
