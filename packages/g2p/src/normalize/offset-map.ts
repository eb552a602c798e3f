/**
 * Maps spans of normalized text back to the input spans they came from, so word timestamps can
 * point at the words the user wrote.
 */

/** A span of the input text, in UTF-16 code units, end exclusive. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** Output-to-input position map produced by {@link normalize}. */
export interface OffsetMap {
  /** Number of pieces (each a run of output that came from one input span). */
  readonly size: number;
  /**
   * The input span that produced output `[start, end)`. Text copied unchanged maps exactly,
   * character by character; a rewritten piece ("$5" -> "five dollars") maps any part of it to
   * the whole source ("$5"). An empty range maps to an empty span at its position.
   */
  toSource(start: number, end: number): SourceSpan;
}

/**
 * Collects output pieces with their source spans, inserts the spaces that separate words, and
 * collapses whitespace. Spaces are added only between a word and a preceding letter or digit,
 * so "5km" becomes "five kilometers" and "(5)" stays "(five)".
 * @internal
 */
export class OutputBuilder {
  private readonly parts: string[] = [];
  private readonly outStarts: number[] = [];
  private readonly srcStarts: number[] = [];
  private readonly srcEnds: number[] = [];
  private readonly verbatim: boolean[] = [];
  private length = 0;
  private lastCode = 0;
  private pendingKind: 0 | 1 | 2 = 0;
  private pendingStart = 0;
  private pendingEnd = 0;
  private pendingPlain = false;

  /**
   * Whitespace from the input; emitted lazily so leading and trailing whitespace disappears.
   * `plain` says the source is exactly one ASCII space (so the output space maps exactly).
   */
  space(start: number, end: number, paragraph: boolean, plain = false): void {
    if (this.length === 0) return;
    if (this.pendingKind === 0) {
      this.pendingStart = start;
      this.pendingKind = paragraph ? 2 : 1;
      this.pendingPlain = plain;
    } else {
      if (paragraph) this.pendingKind = 2;
      this.pendingPlain = false;
    }
    this.pendingEnd = end;
  }

  /** A word (or several words) that must be separated from a preceding letter or digit. */
  word(text: string, start: number, end: number, verbatim = false): void {
    if (text.length === 0) return;
    this.flushSpace();
    if (this.length > 0 && isWordCode(this.lastCode)) this.push(' ', start, start, false);
    this.push(text, start, end, verbatim);
  }

  /** Punctuation or text that attaches to what precedes it. */
  attach(text: string, start: number, end: number, verbatim = false): void {
    if (text.length === 0) return;
    this.flushSpace();
    this.push(text, start, end, verbatim);
  }

  /** Punctuation that closes what precedes it: a pending space is dropped, not written before it. */
  close(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    this.pendingKind = 0;
    this.push(text, start, end, false);
  }

  /** Drops a pending space that no input whitespace produced (the gap a spoken symbol leaves before a comma). */
  dropSyntheticSpace(): void {
    if (this.pendingKind === 1 && this.pendingStart === this.pendingEnd) this.pendingKind = 0;
  }

  /** The code unit most recently written, 0 when nothing was. */
  lastChar(): number {
    return this.lastCode;
  }

  /** True when nothing but whitespace would separate the next piece from the previous one. */
  hasPendingSpace(): boolean {
    return this.pendingKind !== 0;
  }

  finish(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new PieceOffsetMap(this.outStarts, this.srcStarts, this.srcEnds, this.verbatim, this.length) };
  }

  private flushSpace(): void {
    if (this.pendingKind === 0) return;
    const kind = this.pendingKind;
    this.pendingKind = 0;
    if (this.lastCode === 32 || this.lastCode === 10) return;
    this.push(kind === 2 ? '\n\n' : ' ', this.pendingStart, this.pendingEnd, kind === 1 && this.pendingPlain);
  }

  private push(text: string, start: number, end: number, verbatim: boolean): void {
    this.parts.push(text);
    const last = this.srcEnds.length - 1;
    // Consecutive text copied unchanged shares one piece: plain prose costs one map entry.
    if (verbatim && last >= 0 && this.verbatim[last] === true && this.srcEnds[last] === start && end - start === text.length) {
      this.srcEnds[last] = end;
      this.length += text.length;
      this.lastCode = text.charCodeAt(text.length - 1);
      return;
    }
    this.outStarts.push(this.length);
    this.srcStarts.push(start);
    this.srcEnds.push(end);
    this.verbatim.push(verbatim && end - start === text.length);
    this.length += text.length;
    this.lastCode = text.charCodeAt(text.length - 1);
  }
}

function isWordCode(code: number): boolean {
  if (code >= 48 && code <= 57) return true;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code >= 0xc0 && code !== 0x2014 && code !== 0x2026 && code !== 0x201d && code !== 0x201c;
}

class PieceOffsetMap implements OffsetMap {
  constructor(
    private readonly outStarts: number[],
    private readonly srcStarts: number[],
    private readonly srcEnds: number[],
    private readonly verbatim: boolean[],
    private readonly outLength: number,
  ) {}

  get size(): number {
    return this.outStarts.length;
  }

  toSource(start: number, end: number): SourceSpan {
    const n = this.outStarts.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.max(0, Math.min(start, this.outLength));
    const e = Math.max(s, Math.min(end, this.outLength));
    const first = this.pieceAt(s);
    if (e === s) {
      const pos = this.pointInPiece(first, s);
      return { start: pos, end: pos };
    }
    const last = this.pieceAt(e - 1);
    const from = this.verbatim[first] ? this.pointInPiece(first, s) : this.srcStarts[first]!;
    const to = this.verbatim[last] ? this.pointInPiece(last, e - 1) + 1 : this.srcEnds[last]!;
    return { start: Math.min(from, to), end: Math.max(from, to) };
  }

  private pointInPiece(piece: number, out: number): number {
    if (this.verbatim[piece]) return this.srcStarts[piece]! + (out - this.outStarts[piece]!);
    return out === this.outStarts[piece] ? this.srcStarts[piece]! : this.srcEnds[piece]!;
  }

  private pieceAt(out: number): number {
    let lo = 0;
    let hi = this.outStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.outStarts[mid]! <= out) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
