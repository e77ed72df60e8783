import type { Position, SourceLocation } from '../../core/location.js';

/**
 * The start offset of every line of a text, recorded while the parser passes the line breaks, so
 * that a position can be computed for any offset later without reading the text again.
 */
export class LineIndex {
  /** Offsets where lines start; the first line starts at 0. */
  readonly #lineStarts: number[] = [0];

  /** Records that a line starts at `offset` (just after a line break); offsets must grow. */
  addLineStart(offset: number): void {
    this.#lineStarts.push(offset);
  }

  /** The position (1-based line, 0-based column) of an offset. */
  positionAt(offset: number): Position {
    const lineStarts = this.#lineStarts;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! };
  }

  locationOf(start: number, end: number): SourceLocation {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
