import rule from '../../src/rules/no-constant-message-key.js';
import { codeTester, dedent } from '../rule-tester.js';

const header = "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true });\n";

codeTester.run('no-constant-message-key', rule, {
  valid: [
    { name: 'key from the entity', code: `${header}export const publish = (order: { id: string }) => producer.send({ topic: 'orders', messages: [{ key: order.id, value: JSON.stringify(order) }] });\n` },
    { name: 'explicit null key asks for round-robin', code: `${header}await producer.send({ topic: 'views', messages: [{ key: null, value: 'v' }] });\n` },
    { name: 'the key does not pick the partition when one is given', code: `${header}await producer.send({ topic: 'ops', messages: [{ key: 'x', value: 'v', partition: 0 }] });\n` },
    { name: 'undefined key', code: `${header}await producer.send({ topic: 'views', messages: [{ key: undefined, value: 'v' }] });\n` },
    {
      name: 'key built from a template with an expression',
      code: `${header}export const publish = (tenant: string, id: string) => producer.send({ topic: 't', messages: [{ key: \`\${tenant}:\${id}\`, value: id }] });\n`,
    },
    {
      name: 'a let key may change',
      code: `${header}let current = 'a';\nexport function rotate(next: string) { current = next; }\nawait producer.send({ topic: 't', messages: [{ key: current, value: 'v' }] });\n`,
    },
    {
      name: 'constant keys of a non-Kafka queue',
      code: dedent`
        import { Queue } from 'bullmq';
        const queue = new Queue('emails');
        await queue.add('send', { key: 'same', to: 'a@example.com' });
      `,
    },
  ],
  invalid: [
    {
      name: 'literal key',
      code: `${header}await producer.send({ topic: 'events', messages: [{ key: 'events', value: 'v' }] });\n`,
      errors: [
        {
          messageId: 'constantKey',
          data: { key: '"events"' },
          line: 3,
          column: 58,
          endColumn: 66,
        },
      ],
    },
    {
      name: 'empty string key',
      code: `${header}await producer.send({ topic: 'audit', messages: [{ key: '', value: 'line' }] });\n`,
      errors: [{ messageId: 'emptyKey', line: 3, column: 57, endColumn: 59 }],
    },
    {
      name: 'const-bound key in messages built by map',
      code: dedent`
        import { Kafka } from 'kafkajs';
        const TENANT = 'acme';
        const producer = new Kafka({ brokers: ['kafka:9092'] }).producer({ idempotent: true });
        export async function publishInvoices(invoices: { json: string }[]) {
          await producer.send({
            topic: 'invoices',
            messages: invoices.map((invoice) => ({ key: TENANT, value: invoice.json })),
          });
        }
      `,
      errors: [{ messageId: 'constantKey', data: { key: '"acme"' }, line: 7, column: 49, endColumn: 55 }],
    },
    {
      name: 'String(undefined) is the constant "undefined"',
      code: `${header}export const publish = (v: string) => producer.send({ topic: 't', messages: [{ key: String(undefined), value: v }] });\n`,
      errors: [{ messageId: 'constantKey', data: { key: '"undefined"' }, line: 3 }],
    },
    {
      name: 'transaction send in a class with a numeric key',
      code: dedent`
        import { Kafka, Producer } from 'kafkajs';
        export class Ledger {
          constructor(private readonly producer: Producer) {}
          async append(entry: string) {
            const transaction = await this.producer.transaction();
            await transaction.send({ topic: 'ledger', messages: [{ key: 0, value: entry }] });
            await transaction.commit();
          }
        }
        export const kafka = new Kafka({ brokers: ['kafka:9092'] });
      `,
      errors: [{ messageId: 'constantKey', data: { key: '0' }, line: 6, column: 65, endColumn: 66 }],
    },
  ],
});
