import { describe, expect, it } from 'vitest';

import { extractConfigModel } from '../../../src/config-lint/dialects/index.js';
import { DIALECTS } from '../../../src/config-lint/language-options.js';
import type { Dialect } from '../../../src/config-lint/model.js';
import { parseProperties } from '../../../src/config-lint/properties/parse.js';
import { parseYaml } from '../../../src/config-lint/yaml/parse.js';
import { entriesOf, extract, locAtOf } from './extract.js';

function forced(path: string, text: string, dialect: Dialect) {
  const ast = /\.ya?ml$/.test(path) ? parseYaml(text).file : parseProperties(text);
  return extractConfigModel({ path, text, ast, locAt: locAtOf(text), dialect });
}

const COMPOSE = 'services:\n  kafka:\n    image: apache/kafka:3.8.0\n    environment:\n      KAFKA_DEFAULT_REPLICATION_FACTOR: 1\n';
const STRIMZI = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  replicas: 1\n';
const SPRING = 'spring:\n  kafka:\n    producer:\n      acks: 1\n';

// Shapes a forced dialect may meet: each of the others, and files that are no Kafka configuration at all.
const YAML_SHAPES = [COMPOSE, STRIMZI, SPRING, '', '~\n', '- a\n- b\n', 'services: [1, 2]\n', 'spring: 3\n', 'x: *nowhere\n', 'apiVersion: kafka.strimzi.io/v1beta2\nspec: 12\n'];
const PROPERTIES_SHAPES = ['', 'acks=1\n', 'bootstrap.servers=b:9092\ngroup.id=g\n', 'log.dirs=/tmp\n', 'spring.kafka.producer.acks=1\n', '\\\n', 'enable.idempotence=yes please\n'];

describe('a dialect forced through the language option', () => {
  it('skips detection: a compose file named like a Spring one is read as compose', () => {
    expect(extract('application.yml', COMPOSE).views).toEqual([]);
    const model = forced('application.yml', COMPOSE, 'compose');
    expect(model.dialect).toBe('compose');
    expect(model.views.map((view) => [view.role, view.brokers])).toEqual([['broker', 1]]);
    expect(entriesOf(model.views[0])).toEqual([{ key: 'default.replication.factor', written: 'KAFKA_DEFAULT_REPLICATION_FACTOR', value: 1, at: '5:6' }]);
  });

  it('reads a properties file detection does not recognise, with the role its keys show', () => {
    expect(extract('settings.properties', 'acks=1\n').dialect).toBeNull();
    const model = forced('settings.properties', 'acks=1\n', 'java-properties');
    expect(model.views.map((view) => [view.dialect, view.role])).toEqual([['java-properties', 'producer']]);
  });

  it('gives no views, and no crash, for a file of another shape', () => {
    expect(forced('topics.yaml', COMPOSE, 'strimzi')).toEqual({ dialect: 'strimzi', views: [], notes: [] });
    expect(forced('docker-compose.yml', STRIMZI, 'compose')).toEqual({ dialect: 'compose', views: [], notes: [] });
  });

  it('gives nothing for a dialect of the other format', () => {
    expect(forced('a.properties', 'acks=1\n', 'strimzi')).toEqual({ dialect: null, views: [], notes: [] });
    expect(forced('a.yaml', SPRING, 'librdkafka')).toEqual({ dialect: null, views: [], notes: [] });
  });

  it('marks a file whose aliases cannot be followed as hiding settings', () => {
    const model = forced('values.yaml', 'services:\n  k:\n    image: apache/kafka\n    environment: *nowhere\n', 'compose');
    expect(model.notes.map((note) => note.message)).toEqual([expect.stringMatching(/^Some YAML aliases could not be followed/)]);
  });

  it.each(DIALECTS.map((dialect) => [dialect]))('never throws nor fails when %s is forced on any shape', (dialect) => {
    const inputs = [...YAML_SHAPES.map((text) => ['f.yaml', text]), ...PROPERTIES_SHAPES.map((text) => ['f.properties', text])];
    for (const [path, text] of inputs) {
      const model = forced(path!, text!, dialect);
      expect(model.notes.filter((note) => note.message.startsWith('Kafka config extraction failed')), `${dialect} on ${JSON.stringify(text)}`).toEqual([]);
    }
  });
});
