import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion } from '../../core/config-view.js';
import type { YamlFile } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import { envToKafkaKey, imageFamily, kafkaKeyToEnv, type ImageFamily } from './compose-images.js';
import type { ExtractionContext } from './context.js';
import { parseJavaValue } from './java-values.js';
import { spanOf } from './spans.js';
import { createView } from './view.js';
import { YamlReader, nodeSpan, scalarText, stringValueOf, type AliasBudget, type MapItem } from './yaml-access.js';
import {
  blockMapInsertion,
  blockSeqInsertion,
  formatYamlValue,
  quotedContentFormatter,
  yamlScalarFormatter,
} from './yaml-edits.js';

/** One Kafka service of a compose file, before its view is built. */
interface KafkaService {
  name: MapItem;
  family: ImageFamily;
  entries: ConfigEntry[];
  environment: MapItem | undefined;
  /** Settings may come from somewhere the file does not show (`env_file`, `extends`, an unresolvable alias). */
  hidden: boolean;
  replicas: number;
  /** The service replaces the image's `entrypoint` / `command`. */
  entrypoint: boolean;
  command: boolean;
  insert: ((key: string, value: ConfigScalar) => Insertion | undefined) | undefined;
}

/**
 * Compose interpolates `$VAR` and `${VAR…}` from the shell or `.env` when it loads the file, so
 * such a value is not known; `$$` is a literal dollar.
 */
