import type { ConfigEntry, ConfigView, Role } from '../../core/config-view.js';
import type { PropertiesFile, PropertyEntry } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import type { KafkaType } from '../catalog/types.js';
import type { ExtractionContext } from './context.js';
import { isBrokerFileName, isLibrdkafkaFileName, isSpringFileName, isStreamsFileName } from './file-names.js';
import { propertiesAnchor } from './java-properties.js';
import { parseJavaValue } from './java-values.js';
import { lastEntryOf, propertiesInsertion } from './properties-edits.js';
import { propertyConfigEntry } from './property-entries.js';
import { createView } from './view.js';

/**
 * Kafka Connect worker files (`connect-distributed.properties`, `connect-standalone.properties`)
 * and MirrorMaker 2 files (`connect-mirror-maker.properties`), as apache/kafka reads them (trunk
 * 1eb7644, October 2024):
 *
 * - Worker (`WorkerConfig`, `DistributedConfig`): `producer.`, `consumer.` and `admin.` settings go,
 *   prefix stripped, to the clients of connector tasks (`Worker.baseProducerConfigs`,
 *   `baseConsumerConfigs`, `adminConfigs`); those clients start from Connect's own defaults (its
 *   producers: `acks=all`, `enable.idempotence=false`, one request in flight; its consumers:
 *   `enable.auto.commit=false`), so their views are incomplete. Unprefixed settings configure the
 *   worker and the clients it uses for its internal topics.
 * - Internal topics: `config.storage.`, `offset.storage.`, `status.storage.` + `replication.factor`
 *   (a short, default 3, -1 for the broker default) and `offset.storage.partitions`,
 *   `status.storage.partitions` (`DistributedConfig`): one topic view per internal topic, its
 *   settings filed as `replication.factor` and `num.partitions` (the names a Strimzi `KafkaTopic`
 *   view uses).
 * - MirrorMaker 2 (`MirrorMakerConfig`): `clusters` lists the aliases; `<alias>.*` configures the
 *   clients of that cluster (`<alias>.producer.*`, `<alias>.consumer.*`, `<alias>.admin.*`) and the
 *   herder writing to it; `<source>-><target>.*` configures one replication flow. Remote topics take
 *   `replication.factor` (`MirrorSourceConfig`, default 2); MM2's own topics
 *   `offset-syncs.topic.replication.factor`, `checkpoints.topic.replication.factor`,
 *   `heartbeats.topic.replication.factor` (default 3) and the Connect internal topics above. Each
 *   becomes a topic view. A top-level `producer.*` reaches no client in MM2 and stays in the common view.
 */
export type ConnectDialect = 'connect-properties' | 'mirror-maker-properties';

const CLIENT_PREFIXES: readonly (readonly [string, Role])[] = [
  ['producer.', 'producer'],
  ['consumer.', 'consumer'],
  ['admin.', 'admin'],
];

/** Connect's internal topics: what each `<prefix>replication.factor` / `<prefix>partitions` creates. */
export const INTERNAL_TOPICS = ['config.storage.', 'offset.storage.', 'status.storage.'] as const;
/** The internal topics whose partition count is configurable (the config topic always has one). */
const PARTITIONED_TOPICS: ReadonlySet<string> = new Set(['offset.storage.', 'status.storage.']);
/** MirrorMaker 2's own topics. */
const MIRROR_TOPICS = ['offset-syncs.topic.', 'checkpoints.topic.', 'heartbeats.topic.'] as const;

/** Keys only a Connect worker writes (`DistributedConfig`, `StandaloneConfig`, `WorkerConfig`). */
export const WORKER_MARKERS: readonly string[] = [
  'config.storage.topic',
  'offset.storage.topic',
  'status.storage.topic',
  'offset.storage.file.filename',
  'plugin.path',
  'connector.client.config.override.policy',
];

/**
 * Keys that show a configuration belongs to a Connect worker or MirrorMaker 2 rather than to one
 * client: the worker-only keys, the converters, MirrorMaker's `clusters`.
 */
export const CONNECT_FILE_MARKERS: readonly string[] = [...WORKER_MARKERS, 'key.converter', 'value.converter', 'clusters'];

function isConnectWorkerFileName(name: string): boolean {
  return /^(?:[\w.-]*[-_.])?connect-(?:distributed|standalone)(?:[-_.][\w.-]*)?\.properties$/.test(name) || /^(?:[\w.-]*[-_.])?worker\.properties$/.test(name);
}

