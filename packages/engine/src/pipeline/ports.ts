/**
 * The parts of `@kokoro-ts/sessions` and `@kokoro-ts/g2p` the synthesis pipeline uses,
 * as structural types: the pipeline is written against these, `createEngine` passes the
 * real session pool and G2P.
 * @internal
 */
import type { TensorInfo } from '../model/signature';

/** @internal A tensor crossing the worker boundary. */
export interface TensorPort {
  type: 'int64' | 'int32' | 'float32';
  data: BigInt64Array | Int32Array | Float32Array;
  dims: number[];
}

/** @internal What the pipeline needs from a session pool. */
export interface PoolPort {
  readonly metadata: { inputs: readonly TensorInfo[]; outputs: readonly TensorInfo[] };
  run(feeds: Record<string, TensorPort>, options?: { signal?: AbortSignal; size?: number }): Promise<{
    outputs: Record<string, TensorPort>;
    timing: { queueWaitMs: number; runMs: number; sessionId: string; provider: string };
  }>;
}

/** @internal A word of a segment with its token span (ids without pads, end exclusive). */
export interface SegmentWordPort {
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** @internal One model-sized piece of text from G2P. */
export interface SegmentPort {
  text: string;
  phonemes: string;
  ids: number[];
  words: SegmentWordPort[];
  boundary: 'paragraph' | 'sentence' | 'clause' | 'word' | 'end';
}

/** @internal What the pipeline needs from a G2P instance. */
export interface G2PPort {
  phonemize(text: string): { phonemes: string };
  segments(text: string, options?: { maxTokens?: number; firstSegmentTokens?: number }): SegmentPort[];
}

/** @internal A sentence from the splitter and what follows it (`paragraph`, `sentence`, `end`, or e.g. `length` for a forced cut). */
export interface SentencePort {
  text: string;
  boundary: string;
}

/** @internal Incremental sentence splitter for streamed text. */
export interface SentenceSplitterPort {
  pushSentences(chunk: string): SentencePort[];
  flushSentences(): SentencePort[];
}
