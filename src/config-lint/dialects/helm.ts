import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion, Role } from '../../core/config-view.js';
import type { YamlFile } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import type { KafkaType } from '../catalog/types.js';
import { envToKafkaKey, imageFamily } from './compose-images.js';
import { WORKER_MARKERS, connectSettingPlacement, type Placement } from './connect-properties.js';
import type { ExtractionContext } from './context.js';
import { embeddedPropertyEntries, isTemplated } from './embedded-properties.js';
import { spanOf } from './spans.js';
import { createView } from './view.js';
import { yamlConfigEntry } from './yaml-config-entry.js';
import { YamlReader, nodeSpan, stringValueOf, type AliasBudget, type MapItem } from './yaml-access.js';
import { blockMapInsertion, formatYamlValue } from './yaml-edits.js';

/**
 * Helm values files of the common Kafka charts, where values name Kafka properties one-to-one.
 *
 * Bitnami `bitnami/kafka` (bitnami/charts `bitnami/kafka/values.yaml` and the `configmap.yaml`
 * templates of `controller-eligible/` and `broker/`):
 * - two StatefulSets: controller-eligible nodes (`controller.replicaCount`, default 3; they are
 *   brokers too unless `controller.controllerOnly`) and broker-only nodes (`broker.replicaCount`,
 *   default 0). Chart 26 to 31 also ran ZooKeeper mode (`kraft.enabled: false`, no controllers).
 * - each node's `server.properties`: `controller.config` (or `broker.config`), else `config`, replaces
 *   the generated file (a map since chart 32, a properties string before); without it, chart 26 to 31
 *   append `extraConfig`, `<node>.extraConfig` (properties strings) and `extraConfigYaml`,
 *   `<node>.extraConfigYaml` (maps, the node's winning); chart 32 merges `overrideConfiguration`
 *   then `<node>.overrideConfiguration` (maps) over it. An `existingConfigmap` replaces all of it.
 * - `provisioning.topics[]` (`name`, `partitions`, `replicationFactor`, `config` map), created by a
 *   Job when `provisioning.enabled`; a topic without its own count takes `provisioning.numPartitions`
 *   / `provisioning.replicationFactor` (both default 1).
 *
 * Confluent `cp-helm-charts` `cp-kafka` (`charts/cp-kafka/values.yaml`, `templates/statefulset.yaml`):
 * `brokers` (default 3) and `configurationOverrides`, a map of broker properties the chart passes as
 * `KAFKA_<KEY with . as _, upper-cased>` variables that the Confluent image turns back into
 * properties (see `compose-images.ts`); the umbrella chart nests it under `cp-kafka:`.
 *
 * Confluent `cp-helm-charts` `cp-kafka-connect` (`charts/cp-kafka-connect/values.yaml`,
 * `templates/deployment.yaml`, `_helpers.tpl`): `configurationOverrides` holds Connect worker
 * properties, passed as `CONNECT_<KEY with . as _, upper-cased>` variables that the Confluent Connect
 * image turns back into worker properties as its Kafka image does; the umbrella chart nests it under
 * `cp-kafka-connect:`. Without `kafka.bootstrapServers` it connects to the release's cp-kafka.
 *
 * Values are read as strings, as the charts render them into properties; Bitnami renders them
 * through `tpl`, so a value holding `{{` is only known once rendered.
 */

/** Bitnami chart defaults (values.yaml of chart 26 to 32). */
const BITNAMI_CONTROLLERS = 3;
const BITNAMI_BROKERS = 0;
/** cp-kafka's StatefulSet: `replicas: {{ default 3 .Values.brokers }}`. */
const CP_BROKERS = 3;

const TOPIC_FIELDS: Readonly<Record<string, string>> = { replicationFactor: 'replication.factor', partitions: 'num.partitions' };
const FIELD_OF_KEY: Readonly<Record<string, string>> = { 'replication.factor': 'replicationFactor', 'num.partitions': 'partitions' };
const PROVISIONING_DEFAULTS: Readonly<Record<string, string>> = { 'replication.factor': 'replicationFactor', 'num.partitions': 'numPartitions' };