function keysOf(file: PropertiesFile): Set<string> {
  return new Set(file.entries.map((entry) => entry.key));
}

/** `clusters = A, B` as a list of aliases (MirrorMakerConfig's `clusters`, a LIST). */
function clusterAliases(file: PropertiesFile): string[] {
  let clusters: PropertyEntry | undefined;
  for (const entry of file.entries) if (entry.key === 'clusters') clusters = entry;
  if (!clusters) return [];
  return clusters.value
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

function isMirrorMaker(file: PropertiesFile, keys: ReadonlySet<string>): boolean {
  return clusterAliases(file).some((alias) => keys.has(`${alias}.bootstrap.servers`));
}

function isConnectWorker(name: string, keys: ReadonlySet<string>): boolean {
  // A connector's own configuration (`connect-file-sink.properties`) names its class; it is no worker file.
  if (keys.has('connector.class')) return false;
  if (WORKER_MARKERS.some((key) => keys.has(key))) return true;
  const converters = keys.has('key.converter') || keys.has('value.converter');
  if (converters && keys.has('bootstrap.servers')) return true;
  return isConnectWorkerFileName(name) && (converters || keys.has('bootstrap.servers'));
}

/**
 * Whether a properties file configures a Connect worker or MirrorMaker 2. Files whose name says
 * another dialect (Spring, librdkafka, broker, Streams) are left to it.
 */
export function detectConnectDialect(name: string, file: PropertiesFile): ConnectDialect | undefined {
  if (isSpringFileName(name) || isLibrdkafkaFileName(name) || isBrokerFileName(name) || isStreamsFileName(name)) return undefined;
  const keys = keysOf(file);
  if (keys.has('application.id')) return undefined;
  if (isMirrorMaker(file, keys)) return 'mirror-maker-properties';
  return isConnectWorker(name, keys) ? 'connect-properties' : undefined;
}

/** Where one written setting belongs once the file's prefixes are read. */
export interface Placement {
  /** Separates views: the role, then the MM2 cluster alias or flow and the topic or client prefix. */
  group: string;
  role: Role;
  /** The Kafka key the setting is filed under in its view. */
  key: string;
  type: KafkaType | undefined;
  /** How the file spells a view key of this group, to add a missing setting; undefined when it cannot. */
  spell: (key: string) => string | undefined;
}

/** A replication or partition setting of an internal (or MM2) topic, written after `scope`. */
function topicPlacement(scope: string, rest: string, remoteTopics: boolean): Placement | undefined {
  if (remoteTopics && rest === 'replication.factor') {
    return {
      group: `topic:${scope}`,
      role: 'topic',
      key: 'replication.factor',
      type: 'int',
      spell: (key) => (key === 'replication.factor' ? `${scope}${key}` : undefined),
    };
  }
  for (const prefix of [...INTERNAL_TOPICS, ...MIRROR_TOPICS]) {
    if (!rest.startsWith(prefix)) continue;
    const partitioned = PARTITIONED_TOPICS.has(prefix);
    const spell = (key: string): string | undefined => {
      if (key === 'replication.factor') return `${scope}${prefix}replication.factor`;
      return key === 'num.partitions' && partitioned ? `${scope}${prefix}partitions` : undefined;
    };
    const setting = rest.slice(prefix.length);
    const group = `topic:${scope}${prefix}`;
    if (setting === 'replication.factor') return { group, role: 'topic', key: 'replication.factor', type: 'short', spell };
    if (setting === 'partitions' && partitioned) return { group, role: 'topic', key: 'num.partitions', type: 'int', spell };
  }
  return undefined;
}

function clientPlacement(scope: string, rest: string): Placement | undefined {
  for (const [prefix, role] of CLIENT_PREFIXES) {
    if (!rest.startsWith(prefix) || rest.length === prefix.length) continue;
    const key = rest.slice(prefix.length);
    return { group: `${role}:${scope}`, role, key, type: lookupKafkaKey(role, key)?.type, spell: (name) => `${scope}${prefix}${name}` };
  }
  return undefined;
}

function commonPlacement(scope: string, rest: string): Placement {
  return { group: `common:${scope}`, role: 'common', key: rest, type: lookupKafkaKey('common', rest)?.type, spell: (name) => `${scope}${name}` };
}

/**
 * Where a Connect worker setting belongs: an internal topic, a task client (prefix stripped), or the
 * worker itself. `remoteTopics`: a MirrorMaker 2 source connector's own config, where
 * `replication.factor` is that of the remote topics. Exported for other readers of worker settings
 * (a Strimzi `KafkaConnect` `spec.config` holds the same keys).
 */
export function connectSettingPlacement(key: string, remoteTopics = false): Placement {
  return topicPlacement('', key, remoteTopics) ?? clientPlacement('', key) ?? commonPlacement('', key);
}

function placeWorkerSetting(key: string): Placement {
  return connectSettingPlacement(key);
}

/** The `<source>-><target>.` or `<alias>.` scope of an MM2 key (the longest alias first), and the rest. */
function mirrorScopeOf(key: string, aliases: readonly string[]): { scope: string; rest: string; flow: boolean } {
  const flow = /^([^.]+?)->([^.]+?)\.(.+)$/.exec(key);
  if (flow) return { scope: `${flow[1]}->${flow[2]}.`, rest: flow[3]!, flow: true };
  const alias = aliases.find((candidate) => key.startsWith(`${candidate}.`) && key.length > candidate.length + 1);
  return alias ? { scope: `${alias}.`, rest: key.slice(alias.length + 1), flow: false } : { scope: '', rest: key, flow: false };
}

function placeMirrorSetting(key: string, aliases: readonly string[]): Placement {
  const { scope, rest, flow } = mirrorScopeOf(key, aliases);
  // `replication.factor` configures MirrorSourceConnector at the top level and per flow; under a
  // cluster alias it is a cluster property no connector reads.
  const topic = topicPlacement(scope, rest, scope === '' || flow);
  if (topic) return topic;
  return (scope === '' ? undefined : clientPlacement(scope, rest)) ?? commonPlacement(scope, rest);
}

interface Group {
  placement: Placement;
  entries: ConfigEntry[];
}

function buildViews(
  context: ExtractionContext,
  file: PropertiesFile,
  dialect: ConnectDialect,
  place: (key: string) => Placement,
): ConfigView[] {
  const groups = new Map<string, Group>();
  // The worker's own (common) view comes first, even when the file starts with a prefixed setting.
  if (dialect === 'connect-properties') groups.set('common:', { placement: commonPlacement('', ''), entries: [] });
  for (const entry of file.entries) {
    const placement = place(entry.key);
    let group = groups.get(placement.group);
    if (!group) {
      group = { placement, entries: [] };
      groups.set(placement.group, group);
    }
    group.entries.push(propertyConfigEntry(entry, placement.key, parseJavaValue(placement.type, entry.value), 'java'));
  }
  const after = lastEntryOf(file);
  return [...groups.values()].map(({ placement, entries }) =>
    createView({
      role: placement.role,
      client: 'java',
      dialect,
      entries,
      // Connect and MirrorMaker give their clients and topics defaults of their own: only the
      // worker's own settings are all in the file.
      complete: dialect === 'connect-properties' && placement.group === 'common:',
      anchor: entries[0]?.keySpan ?? propertiesAnchor(file.entries),
      insert: (key, value) => {
        const name = placement.spell(key);
        return name === undefined ? undefined : propertiesInsertion(context.text, after, name, value, 'java');
      },
    }),
  );
}

/**
 * A Connect worker file: a `common` view of the worker's own settings, a `producer`, `consumer`
 * and `admin` view of the prefixed client settings, and a `topic` view per internal topic whose
 * replication factor or partition count is written.
 */
export function extractConnectProperties(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  return buildViews(context, file, 'connect-properties', placeWorkerSetting);
}

/**
 * A MirrorMaker 2 file: a `common` view per scope (top level, each `<alias>.`, each
 * `<source>-><target>.`), client views for `<alias>.producer.*`-style settings, and a `topic` view
 * per replication setting of remote, MM2 and Connect internal topics.
 */
export function extractMirrorMakerProperties(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  // The longest alias first, so that `east.prod.` is not read as `east.` followed by `prod.`.
  const aliases = clusterAliases(file).sort((a, b) => b.length - a.length);
  return buildViews(context, file, 'mirror-maker-properties', (key) => placeMirrorSetting(key, aliases));
}
