import type { OutputBuilder } from './offset-map';
import type { NormalizeOptions } from './options';

/**
 * State shared by the rules during one left-to-right pass. Rules take the position of the
 * character that triggered them and return the position after what they consumed, or -1 when
 * they do not apply (the caller then tries the next rule). Every rule either consumes at least
 * one character or looks at a bounded window, which keeps the pass linear.
 * @internal
 */
export interface ScanContext {
  readonly text: string;
  readonly opts: Readonly<NormalizeOptions>;
  readonly out: OutputBuilder;
  /** British "and" in numbers. */
  readonly and: boolean;
  /** The previous word as written ('' at the start of a sentence); context for Roman numerals and St./Dr. */
  prevWord: string;
  /**
   * Memo for scans that walk an unbounded run and may fail (email local parts, URL hosts): a
   * failed scan from any start inside the run ends at the same place, so it is not repeated.
   */
  noEmailBefore: number;
  noDomainBefore: number;
  /** Inside a Markdown link: where its label ends (`]`, or -1) and where the whole link ends. */
  linkLabelEnd: number;
  linkEnd: number;
  /** Memo: position of the next "]" at or after the last "[" looked at. */
  nextCloseBracket: number;
  /** The current line is a Markdown heading (its break ends a sentence). */
  inHeading: boolean;
}

/** Rule signature. @internal */
export type Rule = (ctx: ScanContext, i: number) => number;