interface Section {
  reader: YamlReader;
  map: YAMLMap;
  /** The section is shared through an anchor or alias. */
  shared: boolean;
}

type Inserter = ((key: string, value: ConfigScalar) => Insertion | undefined) | undefined;

function child(section: Section, key: string): MapItem | undefined {
  return section.reader.get(section.map, key, section.shared);
}

function childMap(section: Section, key: string): Section | undefined {
  const item = child(section, key);
  return item && isMap(item.value) ? { reader: section.reader, map: item.value, shared: item.shared } : undefined;
}

function textOf(section: Section | undefined, key: string): string | undefined {
  const item = section && child(section, key);
  return item ? stringValueOf(item.value) : undefined;
}

/** A whole number written as a value (`replicaCount: 3`, `"3"`); undefined when absent or not one. */
function countOf(section: Section | undefined, key: string): number | undefined | null {
  const item = section && child(section, key);
  if (!item) return undefined;
  const text = stringValueOf(item.value)?.trim() ?? '';
  const count = text === '' ? NaN : Number(text);
  // `null`: written, but not a number this linter can read (a template, a reference).
  return Number.isInteger(count) && count >= 0 ? count : null;
}

function flagOf(section: Section | undefined, key: string): boolean | undefined {
  const text = textOf(section, key)?.trim().toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

function hasKey(section: Section | undefined, key: string): boolean {
  return section !== undefined && child(section, key) !== undefined;
}

/** An entry for one `key: value` of a map of Kafka properties; a template (`{{ … }}`) leaves its value unknown. */
function mapEntry(context: ExtractionContext, item: MapItem, key: string, type: KafkaType | undefined): ConfigEntry | undefined {
  const value = item.value;
  if (value !== null && !isScalar(value)) return undefined;
  return yamlConfigEntry(context, item, key, type, (text) => !isTemplated(text));
}

function mapEntries(context: ExtractionContext, section: Section, role: Role): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  for (const item of section.reader.items(section.map, section.shared)) {
    const entry = mapEntry(context, item, item.keyText, lookupKafkaKey(role, item.keyText)?.type);
    if (entry) entries.push(entry);
  }
  return entries;
}

function mapInserter(context: ExtractionContext, section: Section | undefined): Inserter {
  if (!section || section.shared) return undefined;
  const { map } = section;
  return (key, value) => blockMapInsertion(map, context.text, context.locAt, key, formatYamlValue(value));
}

// ---------------------------------------------------------------------------------------------
// Bitnami

/** A properties string or a map of properties: what a Bitnami `config`-like value holds. */
interface ConfigSource {
  entries: ConfigEntry[];
  /** The value could not be read exactly (a folded or quoted multi-line string). */
  unreadable: boolean;
}

function isEmptyValue(item: MapItem | undefined): boolean {
  if (!item || item.value === null) return true;
  if (isMap(item.value)) return item.value.items.length === 0;
  return stringValueOf(item.value)?.trim() === '';
}

function configSource(context: ExtractionContext, section: Section | undefined, key: string): ConfigSource | undefined {
  const item = section && child(section, key);
  if (!section || !item || isEmptyValue(item)) return undefined;
  if (isMap(item.value)) return { entries: mapEntries(context, { reader: section.reader, map: item.value, shared: item.shared }, 'broker'), unreadable: false };
  const entries = embeddedPropertyEntries(context, item.value, item.shared);
  return entries ? { entries, unreadable: false } : { entries: [], unreadable: true };
}

/** Keys with dots that the broker catalog knows: a config map or string that holds one is Kafka's. */
function holdsBrokerKeys(source: ConfigSource | undefined): boolean {
  return source?.entries.some((entry) => entry.key.includes('.') && lookupKafkaKey('broker', entry.key) !== undefined) ?? false;
}

/**
 * Whether a values map is the Bitnami Kafka chart's: values only that chart has (`controller.controllerOnly`,
 * `overrideConfiguration`, `provisioning.topics`, …), or a node config holding broker properties.
 * `replicaCount`, `config` or `image` alone say nothing: every chart has them.
 */
