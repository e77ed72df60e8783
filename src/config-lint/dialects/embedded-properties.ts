import { isScalar, type Node } from 'yaml';

import type { ConfigEntry } from '../../core/config-view.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import { parseProperties } from '../properties/parse.js';
import type { ExtractionContext } from './context.js';
import { parseJavaValue } from './java-values.js';
import { propertiesValueFormatter } from './properties-edits.js';
import { spanOf } from './spans.js';

/** Maps offsets in a scalar's content to offsets in the file; undefined when the content is not the source text. */
type OffsetMap = (contentOffset: number) => number;

/** One line of a literal block scalar: where its content starts in the scalar's value and in the file. */
interface LineOrigin {
  contentStart: number;
  sourceStart: number;
}

/**
 * The offset map of a literal block scalar (`|`, `|-`, `|+`): each content line is its source line
 * without the block's indentation. Verified line by line against the file, so any layout the
 * reading does not reproduce exactly (tabs, folded `>` blocks, escapes) gives no map.
 */
function literalBlockMap(text: string, node: Node, content: string): OffsetMap | undefined {
  const [start, end] = node.range ?? [0, 0];
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return undefined;
  // The line break ending the last line (clip or keep chomping) starts no line of its own.
  const lines = (content.endsWith('\n') ? content.slice(0, -1) : content).split('\n');
  const origins: LineOrigin[] = [];
  let sourceOffset = headerEnd + 1;
  let contentOffset = 0;
  let indent: number | undefined;
  for (const line of lines) {
    if (sourceOffset > text.length) return undefined;
    let lineEnd = text.indexOf('\n', sourceOffset);
    if (lineEnd === -1) lineEnd = text.length;
    const sourceLine = text.slice(sourceOffset, lineEnd).replace(/\r$/, '');
    if (line !== '') {
      const lead = sourceLine.length - line.length;
      if (lead < 0 || !sourceLine.endsWith(line) || !/^ *$/.test(sourceLine.slice(0, lead))) return undefined;
      if (indent === undefined) indent = lead;
      else if (indent !== lead) return undefined;
    } else if (sourceLine.trim() !== '') {
      return undefined;
    }
    origins.push({ contentStart: contentOffset, sourceStart: sourceOffset + (line === '' ? 0 : (indent ?? 0)) });
    contentOffset += line.length + 1;
    sourceOffset = lineEnd + 1;
  }
  return (offset) => {
    let low = 0;
    let high = origins.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (origins[middle]!.contentStart <= offset) low = middle;
      else high = middle - 1;
    }
    const origin = origins[low]!;
    return origin.sourceStart + (offset - origin.contentStart);
  };
}

/** A scalar whose content is its source text: plain, on one line (no folding, no escapes). */
function plainMap(text: string, node: Node, content: string): OffsetMap | undefined {
  const [start, end] = node.range ?? [0, 0];
  return text.slice(start, end) === content && !/[\r\n]/.test(content) ? (offset) => start + offset : undefined;
}

/** Whether a value goes through Helm's `tpl` with a template in it: its value is only known once rendered. */
export function isTemplated(value: string): boolean {
  return value.includes('{{');
}

/**
 * The `key=value` lines of a properties file held in a YAML scalar (Helm values such as Bitnami's
 * `extraConfig: |`), as broker config entries with exact spans in the YAML file. Undefined when
 * the scalar's content cannot be mapped back to the file exactly (folded or quoted scalars).
 * `shared`: the scalar is anchored or aliased, so its values are not rewritten.
 */
export function embeddedPropertyEntries(context: ExtractionContext, node: Node | null, shared: boolean): ConfigEntry[] | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const content = node.value;
  const style = node.type ?? 'PLAIN';
  const map =
    style === 'BLOCK_LITERAL' ? literalBlockMap(context.text, node, content) : style === 'PLAIN' ? plainMap(context.text, node, content) : undefined;
  if (!map) return undefined;
  const span = (range: readonly [number, number]) => spanOf(context.locAt, map(range[0]), map(range[1]));
  return parseProperties(content).entries.map((entry) => {
    const configEntry: ConfigEntry = {
      key: entry.key,
      written: entry.key,
      value: isTemplated(entry.value) ? undefined : parseJavaValue(lookupKafkaKey('broker', entry.key)?.type, entry.value),
      text: entry.rawValue,
      keySpan: span(entry.keyRange),
      valueSpan: span(entry.valueRange),
    };
    const formatValue = shared || isTemplated(entry.rawValue) ? undefined : propertiesValueFormatter(entry, 'java');
    if (formatValue) configEntry.formatValue = formatValue;
    return configEntry;
  });
}
