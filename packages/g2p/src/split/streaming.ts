import { scanBoundaries } from './boundaries';
import { type Sentence, type SplitOptions, pushSentence, resolveMaxSentenceChars } from './sentences';

/** Incremental sentence splitter returned by {@link createSentenceSplitter}. */
export interface SentenceSplitter {
  /**
   * Adds streamed text (any chunking, e.g. LLM tokens) and returns the sentences that are now
   * certainly complete. A sentence is held back until the text after it settles the boundary
   * ("Dr." followed by more text, "3." followed by "14").
   */
  push(chunk: string): string[];
  /** Ends the stream: returns the remaining text as sentences (possibly none) and resets the splitter. */
  flush(): string[];
  /** Like {@link SentenceSplitter.push} but returns spans with offsets into the whole stream. */
  pushSentences(chunk: string): Sentence[];
  /** Like {@link SentenceSplitter.flush} but returns spans with offsets into the whole stream. */
  flushSentences(): Sentence[];
}

/**
 * Creates an incremental splitter for streamed text. For any chunking of a text, the sentences
 * returned by `push` and `flush` equal `splitSentences(text, options)` (texts and offsets).
 *
 * Cost: a chunk without `. ! ? …` or a newline is appended without scanning; otherwise the
 * splitter scans the new text plus the undecided tail. Buffered text never exceeds about
 * `maxSentenceChars`, so memory and time stay linear in the stream.
 */
export function createSentenceSplitter(options?: SplitOptions): SentenceSplitter {
  const maxChars = resolveMaxSentenceChars(options);
  let buffer = '';
  let base = 0;
  let resumeAt = 0;

  const take = (final: boolean): Sentence[] => {
    const scan = scanBoundaries(buffer, resumeAt, final, 0, maxChars);
    const shift = base;
    const out: Sentence[] = [];
    let start = 0;
    for (const b of scan.boundaries) {
      pushSentence(buffer, start, b.end, b.kind === 'word' ? 'length' : b.kind, out);
      start = b.end;
    }
    if (final) {
      pushSentence(buffer, start, buffer.length, 'end', out);
      if (out.length > 0) out[out.length - 1]!.boundary = 'end';
      buffer = '';
      base = 0;
      resumeAt = 0;
    } else {
      if (start > 0) buffer = buffer.slice(start);
      resumeAt = scan.resumeAt - start;
      base += start;
    }
    for (const s of out) {
      s.start += shift;
      s.end += shift;
    }
    return out;
  };

  const append = (chunk: string): Sentence[] => {
    // Nothing pending and nothing in the chunk that can end a sentence: no need to scan (or to
    // flatten the buffer, which would make long sentences quadratic).
    if (resumeAt === buffer.length && buffer.length + chunk.length <= maxChars && !canEndSentence(chunk)) {
      buffer += chunk;
      resumeAt = buffer.length;
      return [];
    }
    buffer += chunk;
    return take(false);
  };

  return {
    push: (chunk) => append(chunk).map((s) => s.text),
    flush: () => take(true).map((s) => s.text),
    pushSentences: append,
    flushSentences: () => take(true),
  };
}

function canEndSentence(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return true;
  }
  return false;
}