function isBitnamiKafka(context: ExtractionContext, values: Section): boolean {
  const controller = childMap(values, 'controller');
  const broker = childMap(values, 'broker');
  if (['controllerOnly', 'minId', 'quorumBootstrapServers'].some((key) => hasKey(controller, key))) return true;
  if (hasKey(broker, 'minId')) return true;
  if (['kraftVersion', 'existingKraftSecret', 'extraConfigYaml'].some((key) => hasKey(values, key))) return true;
  if (childMap(values, 'overrideConfiguration')) return true;
  const kraft = childMap(values, 'kraft');
  if (hasKey(kraft, 'clusterId') || hasKey(kraft, 'controllerQuorumVoters')) return true;
  const provisioning = childMap(values, 'provisioning');
  const topics = provisioning && child(provisioning, 'topics');
  if (topics && isSeq(topics.value) && hasKey(provisioning, 'replicationFactor')) return true;
  if ([controller, broker].some((node) => ['config', 'extraConfig', 'overrideConfiguration'].some((key) => holdsBrokerKeys(configSource(context, node, key))))) {
    return true;
  }
  // Chart 31 and before: a server.properties string. A top-level `config` map alone is any chart's.
  return ['config', 'extraConfig'].some((key) => isScalar(child(values, key)?.value) && holdsBrokerKeys(configSource(context, values, key)));
}

/** Brokers of the cluster: broker-only nodes, plus controller-eligible ones unless they are controllers only. */
function bitnamiBrokers(values: Section, kraft: boolean): number | undefined {
  const controller = childMap(values, 'controller');
  const controllers = kraft ? countOf(controller, 'replicaCount') : 0;
  const brokers = countOf(childMap(values, 'broker'), 'replicaCount');
  if (controllers === null || brokers === null) return undefined;
  const combined = kraft && flagOf(controller, 'controllerOnly') !== true ? (controllers ?? BITNAMI_CONTROLLERS) : 0;
  const total = combined + (brokers ?? BITNAMI_BROKERS);
  return total > 0 ? total : undefined;
}

/** The settings one node group receives, lowest precedence first (`get` takes the last). */
function bitnamiNodeEntries(
  context: ExtractionContext,
  values: Section,
  node: Section | undefined,
  shared: Map<string, ConfigSource | undefined>,
): ConfigSource {
  const top = (key: string): ConfigSource | undefined => {
    if (!shared.has(key)) shared.set(key, configSource(context, values, key));
    return shared.get(key);
  };
  if (textOf(node, 'existingConfigmap')?.trim() || textOf(values, 'existingConfigmap')?.trim()) return { entries: [], unreadable: true };
  const base = configSource(context, node, 'config') ?? top('config');
  const extras = base
    ? []
    : [top('extraConfig'), configSource(context, node, 'extraConfig'), top('extraConfigYaml'), configSource(context, node, 'extraConfigYaml')];
  const sources = [base, ...extras, top('overrideConfiguration'), configSource(context, node, 'overrideConfiguration')];
  const present = sources.filter((source): source is ConfigSource => source !== undefined);
  return { entries: present.flatMap((source) => source.entries), unreadable: present.some((source) => source.unreadable) };
}

function bitnamiInserter(context: ExtractionContext, values: Section, node: Section | undefined): Inserter {
  // Chart 32's overrides, else chart 31's YAML extras; the node's own map first.
  for (const [section, key] of [
    [node, 'overrideConfiguration'],
    [values, 'overrideConfiguration'],
    [node, 'extraConfigYaml'],
    [values, 'extraConfigYaml'],
  ] as const) {
    const map = section && childMap(section, key);
    if (map) return mapInserter(context, map);
  }
  return undefined;
}

