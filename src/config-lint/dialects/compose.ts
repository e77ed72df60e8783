import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion } from '../../core/config-view.js';
import type { Span } from '../../core/location.js';
import type { YamlFile } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import { envToKafkaKey, imageFamily, kafkaKeyToEnv, type ImageFamily } from './compose-images.js';
import type { ExtractionContext } from './context.js';
import { parseJavaValue } from './java-values.js';
import { spanOf } from './spans.js';
import { springEnvSetting, springEnvViews, springEnvironmentMapping, type SpringEnvSetting } from './spring-env.js';
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


/** One variable of a service's `environment`, as written: a map item or a `NAME=value` list item. */
interface EnvVariable {
  name: string;
  /** The value as written; undefined when the variable is passed through from the shell running compose (`NAME`, `NAME:`). */
  raw: string | undefined;
  text: string;
  keySpan: Span;
  valueSpan: Span;
  formatValue: ((value: ConfigScalar) => string) | undefined;
}

/**
 * Entries are built once per written variable and reading (an image family, or Spring): a variable
 * shared through a YAML anchor (`<<: *kafka-env`) is the same entry object in every service's view,
 * so a rule can report it once, where it is written.
 */
type Memo<T> = WeakMap<Node, Map<string, T | null>>;

interface EntryCache {
  broker: Memo<ConfigEntry>;
  spring: Memo<SpringEnvSetting>;
}

function cached<T>(memo: Memo<T>, node: Node, reading: string, build: () => T | null): T | null {
  let byReading = memo.get(node);
  if (!byReading) {
    byReading = new Map();
    memo.set(node, byReading);
  }
  if (!byReading.has(reading)) byReading.set(reading, build());
  return byReading.get(reading) ?? null;
}