function interpolated(value: string): { dynamic: boolean; text: string } {
  const withoutEscapes = value.replace(/\$\$/g, '');
  if (/\$(?:\{|[A-Za-z_])/.test(withoutEscapes)) return { dynamic: true, text: value };
  return { dynamic: false, text: value.replace(/\$\$/g, '$') };
}

function brokerValue(key: string, raw: string | undefined): ConfigScalar | undefined {
  if (raw === undefined) return undefined;
  const { dynamic, text } = interpolated(raw);
  return dynamic ? undefined : parseJavaValue(lookupKafkaKey('broker', key)?.type, text);
}


/**
 * Entries are built once per written variable and image family: a variable shared through a YAML
 * anchor (`<<: *kafka-env`) is the same entry object in every service's view, so a rule can report
 * it once, where it is written.
 */
type EntryCache = WeakMap<Node, Map<ImageFamily, ConfigEntry | null>>;

function cached(cache: EntryCache, node: Node, family: ImageFamily, build: () => ConfigEntry | null): ConfigEntry | null {
  let byFamily = cache.get(node);
  if (!byFamily) {
    byFamily = new Map();
    cache.set(node, byFamily);
  }
  if (!byFamily.has(family)) byFamily.set(family, build());
  return byFamily.get(family) ?? null;
}

/** `environment:` as a map: `KAFKA_DEFAULT_REPLICATION_FACTOR: 3`. */
function mapFormEntry(context: ExtractionContext, item: MapItem, family: ImageFamily): ConfigEntry | null {
  const key = envToKafkaKey(family, item.keyText);
  if (!key) return null;
  const keySpan = nodeSpan(context, item.key);
  const value = item.value;
  // `KAFKA_X:` with no value passes the variable through from the shell running compose.
  const raw = value === null ? undefined : stringValueOf(value);
  if (family === 'bitnami' && raw === '') return null;
  const valueSpan = value ? nodeSpan(context, value) : spanOf(context.locAt, keySpan.range[1], keySpan.range[1]);
  const entry: ConfigEntry = {
    key,
    written: item.keyText,
    value: brokerValue(key, raw),
    text: context.text.slice(valueSpan.range[0], valueSpan.range[1]),
    keySpan,
    valueSpan,
  };
  const formatValue = item.shared ? undefined : yamlScalarFormatter(value);
  if (formatValue) entry.formatValue = formatValue;
  return entry;
}

/**
 * Where the name and the value of a `NAME=value` list item sit in the source. Exact when the text
 * between the quotes is the value itself (no escapes), else both are the whole item.
 */
function listItemOffsets(context: ExtractionContext, node: Scalar, content: string) {
  const [start, end] = node.range ?? [0, 0];
  const style = node.type ?? 'PLAIN';
  const inner = style === 'PLAIN' ? context.text.slice(start, end) : context.text.slice(start + 1, end - 1);
  const contentStart = style === 'PLAIN' ? start : start + 1;
  return inner === content ? { exact: true, contentStart, style } : { exact: false, contentStart: start, style };
}

/** `environment:` as a list: `- KAFKA_DEFAULT_REPLICATION_FACTOR=3`; only the value after `=` is rewritten. */
function listFormEntry(context: ExtractionContext, node: Node | null, family: ImageFamily, shared: boolean): ConfigEntry | null {
  if (!isScalar(node)) return null;
  const scalar = scalarText(node);
  if (!scalar || scalar.isNull) return null;
  const content = scalar.text;
  const equals = content.indexOf('=');
  const name = equals === -1 ? content : content.slice(0, equals);
  const key = envToKafkaKey(family, name.trim());
  if (!key) return null;
  const raw = equals === -1 ? undefined : content.slice(equals + 1);
  if (family === 'bitnami' && raw === '') return null;
  const { exact, contentStart, style } = listItemOffsets(context, node, content);
  const [start, end] = node.range ?? [0, 0];
  const keySpan = exact ? spanOf(context.locAt, contentStart, contentStart + name.length) : spanOf(context.locAt, start, end);
  const valueSpan =
    exact && equals !== -1 ? spanOf(context.locAt, contentStart + equals + 1, contentStart + content.length) : keySpan;
  const entry: ConfigEntry = {
    key,
    written: name.trim(),
    value: brokerValue(key, raw),
    text: raw ?? '',
    keySpan,
    valueSpan,
  };
  if (exact && equals !== -1 && !shared && (style === 'PLAIN' || style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE')) {
    entry.formatValue = quotedContentFormatter(style);
  }
  return entry;
}

function environmentEntries(
  context: ExtractionContext,
  reader: YamlReader,
  environment: MapItem,
  family: ImageFamily,
  cache: EntryCache,
): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  const value = environment.value;
  if (isMap(value)) {
    for (const item of reader.items(value, environment.shared)) {
      const entry = cached(cache, item.key, family, () => mapFormEntry(context, item, family));
      if (entry) entries.push(entry);
    }
  } else if (isSeq(value)) {
    for (const element of value.items) {
      const node = reader.resolve(element as Node | null);
      const shared = environment.shared || value.anchor !== undefined || reader.isAlias(element as Node | null);
      const entry = node && cached(cache, node, family, () => listFormEntry(context, node, family, shared));
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function environmentInserter(
  context: ExtractionContext,
  environment: MapItem | undefined,
  family: ImageFamily,
): KafkaService['insert'] {
  if (!environment || environment.shared) return undefined;
  const value = environment.value;
  if (isMap(value)) {
    const map: YAMLMap = value;
    return (key, setting) => {
      const name = kafkaKeyToEnv(family, key);
      return name ? blockMapInsertion(map, context.text, context.locAt, name, formatYamlValue(setting)) : undefined;
    };
  }
  if (isSeq(value)) {
    const seq: YAMLSeq = value;
    return (key, setting) => {
      const name = kafkaKeyToEnv(family, key);
      const text = `${name}=${setting === null ? '' : String(setting)}`;
      return name ? blockSeqInsertion(seq, context.text, context.locAt, formatYamlValue(text)) : undefined;
    };
  }
  return undefined;
}

/** `deploy.replicas`, else the legacy `scale`, else one container. */
function replicasOf(reader: YamlReader, service: YAMLMap, shared: boolean): number {
  const deploy = reader.get(service, 'deploy', shared);
  const replicas = isMap(deploy?.value) ? reader.get(deploy.value, 'replicas', deploy.shared) : reader.get(service, 'scale', shared);
  const count = Number(stringValueOf(replicas?.value ?? null));
  return Number.isInteger(count) && count >= 0 ? count : 1;
}

/**
 * Whether a service runs a broker. Kafka images double as tool boxes (topic set-up jobs, scripts with
 * the image's `curl`): a service whose `entrypoint` is replaced, or whose `command` is replaced while
 * it sets no Kafka property, runs something else.
 */
function runsBroker(service: KafkaService): boolean {
  if (service.entrypoint) return false;
  if (service.command && service.entries.length === 0) return false;
  return hasBrokerRole(service.entries);
}

/** KRaft `process.roles` without `broker` is a controller; without process roles, a broker (ZooKeeper mode). */
function hasBrokerRole(entries: readonly ConfigEntry[]): boolean {
  let roles: ConfigEntry | undefined;
  for (const entry of entries) if (entry.key === 'process.roles') roles = entry;
  if (!roles || typeof roles.value !== 'string') return true;
  return roles.value.split(',').some((role) => role.trim() === 'broker');
}

function kafkaServiceOf(
  context: ExtractionContext,
  reader: YamlReader,
  name: MapItem,
  cache: EntryCache,
): KafkaService | undefined {
  if (!isMap(name.value)) return undefined;
  const service = name.value;
  const image = stringValueOf(reader.get(service, 'image', name.shared)?.value ?? null);
  const family = image === undefined ? undefined : imageFamily(image);
  if (!family) return undefined;
  const environment = reader.get(service, 'environment', name.shared);
  const entries = environment ? environmentEntries(context, reader, environment, family, cache) : [];
  return {
    name,
    family,
    entries,
    environment,
    hidden:
      reader.get(service, 'env_file', name.shared) !== undefined ||
      reader.get(service, 'extends', name.shared) !== undefined ||
      environment?.hidden === true,
    replicas: replicasOf(reader, service, name.shared),
    entrypoint: reader.get(service, 'entrypoint', name.shared) !== undefined,
    command: reader.get(service, 'command', name.shared) !== undefined,
    insert: environmentInserter(context, environment, family),
  };
}

function kafkaServicesOf(context: ExtractionContext, reader: YamlReader, cache: EntryCache): KafkaService[] {
  const root = reader.root;
  if (!isMap(root)) return [];
  const services = reader.get(root, 'services');
  if (!services || !isMap(services.value)) return [];
  const found: KafkaService[] = [];
  for (const item of reader.items(services.value, services.shared)) {
    const service = kafkaServiceOf(context, reader, item, cache);
    if (service) found.push(service);
  }
  return found;
}

/**
 * docker-compose files running Kafka images: one `broker` view per Kafka service, its entries read
 * from `environment` (map or list form, anchors and merge keys followed) with the image family's
 * naming rules. `brokers` counts the broker containers of the file (`deploy.replicas`/`scale`
 * included; KRaft controllers excluded). Undefined when the file runs no Kafka image.
 */
export function extractCompose(
  context: ExtractionContext,
  file: YamlFile,
  budget: AliasBudget,
): { views: ConfigView[]; complete: boolean } | undefined {
  const cache: EntryCache = new WeakMap();
  const services: KafkaService[] = [];
  let unresolved = false;
  for (const document of file.documents) {
    const reader = new YamlReader(document, budget);
    services.push(...kafkaServicesOf(context, reader, cache));
    unresolved ||= reader.unresolved;
  }
  if (services.length === 0) return undefined;
  const brokers = services.reduce((sum, service) => sum + (runsBroker(service) ? service.replicas : 0), 0);
  const allVisible = !unresolved && !budget.exhausted;
  const views = services.map((service) =>
    createView({
      role: 'broker',
      client: 'java',
      dialect: 'compose',
      entries: service.entries,
      complete: allVisible && !service.hidden,
      anchor: nodeSpan(context, (service.environment ?? service.name).key),
      brokers: brokers > 0 ? brokers : undefined,
      insert: service.insert,
    }),
  );
  return { views, complete: allVisible };
}