function bitnamiTopicViews(context: ExtractionContext, values: Section, brokers: number | undefined): ConfigView[] {
  const provisioning = childMap(values, 'provisioning');
  if (!provisioning || flagOf(provisioning, 'enabled') !== true) return [];
  const topics = child(provisioning, 'topics');
  if (!topics || !isSeq(topics.value)) return [];
  const defaults = new Map<string, ConfigEntry | undefined>();
  for (const [key, field] of Object.entries(PROVISIONING_DEFAULTS)) {
    const item = child(provisioning, field);
    defaults.set(key, item && mapEntry(context, item, key, 'int'));
  }
  const views: ConfigView[] = [];
  for (const element of topics.value.items) {
    const topic = values.reader.resolve(element as Node | null);
    if (!isMap(topic)) continue;
    const shared = topics.shared || values.reader.isAlias(element as Node | null) || topic.anchor !== undefined;
    const section: Section = { reader: values.reader, map: topic, shared };
    const entries: ConfigEntry[] = [];
    let config: Section | undefined;
    for (const item of values.reader.items(topic, shared)) {
      const field = TOPIC_FIELDS[item.keyText];
      const entry = field ? mapEntry(context, item, field, 'int') : undefined;
      if (entry) entries.push(entry);
      else if (item.keyText === 'config' && isMap(item.value)) {
        config = { reader: values.reader, map: item.value, shared: item.shared };
        entries.push(...mapEntries(context, config, 'topic'));
      }
    }
    const topicInsert = mapInserter(context, section);
    const configInsert = mapInserter(context, config);
    const name = child(section, 'name');
    views.push(
      createView({
        role: 'topic',
        client: 'java',
        dialect: 'helm',
        entries,
        complete: !values.reader.unresolved,
        anchor: nodeSpan(context, name?.key ?? topic),
        brokers,
        // A count the topic does not set comes from the provisioning defaults.
        inherited: (key) => defaults.get(key),
        insert: (key, value) => {
          const field = FIELD_OF_KEY[key];
          return field ? topicInsert?.(field, value) : configInsert?.(key, value);
        },
      }),
    );
  }
  return views;
}

/** Whether a StatefulSet runs: its `replicaCount` is not 0 (a count the linter cannot read may be anything). */
function runs(node: Section | undefined, fallback: number): boolean {
  const replicas = countOf(node, 'replicaCount');
  return replicas === null || (replicas ?? fallback) > 0;
}

function bitnamiViews(context: ExtractionContext, values: Section, anchorItem: MapItem | undefined): ConfigView[] {
  const kraft = flagOf(childMap(values, 'kraft'), 'enabled') !== false;
  const brokers = bitnamiBrokers(values, kraft);
  // ZooKeeper mode (chart 31 and before) runs no controller-eligible nodes.
  const nodes = (['controller', 'broker'] as const).filter((name) =>
    name === 'controller' ? kraft && runs(childMap(values, name), BITNAMI_CONTROLLERS) : !kraft || runs(childMap(values, name), BITNAMI_BROKERS),
  );
  const shared = new Map<string, ConfigSource | undefined>();
  const views = nodes.map((name) => {
    const section = childMap(values, name);
    const { entries, unreadable } = bitnamiNodeEntries(context, values, section, shared);
    const anchorKey =
      (section && child(section, 'overrideConfiguration')?.key) ?? child(values, 'overrideConfiguration')?.key ?? child(values, name)?.key ?? anchorItem?.key;
    return createView({
      role: 'broker',
      client: 'java',
      dialect: 'helm',
      entries,
      // The chart writes settings of its own (listeners, replication of internal topics): never all here.
      complete: false,
      anchor: anchorKey ? nodeSpan(context, anchorKey) : spanOf(context.locAt, values.map.range?.[0] ?? 0, values.map.range?.[0] ?? 0),
      brokers,
      insert: unreadable ? undefined : bitnamiInserter(context, values, section),
    });
  });
  return [...views, ...bitnamiTopicViews(context, values, brokers)];
}

// ---------------------------------------------------------------------------------------------
// Confluent cp-helm-charts

function isConfluentKafkaImage(section: Section): boolean {
  const image = textOf(section, 'image');
  return image !== undefined && imageFamily(image) === 'confluent';
}

/** The property a `configurationOverrides` key reaches the broker as, through its `KAFKA_*` variable. */
function cpOverrideKey(key: string): string | undefined {
  return envToKafkaKey('confluent', `KAFKA_${key}`.replace(/\./g, '_').toUpperCase());
}

