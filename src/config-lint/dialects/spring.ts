import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';

import type { ConfigEntry, ConfigScalar, ConfigView, Insertion, Role } from '../../core/config-view.js';
import type { Span } from '../../core/location.js';
import type { PropertiesFile, PropertyEntry, YamlFile } from '../ast.js';
import { springPropertyFor, springViewKey, type SpringMapping } from '../catalog/spring-keys.js';
import type { ExtractionContext } from './context.js';
import { propertiesInsertion, propertiesValueFormatter } from './properties-edits.js';
import { FILE_START, spanFrom, spanOf } from './spans.js';
import { SpringPath } from './spring-paths.js';
import { hasPlaceholder, springStringOfYaml, springValue } from './spring-values.js';
import { buildStreamsViews, type StreamsSetting } from './streams-views.js';
import { createView } from './view.js';
import { YamlReader, nodeSpan, scalarText, type AliasBudget, type MapItem } from './yaml-access.js';
import { blockMapInsertion, formatYamlValue, yamlScalarFormatter } from './yaml-edits.js';

/** One Spring property as written, before it is filed under a view. */
interface SpringSetting {
  mapping: SpringMapping;
  /** The property's name split into elements, as written (`spring`, `kafka`, `consumer`, `maxPollRecords`). */
  elements: readonly string[];
  written: string;
  /** The string Spring binds, or undefined when a placeholder makes it dynamic. */
  bound: string | undefined;
  text: string;
  keySpan: Span;
  valueSpan: Span;
  formatValue?: (value: ConfigScalar) => string;
}

/** How a file adds a setting to a section; differs between YAML and properties files. */
type SectionInserter = (role: Role, group: string | undefined, key: string, value: ConfigScalar) => Insertion | undefined;

/** The key a view files a Spring setting under: the Kafka property, or `spring.<section>.<name>` for Spring's own. */
function viewKeyOf(mapping: SpringMapping): string {
  return mapping.key ?? springViewKey(mapping.spring);
}

/**
 * The entry of a setting in the view of `role`, filed under `viewKey`; `kafkaKey` is the Kafka
 * property it sets there (a Streams client override loses its `producer.` prefix in the producer view).
 */
function entryOf(setting: SpringSetting, role: Role, viewKey: string, kafkaKey = setting.mapping.key): ConfigEntry {
  const mapping = kafkaKey === setting.mapping.key ? setting.mapping : { ...setting.mapping, key: kafkaKey };
  const entry: ConfigEntry = {
    key: viewKey,
    written: setting.written,
    value: setting.bound === undefined ? undefined : springValue(mapping, role, setting.bound),
    text: setting.text,
    keySpan: setting.keySpan,
    valueSpan: setting.valueSpan,
  };
  if (setting.formatValue) entry.formatValue = setting.formatValue;
  entry.spring = { mapping: setting.mapping, elements: setting.elements };
  return entry;
}

interface Section {
  role: Role;
  group: string | undefined;
  settings: SpringSetting[];
  anchor: Span | undefined;
}

function sectionId(role: Role, group: string | undefined): string {
  return group === undefined ? role : `${role}:${group}`;
}

/**
 * The views of one Spring configuration (a properties file, or one YAML document): one per client
 * section present (`common` for `spring.kafka.*` and `spring.kafka.properties.*`, then `producer`,
 * `consumer`, `admin`, Streams views, one per Spring Cloud Stream binding). A client view inherits
 * (through `get`) the common settings, which Spring gives every client it builds.
 */
function viewsOfSections(
  sections: ReadonlyMap<string, Section>,
  insert: SectionInserter | undefined,
  complete: boolean,
): ConfigView[] {
  const views: ConfigView[] = [];
  const common = sections.get('common');
  const commonView = common
    ? createView({
        role: 'common',
        client: 'java',
        dialect: 'spring',
        entries: common.settings.map((setting) => entryOf(setting, 'common', viewKeyOf(setting.mapping))),
        complete,
        anchor: common.anchor ?? common.settings[0]?.keySpan ?? FILE_START,
        insert: insert && ((key, value) => insert('common', undefined, key, value)),
      })
    : undefined;
  if (commonView) views.push(commonView);
  const inherited = commonView && ((key: string) => commonView.get(key));

  for (const section of sections.values()) {
    if (section === common) continue;
    const anchor = section.anchor ?? section.settings[0]?.keySpan ?? FILE_START;
    if (section.role === 'streams') {
      views.push(...springStreamsViews(section, anchor, insert, complete));
      continue;
    }
    views.push(
      createView({
        role: section.role,
        client: 'java',
        dialect: 'spring',
        entries: section.settings.map((setting) => entryOf(setting, section.role, viewKeyOf(setting.mapping))),
        complete,
        anchor,
        insert: insert && ((key, value) => insert(section.role, section.group, key, value)),
        inherited,
      }),
    );
  }
  return views;
}

