import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

import type { ConfigScalar, ConfigView, Workload } from '../../core/config-view.js';
import type { YamlFile } from '../ast.js';
import type { ExtractionContext } from './context.js';
import { spanOf } from './spans.js';
import { springEnvSetting, springEnvViews, springEnvironmentMapping, type SpringEnvSetting } from './spring-env.js';
import { YamlReader, nodeSpan, stringValueOf, type AliasBudget, type MapItem } from './yaml-access.js';

/**
 * Kubernetes workload manifests (`apps/v1` Deployment and StatefulSet, one or several documents per
 * file, Kustomize bases alike) whose containers configure a Spring Boot Kafka client through
 * environment variables, read as Spring Boot binds them (`spring-env.ts`):
 *
 * - `env[].value` (a `$(VAR)` reference is expanded by Kubernetes, a `${…}` placeholder by Spring:
 *   both are run-time values), `env[].valueFrom` (run-time), and `envFrom[].configMapRef` naming a
 *   ConfigMap of the same file (its `data`, with the `prefix`). A variable in `env` wins over
 *   `envFrom`, and a later `envFrom` source over an earlier one (the Kubernetes API reference).
 *
 * A container gives views only when it configures a consumer or a producer: a `consumer` and/or a
 * `producer` view, inheriting the container's `spring.kafka.*` / `spring.kafka.properties.*`
 * settings (held in a `common` view). Views are never complete: the image's own `application.yml`
 * configures the rest. Each view names its workload (kind, name, replicas, the variable holding the
 * pod name).
 */

const WORKLOAD_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet']);

/** Kubernetes expands `$(VAR)` in `value` (`$$(VAR)` is a literal); Spring's `${…}` is left to `spring-env.ts`. */
function isRunTimeValue(text: string): boolean {
  return /(?<!\$)\$\([A-Za-z_][A-Za-z0-9_.-]*\)/.test(text);
}

/** Environment values are strings: a rewritten plain value is quoted so YAML does not read a number. */
function envValueFormatter(node: Node | null): ((value: ConfigScalar) => string) | undefined {
  if (!isScalar(node)) return undefined;
  const text = (value: ConfigScalar): string => (value === null ? '' : String(value));
  switch (node.type ?? 'PLAIN') {
    case 'PLAIN':
    case 'QUOTE_DOUBLE':
      return (value) => JSON.stringify(text(value));
    case 'QUOTE_SINGLE':
      return (value) => `'${text(value).replace(/'/g, "''")}'`;
    default:
      return undefined;
  }
}

function settingOf(
  context: ExtractionContext,
  variable: string,
  nameNode: Node,
  valueNode: Node | null,
  runTime: boolean,
  shared: boolean,
): SpringEnvSetting | undefined {
  const mapping = springEnvironmentMapping(variable);
  if (!mapping) return undefined;
  const keySpan = nodeSpan(context, nameNode);
  const valueSpan = valueNode ? nodeSpan(context, valueNode) : spanOf(context.locAt, keySpan.range[1], keySpan.range[1]);
  const raw = runTime ? undefined : (stringValueOf(valueNode) ?? '');
  return springEnvSetting(mapping, variable, {
    raw: raw === undefined || isRunTimeValue(raw) ? undefined : raw,
    text: context.text.slice(valueSpan.range[0], valueSpan.range[1]),
    keySpan,
    valueSpan,
    formatValue: runTime || shared ? undefined : envValueFormatter(valueNode),
  });
}

/** A ConfigMap of the file: its `data` items by name, read once whichever containers use it. */
interface ConfigMapData {
  reader: YamlReader;
  items: MapItem[];
  settings: Map<string, SpringEnvSetting | undefined>;
}

interface Manifest {
  reader: YamlReader;
  root: YAMLMap;
  kind: string;
}

function textAt(reader: YamlReader, map: YAMLMap, path: readonly string[]): string | undefined {
  const parent = path.length > 1 ? reader.mapAt(map, path.slice(0, -1))?.map : map;
  return parent ? stringValueOf(reader.get(parent, path[path.length - 1]!)?.value ?? null) : undefined;
}

function configMapsOf(manifests: readonly Manifest[]): Map<string, ConfigMapData> {
  const configMaps = new Map<string, ConfigMapData>();
  for (const { reader, root, kind } of manifests) {
    if (kind !== 'ConfigMap') continue;
    const name = textAt(reader, root, ['metadata', 'name']);
    const data = reader.get(root, 'data');
    if (name === undefined || !data || !isMap(data.value)) continue;
    configMaps.set(name, { reader, items: reader.items(data.value, data.shared), settings: new Map() });
  }
  return configMaps;
}

/** The settings a container receives through `envFrom` ConfigMaps of this file. */
function envFromSettings(context: ExtractionContext, reader: YamlReader, container: YAMLMap, configMaps: Map<string, ConfigMapData>): SpringEnvSetting[] {
  const envFrom = reader.get(container, 'envFrom');
  if (!envFrom || !isSeq(envFrom.value)) return [];
  const settings: SpringEnvSetting[] = [];
  for (const element of envFrom.value.items) {
    const source = reader.resolve(element as Node | null);
    if (!isMap(source)) continue;
    const name = textAt(reader, source, ['configMapRef', 'name']);
    const configMap = name === undefined ? undefined : configMaps.get(name);
    if (!configMap) continue;
    const prefix = textAt(reader, source, ['prefix']) ?? '';
    for (const item of configMap.items) {
      const variable = `${prefix}${item.keyText}`;
      // One entry per data item and name, shared by every container using the ConfigMap.
      const id = `${variable}\u0000${item.key.range?.[0] ?? -1}`;
      if (!configMap.settings.has(id)) {
        configMap.settings.set(id, settingOf(context, variable, item.key, item.value, false, item.shared));
      }
      const setting = configMap.settings.get(id);
      if (setting) settings.push(setting);
    }
  }
  return settings;
}

