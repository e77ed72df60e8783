import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { getKafkaModel, getTrackedClient, resolveFunctions } from '../../src/code/index.js';
import { at, inspectWith } from './harness.js';

/** The expression of the file's last statement. */
function lastExpression(program: TSESTree.Program): TSESTree.Expression {
  const statement = program.body.at(-1);
  if (statement?.type !== 'ExpressionStatement') throw new Error('expected an expression statement last');
  return statement.expression;
}

describe('secondary API', () => {
  it('answers what a tracked expression is, and nothing for look-alikes', () => {
    const code = `import { Kafka } from 'kafkajs';
import { Server } from 'socket.io';
const producer = new Kafka({ brokers: [] }).producer();
const socket = new Server();
[producer, socket];
`;
    expect(
      inspectWith(code, (context, program) => {
        const list = lastExpression(program) as TSESTree.ArrayExpression;
        return list.elements.map((element) => (element ? getTrackedClient(context, element) : undefined));
      }),
    ).toEqual([{ kind: 'producer', library: 'kafkajs' }, undefined]);
  });

  it('answers nothing in a file without a Kafka import', () => {
    expect(
      inspectWith(`const producer = { send() {} };\nproducer;`, (context, program) => [
        getKafkaModel(context),
        getTrackedClient(context, lastExpression(program)),
        resolveFunctions(context, lastExpression(program)),
      ]),
    ).toEqual([null, undefined, []]);
  });

  it('resolves the functions an expression can be', () => {
    const code = `import { Kafka } from 'kafkajs';
const kafka = new Kafka({ brokers: [] });
const onMessage = async () => {};
function onBatch() {}
class Worker {
  handle() {}
  start() {
    return [this.handle, this.handle.bind(this), onMessage, onBatch, () => 1, kafka];
  }
}
`;
    expect(
      inspectWith(code, (context, program) => {
        const worker = program.body[4] as TSESTree.ClassDeclaration;
        const start = worker.body.body[1] as TSESTree.MethodDefinition;
        const returned = (start.value.body?.body[0] as TSESTree.ReturnStatement).argument as TSESTree.ArrayExpression;
        return returned.elements.map((element) => (element ? resolveFunctions(context, element).map(at) : []));
      }),
    ).toEqual([['6:8'], ['6:8'], ['3:18'], ['4:0'], ['8:69'], []]);
  });
});
