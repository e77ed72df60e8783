/**
 * Positions shared by code and config findings. Every language of this plugin counts lines from 1
 * and columns from 0, as ESLint's JavaScript language does, so one `loc` shape serves all rules.
 */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

/** Start and end offsets into the file's text, end exclusive. */
export type Range = [number, number];

/** A place in a file that a finding can point at, and that a fix can rewrite. */
export interface Span {
  loc: SourceLocation;
  range: Range;
}
