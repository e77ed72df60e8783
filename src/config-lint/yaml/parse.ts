import { Composer, LineCounter, Parser, Schema, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';

import type { Position, Range, SourceLocation } from '../../core/location.js';
import type { ConfigComment, YamlFile } from '../ast.js';
import { scanCstToken, type CommentToken } from './cst-scan.js';

export { yaml11Boolean } from './yaml11-boolean.js';

/** A problem the `yaml` package found, with our positions (1-based lines, 0-based columns). */
export interface YamlProblem {
  /** The `yaml` package's error code: `BAD_INDENT`, `TAB_AS_INDENT`, `RESOURCE_EXHAUSTION`, … */
  code: string;
  /** One line, without the source excerpt that `prettyErrors` would add. */
  message: string;
  range: Range;
  loc: SourceLocation;
}

export interface YamlParseResult {
  /** Always built, even when `errors` is not empty (the documents then hold what could be composed). */
  file: YamlFile;
  /** Problems that make the file unreadable by a YAML loader, in source order. */
  errors: YamlProblem[];
  /** Problems a loader tolerates (unknown tags, unknown directives), in source order. */
  warnings: YamlProblem[];
}

/**
 * Errors that leave every node where it was written: an unknown tag only loses the tag's meaning
 * (CloudFormation-style `!Ref` in a compose file must not stop linting). Duplicate keys are
 * reported by rules, never by the parser.
 */
const TOLERATED_ERRORS = new Set<string>(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED']);

/**
 * Deepest nesting of collections that is composed. Real configuration nests a few dozen levels;
 * the limit keeps the `yaml` composer's recursion far from the stack's end (see `scanCstToken`).
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * Every scalar is read as its string, except null: each tool types values its own way (Spring's
 * YAML 1.1 booleans, Kafka's ConfigDef, a compose environment's strings), so the extractors type
 * them from the text, and resolving each plain scalar against the core schema's number and boolean
 * patterns cost ~4% of the parse for values nothing read. Merge keys (`<<`) are recognised. One
 * schema serves every document, which the `yaml` package would otherwise build per document.
 */
const SCHEMA = new Schema({ schema: 'failsafe', customTags: ['null'], merge: true });

/**
 * `strict: false` stops the `yaml` package from rejecting content that is unambiguous (a long
 * implicit key, a comment right after a quote), which loaders accept.
 */
const COMPOSE_OPTIONS: DocumentOptions & ParseOptions & SchemaOptions = {
  schema: SCHEMA,
  uniqueKeys: false,
  prettyErrors: false,
  strict: false,
  logLevel: 'silent',
};

/**
 * The `yaml` package only breaks lines at LF and CRLF; YAML itself also at a lone CR. Replacing a
 * lone CR by LF keeps every offset, so ranges stay valid for the original text.
 */
function withLoneCarriageReturnsAsNewlines(text: string): string {
  return /\r(?!\n)/u.test(text) ? text.replace(/\r(?!\n)/gu, '\n') : text;
}

/** The position (1-based line, 0-based column) of an offset, from the line starts the parser recorded. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  // `lineCounter.linePos` searches the same way but allocates a second object per position; every
  // entry of every file needs four positions.
  const starts = lineCounter.lineStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  // `low` lines start at or before the offset.
  return low === 0 ? { line: 1, column: offset } : { line: low, column: offset - starts[low - 1]! };
}

function locationOf(lineCounter: LineCounter, [start, end]: Range): SourceLocation {
  return { start: positionAt(lineCounter, start), end: positionAt(lineCounter, end) };
}

/** Longest message kept whole: some messages quote the offending token, which can be a whole file. */
const MAX_MESSAGE_LENGTH = 160;

/** The first line of a message, cut to a length an editor hover or a terminal line can show. */
function conciseMessage(message: string): string {
  const newline = message.indexOf('\n');
  const line = (newline === -1 ? message : message.slice(0, newline)).trim();
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH)}…` : line;
}

function toProblem(error: YAMLError, lineCounter: LineCounter, textLength: number): YamlProblem {
  const start = Math.min(Math.max(error.pos[0], 0), textLength);
  const end = Math.min(Math.max(error.pos[1], start), textLength);
  return {
    code: error.code,
    message: conciseMessage(error.message),
    range: [start, end],
    loc: locationOf(lineCounter, [start, end]),
  };
}

function toComment(token: CommentToken, lineCounter: LineCounter): ConfigComment {
  // A comment token may carry the CR of a CRLF line break.
  const source = token.source.endsWith('\r') ? token.source.slice(0, -1) : token.source;
  const range: Range = [token.offset, token.offset + source.length];
  return { type: 'Comment', value: source.slice(1), range, loc: locationOf(lineCounter, range) };
}

function nestingTooDeep(offset: number, lineCounter: LineCounter): YamlProblem {
  const range: Range = [offset, offset + 1];
  return {
    code: 'NESTING_TOO_DEEP',
    message: `Collections nested more than ${MAX_NESTING_DEPTH} levels deep are not parsed`,
    range,
    loc: locationOf(lineCounter, range),
  };
}

/**
 * Whether the CST scan has anything to find. Without a `#` the file has no comment; and each
 * collection is opened by an indicator of its own (`-`, `:` or `?` in block style, `[` or `{` in flow
 * style), so a file with at most MAX_NESTING_DEPTH of these characters cannot nest deeper than the
 * limit. Most config files qualify, and the scan visits every node.
 */
function needsCstScan(text: string): boolean {
  if (text.includes('#')) return true;
  let indicators = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code === 0x2d || code === 0x3a || code === 0x3f || code === 0x5b || code === 0x7b) && ++indicators > MAX_NESTING_DEPTH) return true;
  }
  return false;
}

