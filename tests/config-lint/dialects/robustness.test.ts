import { describe, expect, it } from 'vitest';

import { extract } from './extract.js';

const ODD_YAML = [
  '',
  '---\n---\n',
  '~\n',
  'just a scalar\n',
  '- a\n- b\n',
  'services:\n',
  'services: [1, 2]\n',
  'services:\n  kafka: ~\n',
  'services:\n  kafka:\n    image: 3.8\n    environment: KAFKA_X=1\n',
  'services:\n  kafka:\n    image: apache/kafka\n    environment: ~\n',
  'services:\n  kafka:\n    image: apache/kafka\n    environment:\n      - ~\n      - [nested]\n      - =1\n      - KAFKA_=1\n',
  'services:\n  kafka:\n    image: apache/kafka\n    environment:\n      ? [complex, key]\n      : 1\n      KAFKA_NUM_PARTITIONS: {a: 1}\n',
  'x: &s apache/kafka\nservices:\n  k:\n    image: *s\n    environment: *nowhere\n',
  'a: &a\n  <<: *a\n  b: 1\nservices:\n  k:\n    image: apache/kafka\n    environment:\n      <<: *a\n',
  'spring:\n  kafka:\n    producer: *undefined\n',
  'spring:\n  kafka: [1, 2, 3]\n',
  'spring:\n  kafka:\n    producer:\n      acks:\n        nested: deeper\n',
  'apiVersion: kafka.strimzi.io/v1beta2\n',
  'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nspec: 12\n',
  'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: ~\nspec:\n  kafka:\n    config: [a]\n',
  'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaMirrorMaker2\nspec:\n  clusters: [~, 1, {config: ~}]\n',
  'key: "unterminated\n',
  '\u0000\u0001\u0002binary\uFFFD\uD800\n: : :\n',
  '{ "json": ["flow", { "style": true }] }',
  `${'['.repeat(200)}${']'.repeat(200)}\n`,
];

const ODD_PROPERTIES = ['', '=\n', ':::\n', '\\\n', 'a\\u12', '\u0000\u0001=\uFFFD\n', 'bootstrap.servers\n', '#only a comment'];

describe('odd inputs', () => {
  it.each(ODD_YAML.map((text, index) => [index, text] as const))('YAML input %i gives a model without throwing', (_index, text) => {
    for (const path of ['docker-compose.yml', 'application.yml', 'strimzi.yaml', 'anything.yaml']) {
      const model = extract(path, text);
      expect(model.notes.filter((note) => note.message.startsWith('Kafka config extraction failed'))).toEqual([]);
      for (const view of model.views) {
        for (const entry of view.entries) {
          expect(entry.keySpan.range[0]).toBeLessThanOrEqual(entry.keySpan.range[1]);
          expect(entry.valueSpan.range[1]).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  it.each(ODD_PROPERTIES.map((text, index) => [index, text] as const))('properties input %i gives a model without throwing', (_index, text) => {
    for (const path of ['producer.properties', 'server.properties', 'librdkafka.conf', 'application.properties', 'streams.properties', 'x.properties']) {
      const model = extract(path, text);
      expect(model.notes).toEqual([]);
    }
  });

  it('follows an alias to a scalar, and marks an unknown alias as hiding settings', () => {
    const text = 'x-rf: &rf 3\nservices:\n  k:\n    image: apache/kafka\n    environment:\n      KAFKA_DEFAULT_REPLICATION_FACTOR: *rf\n  j:\n    image: apache/kafka\n    environment: *nowhere\n';
    const model = extract('compose.yml', text);
    expect(model.views[0]!.get('default.replication.factor')!.value).toBe(3);
    // The value lives in the anchor: rewriting it would change every user of `*rf`.
    expect(model.views[0]!.get('default.replication.factor')!.formatValue).toBeUndefined();
    expect(model.views[0]!.get('default.replication.factor')!.keySpan.loc.start).toEqual({ line: 6, column: 6 });
    expect(model.views[0]!.get('default.replication.factor')!.valueSpan.loc.start).toEqual({ line: 1, column: 10 });
    expect(model.views.map((view) => view.complete)).toEqual([false, false]);
    expect(model.notes).toHaveLength(1);
  });

  it('stays fast on an alias bomb and says settings may be hidden', () => {
    const levels = ['a: &a {KAFKA_X0: 1, KAFKA_X1: 2, KAFKA_X2: 3}'];
    for (let level = 1; level < 12; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} {<<: [${Array(10).fill(`*${previous}`).join(', ')}], k${level}: v}`);
    }
    const env = `services:\n${Array.from({ length: 50 }, (_, index) => `  k${index}:\n    image: apache/kafka\n    environment:\n      <<: *l\n`).join('')}`;
    const text = `${levels.join('\n')}\n${env}`;
    const started = performance.now();
    const model = extract('docker-compose.yml', text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(model.dialect).toBe('compose');
    // Every service is still read; what the aliases would have added is unknown.
    expect(model.views).toHaveLength(50);
    expect(model.views.every((view) => !view.complete)).toBe(true);
    expect(model.notes).toHaveLength(1);
  });

  it('stays fast on a billion-laughs sequence', () => {
    const lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 10; level++) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(',')}]`);
    const text = `${lines.join('\n')}\nservices:\n  k:\n    image: apache/kafka\n    environment: *l9\nspring:\n  kafka:\n    bootstrap-servers: *l9\n`;
    const started = performance.now();
    extract('docker-compose.yml', text);
    extract('application.yml', text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
