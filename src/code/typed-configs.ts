import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { ConfigView } from '../core/config-view.js';
import { spanOf } from './ast.js';
import type { TypedValue } from './collect.js';
import { dialectFor, VIEW_PLACES, type OptionsKind } from './dialects.js';
import { apiOf, type Api } from './libraries.js';
import { makeInsert, newSink, readOptions, type ExtractContext } from './options.js';
import { resolveObject } from './resolve.js';
import { createView } from './view.js';

/** The library types of options objects, by API: `const config: ProducerConfig = {...}` is a producer's options. */
const OPTION_TYPES: Readonly<Partial<Record<Api, Readonly<Record<string, OptionsKind>>>>> = {
  kafkajs: {
    KafkaConfig: 'client',
    ProducerConfig: 'producer',
    ConsumerConfig: 'consumer',
    ConsumerRunConfig: 'run',
    ProducerRecord: 'send',
    ProducerBatch: 'send',
    AdminConfig: 'admin',
    ITopicConfig: 'topic',
  },
  confluent: {
    CommonConstructorConfig: 'client',
    ProducerConstructorConfig: 'producer',
    ConsumerConstructorConfig: 'consumer',
    AdminConstructorConfig: 'admin',
  },
  'node-rdkafka': {
    GlobalConfig: 'client',
    ProducerGlobalConfig: 'producer',
    ConsumerGlobalConfig: 'consumer',
    ProducerTopicConfig: 'producer',
    ConsumerTopicConfig: 'consumer',
  },
};

/**
 * Views for option objects declared with a library type but not passed to a call this file shows
 * (a shared config module: `export const producerConfig: ProducerConfig = {...}`).
 */
export function typedConfigView(context: ExtractContext, typed: TypedValue): ConfigView | undefined {
  if (typed.type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const ref = context.tracker.typeRef(typed.type.typeName);
  if (!ref) return undefined;
  const { api, rest } = apiOf(ref);
  const name = rest.length === 1 ? rest[0] : undefined;
  const kind = name === undefined ? undefined : OPTION_TYPES[api]?.[name];
  if (!kind) return undefined;
  const object = resolveObject(typed.value, context.tracker.scopeOf(typed.value));
  if (!object || context.readObjects.has(object.node)) return undefined;
  const dialect = dialectFor(api, kind);
  const sink = newSink();
  readOptions(context, object, { dialect, table: dialect.table, rank: 1, prefix: '' }, sink);
  return createView({
    ...VIEW_PLACES[kind],
    client: dialect.client,
    dialect: dialect.dialect,
    ...sink,
    anchor: spanOf(object.node),
    insert: makeInsert(context, { object: object.node, path: [] }, dialect),
  });
}