interface ContainerEnv {
  settings: SpringEnvSetting[];
  podNameVariable: string | undefined;
  envKey: MapItem | undefined;
}

function isPodNameReference(reader: YamlReader, valueFrom: Node | null): boolean {
  if (!isMap(valueFrom)) return false;
  return textAt(reader, valueFrom, ['fieldRef', 'fieldPath'])?.trim() === 'metadata.name';
}

function containerEnv(context: ExtractionContext, reader: YamlReader, container: YAMLMap, configMaps: Map<string, ConfigMapData>): ContainerEnv {
  const settings = envFromSettings(context, reader, container, configMaps);
  let podNameVariable: string | undefined;
  const env = reader.get(container, 'env');
  if (env && isSeq(env.value)) {
    for (const element of env.value.items) {
      const variable = reader.resolve(element as Node | null);
      if (!isMap(variable)) continue;
      const shared = env.shared || reader.isAlias(element as Node | null) || variable.anchor !== undefined;
      const name = reader.get(variable, 'name', shared);
      const nameText = name ? stringValueOf(name.value) : undefined;
      if (!name?.value || nameText === undefined) continue;
      const value = reader.get(variable, 'value', shared);
      const valueFrom = reader.get(variable, 'valueFrom', shared);
      if (valueFrom && isPodNameReference(reader, valueFrom.value)) podNameVariable ??= nameText;
      const setting = valueFrom
        ? settingOf(context, nameText, name.value, valueFrom.value, true, true)
        : settingOf(context, nameText, name.value, value?.value ?? null, false, shared || value?.shared === true);
      if (setting) settings.push(setting);
    }
  }
  return { settings, podNameVariable, envKey: env };
}

function workloadOf(manifest: Manifest): Workload {
  const { reader, root } = manifest;
  const workload: Workload = { kind: manifest.kind as Workload['kind'] };
  const name = textAt(reader, root, ['metadata', 'name']);
  if (name !== undefined) workload.name = name;
  const replicas = Number(textAt(reader, root, ['spec', 'replicas'])?.trim() || NaN);
  if (Number.isInteger(replicas) && replicas >= 0) workload.replicas = replicas;
  return workload;
}

function containerViews(context: ExtractionContext, manifest: Manifest, containerItem: MapItem, container: YAMLMap, configMaps: Map<string, ConfigMapData>): ConfigView[] {
  const { reader } = manifest;
  const { settings, podNameVariable, envKey } = containerEnv(context, reader, container, configMaps);
  const anchor = nodeSpan(context, (envKey ?? containerItem).key);
  const views = springEnvViews(settings, { dialect: 'kubernetes', anchor });
  if (views.length === 0) return [];
  const workload = workloadOf(manifest);
  if (podNameVariable !== undefined) workload.podNameVariable = podNameVariable;
  for (const view of views) view.workload = { ...workload };
  return views;
}

function workloadViews(context: ExtractionContext, manifest: Manifest, configMaps: Map<string, ConfigMapData>): ConfigView[] {
  const { reader, root } = manifest;
  const podSpec = reader.mapAt(root, ['spec', 'template', 'spec']);
  const containers = podSpec && reader.get(podSpec.map, 'containers', podSpec.item?.shared);
  if (!containers || !isSeq(containers.value)) return [];
  const views: ConfigView[] = [];
  for (const element of containers.value.items) {
    const container = reader.resolve(element as Node | null);
    if (!isMap(container)) continue;
    const name = reader.get(container, 'name') ?? reader.items(container)[0];
    if (name) views.push(...containerViews(context, manifest, name, container, configMaps));
  }
  return views;
}

function manifestOf(reader: YamlReader): Manifest | undefined {
  const root = reader.root;
  if (!isMap(root)) return undefined;
  const apiVersion = textAt(reader, root, ['apiVersion']);
  const kind = textAt(reader, root, ['kind']);
  if (apiVersion === undefined || kind === undefined) return undefined;
  if (kind === 'ConfigMap' && apiVersion === 'v1') return { reader, root, kind };
  return WORKLOAD_KINDS.has(kind) && /^(?:apps|extensions)\/v1(?:beta[12])?$/.test(apiVersion) ? { reader, root, kind } : undefined;
}

/**
 * Kubernetes manifests: for each Deployment or StatefulSet container that configures a Spring Kafka
 * consumer or producer through its environment, a `consumer` and/or `producer` view (and a `common`
 * view of the settings they inherit), each with its `workload`. Undefined when no container
 * configures a client.
 */
export function extractKubernetes(
  context: ExtractionContext,
  file: YamlFile,
  budget: AliasBudget,
): { views: ConfigView[]; complete: boolean } | undefined {
  const manifests: Manifest[] = [];
  for (const document of file.documents) {
    const manifest = manifestOf(new YamlReader(document, budget));
    if (manifest) manifests.push(manifest);
  }
  if (!manifests.some((manifest) => WORKLOAD_KINDS.has(manifest.kind))) return undefined;
  const configMaps = configMapsOf(manifests);
  const views = manifests.filter((manifest) => WORKLOAD_KINDS.has(manifest.kind)).flatMap((manifest) => workloadViews(context, manifest, configMaps));
  if (views.length === 0) return undefined;
  const complete = manifests.every((manifest) => !manifest.reader.unresolved) && !budget.exhausted;
  return { views, complete };
}
