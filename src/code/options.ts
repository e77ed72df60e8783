import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Client, ConfigEntry, ConfigScalar, ConfigView, Insertion, Role, Scope as ViewScope } from '../core/config-view.js';
import { findProperty, skipTransparent, spanOf } from './ast.js';
import { evaluate, propertyKey } from './evaluate.js';
import { addOptionsArgument, insertAtPath, nestedPropertyText } from './insert.js';
import { formatScalar, isRewritableLiteral, quoteOf, quoteStyleOf, type Quote } from './js-text.js';
import { libraryConstant, listConstant } from './library-constants.js';
import type { KeyRule, KeyTable, Spelling } from './option-keys.js';
import { MAX_DEPTH, resolveObject, type Located } from './resolve.js';
import type { Tracker } from './tracking.js';
import { createView } from './view.js';

export interface ExtractContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  tracker: Tracker;
  /** Every options object read so far, spread bases included: a typed declaration of one adds no second view. */
  readObjects: Set<TSESTree.ObjectExpression>;
}

/** How one client API spells options: its names, what it does with names it does not list, how a setting is added. */
export interface OptionsDialect {
  client: Client;
  dialect: string;
  table: KeyTable;
  /** The rule for a name the table does not list: kafkajs keeps it under its own name, librdkafka canonicalises aliases. */
  unknown: (name: string) => KeyRule;
  /** Where to write a canonical key in this object (or in a new options argument), or `undefined` if this API has no such option. */
  spell: (key: string, object: TSESTree.ObjectExpression | undefined) => Spelling | undefined;
  /** Precedence of the options read from a nested block, by the block's name (Confluent's `kafkaJS` block loses to top-level names). */
  blockRanks?: Readonly<Record<string, number>>;
}

/** Entries read so far, and whether everything that could hold a setting was visible. */
export interface EntrySink {
  entries: ConfigEntry[];
  ranks: number[];
  complete: boolean;
}

export function newSink(): EntrySink {
  return { entries: [], ranks: [], complete: true };
}

/**
 * The objects one view has read, and those being read. An object spread twice (`{ ...base, ...base }`)
 * adds its settings once, which also keeps spreads of spreads linear; an object that spreads itself
 * through others hides what it holds.
 */
interface Visits {
  done: Set<TSESTree.ObjectExpression>;
  active: Set<TSESTree.ObjectExpression>;
}

const visitsBySink = new WeakMap<EntrySink, Visits>();

function visitsOf(sink: EntrySink): Visits {
  let visits = visitsBySink.get(sink);
  if (!visits) visitsBySink.set(sink, (visits = { done: new Set(), active: new Set() }));
  return visits;
}

function scalar(value: unknown): ConfigScalar | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : undefined;
}

/** The statically known value of an option: a constant expression, or a library constant (`CompressionTypes.GZIP`). */
function optionValue(
  context: ExtractContext,
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  rule: KeyRule,
): { value: ConfigScalar | undefined; fromLibrary: boolean } {
  const evaluated = evaluate(node, scope);
  if (evaluated) return { value: scalar(evaluated.value), fromLibrary: false };
  const constant = rule.list ? listConstant(context.tracker, node, scope) : libraryConstant(context.tracker, node, scope);
  return { value: constant, fromLibrary: constant !== undefined };
}

/** Formats in the quotes of the written literal (or of the object's other strings), looked up only when a fix needs them. */
function formatterFor(quote: () => Quote): (value: ConfigScalar) => string {
  return (value) => formatScalar(value, quote());
}

/** One setting from one property of an options object. */
function entryOf(
  context: ExtractContext,
  property: TSESTree.Property,
  object: Located<TSESTree.ObjectExpression>,
  rule: KeyRule,
  written: string,
): ConfigEntry {
  const valueNode = property.value;
  const isValue = property.kind === 'init' && !property.method;
  const { value: raw, fromLibrary } = isValue ? optionValue(context, valueNode, object.scope, rule) : { value: undefined, fromLibrary: false };
  const value = rule.convert && raw !== undefined ? rule.convert(raw) : raw;
  const entry: ConfigEntry = {
    key: rule.key,
    written,
    value,
    text: context.sourceCode.getText(valueNode),
    keySpan: spanOf(property.key),
    valueSpan: spanOf(valueNode),
  };
  if (isValue && !property.shorthand && !rule.convert && !fromLibrary && isRewritableLiteral(valueNode)) {
    entry.formatValue = formatterFor(() => quoteOf(skipTransparent(valueNode)) ?? quoteStyleOf(object.node));
  }
  return entry;
}

export interface ReadSettings {
  dialect: OptionsDialect;
  table: KeyTable;
  rank: number;
  /** The written name of the enclosing nested option (`retry`), prefixed to nested names. */
  prefix: string;
}

/**
 * Reads the settings of an options object: each property through the dialect's table, nested blocks
 * (`retry`, `kafkaJS`) recursively, spreads of statically known objects in place with their own
 * spans. A spread or a computed key that cannot be resolved marks the result incomplete.
 */
