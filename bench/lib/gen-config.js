// Generates Kafka configuration files as services keep them: Spring Boot `application*.yml`
// (many multi-document with profile sections), Spring `application*.properties`, and Java client
// `producer.properties` / `consumer.properties`. Most are sound; some carry the pitfalls the
// plugin targets (acks=1, retries=0, typos, out-of-bounds timeouts, duplicates).

import { ENTITIES, TEAMS, kebab, plural } from './names.js';

// ---------------------------------------------------------------------------------------------
// A tiny YAML emitter: a node is an array of entries [key, value] (duplicates allowed) or
// ['#', comment]; a value is a scalar, a node, or { list: [...] } / { flow: [...] } / { block: text }.
// ---------------------------------------------------------------------------------------------

const NEEDS_QUOTES = /^$|^[\s?:,[\]{}#&*!|>'"%@`]|^-(?:\s|$)|[:#]\s|:$|\s$|^(?:true|false|yes|no|on|off|null|~)$/i;

function scalar(value) {
  if (typeof value !== 'string') return String(value);
  return NEEDS_QUOTES.test(value) ? JSON.stringify(value) : value;
}

function emit(node, indent = 0, out = []) {
  const pad = ' '.repeat(indent);
  for (const [key, value] of node) {
    if (key === '#') {
      out.push(`${pad}# ${value}`);
    } else if (Array.isArray(value)) {
      out.push(`${pad}${key}:`);
      emit(value, indent + 2, out);
    } else if (value && typeof value === 'object' && 'list' in value) {
      out.push(`${pad}${key}:`);
      for (const item of value.list) out.push(`${pad}  - ${scalar(item)}`);
    } else if (value && typeof value === 'object' && 'flow' in value) {
      out.push(`${pad}${key}: [${value.flow.map(scalar).join(', ')}]`);
    } else if (value && typeof value === 'object' && 'block' in value) {
      out.push(`${pad}${key}: |`);
      for (const line of value.block.split('\n')) out.push(`${pad}  ${line}`);
    } else {
      out.push(`${pad}${key}: ${scalar(value)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spring Boot
// ---------------------------------------------------------------------------------------------

const SERIALIZERS = {
  string: ['org.apache.kafka.common.serialization.StringSerializer', 'org.apache.kafka.common.serialization.StringDeserializer'],
  json: ['org.springframework.kafka.support.serializer.JsonSerializer', 'org.springframework.kafka.support.serializer.JsonDeserializer'],
  avro: ['io.confluent.kafka.serializers.KafkaAvroSerializer', 'io.confluent.kafka.serializers.KafkaAvroDeserializer'],
  bytes: ['org.apache.kafka.common.serialization.ByteArraySerializer', 'org.apache.kafka.common.serialization.ByteArrayDeserializer'],
};

/** Spring relaxed binding: most projects write kebab-case, some camelCase. */
function springKey(style, kebabKey) {
  return style === 'camel' ? kebabKey.replace(/-([a-z])/g, (_, ch) => ch.toUpperCase()) : kebabKey;
}

function springProducer(rng, style) {
  const k = (key) => springKey(style, key);
  const ser = rng.pick(Object.keys(SERIALIZERS));
  const node = [
    [k('acks'), rng.weighted([['all', 6], ['-1', 1], [1, 2], [0, 1]])],
    [k('key-serializer'), SERIALIZERS.string[0]],
    [k('value-serializer'), SERIALIZERS[ser][0]],
  ];
  if (rng.chance(0.5)) node.push([k('retries'), rng.weighted([[2147483647, 3], [3, 2], [0, 1]])]);
  if (rng.chance(0.4)) node.push([k('batch-size'), rng.pick([16384, 32768, 65536])]);
  if (rng.chance(0.4)) node.push([k('compression-type'), rng.pick(['lz4', 'zstd', 'snappy', 'gzip', 'none'])]);
  if (rng.chance(0.15)) node.push([k('transaction-id-prefix'), `tx-${rng.int(1, 99)}-`]);
  if (rng.chance(0.04)) node.push([k('acks'), 'all']); // duplicate key
  const props = [];
  if (rng.chance(0.6)) props.push(['enable.idempotence', rng.weighted([[true, 4], [false, 1]])]);
  if (rng.chance(0.4)) props.push(['max.in.flight.requests.per.connection', rng.pick([1, 5, 5, 10])]);
  if (rng.chance(0.5)) props.push(['linger.ms', rng.pick([0, 5, 20, 100])]);
  if (rng.chance(0.3)) props.push(['delivery.timeout.ms', rng.pick([120000, 300000])]);
  if (rng.chance(0.05)) props.push(['linger.msx', 10]); // typo
  if (ser === 'avro') props.push(['schema.registry.url', 'http://schema-registry:8081']);
  if (props.length > 0) node.push(['properties', props]);
  return node;
}

function springConsumer(rng, style, group) {
  const k = (key) => springKey(style, key);
  const ser = rng.pick(Object.keys(SERIALIZERS));
  const node = [
    [k('group-id'), group],
    [k('auto-offset-reset'), rng.weighted([['earliest', 3], ['latest', 2], ['none', 1]])],
    [rng.chance(0.04) ? k('enable-auto-comit') : k('enable-auto-commit'), rng.weighted([[false, 3], [true, 1]])],
    [k('key-deserializer'), SERIALIZERS.string[1]],
    [k('value-deserializer'), rng.chance(0.4) ? 'org.springframework.kafka.support.serializer.ErrorHandlingDeserializer' : SERIALIZERS[ser][1]],
  ];
  if (rng.chance(0.5)) node.push([k('max-poll-records'), rng.pick([50, 100, 500, 2000])]);
  if (rng.chance(0.2)) node.push([k('isolation-level'), rng.pick(['read-committed', 'read-uncommitted'])]);
  if (rng.chance(0.3)) node.push([k('heartbeat-interval'), rng.pick(['3s', '3000ms', '10s'])]);
  const props = [];
  if (ser === 'json' || rng.chance(0.3)) props.push(['spring.json.trusted.packages', `com.example.${rng.pick(TEAMS)}`]);
  if (rng.chance(0.5)) props.push(['session.timeout.ms', rng.weighted([[45000, 4], [10000, 2], [3000, 1], [600000, 1]])]);
  if (rng.chance(0.4)) props.push(['max.poll.interval.ms', rng.pick([300000, 600000, 900000])]);
  if (rng.chance(0.4)) props.push(['partition.assignment.strategy', 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor']);
  if (rng.chance(0.2)) props.push(['group.instance.id', '${HOSTNAME}']);
  if (props.length > 0) node.push(['properties', props]);
  return node;
}

function springKafka(rng, service, style) {
  const k = (key) => springKey(style, key);
  const node = [[k('bootstrap-servers'), rng.pick(['${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}', 'localhost:9092', 'kafka-1:9092,kafka-2:9092,kafka-3:9092'])]];
  if (rng.chance(0.5)) node.push([k('client-id'), service]);
  if (rng.chance(0.7)) node.push(['producer', springProducer(rng, style)]);
  if (rng.chance(0.7)) node.push(['consumer', springConsumer(rng, style, service)]);
  if (rng.chance(0.5)) {
    node.push([
      'listener',
      [
        [k('ack-mode'), rng.pick(['record', 'batch', 'manual', 'manual-immediate'])],
        [k('concurrency'), rng.int(1, 6)],
        ...(rng.chance(0.3) ? [[k('missing-topics-fatal'), false]] : []),
      ],
    ]);
  }
  if (rng.chance(0.2)) {
    node.push(['admin', [[k('fail-fast'), true], ['properties', [['request.timeout.ms', 30000]]]]]);
  }
  if (rng.chance(0.1)) {
    node.push(['streams', [[k('application-id'), `${service}-streams`], ['properties', [['processing.guarantee', rng.pick(['exactly_once_v2', 'at_least_once'])], ['num.stream.threads', rng.int(1, 4)]]]]]);
  }
  return node;
}

function springBaseDocument(rng, service, style) {
  const db = kebab(rng.pick(ENTITIES));
  const spring = [['application', [['name', service]]]];
  if (rng.chance(0.6)) {
    spring.push([
      'datasource',
      [
        ['url', `jdbc:postgresql://\${DB_HOST:localhost}:5432/${db}`],
        ['username', '${DB_USER:app}'],
        ['password', '${DB_PASSWORD:}'],
        ['hikari', [['maximum-pool-size', rng.pick([5, 10, 20])], ['connection-timeout', 30000]]],
      ],
    ]);
    spring.push(['jpa', [['open-in-view', false], ['hibernate', [['ddl-auto', rng.pick(['validate', 'none'])]]]]]);
  }
  if (rng.chance(0.8)) spring.push(['kafka', springKafka(rng, service, style)]);
  const doc = [];
  if (rng.chance(0.3)) doc.push(['#', `${service} configuration; profile overrides below`]);
  doc.push(['server', [['port', rng.pick([8080, 8081, 9000])], ['shutdown', 'graceful']]]);
  doc.push(['spring', spring]);
  if (rng.chance(0.6)) {
    doc.push(['management', [['endpoints', [['web', [['exposure', [['include', rng.pick(['health,info,prometheus', 'health'])]]]]]]], ['endpoint', [['health', [['probes', [['enabled', true]]]]]]]]]);
  }
  if (rng.chance(0.6)) {
    doc.push(['logging', [['level', [['root', 'INFO'], ['org.apache.kafka', rng.pick(['WARN', 'INFO', 'ERROR'])], [`com.example.${db}`, 'DEBUG']]]]]);
  }
  if (rng.chance(0.3)) {
    doc.push(['app', [['topics', { list: [`${db}.events.v1`, `${db}.commands.v1`, `${db}.dlq`] }], ['cors', [['allowed-origins', { flow: ['https://example.com', 'http://localhost:3000'] }]]]]]);
  }
  if (rng.chance(0.1)) doc.push(['banner', { block: `${service}\n  build: \${BUILD_ID:local}` }]);
  return doc;
}

