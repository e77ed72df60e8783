import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion, Role } from '../../core/config-view.js';
import type { YamlFile } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import type { KafkaType } from '../catalog/types.js';
import type { ExtractionContext } from './context.js';
import { parseJavaValue } from './java-values.js';
import { spanOf } from './spans.js';
import { createView } from './view.js';
import { YamlReader, nodeSpan, stringValueOf, type AliasBudget, type MapItem } from './yaml-access.js';
import { blockMapInsertion, formatYamlValue, yamlScalarFormatter } from './yaml-edits.js';

export const STRIMZI_API_GROUP = 'kafka.strimzi.io/';

/**
 * The topic view's names for the two `KafkaTopic` fields that are not topic configs: `spec.replicas`
 * is filed as `replication.factor` (what `kafka-topics --create` and the Admin API call it) and
 * `spec.partitions` as `num.partitions` (the broker key for a topic's partition count).
 */
const TOPIC_SPEC_FIELDS: Readonly<Record<string, string>> = {
  replicas: 'replication.factor',
  partitions: 'num.partitions',
};
const SPEC_FIELD_OF_KEY: Readonly<Record<string, string>> = { 'replication.factor': 'replicas', 'num.partitions': 'partitions' };

/** One Strimzi resource of the file. */
interface Resource {
  kind: string;
  name: string | undefined;
  /** `metadata.labels["strimzi.io/cluster"]`: the Kafka cluster a topic or node pool belongs to. */
  cluster: string | undefined;
  root: YAMLMap;
  reader: YamlReader;
}


function textAt(reader: YamlReader, map: YAMLMap, path: readonly string[]): string | undefined {
  const parent = path.length > 1 ? reader.mapAt(map, path.slice(0, -1))?.map : map;
  return parent ? stringValueOf(reader.get(parent, path[path.length - 1]!)?.value ?? null) : undefined;
}

function resourceOf(reader: YamlReader): Resource | undefined {
  const root = reader.root;
  if (!isMap(root)) return undefined;
  const apiVersion = textAt(reader, root, ['apiVersion']);
  if (!apiVersion?.startsWith(STRIMZI_API_GROUP)) return undefined;
  return {
    kind: textAt(reader, root, ['kind']) ?? '',
    name: textAt(reader, root, ['metadata', 'name']),
    cluster: textAt(reader, root, ['metadata', 'labels', 'strimzi.io/cluster']),
    root,
    reader,
  };
}

/** A whole number written in the resource (`replicas: 3`), if it is one. */
function countAt(resource: Resource, path: readonly string[]): number | undefined {
  const text = textAt(resource.reader, resource.root, path);
  const count = text === undefined || text.trim() === '' ? NaN : Number(text);
  return Number.isInteger(count) && count >= 0 ? count : undefined;
}

function hasBrokerRole(pool: Resource): boolean {
  const roles = pool.reader.mapAt(pool.root, ['spec'])?.map;
  const item = roles && pool.reader.get(roles, 'roles');
  if (!item || !isSeq(item.value)) return false;
  return item.value.items.some((role) => stringValueOf(pool.reader.resolve(role as Node | null)) === 'broker');
}

/**
 * Brokers of a `Kafka` cluster: the replicas of its `KafkaNodePool`s with the broker role found in
 * the file (node pools replace `spec.kafka.replicas`), else `spec.kafka.replicas`. Unknown when the
 * cluster uses node pools kept in another file.
 */
function brokersOf(cluster: Resource, resources: readonly Resource[]): number | undefined {
  const pools = resources.filter((resource) => resource.kind === 'KafkaNodePool' && resource.cluster === cluster.name);
  const brokerPools = pools.filter(hasBrokerRole);
  if (brokerPools.length > 0) return brokerPools.reduce((sum, pool) => sum + (countAt(pool, ['spec', 'replicas']) ?? 0), 0);
  const nodePools = textAt(cluster.reader, cluster.root, ['metadata', 'annotations', 'strimzi.io/node-pools']);
  if (nodePools === 'enabled') return undefined;
  return countAt(cluster, ['spec', 'kafka', 'replicas']);
}

