import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion } from '../core/config-view.js';
import { findProperty, skipTransparent, spanOf } from './ast.js';
import { dialectFor } from './dialects.js';
import { evaluate } from './evaluate.js';
import { appendElement, appendProperty, insertAtPath } from './insert.js';
import { formatScalar, isRewritableLiteral, keyText, quoteOf, quoteStyleOf } from './js-text.js';
import type { Api } from './libraries.js';
import { objectsOfList } from './object-lists.js';
import { spellingOf, KAFKAJS_TOPIC } from './option-keys.js';
import { newSink, readOptions, type EntrySink, type ExtractContext } from './options.js';
import { resolveObject, writtenMemberOf, type Located } from './resolve.js';
import { createView } from './view.js';

/** Topic configs are strings in kafkajs (`configEntries: [{ name, value: '2' }]`): a rewritten value stays a string. */
function stringFormatter(quote: ReturnType<typeof quoteStyleOf>): (value: ConfigScalar) => string {
  return (value) => formatScalar(value === null ? 'null' : String(value), quote);
}

/** One `{ name, value }` item of `configEntries`. */
function configEntry(context: ExtractContext, item: Located<TSESTree.ObjectExpression>): ConfigEntry | undefined {
  const nameProperty = findProperty(item.node, 'name');
  const valueProperty = findProperty(item.node, 'value');
  const name = nameProperty && evaluate(nameProperty.value, item.scope);
  if (!nameProperty || !valueProperty || typeof name?.value !== 'string') return undefined;
  const evaluated = evaluate(valueProperty.value, item.scope)?.value;
  const value = typeof evaluated === 'string' || typeof evaluated === 'number' || typeof evaluated === 'boolean' ? evaluated : undefined;
  const entry: ConfigEntry = {
    key: name.value,
    written: name.value,
    value,
    text: context.sourceCode.getText(valueProperty.value),
    keySpan: spanOf(nameProperty.value),
    valueSpan: spanOf(valueProperty.value),
  };
  if (!valueProperty.shorthand && isRewritableLiteral(valueProperty.value)) {
    entry.formatValue = stringFormatter(quoteOf(skipTransparent(valueProperty.value)) ?? quoteStyleOf(item.node));
  }
  return entry;
}

function readConfigEntries(context: ExtractContext, topic: Located<TSESTree.ObjectExpression>, sink: EntrySink): void {
  // Absent entries leave the view complete; entries hidden behind a spread already made `readOptions` mark it incomplete.
  const entries = writtenMemberOf(topic, 'configEntries');
  if (!entries) return;
  const list = objectsOfList(context.tracker, entries.node);
  if (!list.complete) sink.complete = false;
  for (const item of list.objects) {
    const entry = configEntry(context, item);
    if (!entry) {
      sink.complete = false;
      continue;
    }
    sink.entries.push(entry);
    sink.ranks.push(1);
  }
}

/** Adds a topic setting: `replicationFactor`/`numPartitions` as properties, anything else as a `configEntries` item. */
function insertTopicSetting(context: ExtractContext, topic: TSESTree.ObjectExpression): (key: string, value: ConfigScalar) => Insertion | undefined {
  return (key, value) => {
    const quote = quoteStyleOf(topic);
    const spelling = spellingOf(KAFKAJS_TOPIC, key);
    if (spelling) return insertAtPath(context.sourceCode, topic, [], spelling.name, formatScalar(value, quote), quote);
    const item = `{ name: ${formatScalar(key, quote)}, value: ${formatScalar(value === null ? 'null' : String(value), quote)} }`;
    const current = findProperty(topic, 'configEntries');
    const list = current && skipTransparent(current.value);
    if (list?.type === AST_NODE_TYPES.ArrayExpression) return appendElement(context.sourceCode, list, item);
    if (current) return undefined;
    return appendProperty(context.sourceCode, topic, `${keyText('configEntries', quote)}: [${item}]`);
  };
}

/** One view per topic of `admin.createTopics({ topics: [...] })` (kafkajs and the Confluent client). */
export function createTopicsViews(context: ExtractContext, call: TSESTree.CallExpression, api: Api): ConfigView[] {
  const [argument] = call.arguments;
  const options = argument && resolveObject(argument, context.tracker.scopeOf(argument));
  const topics = options && writtenMemberOf(options, 'topics');
  if (!topics) return [];
  const dialect = dialectFor(api, 'topic');
  return objectsOfList(context.tracker, topics.node).objects.map((topic) => {
    const sink = newSink();
    readOptions(context, topic, { dialect, table: dialect.table, rank: 1, prefix: '' }, sink);
    readConfigEntries(context, topic, sink);
    return createView({
      role: 'topic',
      scope: 'client',
      client: dialect.client,
      dialect: dialect.dialect,
      ...sink,
      anchor: spanOf(topic.node),
      insert: insertTopicSetting(context, topic.node),
    });
  });
}