function springProfileDocument(rng, service, profile, style) {
  const k = (key) => springKey(style, key);
  const spring = [rng.chance(0.8) ? ['config', [['activate', [['on-profile', profile]]]]] : ['profiles', profile]];
  const kafka = [];
  if (profile === 'prod' || profile === 'staging') {
    kafka.push([k('bootstrap-servers'), `kafka-1.${profile}.internal:9093,kafka-2.${profile}.internal:9093,kafka-3.${profile}.internal:9093`]);
    kafka.push([
      'properties',
      [
        ['security.protocol', 'SASL_SSL'],
        ['sasl.mechanism', rng.pick(['PLAIN', 'SCRAM-SHA-512'])],
        ['sasl.jaas.config', 'org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_USER}" password="${KAFKA_PASSWORD}";'],
      ],
    ]);
  } else {
    kafka.push([k('bootstrap-servers'), 'localhost:9092']);
  }
  if (rng.chance(0.5)) kafka.push(['producer', [[k('acks'), rng.weighted([['all', 3], [1, 2]])], ...(rng.chance(0.3) ? [[k('retries'), rng.pick([0, 10])]] : [])]]);
  if (rng.chance(0.4)) kafka.push(['consumer', [[k('auto-offset-reset'), rng.pick(['earliest', 'latest'])], ...(rng.chance(0.4) ? [[k('max-poll-records'), rng.pick([10, 100, 1000])]] : [])]]);
  spring.push(['kafka', kafka]);
  const doc = [['spring', spring]];
  if (rng.chance(0.5)) doc.push(['logging', [['level', [['root', profile === 'dev' ? 'DEBUG' : 'WARN']]]]]);
  if (rng.chance(0.3)) doc.push(['server', [['port', profile === 'dev' ? 8080 : 80]]]);
  return doc;
}

