import { describe, expect, it } from 'vitest';
import { createSentenceSplitter, splitSentences } from '../../src/split/index';

/** A corpus that exercises every boundary rule, including the ambiguous ones. */
const CORPUS = [
  'Dr. Smith met J. R. R. Tolkien at 3.14 p.m. on Main St. The weather was fine... Really? "Yes!" she said.',
  '(It was.) Then they left, etc. and more. He works for Acme Inc. The firm is big. See No. 5 now.',
  '',
  'New paragraph with e.g. examples and https://example.com/a.b?c=d. Visit it. Mail jo.doe@example.com now.',
  'Wait... what? I live in the U.S. The end. Born in 1999. 2005 was better. Pi is 3.14159 exactly!',
  '',
  '',
  'Title without stop',
  '',
  '"Go home." She left. What?! No way… Then silence. ¿Qué? ¡Sí! Version 2.1.3 is out. We meet at 5 p.m. Then we eat.',
].join('\n');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function streamed(text: string, cuts: number[]): { texts: string[]; spans: Array<[number, number]> } {
  const splitter = createSentenceSplitter();
  const spans = createSentenceSplitter();
  const texts: string[] = [];
  const offsets: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(from, cut);
    texts.push(...splitter.push(piece));
    for (const s of spans.pushSentences(piece)) offsets.push([s.start, s.end]);
    from = cut;
  }
  texts.push(...splitter.flush());
  for (const s of spans.flushSentences()) offsets.push([s.start, s.end]);
  return { texts, spans: offsets };
}

describe('createSentenceSplitter', () => {
  const whole = splitSentences(CORPUS);
  const expectedTexts = whole.map((s) => s.text);
  const expectedSpans = whole.map((s) => [s.start, s.end]);

  it('gives the same sentences as the whole-string splitter, one character at a time', () => {
    const cuts = Array.from({ length: CORPUS.length - 1 }, (_, k) => k + 1);
    const got = streamed(CORPUS, cuts);
    expect(got.texts).toEqual(expectedTexts);
    expect(got.spans).toEqual(expectedSpans);
  });

  it('gives the same sentences for 300 random chunkings', () => {
    const rand = rng(42);
    for (let trial = 0; trial < 300; trial++) {
      const cuts: number[] = [];
      let p = 0;
      const maxChunk = 1 + Math.floor(rand() * 12);
      while (p < CORPUS.length) {
        p += 1 + Math.floor(rand() * maxChunk);
        if (p < CORPUS.length) cuts.push(p);
      }
      const got = streamed(CORPUS, cuts);
      expect(got.texts).toEqual(expectedTexts);
      expect(got.spans).toEqual(expectedSpans);
    }
  });

  it('gives the same sentences with a small maxSentenceChars (forced cuts) for random chunkings', () => {
    const options = { maxSentenceChars: 37 };
    const whole37 = splitSentences(CORPUS, options);
    expect(whole37.some((s) => s.boundary === 'length')).toBe(true);
    const rand = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const splitter = createSentenceSplitter(options);
      const got: Array<[string, number, number]> = [];
      let p = 0;
      while (p < CORPUS.length) {
        const q = Math.min(CORPUS.length, p + 1 + Math.floor(rand() * 9));
        for (const s of splitter.pushSentences(CORPUS.slice(p, q))) got.push([s.text, s.start, s.end]);
        p = q;
      }
      for (const s of splitter.flushSentences()) got.push([s.text, s.start, s.end]);
      expect(got).toEqual(whole37.map((s) => [s.text, s.start, s.end]));
    }
  });

  it('holds back a sentence until the boundary is certain', () => {
    const s = createSentenceSplitter();
    expect(s.push('I met Dr.')).toEqual([]);
    expect(s.push(' Smith today. ')).toEqual([]);
    expect(s.push('Pi is 3.')).toEqual(['I met Dr. Smith today.']);
    expect(s.push('14')).toEqual([]);
    expect(s.push(' ok. Then')).toEqual(['Pi is 3.14 ok.']);
    expect(s.flush()).toEqual(['Then']);
    expect(s.flush()).toEqual([]);
  });

  it('waits for the word after an ambiguous abbreviation', () => {
    const s = createSentenceSplitter();
    expect(s.push('It is in the U.S. T')).toEqual([]);
    expect(s.push('he')).toEqual([]);
    expect(s.push(' end')).toEqual(['It is in the U.S.']);
    expect(s.flush()).toEqual(['The end']);
  });

  it('emits at a blank line without waiting for more text', () => {
    const s = createSentenceSplitter();
    expect(s.push('Heading\n')).toEqual([]);
    expect(s.push('\n')).toEqual(['Heading']);
  });

  it('can be reused after flush and ignores empty chunks', () => {
    const s = createSentenceSplitter();
    expect(s.push('')).toEqual([]);
    expect(s.flush()).toEqual([]);
    expect(s.push('One. Two')).toEqual(['One.']);
    expect(s.flush()).toEqual(['Two']);
    expect(s.push('Three. Four. ')).toEqual(['Three.']);
    expect(s.flush()).toEqual(['Four.']);
  });
});
