#!/usr/bin/env node
// Generates src/config-lint/catalog/data.ts, the committed catalog of Kafka, librdkafka and Spring
// Boot keys, from the research reference (kafka-configs.json). The reference holds raw facts with
// their sources; this keeps only what the linter needs, with defaults typed as the client parses
// them, so lookups at lint time are plain Map reads.
//
//   node tools/build-catalog.js [path/to/kafka-configs.json]
//   node tools/build-catalog.js --check [path]   (exit 1 when data.ts is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const sourcePath = args.find((arg) => !arg.startsWith('--')) ?? '/work/shared/reference/kafka-configs.json';
const outputPath = join(root, 'src/config-lint/catalog/data.ts');

const reference = JSON.parse(readFileSync(sourcePath, 'utf8'));
if (reference.schema !== 'kafka-config-catalog/1') {
  throw new Error(`unexpected reference schema ${reference.schema}`);
}

/** Java's ConfigDef types whose values are numbers. */
const NUMERIC_TYPES = new Set(['int', 'short', 'long', 'double']);

/** The default as the Java client holds it once parsed: `"true"` → true, `"45000"` → 45000. */
function typedJavaDefault(entry) {
  const text = entry.default;
  if (text === null || text === undefined) return null;
  if (entry.type === 'boolean') return text === 'true';
  if (NUMERIC_TYPES.has(entry.type)) {
    const number = Number(text);
    return Number.isNaN(number) ? text : number;
  }
  return text;
}

function kafkaKey(entry) {
  const key = { name: entry.name, type: entry.type, default: typedJavaDefault(entry) };
  if (entry.required) key.required = true;
  if (entry.range && (entry.range.min !== null || entry.range.max !== null)) key.range = entry.range;
  if (entry.validValues?.length > 0) key.validValues = entry.validValues;
  if (entry.validValuesExtra?.length > 0) key.alsoValid = entry.validValuesExtra;
  if (entry.caseInsensitive) key.caseInsensitive = true;
  if (entry.deprecated) key.deprecated = true;
  if (entry.internal) key.internal = true;
  if (entry.zkModeRelated) key.zkModeRelated = true;
  if (entry.absentInTrunkSnapshot_2024_10_25) key.removedIn4 = true;
  if (entry.serverDefaultProperty) key.serverDefault = entry.serverDefaultProperty;
  return key;
}

/** librdkafka's CONFIGURATION.md range column: `1 .. 1000000` or `none, rebootstrap`. */
function librdkafkaRange(entry) {
  if (!entry.range) return {};
  const bounds = /^(-?[\d.]+) \.\. (-?[\d.]+)$/.exec(entry.range);
  if (bounds) return { range: { min: Number(bounds[1]), max: Number(bounds[2]) } };
  if (entry.type === 'enum value' || entry.type === 'CSV flags') {
    return { validValues: entry.range.split(',').map((value) => value.trim()) };
  }
  return {};
}

const LIBRDKAFKA_TYPES = {
  integer: 'integer',
  float: 'float',
  boolean: 'boolean',
  string: 'string',
  'enum value': 'enum',
  'CSV flags': 'flags',
  'pattern list': 'patterns',
  'see dedicated API': 'pointer',
};

function typedLibrdkafkaDefault(entry, type) {
  const text = entry.default;
  if (type === 'boolean') return text === 'true';
  if ((type === 'integer' || type === 'float') && text !== '' && !Number.isNaN(Number(text))) return Number(text);
  return text;
}

function librdkafkaKey(entry) {
  const type = LIBRDKAFKA_TYPES[entry.type];
  if (!type) throw new Error(`unknown librdkafka type ${entry.type} for ${entry.name}`);
  const key = { name: entry.name, level: entry.level, scope: entry.scope, type, default: typedLibrdkafkaDefault(entry, type) };
  Object.assign(key, librdkafkaRange(entry));
  if (entry.alias_of) key.aliasOf = entry.alias_of;
  if (entry.deprecated) key.deprecated = true;
  if (entry.experimental) key.experimental = true;
  return key;
}

/** `List<String>` → `list`, `Duration` → `duration`, `Class<?>` → `class`, enums → `enum`. */
const SPRING_TYPES = {
  'List<String>': 'list',
  String: 'string',
  Resource: 'string',
  Boolean: 'boolean',
  boolean: 'boolean',
  Integer: 'integer',
  int: 'integer',
  Float: 'number',
  double: 'number',
  Duration: 'duration',
  DataSize: 'data-size',
  'Class<?>': 'class',
  'Map<String, String>': 'map',
};

function springType(entry) {
  if (!entry.javaType) return 'string';
  return SPRING_TYPES[entry.javaType] ?? 'enum';
}

function springKey(entry) {
  const name = entry.property.replace(/\.\*$/, '');
  const key = { name, type: springType(entry), mapsTo: entry.maps_to ?? null };
  if (entry.deprecated) key.deprecated = true;
  if (entry.springBootVersions && !entry.springBootVersions.includes('4.1.1')) key.removedIn = '4.1.1';
  return key;
}

function renderList(items) {
  return `[\n${items.map((item) => `  ${JSON.stringify(item)},`).join('\n')}\n]`;
}

function renderRoles(sections) {
  const body = Object.entries(sections)
    .map(([role, keys]) => `  ${role}: [\n${keys.map((key) => `    ${JSON.stringify(key)},`).join('\n')}\n  ],`)
    .join('\n');
  return `{\n${body}\n}`;
}

const kafka = {
  producer: reference.producer.map(kafkaKey),
  consumer: [...reference.consumer, ...reference.consumerInternal].map(kafkaKey),
  admin: reference.admin.map(kafkaKey),
  topic: reference.topic.map(kafkaKey),
  broker: [...reference.broker, ...reference.brokerInternal].map(kafkaKey),
};

const src = reference.source;
const header = `// GENERATED by tools/build-catalog.js from kafka-configs.json (schema ${reference.schema},
// generated ${reference.generated}). Do not edit by hand: change the generator or the reference and run
// \`node tools/build-catalog.js\`.
//
// Sources of the reference: Kafka ${src.producer.ref} (apache/kafka ${src.producer.commit}), runtime
// dump of each ConfigDef; librdkafka ${src.librdkafka.ref ?? ''} CONFIGURATION.md (${src.librdkafka.commit ?? ''});
// Spring Boot ${src.springBoot.ref} KafkaProperties (${src.springBoot.commit}) and ${src.springBoot.also.ref}.
// Defaults are typed as the client parses them (Java ConfigDef for Kafka keys).`;

const output = `${header}
import type { KafkaKey, LibrdkafkaKey, SpringKey } from './types.js';

export const KAFKA_KEYS: Readonly<Record<'producer' | 'consumer' | 'admin' | 'topic' | 'broker', readonly KafkaKey[]>> = ${renderRoles(kafka)};

export const LIBRDKAFKA_KEYS: readonly LibrdkafkaKey[] = ${renderList(reference.librdkafka.map(librdkafkaKey))};

export const SPRING_KEYS: readonly SpringKey[] = ${renderList(reference.springBoot.map(springKey))};
`;

if (check) {
  const current = readFileSync(outputPath, 'utf8');
  if (current !== output) {
    console.error(`${outputPath} is stale: run node tools/build-catalog.js`);
    process.exit(1);
  }
} else {
  writeFileSync(outputPath, output);
  console.log(`wrote ${outputPath}`);
}