export function readOptions(
  context: ExtractContext,
  object: Located<TSESTree.ObjectExpression>,
  settings: ReadSettings,
  sink: EntrySink,
  depth = 0,
): void {
  if (depth > MAX_DEPTH) {
    sink.complete = false;
    return;
  }
  const visits = visitsOf(sink);
  if (visits.active.has(object.node)) sink.complete = false;
  if (visits.active.has(object.node) || visits.done.has(object.node)) return;
  visits.active.add(object.node);
  context.readObjects.add(object.node);
  readProperties(context, object, settings, sink, depth);
  visits.active.delete(object.node);
  visits.done.add(object.node);
}

function readProperties(
  context: ExtractContext,
  object: Located<TSESTree.ObjectExpression>,
  settings: ReadSettings,
  sink: EntrySink,
  depth: number,
): void {
  for (const property of object.node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = resolveObject(property.argument, object.scope);
      if (spread) readOptions(context, spread, settings, sink, depth + 1);
      else sink.complete = false;
      continue;
    }
    const name = propertyKey(property, object.scope);
    if (name === undefined) {
      sink.complete = false;
      continue;
    }
    const rule = Object.hasOwn(settings.table, name)
      ? (settings.table[name] as KeyRule)
      : settings.dialect.unknown(settings.prefix ? `${settings.prefix}.${name}` : name);
    if (rule.skip) continue;
    const written = settings.prefix ? `${settings.prefix}.${name}` : name;
    if (!rule.nested) {
      sink.entries.push(entryOf(context, property, object, rule, written));
      sink.ranks.push(settings.rank);
      continue;
    }
    const nested = property.kind === 'init' ? resolveObject(property.value, object.scope) : undefined;
    if (!nested) {
      sink.complete = false;
      continue;
    }
    readOptions(
      context,
      nested,
      {
        dialect: settings.dialect,
        table: rule.nested,
        rank: settings.dialect.blockRanks?.[name] ?? settings.rank,
        prefix: rule.transparent ? settings.prefix : written,
      },
      sink,
      depth + 1,
    );
  }
}

/** Where a missing setting goes: into an options object (below `path`), or as a new argument of a call without options. */
export type InsertTarget =
  | { object: TSESTree.ObjectExpression; path: readonly string[] }
  | { call: TSESTree.CallExpression | TSESTree.NewExpression; path: readonly string[] };

export function makeInsert(
  context: ExtractContext,
  target: InsertTarget,
  dialect: OptionsDialect,
): (key: string, value: ConfigScalar) => Insertion | undefined {
  return (key, value) => {
    const object = 'object' in target && target.path.length === 0 ? target.object : undefined;
    const spelling = dialect.spell(key, object);
    if (!spelling) return undefined;
    const { rule } = spelling;
    const written = rule.invert ? rule.invert(value) : rule.convert ? undefined : value;
    if (written === undefined) return undefined;
    const path = [...target.path, ...spelling.path];
    if ('call' in target) {
      return addOptionsArgument(context.sourceCode, target.call, nestedPropertyText(path, spelling.name, formatScalar(written, "'"), "'"));
    }
    const quote = quoteStyleOf(target.object);
    return insertAtPath(context.sourceCode, target.object, path, spelling.name, formatScalar(written, quote), quote);
  };
}

export interface OptionsViewRequest {
  role: Role;
  scope: ViewScope;
  dialect: OptionsDialect;
  /** The call that takes the options: the anchor when none are passed. */
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The options argument, if one is passed. */
  options: TSESTree.Node | undefined;
  /** More option objects merged over the first one, with a higher precedence (node-rdkafka's topic config). */
  overrides?: TSESTree.Node[];
}

/**
 * The view of the options given to a call. Without options it is an empty, complete view anchored
 * on the call; with options that cannot be seen (an imported object, a function's result) it is an
 * empty, incomplete view anchored on the argument.
 */
export function optionsView(context: ExtractContext, request: OptionsViewRequest): ConfigView {
  const { dialect, call, options } = request;
  const sink = newSink();
  const base = { role: request.role, scope: request.scope, client: dialect.client, dialect: dialect.dialect };
  const settings: ReadSettings = { dialect, table: dialect.table, rank: 1, prefix: '' };
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) {
    return createView({
      ...base,
      ...sink,
      complete: !options,
      anchor: spanOf(options ?? call),
      insert: options ? undefined : makeInsert(context, { call, path: [] }, dialect),
    });
  }
  const object = resolveObject(options, context.tracker.scopeOf(options));
  if (!object) return createView({ ...base, ...sink, complete: false, anchor: spanOf(options) });
  readOptions(context, object, settings, sink);
  for (const [index, override] of (request.overrides ?? []).entries()) {
    const extra = resolveObject(override, context.tracker.scopeOf(override));
    if (extra) readOptions(context, extra, { ...settings, rank: 2 + index }, sink);
    else sink.complete = false;
  }
  return createView({
    ...base,
    ...sink,
    anchor: spanOf(object.node),
    insert: makeInsert(context, { object: object.node, path: [] }, dialect),
  });
}

/** The nested object literal at `name`, when it is written inline. */
export function inlineObject(object: TSESTree.ObjectExpression, name: string): TSESTree.ObjectExpression | undefined {
  const value = findProperty(object, name)?.value;
  const bare = value && skipTransparent(value);
  return bare?.type === AST_NODE_TYPES.ObjectExpression ? bare : undefined;
}
