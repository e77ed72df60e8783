import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion, Role } from '../../core/config-view.js';
import type { YamlFile } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import { INTERNAL_TOPICS, connectSettingPlacement, type Placement } from './connect-properties.js';
import type { ExtractionContext } from './context.js';
import { spanOf } from './spans.js';
import { createView } from './view.js';
import { yamlConfigEntry } from './yaml-config-entry.js';
import { YamlReader, nodeSpan, stringValueOf, type AliasBudget, type MapItem } from './yaml-access.js';
import { blockMapInsertion, formatYamlValue } from './yaml-edits.js';

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

/** The entries of a `config:` map, typed by the catalog of the role that reads them. */
function configEntries(context: ExtractionContext, reader: YamlReader, config: MapItem, role: Role): ConfigEntry[] {
  if (!isMap(config.value)) return [];
  return reader
    .items(config.value, config.shared)
    .map((item) => yamlConfigEntry(context, item, item.keyText, lookupKafkaKey(role, item.keyText)?.type));
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
    if (field) entries.push(yamlConfigEntry(context, item, field, 'int'));
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
    resource: 'KafkaTopic',
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

/** The `Kafka` cluster of the file that a `bootstrapServers` address names, through Strimzi's `<cluster>-kafka-bootstrap` service. */
function clusterAtBootstrap(bootstrap: string | undefined, clusters: readonly Resource[]): Resource | undefined {
  const host = bootstrap?.split(',')[0]?.trim().split(':')[0]?.split('.')[0];
  const name = host === undefined ? undefined : /^(.+)-kafka-bootstrap$/.exec(host)?.[1];
  return name === undefined ? undefined : clusters.find((cluster) => cluster.name === name);
}

/** Brokers of the cluster a Connect cluster or MirrorMaker 2 cluster spec (`bootstrapServers`) connects to, when it is in the file. */
function brokersAtBootstrap(resource: Resource, map: YAMLMap | undefined, resources: readonly Resource[]): number | undefined {
  const bootstrap = map && stringValueOf(resource.reader.get(map, 'bootstrapServers')?.value ?? null);
  const cluster = clusterAtBootstrap(bootstrap, resources.filter((candidate) => candidate.kind === 'Kafka'));
  return cluster && brokersOf(cluster, resources);
}

/** The settings of a Connect `config:` map that go to one view (a task client, an internal topic). */
interface PlacedGroup {
  placement: Placement;
  entries: ConfigEntry[];
}

/** The items of a `config:` map grouped by where Connect files them; those `place` leaves out are skipped. */
function placeConfig(
  context: ExtractionContext,
  reader: YamlReader,
  config: MapItem | undefined,
  place: (key: string) => Placement | undefined,
): PlacedGroup[] {
  const groups = new Map<string, PlacedGroup>();
  if (!config || !isMap(config.value)) return [];
  for (const item of reader.items(config.value, config.shared)) {
    const placement = place(item.keyText);
    if (!placement) continue;
    let group = groups.get(placement.group);
    if (!group) {
      group = { placement, entries: [] };
      groups.set(placement.group, group);
    }
    group.entries.push(yamlConfigEntry(context, item, placement.key, placement.type));
  }
  return [...groups.values()];
}

/** A task client or topic view of a Connect `config:` map; new settings are added with the group's prefix. */
function placedView(context: ExtractionContext, config: MapItem | undefined, group: PlacedGroup, brokers: number | undefined): ConfigView {
  const insert = mapInserter(context, config);
  return createView({
    role: group.placement.role,
    client: 'java',
    dialect: 'strimzi',
    entries: group.entries,
    // Connect and MirrorMaker give their task clients and topics defaults of their own: never all here.
    complete: false,
    anchor: group.entries[0]!.keySpan,
    brokers: group.placement.role === 'topic' ? brokers : undefined,
    insert:
      insert &&
      ((key, value) => {
        const name = group.placement.spell(key);
        return name === undefined ? undefined : insert(name, value);
      }),
  });
}

/**
 * The `config:` map of a Connect worker (`KafkaConnect` `spec`, the MirrorMaker 2 Connect cluster),
 * split as Connect reads it (`connectSettingPlacement`): a `common` view of the worker's own
 * settings, client views of `producer.*`, `consumer.*`, `admin.*` (prefix stripped) and a `topic`
 * view per internal topic whose replication factor or partition count is written. `holder` is the
 * map holding `config` (the anchor when `config` is missing).
 */
function workerViews(
  context: ExtractionContext,
  resource: Resource,
  holder: { map: YAMLMap; item: MapItem | undefined },
  brokers: number | undefined,
): ConfigView[] {
  const { reader, root } = resource;
  const config = reader.get(holder.map, 'config');
  const groups = placeConfig(context, reader, config, (key) => connectSettingPlacement(key));
  const anchorKey = config?.key ?? holder.item?.key;
  const worker = createView({
    role: 'common',
    client: 'java',
    dialect: 'strimzi',
    entries: groups.filter((group) => group.placement.role === 'common').flatMap((group) => group.entries),
    complete: !reader.unresolved && config?.hidden !== true,
    anchor: anchorKey ? nodeSpan(context, anchorKey) : spanOf(context.locAt, root.range?.[0] ?? 0, root.range?.[0] ?? 0),
    insert: mapInserter(context, config),
  });
  const placed = groups.filter((group) => group.placement.role !== 'common').map((group) => placedView(context, config, group, brokers));
  return [worker, ...placed];
}

/** `KafkaConnect`: `spec.config` as a Connect worker reads it. */
function connectViews(context: ExtractionContext, resource: Resource, resources: readonly Resource[]): ConfigView[] {
  const spec = resource.reader.mapAt(resource.root, ['spec']);
  return spec ? workerViews(context, resource, spec, brokersAtBootstrap(resource, spec.map, resources)) : [];
}

/** The MirrorMaker 2 connectors of a `spec.mirrors[]` item; only the source connector reads `replication.factor` (its remote topics). */
const MIRROR_CONNECTORS = ['sourceConnector', 'checkpointConnector', 'heartbeatConnector'] as const;

/**
 * Where a MirrorMaker 2 connector setting goes: its topics' replication factors become topic views.
 * Connect's internal topic settings configure workers, not connectors (Strimzi hands `config` to the
 * connector alone), and the connectors' other settings are MirrorMaker's own: both are left out.
 */
function mirrorConnectorPlacement(key: string, connector: (typeof MIRROR_CONNECTORS)[number]): Placement | undefined {
  if (INTERNAL_TOPICS.some((prefix) => key.startsWith(prefix))) return undefined;
  const placement = connectSettingPlacement(key, connector === 'sourceConnector');
  return placement.role === 'topic' ? placement : undefined;
}

/** Like the other MirrorMaker 2 clusters, a Connect cluster without settings gives no view. */
function withEntries(views: readonly ConfigView[]): ConfigView[] {
  return views.filter((view) => view.entries.length > 0);
}

/** The items of a sequence that are maps (aliases followed); anything else is skipped. */
function mapsOf(reader: YamlReader, item: MapItem | undefined): YAMLMap[] {
  if (!item || !isSeq(item.value)) return [];
  return item.value.items.map((element) => reader.resolve(element as Node | null)).filter((node): node is YAMLMap => isMap(node));
}

/**
 * `KafkaMirrorMaker2`. The Connect cluster's `config` is a worker's (`spec.clusters[]` item whose
 * `alias` is `spec.connectCluster` in `v1beta2`, `spec.target` in `v1`): split as for `KafkaConnect`.
 * Every other cluster `config` (`spec.clusters[]`, `spec.mirrors[].source`) configures the
 * connectors' clients: one `common` view each. `spec.mirrors[].<connector>.config` gives a topic
 * view per replication factor of the topics that connector creates (remote, offset-syncs,
 * checkpoints, heartbeats topics).
 */
function mirrorMakerViews(context: ExtractionContext, resource: Resource, resources: readonly Resource[]): ConfigView[] {
  const { reader, root } = resource;
  const spec = reader.mapAt(root, ['spec'])?.map;
  if (!spec) return [];
  const views: ConfigView[] = [];
  const connectCluster = stringValueOf(reader.get(spec, 'connectCluster')?.value ?? null);
  // The cluster MirrorMaker writes to: Connect's internal topics, remote, checkpoints and heartbeats topics live there.
  let targetBrokers: number | undefined;
  const clientView = (cluster: YAMLMap): void => {
    const view = configView(context, { ...resource, root: cluster }, { role: 'common', path: [] }, undefined);
    if (view && view.entries.length > 0) views.push(view);
  };
  for (const cluster of mapsOf(reader, reader.get(spec, 'clusters'))) {
    const alias = stringValueOf(reader.get(cluster, 'alias')?.value ?? null);
    if (alias === undefined || alias !== connectCluster) {
      clientView(cluster);
      continue;
    }
    targetBrokers = brokersAtBootstrap(resource, cluster, resources);
    views.push(...withEntries(workerViews(context, { ...resource, root: cluster }, { map: cluster, item: undefined }, targetBrokers)));
  }
  const target = reader.mapAt(spec, ['target']);
  if (target) {
    targetBrokers = brokersAtBootstrap(resource, target.map, resources);
    views.push(...withEntries(workerViews(context, resource, target, targetBrokers)));
  }
  for (const mirror of mapsOf(reader, reader.get(spec, 'mirrors'))) {
    const source = reader.mapAt(mirror, ['source'])?.map;
    if (source) clientView(source);
    for (const connector of MIRROR_CONNECTORS) {
      const holder = reader.mapAt(mirror, [connector]);
      const config = holder && reader.get(holder.map, 'config');
      for (const group of placeConfig(context, reader, config, (key) => mirrorConnectorPlacement(key, connector))) {
        // The offset-syncs topic lives on the source cluster unless `offset-syncs.topic.location` says target: brokers unknown here.
        const offsetSyncs = group.entries.some((entry) => entry.written.startsWith('offset-syncs.'));
        views.push(placedView(context, config, group, offsetSyncs ? undefined : targetBrokers));
      }
    }
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
      views.push(...connectViews(context, resource, resources));
      break;
    case 'KafkaBridge':
      views.push(configView(context, resource, { role: 'producer', path: ['spec', 'producer'] }, undefined));
      views.push(configView(context, resource, { role: 'consumer', path: ['spec', 'consumer'] }, undefined));
      break;
    case 'KafkaMirrorMaker2':
      views.push(...mirrorMakerViews(context, resource, resources));
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
