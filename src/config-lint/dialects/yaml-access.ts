import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';

import type { Span } from '../../core/location.js';
import type { ExtractionContext } from './context.js';
import { spanOf } from './spans.js';

/**
 * Limits on what one file's extraction may spend following aliases and merges: YAML anchors can
 * describe exponentially large documents in a few lines (an "alias bomb"), and extractors must stay
 * fast whatever they are given.
 */
export class AliasBudget {
  /** Alias nodes followed. */
  #follows = 0;
  /** Map items read inside aliased or merged content. */
  #items = 0;
  exhausted = false;

  static readonly MAX_FOLLOWS = 2_000;
  /** Far above what real files share through anchors; reached by content that multiplies itself through aliases. */
  static readonly MAX_ITEMS = 200_000;
  /** Nesting of aliases inside aliased content (also stops an alias inside its own anchor). */
  static readonly MAX_DEPTH = 16;

  spendFollow(): boolean {
    if (++this.#follows > AliasBudget.MAX_FOLLOWS) this.exhausted = true;
    return !this.exhausted;
  }

  spendItem(): boolean {
    if (++this.#items > AliasBudget.MAX_ITEMS) this.exhausted = true;
    return !this.exhausted;
  }
}

/** A key-value pair of a YAML map, after merge keys and aliases have been applied. */
export interface MapItem {
  key: Scalar;
  /** The key as a string (`<<` merge keys never appear). */
  keyText: string;
  /** The value, aliases resolved; null for `key:` with nothing after it. */
  value: Node | null;
  /** Reached through an alias or a merge key, or anchored: the text is shared with other places. */
  shared: boolean;
  /** The value is an alias that names no earlier anchor (or could not be followed): its content is unknown. */
  hidden: boolean;
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value: unknown = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

function hasAnchor(node: Node | null): boolean {
  return (isScalar(node) || isMap(node) || isSeq(node)) && node.anchor !== undefined;
}

function keyTextOf(key: Scalar): string {
  const value: unknown = key.value;
  if (typeof value === 'string') return value;
  return key.source ?? String(value);
}

/**
 * Reads one YAML document the way its loader would see it, without ever expanding it: aliases
 * resolve to their anchored node (the last one of that name before the alias, as YAML says), merge
 * keys contribute the pairs the map does not set itself.
 */
export class YamlReader {
  readonly #document: Document.Parsed;
  readonly #budget: AliasBudget;
  #anchors: Map<string, Node[]> | undefined;
  /** An alias that names no anchor was met: what it stands for is unknown. */
  unresolved = false;

  constructor(document: Document.Parsed, budget: AliasBudget) {
    this.#document = document;
    this.#budget = budget;
  }

  get root(): Node | null {
    return this.resolve(this.#document.contents as Node | null);
  }

  /** The node an alias stands for; any other node as it is. Null when it cannot be followed. */
  resolve(node: Node | null | undefined, depth = 0): Node | null {
    if (node === null || node === undefined) return null;
    if (!isAlias(node)) return node;
    if (depth >= AliasBudget.MAX_DEPTH || !this.#budget.spendFollow()) return null;
    const target = this.#anchorBefore(node.source, node.range?.[0] ?? Number.MAX_SAFE_INTEGER);
    if (!target) {
      this.unresolved = true;
      return null;
    }
    return this.resolve(target, depth + 1);
  }

  /** Whether a value node is an alias (its content is shared with the anchor). */
  isAlias(node: Node | null | undefined): boolean {
    return isAlias(node);
  }

  /**
   * The items of a map: merged pairs first (those the map does not override), then its own pairs in
   * order. `shared` says the map itself was reached through an alias or merge key: its items are
   * then shared too, and count against the budget, which only ever limits aliased content.
   */
  items(map: YAMLMap, shared = false, depth = 0): MapItem[] {
    if (shared && this.#budget.exhausted) return [];
    // An anchored map is shared with every alias of it, even where it is written.
    const itemsShared = shared || map.anchor !== undefined;
    const own: MapItem[] = [];
    const mergeSources: Node[] = [];
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      if (isMergeKey(pair.key)) {
        mergeSources.push(...this.#mergeSources(pair.value as Node | null, depth));
        continue;
      }
      if (!isScalar(pair.key) || (shared && !this.#budget.spendItem())) continue;
      const valueNode = pair.value as Node | null;
      const aliased = isAlias(valueNode);
      const value = this.resolve(valueNode, depth);
      own.push({
        key: pair.key,
        keyText: keyTextOf(pair.key),
        value,
        shared: itemsShared || aliased || hasAnchor(valueNode),
        hidden: aliased && value === null,
      });
    }
    if (mergeSources.length === 0) return own;
    return [...this.#mergedItems(mergeSources, own, depth), ...own];
  }

  /** The item of a map with this key (the last one, as loaders keep it). */
  get(map: YAMLMap, key: string, shared = false): MapItem | undefined {
    let found: MapItem | undefined;
    for (const item of this.items(map, shared)) if (item.keyText === key) found = item;
    return found;
  }

  /** The map under a path of keys, or undefined when one step is missing or not a map. */
  mapAt(map: YAMLMap, path: readonly string[]): { map: YAMLMap; item: MapItem | undefined } | undefined {
    let current = map;
    let item: MapItem | undefined;
    for (const key of path) {
      item = this.get(current, key, item?.shared);
      if (!item || !isMap(item.value)) return undefined;
      current = item.value;
    }
    return { map: current, item };
  }

  #mergeSources(value: Node | null, depth: number): Node[] {
    const resolved = this.resolve(value, depth);
    if (isMap(resolved)) return [resolved];
    if (!isSeq(resolved)) return [];
    const sources: Node[] = [];
    for (const element of resolved.items) {
      const source = this.resolve(element as Node | null, depth);
      if (isMap(source)) sources.push(source);
    }
    return sources;
  }

  /** Pairs of the merge sources, earlier sources winning, minus the keys the map sets itself. */
  #mergedItems(sources: readonly Node[], own: readonly MapItem[], depth: number): MapItem[] {
    if (depth + 1 >= AliasBudget.MAX_DEPTH) {
      this.#budget.exhausted = true;
      return [];
    }
    const taken = new Set(own.map((item) => item.keyText));
    const merged: MapItem[] = [];
    for (const source of sources) {
      if (!isMap(source)) continue;
      for (const item of this.items(source, true, depth + 1)) {
        if (taken.has(item.keyText)) continue;
        if (!this.#budget.spendItem()) return merged;
        taken.add(item.keyText);
        merged.push({ ...item, shared: true });
      }
    }
    return merged;
  }

  #anchorBefore(name: string, offset: number): Node | undefined {
    this.#anchors ??= indexAnchors(this.#document.contents as Node | null);
    const candidates = this.#anchors.get(name);
    if (!candidates) return undefined;
    let found: Node | undefined;
    for (const node of candidates) {
      if ((node.range?.[0] ?? 0) >= offset) break;
      found = node;
    }
    return found;
  }
}

/** Every anchored node of a document in source order, by anchor name; one pass, aliases not entered. */
function indexAnchors(root: Node | null): Map<string, Node[]> {
  const anchors = new Map<string, Node[]>();
  const stack: unknown[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!node || isAlias(node)) continue;
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) {
        const list = anchors.get(node.anchor) ?? [];
        list.push(node);
        anchors.set(node.anchor, list);
      }
      if (isMap(node) || isSeq(node)) for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
    }
  }
  for (const list of anchors.values()) list.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  return anchors;
}

/** What a scalar says as a string, before any schema turns it into a number or boolean. */
export interface ScalarText {
  /** The scalar as written for plain scalars (`0x1F`, `yes`), the unescaped content for quoted and block ones. */
  text: string;
  style: Scalar.Type;
  /** A plain scalar that YAML reads as null: empty, `~`, `null`. */
  isNull: boolean;
}

export function scalarText(node: Node | null): ScalarText | undefined {
  if (!isScalar(node)) return undefined;
  const style = node.type ?? 'PLAIN';
  const value: unknown = node.value;
  const text = node.source ?? (value === null || value === undefined ? '' : String(value));
  return { text, style, isNull: style === 'PLAIN' && value === null };
}

/** The string a loader that stringifies values gets: compose environment values, Strimzi config values. */
export function stringValueOf(node: Node | null): string | undefined {
  const scalar = scalarText(node);
  if (!scalar) return undefined;
  return scalar.isNull ? '' : scalar.text;
}

/**
 * The span of a node's content. A block collection's range runs to the line break after its last
 * item; the span stops at the last character written.
 */
/** Space, tab, line feed, carriage return: the white space a YAML node's range may end with. */
function isYamlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function nodeSpan(context: ExtractionContext, node: Node): Span {
  const [start, end] = node.range ?? [0, 0];
  let last = end;
  while (last > start && isYamlSpace(context.text.charCodeAt(last - 1))) last--;
  return spanOf(context.locAt, start, last);
}
