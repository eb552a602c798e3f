import { scanBoundaries } from './boundaries';
import { type Sentence, pushSentence } from './sentences';

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
 * Creates an incremental splitter for streamed text. For any chunking of a text, the
 * concatenation of what `push` and `flush` return equals `splitSentences(text)`.
 *
 * Cost: each push scans only the new text plus the undecided tail (usually a few characters),
 * so a stream costs linear time unless a single undecided run (e.g. thousands of dots with no
 * space) is itself streamed in tiny pieces.
 */
export function createSentenceSplitter(): SentenceSplitter {
  let buffer = '';
  let base = 0;
  let resumeAt = 0;

  const take = (final: boolean): Sentence[] => {
    const scan = scanBoundaries(buffer, resumeAt, final);
    const shift = base;
    const out: Sentence[] = [];
    let start = 0;
    for (const b of scan.boundaries) {
      pushSentence(buffer, start, b.end, b.paragraph ? 'paragraph' : 'sentence', out);
      start = b.end;
    }
    if (final) {
      pushSentence(buffer, start, buffer.length, 'end', out);
      if (out.length > 0) out[out.length - 1]!.boundary = 'end';
      buffer = '';
      base = 0;
      resumeAt = 0;
    } else if (start > 0) {
      buffer = buffer.slice(start);
      resumeAt = scan.resumeAt - start;
    } else {
      resumeAt = scan.resumeAt;
    }
    if (!final) base += start;
    for (const s of out) {
      s.start += shift;
      s.end += shift;
    }
    return out;
  };

  return {
    push: (chunk) => {
      buffer += chunk;
      return take(false).map((s) => s.text);
    },
    flush: () => take(true).map((s) => s.text),
    pushSentences: (chunk) => {
      buffer += chunk;
      return take(false);
    },
    flushSentences: () => take(true),
  };
}
