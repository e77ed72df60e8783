import type { Range, SourceLocation } from '../../core/location.js';
import type { PropertiesFile } from '../ast.js';
import { LineIndex } from './line-index.js';
import { CommentNode, PropertyNode, type NodeSource } from './nodes.js';

/**
 * Something `java.util.Properties#load` would reject, found while parsing. The parser keeps going
 * (the text is kept literally), because librdkafka and other readers of `.properties`-style files
 * do not interpret escapes at all: whether it matters is for a rule to decide, knowing the dialect.
 */
export interface PropertiesProblem {
  message: string;
  range: Range;
  loc: SourceLocation;
}

export interface ParsedPropertiesFile extends PropertiesFile {
  entries: PropertyNode[];
  comments: CommentNode[];
  problems: PropertiesProblem[];
  /** Line starts of the text, to compute positions without splitting the text again. */
  lines: LineIndex;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;
const HASH = 0x23;
const BANG = 0x21;
const EQUALS = 0x3d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const LOWER_U = 0x75;
const BOM = 0xfeff;

/** The characters `Properties#load` treats as blanks: space, tab and form feed (not other Unicode spaces). */
function isBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === FORM_FEED;
}

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

function isKeyTerminator(code: number): boolean {
  return code === EQUALS || code === COLON || isBlank(code);
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/** The character a `\x` escape stands for, `\u` excepted. */
function unescapeSimple(code: number): string {
  switch (code) {
    case 0x74:
      return '\t';
    case 0x6e:
      return '\n';
    case 0x72:
      return '\r';
    case 0x66:
      return '\f';
    default:
      return String.fromCharCode(code);
  }
}

/**
 * Why reading a piece of a logical line stopped: at a line break or the end of the text (the
 * logical line is over), or at a character that ends the piece (a separator after a key).
 */
type Stop = 'line-end' | 'char';

/**
 * One linear pass over the text. Nodes keep offsets only (see `NodeSource`); line starts are
 * recorded as line breaks are passed.
 */
class PropertiesScanner {
  readonly #text: string;
  readonly #length: number;
  readonly #source: NodeSource;
  readonly #lines = new LineIndex();
  #pos = 0;
  /** Decoded text of the key or value being read, up to `#pieceFrom`; `undefined` while no escape or continuation was met. */
  #decoded: string | undefined;
  #pieceFrom = 0;

  readonly entries: PropertyNode[] = [];
  readonly comments: CommentNode[] = [];
  readonly problems: PropertiesProblem[] = [];

  constructor(text: string) {
    this.#text = text;
    this.#length = text.length;
    this.#source = { text, lines: this.#lines };
  }

  get lines(): LineIndex {
    return this.#lines;
  }

  scan(): void {
    const text = this.#text;
    // ESLint strips the byte order mark before parsing; a caller that did not gets the same result.
    if (text.charCodeAt(0) === BOM) this.#pos = 1;
    while (this.#pos < this.#length) {
      this.#skipBlanks();
      if (this.#pos >= this.#length) break;
      const code = text.charCodeAt(this.#pos);
      if (isLineBreak(code)) this.#consumeLineBreak();
      else if (code === HASH || code === BANG) this.#readComment();
      else this.#readEntry();
    }
  }

  #skipBlanks(): void {
    const text = this.#text;
    while (this.#pos < this.#length && isBlank(text.charCodeAt(this.#pos))) this.#pos++;
  }

  #consumeLineBreak(): void {
    const text = this.#text;
    if (text.charCodeAt(this.#pos) === CR && text.charCodeAt(this.#pos + 1) === LF) this.#pos += 2;
    else this.#pos += 1;
    this.#lines.addLineStart(this.#pos);
  }

  #lineEndFrom(offset: number): number {
    const text = this.#text;
    let end = offset;
    while (end < this.#length && !isLineBreak(text.charCodeAt(end))) end++;
    return end;
  }

  /** Comments cannot continue on the next line: a trailing backslash in a comment is just text. */
  #readComment(): void {
    const start = this.#pos;
    const end = this.#lineEndFrom(start);
    this.comments.push(new CommentNode(this.#source, start, end));
    this.#pos = end;
  }

  #readEntry(): void {
    const text = this.#text;
    const keyStart = this.#pos;
    this.#beginPiece();
    const keyStop = this.#readKey();
    const keyEnd = this.#pos;
    const key = this.#endPiece(keyEnd);

    // Where an empty value sits: just after the separator, or after the key when there is none.
    let hasSeparator = false;
    let emptyValueAt = keyEnd;
    if (keyStop === 'char') {
      let code = text.charCodeAt(this.#pos);
      this.#pos++;
      hasSeparator = code === EQUALS || code === COLON;
      if (hasSeparator) emptyValueAt = this.#pos;
      // After a blank-terminated key, one `=` or `:` may still follow, surrounded by blanks.
      if (this.#skipSeparatorBlanks() === 'char' && !hasSeparator) {
        code = text.charCodeAt(this.#pos);
        if (code === EQUALS || code === COLON) {
          hasSeparator = true;
          this.#pos++;
          emptyValueAt = this.#pos;
          this.#skipSeparatorBlanks();
        }
      }
    }

    const valueStart = this.#pos;
    this.#beginPiece();
    this.#readValue();
    const valueEnd = this.#pos;
    const value = this.#endPiece(valueEnd);

    // A logical line made only of continuations is blank for `Properties#load`.
    if (key === '' && value === '' && !hasSeparator && keyStop === 'line-end') return;

    const empty = valueStart === valueEnd;
    this.entries.push(
      new PropertyNode(
        this.#source,
        key,
        value,
        keyStart,
        keyEnd,
        empty ? emptyValueAt : valueStart,
        empty ? emptyValueAt : valueEnd,
        valueEnd,
      ),
    );
  }

  /** Reads key characters up to an unescaped `=`, `:` or blank (left unconsumed), or to the end of the logical line. */
  #readKey(): Stop {
    const text = this.#text;
    while (this.#pos < this.#length) {
      const code = text.charCodeAt(this.#pos);
      if (isLineBreak(code)) return 'line-end';
      if (isKeyTerminator(code)) return 'char';
      if (code === BACKSLASH) {
        if (this.#readBackslash() === 'line-end') return 'line-end';
      } else {
        this.#pos++;
      }
    }
    return 'line-end';
  }

  /** Reads the rest of the logical line as the value; Java keeps its trailing blanks. */
  #readValue(): void {
    const text = this.#text;
    while (this.#pos < this.#length) {
      const code = text.charCodeAt(this.#pos);
      if (isLineBreak(code)) return;
      if (code === BACKSLASH) {
        if (this.#readBackslash() === 'line-end') return;
      } else {
        this.#pos++;
      }
    }
  }

  /** Skips blanks between key and value, following line continuations as Java does on the joined logical line. */
  #skipSeparatorBlanks(): Stop {
    const text = this.#text;
    while (this.#pos < this.#length) {
      const code = text.charCodeAt(this.#pos);
      if (isBlank(code)) {
        this.#pos++;
      } else if (code === BACKSLASH && this.#isContinuation(this.#pos)) {
        this.#pos++;
        this.#continueOnNextLine();
      } else {
        return isLineBreak(code) ? 'line-end' : 'char';
      }
    }
    return 'line-end';
  }

  #isContinuation(backslash: number): boolean {
    return backslash + 1 < this.#length && isLineBreak(this.#text.charCodeAt(backslash + 1));
  }

  /** At a line break that follows a continuation backslash: moves to the first non-blank of the next line. */
  #continueOnNextLine(): void {
    this.#consumeLineBreak();
    this.#skipBlanks();
  }

  #beginPiece(): void {
    this.#decoded = undefined;
    this.#pieceFrom = this.#pos;
  }

  #endPiece(end: number): string {
    const tail = this.#text.slice(this.#pieceFrom, end);
    return this.#decoded === undefined ? tail : this.#decoded + tail;
  }

  /** Appends the raw text read so far, then `decoded` for the escape that ends at `resumeAt`. */
  #appendDecoded(escapeStart: number, decoded: string, resumeAt: number): void {
    this.#decoded = (this.#decoded ?? '') + this.#text.slice(this.#pieceFrom, escapeStart) + decoded;
    this.#pieceFrom = resumeAt;
  }

  /** At a backslash inside a key or value: an escape, a line continuation, or a dangling backslash at the end of the text. */
  #readBackslash(): Stop {
    const text = this.#text;
    const start = this.#pos;
    if (start + 1 >= this.#length) {
      // Java drops a backslash that ends the last line.
      this.#appendDecoded(start, '', start + 1);
      this.#pos = start + 1;
      return 'line-end';
    }
    const code = text.charCodeAt(start + 1);
    if (isLineBreak(code)) {
      this.#pos = start + 1;
      this.#continueOnNextLine();
      this.#appendDecoded(start, '', this.#pos);
      return 'char';
    }
    if (code === LOWER_U) {
      this.#readUnicodeEscape(start);
      return 'char';
    }
    this.#appendDecoded(start, unescapeSimple(code), start + 2);
    this.#pos = start + 2;
    return 'char';
  }

  #readUnicodeEscape(start: number): void {
    const text = this.#text;
    let codePoint = 0;
    let digits = 0;
    while (digits < 4 && start + 2 + digits < this.#length) {
      const digit = hexValue(text.charCodeAt(start + 2 + digits));
      if (digit < 0) break;
      codePoint = codePoint * 16 + digit;
      digits++;
    }
    if (digits === 4) {
      this.#appendDecoded(start, String.fromCharCode(codePoint), start + 6);
      this.#pos = start + 6;
      return;
    }
    // Java throws here ("Malformed \uxxxx encoding"); keep the text as written and say so.
    const end = start + 2 + digits;
    this.problems.push({
      message: 'Malformed \\uXXXX escape: Java needs four hexadecimal digits after \\u and rejects this file.',
      range: [start, end],
      loc: this.#lines.locationOf(start, end),
    });
    this.#pos = start + 2;
  }
}

/**
 * Parses a `.properties` file as `java.util.Properties#load` reads it: `=`, `:` or blank separators,
 * `\` line continuations, escapes, `#`/`!` comment lines, any line ending. Duplicate keys are kept
 * as separate entries. Never throws.
 */
export function parseProperties(text: string): ParsedPropertiesFile {
  const scanner = new PropertiesScanner(text);
  scanner.scan();
  return {
    type: 'PropertiesFile',
    entries: scanner.entries,
    comments: scanner.comments,
    problems: scanner.problems,
    lines: scanner.lines,
    range: [0, text.length],
    loc: { start: { line: 1, column: 0 }, end: scanner.lines.positionAt(text.length) },
  };
}
