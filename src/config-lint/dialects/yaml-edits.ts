import { isScalar, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

import type { ConfigScalar, Insertion } from '../../core/config-view.js';
import type { LocAt } from './spans.js';

/**
 * Whether a string can be written as a plain scalar and read back as the same string's text: no
 * leading indicator, no `: ` or ` #` inside, no surrounding blanks, no line break.
 */
function isSafePlain(text: string): boolean {
  if (text === '' || text.trim() !== text) return false;
  if (/^[?:,[\]{}#&*!|>'"%@`]/.test(text) || /^-(?:\s|$)/.test(text)) return false;
  return !/: |\s#|[\n\r\t]|:$/.test(text);
}

function scalarString(value: ConfigScalar): string {
  return value === null ? 'null' : String(value);
}

/** A value as a plain YAML scalar when that reads back the same, else double-quoted. */
export function formatYamlValue(value: ConfigScalar): string {
  const text = scalarString(value);
  if (typeof value !== 'string' || isSafePlain(text)) return text;
  return JSON.stringify(text);
}

function doubleQuoted(value: ConfigScalar): string {
  return JSON.stringify(value === null ? '' : String(value));
}

function singleQuoted(value: ConfigScalar): string {
  return `'${(value === null ? '' : String(value)).replace(/'/g, "''")}'`;
}

/**
 * The `formatValue` of a YAML scalar entry, keeping the scalar's quoting: `"1"` → `"all"`,
 * `'1'` → `'all'`, plain → plain (double-quoted only when plain would change the meaning). Block
 * scalars (`|`, `>`) span lines and are not rewritten.
 */
export function yamlScalarFormatter(node: Node | null): ((value: ConfigScalar) => string) | undefined {
  if (!isScalar(node)) return undefined;
  switch (node.type ?? 'PLAIN') {
    case 'PLAIN':
      return formatYamlValue;
    case 'QUOTE_DOUBLE':
      return doubleQuoted;
    case 'QUOTE_SINGLE':
      return singleQuoted;
    default:
      return undefined;
  }
}

/** Text that goes inside an existing quoted scalar, escaped for that quoting. */
export function quotedContentFormatter(style: Scalar.Type): (value: ConfigScalar) => string {
  if (style === 'QUOTE_DOUBLE') return (value) => doubleQuoted(value).slice(1, -1);
  if (style === 'QUOTE_SINGLE') return (value) => singleQuoted(value).slice(1, -1);
  return (value) => (value === null ? '' : String(value));
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The end of the line on which a node's content ends (before its line break). */
function endOfLineAfter(text: string, node: Node): number {
  let offset = node.range?.[1] ?? 0;
  while (offset > 0 && (text[offset - 1] === '\n' || text[offset - 1] === '\r')) offset--;
  while (offset < text.length && text[offset] !== '\n' && text[offset] !== '\r') offset++;
  return offset;
}

/**
 * Adds a `key: value` line at the end of a block map, indented as its first key (block maps hold one
 * key per line). Undefined for flow maps (`{a: 1}`) and empty maps, whose layout is not known.
 */
export function blockMapInsertion(
  map: YAMLMap,
  text: string,
  locAt: LocAt,
  keyText: string,
  valueText: string,
): Insertion | undefined {
  if (map.flow || map.items.length === 0) return undefined;
  const first = map.items[0]!;
  const last = map.items[map.items.length - 1]!;
  if (!isScalar(first.key) || !isScalar(last.key) || !first.key.range || !last.key.range) return undefined;
  const indent = locAt(first.key.range[0]).column;
  const lastNode = (last.value as Node | null) ?? last.key;
  if (!lastNode.range) return undefined;
  const at = endOfLineAfter(text, lastNode);
  return { range: [at, at], text: `${lineBreakOf(text)}${' '.repeat(indent)}${keyText}: ${valueText}` };
}

/** Adds a `- item` line at the end of a block sequence, aligned with its other dashes. */
export function blockSeqInsertion(seq: YAMLSeq, text: string, locAt: LocAt, itemText: string): Insertion | undefined {
  if (seq.flow || seq.items.length === 0) return undefined;
  const first = seq.items[0] as Node | null;
  const last = seq.items[seq.items.length - 1] as Node | null;
  if (!first?.range || !last?.range) return undefined;
  const dash = text.lastIndexOf('-', first.range[0]);
  if (dash === -1) return undefined;
  const indent = locAt(dash).column;
  const at = endOfLineAfter(text, last);
  return { range: [at, at], text: `${lineBreakOf(text)}${' '.repeat(indent)}- ${itemText}` };
}