function springYaml(rng, service, { multiDocument, profile }) {
  const style = rng.chance(0.1) ? 'camel' : 'kebab';
  if (profile) return `${emit(springProfileDocument(rng, service, profile, style)).join('\n')}\n`;
  const docs = [emit(springBaseDocument(rng, service, style))];
  if (multiDocument) {
    for (const p of rng.sample(['dev', 'test', 'staging', 'prod', 'local'], rng.int(1, 4))) {
      docs.push(emit(springProfileDocument(rng, service, p, style)));
    }
  }
  return `${docs.map((lines) => lines.join('\n')).join('\n---\n')}\n`;
}

/** Flattens a YAML node to Spring `.properties` lines. */
function flatten(node, prefix, out) {
  for (const [key, value] of node) {
    if (key === '#') out.push(`# ${value}`);
    else if (Array.isArray(value)) flatten(value, `${prefix}${key}.`, out);
    else if (value && typeof value === 'object' && 'list' in value) out.push(`${prefix}${key}=${value.list.join(',')}`);
    else if (value && typeof value === 'object' && 'flow' in value) out.push(`${prefix}${key}=${value.flow.join(',')}`);
    else if (value && typeof value === 'object' && 'block' in value) out.push(`${prefix}${key}=${value.block.replace(/\n/g, '\\n\\\n    ')}`);
    else out.push(`${prefix}${key}=${value}`);
  }
  return out;
}