function cpKafkaView(context: ExtractionContext, values: Section, anchorItem: MapItem | undefined): ConfigView {
  const overrides = childMap(values, 'configurationOverrides');
  const entries: ConfigEntry[] = [];
  if (overrides) {
    for (const item of overrides.reader.items(overrides.map, overrides.shared)) {
      const key = cpOverrideKey(item.keyText);
      const entry = key === undefined ? undefined : mapEntry(context, item, key, lookupKafkaKey('broker', key)?.type);
      if (entry) entries.push(entry);
    }
  }
  const brokers = countOf(values, 'brokers');
  const anchorKey = child(values, 'configurationOverrides')?.key ?? anchorItem?.key;
  return createView({
    role: 'broker',
    client: 'java',
    dialect: 'helm',
    entries,
    complete: false,
    anchor: anchorKey ? nodeSpan(context, anchorKey) : spanOf(context.locAt, 0, 0),
    brokers: brokers === null ? undefined : brokers === undefined || brokers === 0 ? CP_BROKERS : brokers,
    insert: mapInserter(context, overrides),
  });
}

/** `confluentinc/cp-kafka-connect`, `cp-server-connect` and their `-base` images (any registry, any tag). */
function isConfluentConnectImage(section: Section): boolean {
  const image = textOf(section, 'image')?.trim().toLowerCase().split('@')[0];
  return image !== undefined && /(?:^|\/)cp-(?:kafka|server)-connect(?:-base)?(?::[^/]*)?$/.test(image);
}

/**
 * The worker property a `configurationOverrides` key becomes: the chart writes it as `CONNECT_` and
 * the key with dots as `_`, upper-cased; the image lower-cases the rest and reads `_` as `.`, `___`
 * as `-`, `__` as `_`. A key holding `_` therefore arrives with a `.` in its place.
 */
function cpConnectOverrideKey(key: string): string | undefined {
  const property = key.replace(/_/g, '.').toLowerCase().replace(/\.\.\./g, '-').replace(/\.\./g, '_');
  return property === '' ? undefined : property;
}

/** Whether overrides hold a key only a Connect worker has: a worker marker or an internal topic setting. */
function holdsWorkerKeys(overrides: Section): boolean {
  return overrides.reader.items(overrides.map, overrides.shared).some((item) => {
    const key = cpConnectOverrideKey(item.keyText);
    return key !== undefined && (WORKER_MARKERS.includes(key) || connectSettingPlacement(key).role === 'topic');
  });
}

/** The overrides that one view of the worker files together (`connectSettingPlacement`). */
interface ConnectGroup {
  placement: Placement;
  entries: ConfigEntry[];
}

/**
 * cp-kafka-connect: a `common` view of the worker's own settings, client views of `producer.*`,
 * `consumer.*`, `admin.*` (prefix stripped) and a `topic` view per internal topic whose replication
 * factor or partition count is written, with the brokers of the cluster it connects to when known.
 */
function cpConnectViews(context: ExtractionContext, values: Section, anchorItem: MapItem | undefined, brokers: number | undefined): ConfigView[] {
  const overrides = childMap(values, 'configurationOverrides');
  // The worker's own view comes first, and is there even when every override is prefixed.
  const worker = connectSettingPlacement('');
  const groups = new Map<string, ConnectGroup>([[worker.group, { placement: worker, entries: [] }]]);
  if (overrides) {
    for (const item of overrides.reader.items(overrides.map, overrides.shared)) {
      const key = cpConnectOverrideKey(item.keyText);
      const placement = key === undefined ? undefined : connectSettingPlacement(key);
      const entry = placement && mapEntry(context, item, placement.key, placement.type);
      if (!placement || !entry) continue;
      const group = groups.get(placement.group) ?? { placement, entries: [] };
      groups.set(placement.group, group);
      group.entries.push(entry);
    }
  }
  const insert = mapInserter(context, overrides);
  const anchorKey = child(values, 'configurationOverrides')?.key ?? anchorItem?.key;
  const fallback = anchorKey ? nodeSpan(context, anchorKey) : spanOf(context.locAt, 0, 0);
  return [...groups.values()].map(({ placement, entries }) =>
    createView({
      role: placement.role,
      client: 'java',
      dialect: 'helm',
      entries,
      // The chart writes the worker's bootstrap servers, group and topics itself; Connect gives its clients and topics defaults of its own.
      complete: false,
      anchor: placement.role === 'common' ? fallback : (entries[0]?.keySpan ?? fallback),
      brokers: placement.role === 'topic' ? brokers : undefined,
      insert:
        insert &&
        ((key, value) => {
          const name = placement.spell(key);
          return name === undefined ? undefined : insert(name, value);
        }),
    }),
  );
}

