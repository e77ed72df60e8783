import { describe, expect, it } from 'vitest';

import { mentionsKafkaLibrary } from '../../src/code/index.js';
import { analyse, requireModel } from './harness.js';

function callsOf(code: string, filename = 'file.ts'): string[] {
  return requireModel(analyse(code, filename)).calls.map((call) => `${call.library}:${call.kind}.${call.method}`);
}

describe('import gating', () => {
  it('gives null for files that load no Kafka client', () => {
    expect(analyse(`import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));`).model).toBeNull();
    expect(analyse(`export const x = 1;`, 'plain.js').model).toBeNull();
  });

  it('gives null when the library is only named in a comment or a string', () => {
    expect(analyse(`// TODO: move to kafkajs\nconst note = 'we use @nestjs/microservices elsewhere';\nnote.send();`).model).toBeNull();
  });

  it('tests the text before any AST work', () => {
    expect(mentionsKafkaLibrary(`import { Kafka } from 'kafkajs'`)).toBe(true);
    expect(mentionsKafkaLibrary(`require('@confluentinc/kafka-javascript')`)).toBe(true);
    expect(mentionsKafkaLibrary(`import Kafka from 'node-rdkafka'`)).toBe(true);
    expect(mentionsKafkaLibrary(`import { Transport } from '@nestjs/microservices'`)).toBe(true);
    expect(mentionsKafkaLibrary(`import { Queue } from 'bullmq'; import kafka from 'kafka-node'`)).toBe(false);
  });

  it('recognises ESM imports: named, aliased, namespace and default', () => {
    expect(callsOf(`import { Kafka as K } from 'kafkajs';\nnew K({ brokers: [] }).producer().connect();`)).toEqual([
      'kafkajs:producer.connect',
      'kafkajs:kafka.producer',
    ]);
    expect(callsOf(`import * as kafkajs from 'kafkajs';\nconst kafka = new kafkajs.Kafka({ brokers: [] });\nkafka.admin();`)).toEqual([
      'kafkajs:kafka.admin',
    ]);
    expect(callsOf(`import kafkajs from 'kafkajs';\nconst kafka = new kafkajs.Kafka({ brokers: [] });\nkafka.consumer({ groupId: 'g' });`)).toEqual([
      'kafkajs:kafka.consumer',
    ]);
  });

  it('does not let a type-only import construct a client', () => {
    const model = requireModel(analyse(`import type { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: [] });\nkafka.producer();`));
    expect([...model.libraries]).toEqual(['kafkajs']);
    expect(model.calls).toEqual([]);
    expect(model.views).toEqual([]);
  });

  it('lets a type-only import type a parameter', () => {
    expect(callsOf(`import type { Producer } from 'kafkajs';\nexport const send = (producer: Producer) => producer.send({ topic: 't', messages: [] });`)).toEqual([
      'kafkajs:producer.send',
    ]);
  });

  it('recognises the CommonJS shapes', () => {
    expect(callsOf(`const { Kafka } = require('kafkajs');\nnew Kafka({ brokers: [] }).producer();`, 'a.js')).toEqual(['kafkajs:kafka.producer']);
    expect(callsOf(`const kafkajs = require('kafkajs');\nconst kafka = new kafkajs.Kafka({});\nkafka.consumer();`, 'b.cjs')).toEqual([
      'kafkajs:kafka.consumer',
    ]);
    expect(callsOf(`const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS;\nnew Kafka({}).producer();`, 'c.js')).toEqual([
      'confluent:kafka.producer',
    ]);
    expect(callsOf(`const { KafkaJS } = require('@confluentinc/kafka-javascript');\nnew KafkaJS.Kafka({}).admin();`, 'd.js')).toEqual([
      'confluent:kafka.admin',
    ]);
    expect(callsOf(`const KafkaJS = require('@confluentinc/kafka-javascript').KafkaJS;\nconst kafka = new KafkaJS.Kafka({});\nkafka.producer();`, 'e.js')).toEqual([
      'confluent:kafka.producer',
    ]);
  });

  it('recognises require through createRequire, import-equals and dynamic import', () => {
    expect(
      callsOf(`import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nconst { Kafka } = require('kafkajs');\nnew Kafka({}).producer();`),
    ).toEqual(['kafkajs:kafka.producer']);
    expect(callsOf(`import kafkajs = require('kafkajs');\nnew kafkajs.Kafka({ brokers: [] }).admin();`)).toEqual(['kafkajs:kafka.admin']);
    expect(callsOf(`export async function load() {\n  const { Kafka } = await import('kafkajs');\n  return new Kafka({ brokers: [] }).producer();\n}`)).toEqual([
      'kafkajs:kafka.producer',
    ]);
  });

  it('recognises the Confluent namespace import and node-rdkafka', () => {
    expect(callsOf(`import { KafkaJS } from '@confluentinc/kafka-javascript';\nconst kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: [] } });\nkafka.consumer({ kafkaJS: { groupId: 'g' } });`)).toEqual([
      'confluent:kafka.consumer',
    ]);
    expect(callsOf(`import Kafka from 'node-rdkafka';\nconst producer = new Kafka.HighLevelProducer({});\nproducer.connect();`)).toEqual([
      'node-rdkafka:producer.connect',
    ]);
  });

  it('counts every library a file loads', () => {
    const model = requireModel(
      analyse(`import { Kafka } from 'kafkajs';\nimport { Transport } from '@nestjs/microservices';\nexport { Producer } from 'node-rdkafka';`),
    );
    expect([...model.libraries].sort()).toEqual(['kafkajs', 'nestjs', 'node-rdkafka']);
  });

  it('computes the model once per file, however many rules ask', () => {
    const first = analyse(`import { Kafka } from 'kafkajs';\nnew Kafka({}).producer();`);
    expect(first.model).not.toBeNull();
    expect(first.model).toBe(first.model);
  });
});