/** `spring.kafka.streams.*`: Streams settings, with `properties.producer.acks`-style client overrides. */
function springStreamsViews(
  section: Section,
  anchor: Span,
  insert: SectionInserter | undefined,
  complete: boolean,
): ConfigView[] {
  const settings: StreamsSetting[] = section.settings.map((setting) => ({
    key: viewKeyOf(setting.mapping),
    entry: (role, key) => entryOf(setting, role, key, setting.mapping.key === null ? null : key),
  }));
  return buildStreamsViews(settings, {
    client: 'java',
    dialect: 'spring',
    anchor,
    complete,
    insert: insert && ((prefix, key, value) => insert('streams', undefined, `${prefix}${key}`, value)),
  });
}

function addSetting(sections: Map<string, Section>, setting: SpringSetting): void {
  const { role, group } = setting.mapping;
  const id = sectionId(role, group);
  let section = sections.get(id);
  if (!section) {
    section = { role, group, settings: [], anchor: undefined };
    sections.set(id, section);
  }
  section.settings.push(setting);
}

function setAnchor(sections: Map<string, Section>, role: Role, anchor: Span): void {
  const section = sections.get(role) ?? { role, group: undefined, settings: [], anchor: undefined };
  section.anchor ??= anchor;
  sections.set(role, section);
}

/** Drops sections that only got an anchor (a `producer:` key whose settings are all outside Kafka's). */
function withSettings(sections: Map<string, Section>): Map<string, Section> {
  return new Map([...sections].filter(([, section]) => section.settings.length > 0));
}

// ---------------------------------------------------------------------------------------------
// .properties

function propertiesSetting(entry: PropertyEntry, mapping: SpringMapping, elements: readonly string[]): SpringSetting {
  const setting: SpringSetting = {
    mapping,
    elements,
    written: entry.key,
    bound: hasPlaceholder(entry.value) ? undefined : entry.value,
    text: entry.rawValue,
    keySpan: spanFrom(entry.keyRange, entry.keyLoc),
    valueSpan: spanFrom(entry.valueRange, entry.valueLoc),
  };
  const formatValue = propertiesValueFormatter(entry, 'java');
  if (formatValue) setting.formatValue = formatValue;
  return setting;
}

/** The full Spring name that sets a Kafka key in a section: native property, else the pass-through map. */
function springNameFor(role: Role, group: string | undefined, key: string): string | undefined {
  if (group !== undefined) return undefined;
  const section = role === 'common' ? 'spring.kafka' : `spring.kafka.${role}`;
  if (key.startsWith('spring.')) return undefined;
  const native = springPropertyFor(role, key);
  return native ? `${section}.${native}` : `${section}.properties.${key}`;
}

/** Spring Boot `application*.properties`: flattened names, values as strings. */
export function extractSpringProperties(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  const sections = new Map<string, Section>();
  let lastKafkaEntry: PropertyEntry | undefined;
  for (const entry of file.entries) {
    const path = SpringPath.root.child(entry.key);
    const mapping = path.mapping;
    if (!mapping) continue;
    lastKafkaEntry = entry;
    addSetting(sections, propertiesSetting(entry, mapping, path.elements));
  }
  const insert: SectionInserter = (role, group, key, value) => {
    const name = springNameFor(role, group, key);
    const after = lastKafkaEntry ?? file.entries[file.entries.length - 1];
    return name ? propertiesInsertion(context.text, after, name, value, 'java') : undefined;
  };
  return viewsOfSections(sections, insert, true);
}

// ---------------------------------------------------------------------------------------------
// YAML

/** Nesting beyond which a Spring YAML walk stops: real files are a few levels deep. */
const MAX_DEPTH = 32;

interface YamlWalk {
  context: ExtractionContext;
  reader: YamlReader;
  sections: Map<string, Section>;
  /** The block map of each section, where a missing setting can be added. */
  sectionMaps: Map<string, YAMLMap>;
}

/**
 * How the setting is spelled: the key as written, or for a pass-through entry nested over several
 * maps (`linger:` / `ms: 5`) the Kafka name those keys spell.
 */