/** The `Kafka` cluster a topic belongs to: by its `strimzi.io/cluster` label, else the file's only cluster. */
function clusterOf(resource: Resource, clusters: readonly Resource[]): Resource | undefined {
  if (resource.cluster !== undefined) return clusters.find((cluster) => cluster.name === resource.cluster);
  return clusters.length === 1 ? clusters[0] : undefined;
}

function configEntry(
  context: ExtractionContext,
  item: MapItem,
  key: string,
  type: KafkaType | undefined,
): ConfigEntry {
  const keySpan = nodeSpan(context, item.key);
  const value = item.value;
  const valueSpan = value ? nodeSpan(context, value) : spanOf(context.locAt, keySpan.range[1], keySpan.range[1]);
  const text = stringValueOf(value);
  // Strimzi hands each config value to Kafka as a string, which Kafka's ConfigDef parses.
  const entry: ConfigEntry = {
    key,
    written: item.keyText,
    value: text === undefined ? undefined : parseJavaValue(type, text),
    text: context.text.slice(valueSpan.range[0], valueSpan.range[1]),
    keySpan,
    valueSpan,
  };
  const formatValue = item.shared ? undefined : yamlScalarFormatter(value);
  if (formatValue) entry.formatValue = formatValue;
  return entry;
}

/** The entries of a `config:` map, typed by the catalog of the role that reads them. */
function configEntries(context: ExtractionContext, reader: YamlReader, config: MapItem, role: Role): ConfigEntry[] {
  if (!isMap(config.value)) return [];
  return reader
    .items(config.value, config.shared)
    .map((item) => configEntry(context, item, item.keyText, lookupKafkaKey(role, item.keyText)?.type));
}

function mapInserter(
  context: ExtractionContext,
  item: MapItem | undefined,
): ((key: string, value: ConfigScalar) => Insertion | undefined) | undefined {
  if (!item || item.shared || !isMap(item.value)) return undefined;
  const map = item.value;
  return (key, value) => blockMapInsertion(map, context.text, context.locAt, key, formatYamlValue(value));
}

interface ConfigSection {
  role: Role;
  /** Path of the map holding the section (`spec.kafka`), whose `config` map is read. */
  path: readonly string[];
}

/** A view of the `config` map under `path`, anchored at its `config` key (or at the map's own key). */
function configView(
  context: ExtractionContext,
  resource: Resource,
  section: ConfigSection,
  brokers: number | undefined,
): ConfigView | undefined {
  const { reader, root } = resource;
  const holder = section.path.length === 0 ? { map: root, item: undefined } : reader.mapAt(root, section.path);
  if (!holder) return undefined;
  const config = reader.get(holder.map, 'config');
  const entries = config ? configEntries(context, reader, config, section.role) : [];
  const anchorKey = config?.key ?? holder.item?.key;
  return createView({
    role: section.role,
    client: 'java',
    dialect: 'strimzi',
    entries,
    complete: !reader.unresolved && config?.hidden !== true,
    anchor: anchorKey ? nodeSpan(context, anchorKey) : spanOf(context.locAt, root.range?.[0] ?? 0, root.range?.[0] ?? 0),
    brokers,
    insert: mapInserter(context, config),
  });
}