function byCommentOffset(a: CommentToken, b: CommentToken): number {
  return a.offset - b.offset;
}

function byOffset(a: { range: Range }, b: { range: Range }): number {
  return a.range[0] - b.range[0];
}

/**
 * Parses a (multi-document) YAML file with the `yaml` package, keeping duplicate keys and never
 * expanding aliases, and gathers its comments from the same pass. Never throws: a failure of the
 * `yaml` package itself becomes an error at the start of the file.
 */
export function parseYaml(text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const documents: Document.Parsed[] = [];
  const commentTokens: CommentToken[] = [];
  const errors: YamlProblem[] = [];
  const warnings: YamlProblem[] = [];

  try {
    const parser = new Parser(lineCounter.addNewLine);
    const composer = new Composer(COMPOSE_OPTIONS);
    const scan = needsCstScan(text);
    let tooDeep = false;
    for (const token of parser.parse(withLoneCarriageReturnsAsNewlines(text))) {
      // After a token nested too deep, the rest is only read (so that every line is counted), never composed.
      if (tooDeep) continue;
      const tooDeepAt = scan ? scanCstToken(token, commentTokens, MAX_NESTING_DEPTH) : -1;
      if (tooDeepAt !== -1) {
        tooDeep = true;
        errors.push(nestingTooDeep(tooDeepAt, lineCounter));
        continue;
      }
      for (const document of composer.next(token)) documents.push(document);
    }
    for (const document of composer.end()) documents.push(document);
  } catch (error) {
    // The `yaml` package documents that parsing does not throw; this keeps ESLint running if it does.
    errors.push({
      code: 'PARSER_FAILURE',
      message: `The YAML parser failed: ${conciseMessage(error instanceof Error ? error.message : String(error))}`,
      range: [0, 0],
      loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
    });
  }

  for (const document of documents) {
    for (const error of document.errors) {
      (TOLERATED_ERRORS.has(error.code) ? warnings : errors).push(toProblem(error, lineCounter, text.length));
    }
    for (const warning of document.warnings) warnings.push(toProblem(warning, lineCounter, text.length));
  }
  errors.sort(byOffset);
  warnings.sort(byOffset);

  const comments = commentTokens.sort(byCommentOffset).map((token) => toComment(token, lineCounter));
  const file: YamlFile = {
    type: 'YamlFile',
    documents,
    comments,
    lineCounter,
    range: [0, text.length],
    loc: { start: { line: 1, column: 0 }, end: positionAt(lineCounter, text.length) },
  };
  return { file, errors, warnings };
}