/** `environment:` as a map: `KAFKA_DEFAULT_REPLICATION_FACTOR: 3`. */
function mapFormVariable(context: ExtractionContext, item: MapItem): EnvVariable {
  const keySpan = nodeSpan(context, item.key);
  const value = item.value;
  // `KAFKA_X:` with no value passes the variable through from the shell running compose.
  const raw = value === null ? undefined : stringValueOf(value);
  const valueSpan = value ? nodeSpan(context, value) : spanOf(context.locAt, keySpan.range[1], keySpan.range[1]);
  return {
    name: item.keyText,
    raw,
    text: context.text.slice(valueSpan.range[0], valueSpan.range[1]),
    keySpan,
    valueSpan,
    formatValue: item.shared ? undefined : yamlScalarFormatter(value),
  };
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
function listFormVariable(context: ExtractionContext, node: Node | null, shared: boolean): EnvVariable | undefined {
  if (!isScalar(node)) return undefined;
  const scalar = scalarText(node);
  if (!scalar || scalar.isNull) return undefined;
  const content = scalar.text;
  const equals = content.indexOf('=');
  const name = equals === -1 ? content : content.slice(0, equals);
  const raw = equals === -1 ? undefined : content.slice(equals + 1);
  const { exact, contentStart, style } = listItemOffsets(context, node, content);
  const [start, end] = node.range ?? [0, 0];
  const keySpan = exact ? spanOf(context.locAt, contentStart, contentStart + name.length) : spanOf(context.locAt, start, end);
  const valueSpan =
    exact && equals !== -1 ? spanOf(context.locAt, contentStart + equals + 1, contentStart + content.length) : keySpan;
  const rewritable =
    exact && equals !== -1 && !shared && (style === 'PLAIN' || style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE');
  return {
    name: name.trim(),
    raw,
    text: raw ?? '',
    keySpan,
    valueSpan,
    formatValue: rewritable ? quotedContentFormatter(style) : undefined,
  };
}

/** A variable of `environment`: the node that writes it (the cache key) and how to read it. */
interface EnvironmentItem {
  node: Node;
  read: () => EnvVariable | undefined;
}

function environmentItems(context: ExtractionContext, reader: YamlReader, environment: MapItem): EnvironmentItem[] {
  const value = environment.value;
  if (isMap(value)) {
    return reader.items(value, environment.shared).map((item) => ({ node: item.key, read: () => mapFormVariable(context, item) }));
  }
  if (!isSeq(value)) return [];
  const items: EnvironmentItem[] = [];
  for (const element of value.items) {
    const node = reader.resolve(element as Node | null);
    const shared = environment.shared || value.anchor !== undefined || reader.isAlias(element as Node | null);
    if (node) items.push({ node, read: () => listFormVariable(context, node, shared) });
  }
  return items;
}

function brokerEntry(variable: EnvVariable, family: ImageFamily): ConfigEntry | null {
  const key = envToKafkaKey(family, variable.name);
  if (!key) return null;
  // Bitnami's scripts skip empty variables.
  if (family === 'bitnami' && variable.raw === '') return null;
  const entry: ConfigEntry = {
    key,
    written: variable.name,
    value: brokerValue(key, variable.raw),
    text: variable.text,
    keySpan: variable.keySpan,
    valueSpan: variable.valueSpan,
  };
  if (variable.formatValue) entry.formatValue = variable.formatValue;
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
  for (const { node, read } of environmentItems(context, reader, environment)) {
    const entry = cached(cache.broker, node, family, () => {
      const variable = read();
      return variable ? brokerEntry(variable, family) : null;
    });
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * The Spring setting of a `SPRING_*` variable, as the application receives it: compose has
 * interpolated `$VAR` / `${VAR}` (unknown here) and turned `$$` into `$`.
 */
function springSetting(variable: EnvVariable): SpringEnvSetting | null {
  const mapping = springEnvironmentMapping(variable.name);
  if (!mapping) return null;
  const received = variable.raw === undefined ? undefined : interpolated(variable.raw);
  return springEnvSetting(mapping, variable.name, {
    raw: received === undefined || received.dynamic ? undefined : received.text,
    text: variable.text,
    keySpan: variable.keySpan,
    valueSpan: variable.valueSpan,
    formatValue: variable.formatValue,
  });
}

function springSettings(context: ExtractionContext, reader: YamlReader, environment: MapItem, cache: EntryCache): SpringEnvSetting[] {
  const settings: SpringEnvSetting[] = [];
  for (const { node, read } of environmentItems(context, reader, environment)) {
    const setting = cached(cache.spring, node, 'spring', () => {
      const variable = read();
      return variable ? springSetting(variable) : null;
    });
    if (setting) settings.push(setting);
  }
  return settings;
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
  service: YAMLMap,
  family: ImageFamily,
  cache: EntryCache,
): KafkaService {
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

/**
 * A service that runs no Kafka image but sets `SPRING_KAFKA_*` variables is a Spring Boot
 * application: its producer / consumer views, as Spring Boot binds the variables. Other `KAFKA_*`
 * variables of such a service are the application's own settings, and stay unread.
 */
function springAppViews(context: ExtractionContext, reader: YamlReader, name: MapItem, service: YAMLMap, cache: EntryCache): ConfigView[] {
  const environment = reader.get(service, 'environment', name.shared);
  if (!environment) return [];
  const settings = springSettings(context, reader, environment, cache);
  return springEnvViews(settings, { dialect: 'compose', anchor: nodeSpan(context, environment.key) });
}

interface ComposeServices {
  kafka: KafkaService[];
  apps: ConfigView[];
}

function servicesOf(context: ExtractionContext, reader: YamlReader, cache: EntryCache, found: ComposeServices): void {
  const root = reader.root;
  if (!isMap(root)) return;
  const services = reader.get(root, 'services');
  if (!services || !isMap(services.value)) return;
  for (const item of reader.items(services.value, services.shared)) {
    if (!isMap(item.value)) continue;
    const image = stringValueOf(reader.get(item.value, 'image', item.shared)?.value ?? null);
    const family = image === undefined ? undefined : imageFamily(image);
    if (family) found.kafka.push(kafkaServiceOf(context, reader, item, item.value, family, cache));
    else found.apps.push(...springAppViews(context, reader, item, item.value, cache));
  }
}

/**
 * docker-compose files running Kafka images: one `broker` view per Kafka service, its entries read
 * from `environment` (map or list form, anchors and merge keys followed) with the image family's
 * naming rules. `brokers` counts the broker containers of the file (`deploy.replicas`/`scale`
 * included; KRaft controllers excluded). Services running other images (or built from source) that
 * configure a Spring Kafka producer or consumer through `SPRING_KAFKA_*` variables add its views
 * (`spring-env.ts`), after the broker views. Undefined when the file shows neither.
 */
export function extractCompose(
  context: ExtractionContext,
  file: YamlFile,
  budget: AliasBudget,
): { views: ConfigView[]; complete: boolean } | undefined {
  const cache: EntryCache = { broker: new WeakMap(), spring: new WeakMap() };
  const found: ComposeServices = { kafka: [], apps: [] };
  let unresolved = false;
  for (const document of file.documents) {
    const reader = new YamlReader(document, budget);
    servicesOf(context, reader, cache, found);
    unresolved ||= reader.unresolved;
  }
  const services = found.kafka;
  if (services.length === 0 && found.apps.length === 0) return undefined;
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
  return { views: [...views, ...found.apps], complete: allVisible };
}