/** `KafkaTopic`: `spec.partitions`, `spec.replicas` and `spec.config` in one `topic` view. */
function topicView(context: ExtractionContext, resource: Resource, brokers: number | undefined): ConfigView | undefined {
  const { reader, root } = resource;
  const spec = reader.get(root, 'spec');
  if (!spec || !isMap(spec.value)) return undefined;
  const entries: ConfigEntry[] = [];
  let config: MapItem | undefined;
  for (const item of reader.items(spec.value, spec.shared)) {
    const field = TOPIC_SPEC_FIELDS[item.keyText];
    if (field) entries.push(configEntry(context, item, field, 'int'));
    else if (item.keyText === 'config' && isMap(item.value)) {
      config = item;
      entries.push(...configEntries(context, reader, item, 'topic'));
    }
  }
  const specInsert = mapInserter(context, spec);
  const configInsert = mapInserter(context, config);
  return createView({
    role: 'topic',
    client: 'java',
    dialect: 'strimzi',
    entries,
    complete: !reader.unresolved && config?.hidden !== true,
    anchor: nodeSpan(context, (config ?? spec).key),
    brokers,
    insert: (key, value) => {
      const field = SPEC_FIELD_OF_KEY[key];
      return field ? specInsert?.(field, value) : configInsert?.(key, value);
    },
  });
}

/** `KafkaMirrorMaker2`: one `common` view per `spec.clusters[].config`. */
function mirrorMakerViews(context: ExtractionContext, resource: Resource): ConfigView[] {
  const { reader, root } = resource;
  const spec = reader.mapAt(root, ['spec'])?.map;
  const clusters = spec && reader.get(spec, 'clusters');
  if (!clusters || !isSeq(clusters.value)) return [];
  const views: ConfigView[] = [];
  for (const element of clusters.value.items) {
    const cluster = reader.resolve(element as Node | null);
    if (!isMap(cluster)) continue;
    const view = configView(context, { ...resource, root: cluster }, { role: 'common', path: [] }, undefined);
    if (view && view.entries.length > 0) views.push(view);
  }
  return views;
}

function viewsOf(context: ExtractionContext, resource: Resource, resources: readonly Resource[]): ConfigView[] {
  const clusters = resources.filter((candidate) => candidate.kind === 'Kafka');
  const views: (ConfigView | undefined)[] = [];
  switch (resource.kind) {
    case 'Kafka':
      views.push(configView(context, resource, { role: 'broker', path: ['spec', 'kafka'] }, brokersOf(resource, resources)));
      break;
    case 'KafkaTopic': {
      const cluster = clusterOf(resource, clusters);
      views.push(topicView(context, resource, cluster && brokersOf(cluster, resources)));
      break;
    }
    case 'KafkaConnect':
      views.push(configView(context, resource, { role: 'common', path: ['spec'] }, undefined));
      break;
    case 'KafkaBridge':
      views.push(configView(context, resource, { role: 'producer', path: ['spec', 'producer'] }, undefined));
      views.push(configView(context, resource, { role: 'consumer', path: ['spec', 'consumer'] }, undefined));
      break;
    case 'KafkaMirrorMaker2':
      views.push(...mirrorMakerViews(context, resource));
      break;
    default:
      break;
  }
  return views.filter((view): view is ConfigView => view !== undefined);
}

/** Whether a YAML file holds at least one Strimzi resource (`apiVersion: kafka.strimzi.io/…`). */
export function hasStrimziResource(file: YamlFile, budget: AliasBudget): boolean {
  return file.documents.some((document) => resourceOf(new YamlReader(document, budget)) !== undefined);
}

/**
 * Strimzi custom resources: a `broker` view per `Kafka` (`spec.kafka.config`, brokers from node
 * pools or `spec.kafka.replicas`), a `topic` view per `KafkaTopic` (see `TOPIC_SPEC_FIELDS`), and
 * best-effort client views for `KafkaConnect` (`spec.config`, common), `KafkaBridge` and
 * `KafkaMirrorMaker2` (`spec.clusters[].config`).
 */
export function extractStrimzi(context: ExtractionContext, file: YamlFile, budget: AliasBudget): {
  views: ConfigView[];
  complete: boolean;
} {
  const resources: Resource[] = [];
  let complete = true;
  for (const document of file.documents) {
    const reader = new YamlReader(document, budget);
    const resource = resourceOf(reader);
    if (resource) resources.push(resource);
  }
  const views = resources.flatMap((resource) => viewsOf(context, resource, resources));
  for (const resource of resources) complete &&= !resource.reader.unresolved;
  return { views, complete: complete && !budget.exhausted };
}
