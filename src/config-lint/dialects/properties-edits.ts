import type { ConfigScalar, Insertion } from '../../core/config-view.js';
import type { PropertiesFile, PropertyEntry } from '../ast.js';

/** How a file's reader treats backslashes: Java's `Properties#load` unescapes, librdkafka readers do not. */
export type PropertiesSyntax = 'java' | 'raw';

function scalarText(value: ConfigScalar): string {
  return value === null ? '' : String(value);
}

function escapeChar(char: string): string {
  switch (char) {
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\f':
      return '\\f';
    default:
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

/**
 * A value as `Properties#load` reads it back: backslashes and control characters escaped, a leading
 * blank escaped so it is not taken for separator space, and anything beyond ASCII as `\uXXXX`:
 * `load(InputStream)` (Kafka's tools, Spring Boot) reads ISO-8859-1, not the UTF-8 the file is edited in.
 */
function escapeJavaValue(text: string): string {
  const escaped = text.replace(/[\\\n\r\t\f]|[^\x20-\x7e]/g, escapeChar);
  return /^[ \t]/.test(escaped) ? `\\${escaped}` : escaped;
}

/** A key, escaped so its separators and a leading comment marker stay part of it. */
function escapeJavaKey(key: string): string {
  const escaped = escapeJavaValue(key).replace(/[=: ]/g, (char) => `\\${char}`);
  return /^[#!]/.test(escaped) ? `\\${escaped}` : escaped;
}

export function formatPropertiesValue(value: ConfigScalar, syntax: PropertiesSyntax): string {
  const text = scalarText(value);
  return syntax === 'java' ? escapeJavaValue(text) : text;
}

/**
 * The `formatValue` of an entry, when its value sits on one line: a value continued over several
 * lines cannot be replaced by a single-line text at the same range without leaving pieces behind.
 */
export function propertiesValueFormatter(
  entry: PropertyEntry,
  syntax: PropertiesSyntax,
): ((value: ConfigScalar) => string) | undefined {
  if (/[\r\n]/.test(entry.rawValue)) return undefined;
  return (value) => formatPropertiesValue(value, syntax);
}

/** The line break the file already uses, so an added line matches its neighbours. */
function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Adds `key=value` on a new line after `after` (the last entry of the section), or at the end of the
 * file when there is no entry.
 */
export function propertiesInsertion(
  text: string,
  after: PropertyEntry | undefined,
  key: string,
  value: ConfigScalar,
  syntax: PropertiesSyntax,
): Insertion {
  const line = `${syntax === 'java' ? escapeJavaKey(key) : key}=${formatPropertiesValue(value, syntax)}`;
  const newline = lineBreakOf(text);
  if (after) return { range: [after.range[1], after.range[1]], text: `${newline}${line}` };
  const needsBreakBefore = text.length > 0 && !/[\r\n]$/.test(text);
  return { range: [text.length, text.length], text: `${needsBreakBefore ? newline : ''}${line}${newline}` };
}

/** The last entry of the file, where a new setting goes by default. */
export function lastEntryOf(file: PropertiesFile): PropertyEntry | undefined {
  return file.entries[file.entries.length - 1];
}
