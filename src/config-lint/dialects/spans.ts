import type { Position, Range, SourceLocation, Span } from '../../core/location.js';

/** Turns an offset into a position; each file's language supplies one (1-based lines, 0-based columns). */
export type LocAt = (offset: number) => Position;

export function spanOf(locAt: LocAt, start: number, end: number): Span {
  return { range: [start, end], loc: { start: locAt(start), end: locAt(end) } };
}

/**
 * A span from a node that already knows its location (properties entries do). The span shares the
 * node's objects: nothing writes to a position once parsed.
 */
export function spanFrom(range: Range, loc: SourceLocation): Span {
  return { range, loc };
}

export const FILE_START: Span = { range: [0, 0], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } };
