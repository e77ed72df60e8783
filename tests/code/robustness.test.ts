import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getKafkaModel } from '../../src/code/index.js';
import type { KafkaFileModel } from '../../src/code/model.js';
import { analyse, requireModel } from './harness.js';

describe('robustness', () => {
  it('shares one model between every rule that asks for it', () => {
    const seen: (KafkaFileModel | null)[] = [];
    const rule: TSESLint.RuleModule<string, []> = {
      defaultOptions: [],
      meta: { type: 'problem', schema: [], messages: {} },
      create: (context) => ({
        'Program:exit'() {
          seen.push(getKafkaModel(context));
        },
      }),
    };
    const asEslintRule = rule as unknown as Rule.RuleModule;
    const messages = new Linter({ configType: 'flat' }).verify(
      `import { Kafka } from 'kafkajs';\nnew Kafka({ brokers: [] }).producer();`,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as Linter.Parser },
          plugins: { test: { rules: { first: asEslintRule, second: asEslintRule, third: asEslintRule } } },
          rules: { 'test/first': 'error', 'test/second': 'error', 'test/third': 'error' },
        },
      ],
      { filename: 'file.ts' },
    );
    expect(messages).toEqual([]);
    expect(seen).toHaveLength(3);
    expect(seen[0]).not.toBeNull();
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('handles every kind of syntax around Kafka code without crashing', () => {
    const model = requireModel(
      analyse(
        `import React from 'react';
import { Kafka, type Producer } from 'kafkajs';

declare global { interface Window { producer?: Producer } }
namespace Internal { export const topic = 'ns'; }
enum Direction { Up = 1, Down }
abstract class Base<T> { abstract send(value: T): void; static #count = 0; static { Base.#count++; } }
type Handler = (payload: unknown) => Promise<void>;
const kafka = new Kafka({ brokers: [], get clientId() { return 'x'; }, ['__proto__']: null, constructor: 1 });
const producer = kafka?.producer?.({ idempotent: !!globalThis, ...(Math.random() > 0.5 ? { acks: 1 } : {}) });

export function View({ id }: { id: string }) {
  return <button onClick={() => producer.send({ topic: Internal.topic, messages: [{ key: id, value: <b>x</b> as never }] })}>{id}</button>;
}

export async function* stream(source: AsyncIterable<string>) {
  label: for await (const value of source) {
    if (!value) continue label;
    yield await producer.send({ topic: \`t-\${Direction.Up}\`, messages: [{ key: value, value }] });
  }
}

class Weird extends (class {} as any) {
  #p = kafka.producer();
  accessor acc = 1;
  [Symbol.iterator]() {}
  async run() { using _x = null as any; await this.#p?.connect(); }
}
new Weird();
`,
        'component.tsx',
      ),
    );
    expect(model.calls.map((call) => `${call.kind}.${call.method}`)).toEqual([
      'kafka.producer',
      'producer.send',
      'producer.send',
      'kafka.producer',
      'producer.connect',
    ]);
    expect(model.views.map((view) => [view.role, view.scope, view.complete, view.entries.map((entry) => entry.key)])).toEqual([
      ['common', 'client', true, ['bootstrap.servers', 'client.id', '__proto__', 'constructor']],
      // A conditional spread may add settings.
      ['producer', 'client', false, ['enable.idempotence']],
      ['producer', 'send', true, []],
      ['producer', 'send', true, []],
      ['producer', 'client', true, []],
    ]);
    expect(model.messages).toHaveLength(2);
  });

  it('gives up on cycles and self-references instead of looping', () => {
    const model = requireModel(
      analyse(`import { Kafka } from 'kafkajs';
const a: any = b;
const b: any = a;
a.send({ messages: [] });
function loop(): any { return loop(); }
loop().send({});
function ping(x: any): any { return pong(x); }
function pong(x: any): any { return ping(x); }
ping(1).producer();
class A extends (B as any) { go() { this.p.send(); } }
class B extends A {}
const list: any[] = [];
list.push(...list);
const kafka = new Kafka({ ...kafkaOptions });
const kafkaOptions: any = { ...kafkaOptions };
kafka.producer().send({ topic: 't', messages: list });
`),
    );
    expect(model.calls.map((call) => `${call.kind}.${call.method}`)).toEqual(['producer.send', 'kafka.producer']);
    expect(model.views.map((view) => [view.role, view.complete])).toEqual([
      ['common', false],
      ['producer', true],
      ['producer', true],
    ]);
  });

  it('survives very deep expressions and very long member chains', () => {
    const sum = Array.from({ length: 2000 }, (_, index) => String(index)).join(' + ');
    const chain = `kafka${'.x'.repeat(1500)}`;
    const model = requireModel(
      analyse(`import { Kafka } from 'kafkajs';
const kafka = new Kafka({ brokers: [], requestTimeout: ${sum} });
${chain}.producer();
const producer = kafka.producer({ transactionTimeout: ${sum} });
`),
    );
    expect(model.views.map((view) => view.entries.map((entry) => [entry.key, entry.value]))).toEqual([
      [['bootstrap.servers', undefined], ['request.timeout.ms', undefined]],
      [['transaction.timeout.ms', undefined]],
    ]);
  });

  it('stays linear when objects and lists are spread twice at every level', () => {
    const levels = 40;
    const objects = Array.from({ length: levels }, (_, level) =>
      level === 0 ? `const o0 = { metadataMaxAge: 0 };` : `const o${level} = { ...o${level - 1}, ...o${level - 1}, k${level}: ${level} };`,
    );
    // 20 list levels (each is a variable and a spread) stay within the nesting the analysis follows.
    const lists = Array.from({ length: 20 }, (_, level) =>
      level === 0 ? `const m0 = [{ key: 'k', value: 'v' }];` : `const m${level} = [...m${level - 1}, ...m${level - 1}];`,
    );
    const started = performance.now();
    const model = requireModel(
      analyse(`import { Kafka } from 'kafkajs';
${objects.join('\n')}
${lists.join('\n')}
const producer = new Kafka({ brokers: [] }).producer(o${levels - 1});
await producer.send({ topic: 't', messages: m19 });
`),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    const producerView = model.views.find((view) => view.role === 'producer' && view.scope === 'client');
    expect(producerView?.entries).toHaveLength(levels);
    expect(producerView?.complete).toBe(true);
    expect(model.messages).toHaveLength(1);
  });

  it('gives null for broken-looking but valid files that only mention Kafka', () => {
    expect(analyse(`const kafkajs = 'kafkajs'; export default { kafkajs };`, 'x.js').model).toBeNull();
    expect(analyse(`/* node-rdkafka */ import('./local').then((m) => m.send());`, 'y.mjs').model).toBeNull();
  });
});

