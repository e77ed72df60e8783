import type { Position, Range, SourceLocation, Span } from '../../core/location.js';

/** Turns an offset into a position; each file's language supplies one (1-based lines, 0-based columns). */
export type LocAt = (offset: number) => Position;

/**
 * A span whose `loc` is worked out on first read: extraction makes two spans per setting, and most
 * are never reported, while each position costs a search of the file's line starts.
 */
class LazySpan implements Span {
  readonly range: Range;
  readonly #locAt: LocAt;
  #loc: SourceLocation | undefined;

  constructor(locAt: LocAt, start: number, end: number) {
    this.range = [start, end];
    this.#locAt = locAt;
  }

  get loc(): SourceLocation {
    return (this.#loc ??= { start: this.#locAt(this.range[0]), end: this.#locAt(this.range[1]) });
  }
}

export function spanOf(locAt: LocAt, start: number, end: number): Span {
  return new LazySpan(locAt, start, end);
}

/**
 * A span from a node that already knows its location (properties entries do). The span shares the
 * node's objects: nothing writes to a position once parsed.
 */
export function spanFrom(range: Range, loc: SourceLocation): Span {
  return { range, loc };
}

export const FILE_START: Span = { range: [0, 0], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } };
