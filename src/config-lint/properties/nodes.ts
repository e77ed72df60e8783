import type { Range, SourceLocation } from '../../core/location.js';
import type { ConfigComment, PropertyEntry } from '../ast.js';
import type { LineIndex } from './line-index.js';

/**
 * What one file's nodes share: its text and line index. Nodes keep offsets and build their ranges,
 * locations and raw text when read, so that parsing allocates one object per node: a `.properties`
 * file is parsed at the speed of a plain line splitter, and a rule that reads a few entries pays
 * for those only.
 */
export interface NodeSource {
  readonly text: string;
  readonly lines: LineIndex;
}

/** A `Property` entry (see `PropertyEntry`); its getters return new objects at each call. */
export class PropertyNode implements PropertyEntry {
  readonly type = 'Property' as const;
  readonly key: string;
  readonly value: string;
  readonly #source: NodeSource;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;
  readonly #end: number;

  /** `end` is the end of the logical line: the end of the value, or of the blanks after an empty one. */
  constructor(
    source: NodeSource,
    key: string,
    value: string,
    keyStart: number,
    keyEnd: number,
    valueStart: number,
    valueEnd: number,
    end: number,
  ) {
    this.#source = source;
    this.key = key;
    this.value = value;
    this.#keyStart = keyStart;
    this.#keyEnd = keyEnd;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
    this.#end = end;
  }

  get rawKey(): string {
    return this.#source.text.slice(this.#keyStart, this.#keyEnd);
  }

  get rawValue(): string {
    return this.#source.text.slice(this.#valueStart, this.#valueEnd);
  }

  get keyRange(): Range {
    return [this.#keyStart, this.#keyEnd];
  }

  get keyLoc(): SourceLocation {
    return this.#source.lines.locationOf(this.#keyStart, this.#keyEnd);
  }

  get valueRange(): Range {
    return [this.#valueStart, this.#valueEnd];
  }

  get valueLoc(): SourceLocation {
    return this.#source.lines.locationOf(this.#valueStart, this.#valueEnd);
  }

  get range(): Range {
    return [this.#keyStart, this.#end];
  }

  get loc(): SourceLocation {
    return this.#source.lines.locationOf(this.#keyStart, this.#end);
  }

  /** The node as plain data, for `JSON.stringify`, snapshots and debugging. */
  toJSON(): PropertyEntry {
    const { type, key, value, rawKey, rawValue, keyRange, keyLoc, valueRange, valueLoc, range, loc } = this;
    return { type, key, value, rawKey, rawValue, keyRange, keyLoc, valueRange, valueLoc, range, loc };
  }
}

/** A `#` or `!` comment line (see `ConfigComment`); its getters return new objects at each call. */
export class CommentNode implements ConfigComment {
  readonly type = 'Comment' as const;
  readonly #source: NodeSource;
  readonly #start: number;
  readonly #end: number;

  constructor(source: NodeSource, start: number, end: number) {
    this.#source = source;
    this.#start = start;
    this.#end = end;
  }

  /** The text after the `#` or `!` marker. */
  get value(): string {
    return this.#source.text.slice(this.#start + 1, this.#end);
  }

  get range(): Range {
    return [this.#start, this.#end];
  }

  get loc(): SourceLocation {
    return this.#source.lines.locationOf(this.#start, this.#end);
  }

  toJSON(): ConfigComment {
    const { type, value, range, loc } = this;
    return { type, value, range, loc };
  }
}