describe('plain JavaScript parsed by espree', () => {
  // espree's AST has no TypeScript-only fields (`decorators`, `typeAnnotation`): the core must not assume them.
  it('analyses CommonJS classes with methods, getters and private fields', () => {
    let model: KafkaFileModel | null = null;
    const rule = {
      meta: { type: 'problem', schema: [], messages: {} },
      create: (context: Rule.RuleContext) => ({
        'Program:exit'() {
          model = getKafkaModel(context as unknown as Parameters<typeof getKafkaModel>[0]);
        },
      }),
    } as unknown as Rule.RuleModule;
    const code = [
      "const { Kafka } = require('kafkajs');",
      'class Publisher {',
      '  #producer;',
      "  constructor(brokers) { this.#producer = new Kafka({ brokers }).producer(); }",
      '  get ready() { return true; }',
      "  async publish(id, value) { await this.#producer.send({ topic: 'orders', acks: 1, messages: [{ key: id, value }] }); }",
      '}',
      'module.exports = { Publisher };',
    ].join('\n');
    const messages = new Linter({ configType: 'flat' }).verify(
      code,
      [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, plugins: { test: { rules: { capture: rule } } }, rules: { 'test/capture': 'error' } }],
      { filename: 'publisher.js' },
    );
    expect(messages).toEqual([]);
    const found = model as KafkaFileModel | null;
    expect(found?.views.map((view) => [view.role, view.scope, view.get('acks')?.value])).toEqual([
      ['producer', 'client', undefined],
      ['common', 'client', undefined],
      ['producer', 'send', 1],
    ]);
    expect(found?.messages).toHaveLength(1);
  });
});
