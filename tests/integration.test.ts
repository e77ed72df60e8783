import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import kafka from '../src/index.js';
import { dedent } from './rule-tester.js';

/** A small repository with code and config files, linted through ESLint's Node API in one run. */
const files: Record<string, string> = {
  'src/orders/publisher.ts': dedent`
    import { Kafka } from 'kafkajs';

    const kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

    export async function publish(orderId: string, body: string): Promise<void> {
      await producer.send({ topic: 'orders', acks: 1, messages: [{ key: orderId, value: body }] });
    }
  `,
  'src/audit/worker.js': dedent`
    const { Kafka } = require('kafkajs');
    const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'audit', sessionTimeout: 3000 });
    module.exports = consumer;
  `,
  'src/http/server.ts': dedent`
    import express from 'express';
    const app = express();
    app.post('/orders', (_req, res) => res.send({ acks: 1, key: 'same' }));
  `,
  'config/producer.properties': dedent`
    bootstrap.servers=kafka:9092
    enable.idempotence=true
    acks=1
  `,
  'config/metrics-producer.properties': dedent`
    bootstrap.servers=kafka:9092
    # eslint-disable-next-line kafka/require-acks-all, kafka/require-idempotent-producer -- metrics may be dropped
    acks=0
  `,
  'src/main/resources/application.yml': dedent`
    spring:
      kafka:
        producer:
          acks: 0 # eslint-disable-line kafka/require-acks-all -- metrics only
        consumer:
          properties:
            session.timeout.ms: 2000
  `,
  'deploy/broken.yaml': 'spring:\n  kafka: [unclosed\n',
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
};

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kafka-integration-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Finding {
  file: string;
  rule: string | null;
  line: number;
  column: number;
}

async function lintRepository(): Promise<Finding[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: kafka.configs.recommended });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(root, result.filePath),
        rule: message.ruleId,
        line: message.line,
        column: message.column,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

describe('kafka.configs.recommended through the ESLint API', () => {
  it('lints .ts, .js, .properties and .yml files in one run, with suppressions and parse errors', async () => {
    expect(await lintRepository()).toEqual([
      { file: 'config/producer.properties', rule: 'kafka/require-acks-all', line: 3, column: 6 },
      { file: 'deploy/broken.yaml', rule: null, line: 3, column: 1 },
      { file: 'src/audit/worker.js', rule: 'kafka/valid-consumer-timeouts', line: 2, column: 102 },
      // The directive on line 4 names only require-acks-all.
      { file: 'src/main/resources/application.yml', rule: 'kafka/require-idempotent-producer', line: 4, column: 13 },
      { file: 'src/main/resources/application.yml', rule: 'kafka/valid-consumer-timeouts', line: 7, column: 29 },
      { file: 'src/orders/publisher.ts', rule: 'kafka/require-acks-all', line: 7, column: 48 },
    ]);
  });
});

describe('bad input', () => {
  it('turns malformed YAML into one fatal parse error with a position, and lints the other files', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: kafka.configs.recommended });
    const [broken, producer] = await eslint.lintFiles(['deploy/broken.yaml', 'config/producer.properties']);
    expect(broken!.messages).toHaveLength(1);
    expect(broken!.messages[0]).toMatchObject({ fatal: true, severity: 2, line: 3, column: 1 });
    expect(broken!.messages[0]!.message).toMatch(/^Parsing error: .+ \([A-Z_]+\)$/);
    expect(producer!.messages.map((message) => message.ruleId)).toEqual(['kafka/require-acks-all']);
  });
});
