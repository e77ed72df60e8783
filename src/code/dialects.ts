import type { TSESTree } from '@typescript-eslint/utils';

import type { Role, Scope as ViewScope } from '../core/config-view.js';
import type { Api } from './libraries.js';
import {
  CONFLUENT_KAFKAJS_CONSUMER,
  CONFLUENT_KAFKAJS_PRODUCER,
  KAFKAJS_ADMIN,
  KAFKAJS_CLIENT,
  KAFKAJS_CONSUMER,
  KAFKAJS_PRODUCER,
  KAFKAJS_RUN,
  KAFKAJS_SEND,
  KAFKAJS_TOPIC,
  librdkafkaRule,
  RDKAFKA_TOPIC,
  spellingOf,
  type KeyTable,
} from './option-keys.js';
import { inlineObject, type OptionsDialect } from './options.js';

/** The kafkajs option table of each kind of options object. */
export type OptionsKind = 'client' | 'producer' | 'send' | 'consumer' | 'run' | 'admin' | 'topic';

const KAFKAJS_TABLES: Readonly<Record<OptionsKind, KeyTable>> = {
  client: KAFKAJS_CLIENT,
  producer: KAFKAJS_PRODUCER,
  send: KAFKAJS_SEND,
  consumer: KAFKAJS_CONSUMER,
  run: KAFKAJS_RUN,
  admin: KAFKAJS_ADMIN,
  topic: KAFKAJS_TOPIC,
};

/** The role and scope of the view each kind of options object gives. */
export const VIEW_PLACES: Readonly<Record<OptionsKind, { role: Role; scope: ViewScope }>> = {
  client: { role: 'common', scope: 'client' },
  producer: { role: 'producer', scope: 'client' },
  send: { role: 'producer', scope: 'send' },
  consumer: { role: 'consumer', scope: 'client' },
  run: { role: 'consumer', scope: 'run' },
  admin: { role: 'admin', scope: 'client' },
  topic: { role: 'topic', scope: 'client' },
};

const keepName = (name: string) => ({ key: name });

function kafkajsStyle(table: KeyTable, dialect: string): OptionsDialect {
  return { client: 'kafkajs', dialect, table, unknown: keepName, spell: (key) => spellingOf(table, key) };
}

/** kafkajs options, and NestJS's `options.client/producer/consumer/run/send`, which are kafkajs options. */
export function kafkajsDialect(kind: OptionsKind, dialect: 'kafkajs' | 'nestjs' = 'kafkajs'): OptionsDialect {
  return kafkajsStyle(KAFKAJS_TABLES[kind], dialect);
}

const CONFLUENT_BLOCKS: Readonly<Record<OptionsKind, KeyTable>> = {
  ...KAFKAJS_TABLES,
  producer: CONFLUENT_KAFKAJS_PRODUCER,
  consumer: CONFLUENT_KAFKAJS_CONSUMER,
};

/** A librdkafka property set at the top level: the canonical name, quoted. */
function topLevel(key: string) {
  return { path: [], name: key, rule: { key } };
}

/**
 * The Confluent client's KafkaJS API: a `kafkaJS: {...}` block of kafkajs names, and librdkafka
 * properties at the top level, which win over the block. A missing setting is added to the block
 * when there is one and it has a name for it, else as a librdkafka property.
 */
export function confluentDialect(kind: OptionsKind): OptionsDialect {
  const block = CONFLUENT_BLOCKS[kind];
  if (kind === 'send' || kind === 'run' || kind === 'topic') return { ...kafkajsStyle(block, 'confluent'), client: 'librdkafka' };
  return {
    client: 'librdkafka',
    dialect: 'confluent',
    table: { kafkaJS: { key: 'kafkaJS', nested: block, transparent: true } },
    unknown: librdkafkaRule,
    blockRanks: { kafkaJS: 0 },
    spell: (key, object: TSESTree.ObjectExpression | undefined) => {
      const spelling = object && inlineObject(object, 'kafkaJS') ? spellingOf(block, key) : undefined;
      return spelling ? { ...spelling, path: ['kafkaJS', ...spelling.path] } : topLevel(key);
    },
  };
}

/** node-rdkafka (and the Confluent client's node-rdkafka-style API): librdkafka properties only. */
export function rdkafkaDialect(kind: OptionsKind): OptionsDialect {
  const table = kind === 'topic' ? RDKAFKA_TOPIC : {};
  return {
    client: 'librdkafka',
    dialect: 'node-rdkafka',
    table,
    unknown: librdkafkaRule,
    spell: (key) => (kind === 'topic' ? (spellingOf(RDKAFKA_TOPIC, key) ?? { path: ['config'], name: key, rule: { key } }) : topLevel(key)),
  };
}

/** The options dialect of a tracked object's API. */
export function dialectFor(api: Api, kind: OptionsKind): OptionsDialect {
  switch (api) {
    case 'kafkajs':
      return kafkajsDialect(kind);
    case 'nestjs':
      return kafkajsDialect(kind, 'nestjs');
    case 'confluent':
      return confluentDialect(kind);
    case 'node-rdkafka':
      return rdkafkaDialect(kind);
  }
}