function writtenName(item: MapItem, mapping: SpringMapping): string {
  const nested = mapping.type === 'passthrough' && mapping.key?.endsWith(`.${item.keyText}`);
  return nested ? mapping.key! : item.keyText;
}

function yamlSetting(walk: YamlWalk, item: MapItem, mapping: SpringMapping, elements: readonly string[]): SpringSetting | undefined {
  const { context } = walk;
  const written = writtenName(item, mapping);
  const keySpan = nodeSpan(context, item.key);
  const value = item.value;
  if (value === null) {
    const at = keySpan.range[1];
    return { mapping, elements, written, bound: '', text: '', keySpan, valueSpan: spanOf(context.locAt, at, at) };
  }
  const valueSpan = nodeSpan(context, value);
  const text = context.text.slice(valueSpan.range[0], valueSpan.range[1]);
  if (isSeq(value)) {
    // Spring binds a YAML list to List<String>; Kafka reads it comma-joined.
    const listed = value.items.map((element) => scalarText(walk.reader.resolve(element as Node | null)));
    const bound = listed.every((element) => element !== undefined && !hasPlaceholder(element.text))
      ? listed.map((element) => springStringOfYaml(element!)).join(',')
      : undefined;
    return { mapping, elements, written, bound, text, keySpan, valueSpan };
  }
  const scalar = scalarText(value);
  if (!scalar) return undefined;
  const setting: SpringSetting = {
    mapping,
    elements,
    written,
    bound: hasPlaceholder(scalar.text) ? undefined : springStringOfYaml(scalar),
    text,
    keySpan,
    valueSpan,
  };
  // A value shared through an anchor is not rewritten: the fix would change every place using it.
  const formatValue = item.shared ? undefined : yamlScalarFormatter(value);
  if (formatValue) setting.formatValue = formatValue;
  return setting;
}

/** Walks the map at `path`, filing every Spring setting for Kafka under its section. */
function walkSpringMap(walk: YamlWalk, map: YAMLMap, path: SpringPath, depth: number, shared: boolean): void {
  if (depth > MAX_DEPTH) return;
  for (const item of walk.reader.items(map, shared)) {
    const itemPath = path.child(item.keyText);
    if (!path.inside && !itemPath.mayLead) continue;
    if (isMap(item.value)) {
      const role = itemPath.sectionRole;
      if (role) {
        setAnchor(walk.sections, role, nodeSpan(walk.context, item.key));
        if (!item.shared && !walk.sectionMaps.has(role)) walk.sectionMaps.set(role, item.value);
      }
      walkSpringMap(walk, item.value, itemPath, depth + 1, item.shared);
      continue;
    }
    const mapping = itemPath.mapping;
    if (!mapping) continue;
    const setting = yamlSetting(walk, item, mapping, itemPath.elements);
    if (setting) addSetting(walk.sections, setting);
  }
}

function yamlInserter(walk: YamlWalk): SectionInserter {
  return (role, group, key, value) => {
    if (group !== undefined || key.startsWith('spring.')) return undefined;
    const map = walk.sectionMaps.get(role);
    if (!map) return undefined;
    const { context, reader } = walk;
    const native = springPropertyFor(role, key);
    if (native) return blockMapInsertion(map, context.text, context.locAt, native, formatYamlValue(value));
    const properties = reader.get(map, 'properties');
    if (properties && isMap(properties.value) && !properties.shared) {
      return blockMapInsertion(properties.value, context.text, context.locAt, key, formatYamlValue(value));
    }
    return blockMapInsertion(map, context.text, context.locAt, `properties.${key}`, formatYamlValue(value));
  };
}

/**
 * Spring Boot `application*.yml`: each document (profile sections included) gives its own views;
 * nested maps and dotted keys flatten to Spring's property names.
 */
export function extractSpringYaml(context: ExtractionContext, file: YamlFile, budget: AliasBudget): {
  views: ConfigView[];
  complete: boolean;
} {
  const views: ConfigView[] = [];
  let complete = true;
  for (const document of file.documents) {
    const reader = new YamlReader(document, budget);
    const root = reader.root;
    if (!isMap(root)) continue;
    const walk: YamlWalk = { context, reader, sections: new Map(), sectionMaps: new Map() };
    walkSpringMap(walk, root, SpringPath.root, 0, false);
    // An alias that could not be followed may hide settings: nothing can be called missing then.
    const documentComplete = !reader.unresolved && !budget.exhausted;
    complete &&= documentComplete;
    views.push(...viewsOfSections(withSettings(walk.sections), yamlInserter(walk), documentComplete));
  }
  return { views, complete };
}