/** Whether cp-kafka-connect connects to its own release's cp-kafka: it does unless `kafka.bootstrapServers` names other brokers. */
function usesReleaseKafka(connect: Section): boolean {
  return !textOf(childMap(connect, 'kafka'), 'bootstrapServers')?.trim();
}

// ---------------------------------------------------------------------------------------------

/** A subchart section of an umbrella chart, unless it is disabled there. */
function subchart(values: Section, key: string): { section: Section; item: MapItem } | undefined {
  const item = child(values, key);
  if (!item || !isMap(item.value)) return undefined;
  const section: Section = { reader: values.reader, map: item.value, shared: item.shared };
  return flagOf(section, 'enabled') === false ? undefined : { section, item };
}

function viewsOfValues(context: ExtractionContext, values: Section): ConfigView[] {
  if (isBitnamiKafka(context, values)) return bitnamiViews(context, values, undefined);
  const overrides = childMap(values, 'configurationOverrides');
  if (overrides) {
    // The chart's own values name its image; a cp-kafka chart has `brokers` or a Kafka image, a cp-kafka-connect one worker keys.
    if (isConfluentConnectImage(values)) return cpConnectViews(context, values, undefined, undefined);
    if (isConfluentKafkaImage(values) || countOf(values, 'brokers') !== undefined) return [cpKafkaView(context, values, undefined)];
    if (holdsWorkerKeys(overrides)) return cpConnectViews(context, values, undefined, undefined);
  }
  const views: ConfigView[] = [];
  const bitnami = subchart(values, 'kafka');
  if (bitnami && isBitnamiKafka(context, bitnami.section)) views.push(...bitnamiViews(context, bitnami.section, bitnami.item));
  const confluent = subchart(values, 'cp-kafka');
  let kafka: ConfigView | undefined;
  if (confluent && (childMap(confluent.section, 'configurationOverrides') || hasKey(confluent.section, 'brokers'))) {
    kafka = cpKafkaView(context, confluent.section, confluent.item);
    views.push(kafka);
  }
  const connect = subchart(values, 'cp-kafka-connect');
  if (connect && childMap(connect.section, 'configurationOverrides')) {
    const brokers = usesReleaseKafka(connect.section) ? kafka?.brokers : undefined;
    views.push(...cpConnectViews(context, connect.section, connect.item, brokers));
  }
  return views;
}

/**
 * A Helm values file (`values*.yaml`) of the Bitnami Kafka chart or Confluent's cp-kafka or
 * cp-kafka-connect chart, at the top level or as the `kafka:` / `cp-kafka:` / `cp-kafka-connect:`
 * subchart of an umbrella chart: a `broker` view per Kafka StatefulSet (with the cluster's broker
 * count), a `topic` view per provisioned topic, and Connect worker views. Undefined for values of
 * any other chart.
 */
export function extractHelmValues(
  context: ExtractionContext,
  file: YamlFile,
  budget: AliasBudget,
): { views: ConfigView[]; complete: boolean } | undefined {
  const views: ConfigView[] = [];
  let complete = true;
  for (const document of file.documents) {
    const reader = new YamlReader(document, budget);
    const root = reader.root;
    if (!isMap(root)) continue;
    const found = viewsOfValues(context, { reader, map: root, shared: false });
    if (found.length === 0) continue;
    views.push(...found);
    complete &&= !reader.unresolved;
  }
  if (views.length === 0) return undefined;
  return { views, complete: complete && !budget.exhausted };
}