function springProperties(rng, service, profile) {
  const style = 'kebab';
  const node = profile ? springProfileDocument(rng, service, profile, style) : springBaseDocument(rng, service, style);
  return `${flatten(node, '', []).join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Java client properties
// ---------------------------------------------------------------------------------------------

function propertiesText(rng, title, entries) {
  const sep = rng.weighted([['=', 6], [' = ', 2], [': ', 1]]);
  const lines = [`${rng.chance(0.8) ? '#' : '!'} ${title}`];
  if (rng.chance(0.5)) lines.push(`# generated for the ${rng.pick(TEAMS)} team; see the runbook before changing`);
  lines.push('');
  for (const entry of entries) {
    if (entry === '') lines.push('');
    else if (typeof entry === 'string') lines.push(entry);
    else {
      const [key, value] = entry;
      lines.push(`${key}${sep}${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const JAAS = [
  'org.apache.kafka.common.security.plain.PlainLoginModule required \\',
  '    username="${KAFKA_USER}" \\',
  '    password="${KAFKA_PASSWORD}";',
].join('\n');

function commonClient(rng, service) {
  const entries = [
    ['bootstrap.servers', rng.pick(['localhost:9092', 'kafka-1:9092,kafka-2:9092,kafka-3:9092', 'broker.internal:9093'])],
    ['client.id', service],
  ];
  if (rng.chance(0.4)) {
    entries.push('', '# security');
    entries.push(['security.protocol', 'SASL_SSL'], ['sasl.mechanism', 'PLAIN'], ['sasl.jaas.config', JAAS]);
    if (rng.chance(0.5)) entries.push(['ssl.truststore.location', '/etc/kafka/secrets/truststore.jks'], ['ssl.truststore.password', '${TRUSTSTORE_PASSWORD}']);
  }
  return entries;
}

function producerProperties(rng, service) {
  const entries = [...commonClient(rng, service), '', '# delivery'];
  entries.push(['acks', rng.weighted([['all', 6], ['-1', 1], ['1', 2], ['0', 1]])]);
  if (rng.chance(0.7)) entries.push(['enable.idempotence', rng.weighted([['true', 4], ['false', 1]])]);
  if (rng.chance(0.5)) entries.push(['retries', rng.weighted([['2147483647', 3], ['3', 1], ['0', 1]])]);
  if (rng.chance(0.5)) entries.push(['max.in.flight.requests.per.connection', rng.pick(['1', '5', '5', '10'])]);
  if (rng.chance(0.5)) entries.push(['delivery.timeout.ms', rng.pick(['120000', '300000'])]);
  entries.push('', '# batching');
  entries.push(['linger.ms', rng.pick(['0', '5', '20', '100'])]);
  if (rng.chance(0.6)) entries.push(['batch.size', rng.pick(['16384', '65536', '131072'])]);
  if (rng.chance(0.6)) entries.push(['compression.type', rng.pick(['lz4', 'zstd', 'snappy', 'none'])]);
  if (rng.chance(0.05)) entries.push(['compresion.type', 'lz4']); // typo
  if (rng.chance(0.2)) entries.push(['transactional.id', `${service}-tx`]);
  if (rng.chance(0.1)) entries.push(['partitioner.ignore.keys', 'true']);
  entries.push('', ['key.serializer', SERIALIZERS.string[0]], ['value.serializer', SERIALIZERS[rng.pick(['string', 'avro', 'bytes'])][0]]);
  if (rng.chance(0.03)) entries.push(['acks', '1']); // duplicate
  return propertiesText(rng, `Kafka producer for ${service}`, entries);
}

function consumerProperties(rng, service) {
  const entries = [...commonClient(rng, service), '', '# group'];
  entries.push(['group.id', service]);
  if (rng.chance(0.3)) entries.push(['group.instance.id', '${HOSTNAME}']);
  entries.push(['enable.auto.commit', rng.weighted([['false', 3], ['true', 1]])]);
  entries.push(['auto.offset.reset', rng.pick(['earliest', 'latest'])]);
  if (rng.chance(0.6)) entries.push(['session.timeout.ms', rng.weighted([['45000', 4], ['10000', 2], ['3000', 1]])]);
  if (rng.chance(0.4)) entries.push(['heartbeat.interval.ms', rng.pick(['3000', '15000'])]);
  if (rng.chance(0.5)) entries.push(['max.poll.interval.ms', rng.pick(['300000', '600000'])]);
  if (rng.chance(0.5)) entries.push(['max.poll.records', rng.pick(['100', '500', '1000'])]);
  if (rng.chance(0.4)) entries.push(['partition.assignment.strategy', 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor']);
  if (rng.chance(0.2)) entries.push(['isolation.level', rng.pick(['read_committed', 'read_uncommitted'])]);
  if (rng.chance(0.05)) entries.push(['auto.ofset.reset', 'earliest']); // typo
  entries.push('', ['key.deserializer', SERIALIZERS.string[1]], ['value.deserializer', SERIALIZERS[rng.pick(['string', 'avro', 'bytes'])][1]]);
  return propertiesText(rng, `Kafka consumer for ${service}`, entries);
}

// ---------------------------------------------------------------------------------------------

/**
 * The files of one service, all under `services/<name>/`: a Spring application config (one
 * multi-document YAML, or a base file plus per-profile files, or `.properties`), and sometimes
 * plain Java client property files.
 */
export function generateServiceConfigs(rng, index) {
  const service = `${rng.pick(TEAMS)}-${kebab(plural(rng.pick(ENTITIES)))}-${index}`;
  const resources = `services/${service}/src/main/resources`;
  const files = [];
  const layout = rng.weighted([['multi', 6], ['split', 2], ['properties', 1], ['single', 1]]);
  if (layout === 'multi') files.push({ path: `${resources}/application.yml`, text: springYaml(rng, service, { multiDocument: true }) });
  if (layout === 'single') files.push({ path: `${resources}/application.${rng.pick(['yml', 'yaml'])}`, text: springYaml(rng, service, { multiDocument: false }) });
  if (layout === 'split') {
    files.push({ path: `${resources}/application.yml`, text: springYaml(rng, service, { multiDocument: false }) });
    for (const p of rng.sample(['dev', 'staging', 'prod', 'local'], rng.int(1, 3))) {
      files.push({ path: `${resources}/application-${p}.yml`, text: springYaml(rng, service, { profile: p }) });
    }
  }
  if (layout === 'properties') {
    files.push({ path: `${resources}/application.properties`, text: springProperties(rng, service) });
    if (rng.chance(0.6)) files.push({ path: `${resources}/application-prod.properties`, text: springProperties(rng, service, 'prod') });
  }
  if (rng.chance(0.45)) files.push({ path: `services/${service}/config/kafka/producer.properties`, text: producerProperties(rng, service) });
  if (rng.chance(0.45)) files.push({ path: `services/${service}/config/kafka/consumer.properties`, text: consumerProperties(rng, service) });
  return files;
}
