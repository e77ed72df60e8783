import type { ConfigView, Role } from '../../core/config-view.js';
import type { PropertiesFile, PropertyEntry } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import type { ExtractionContext } from './context.js';
import { parseJavaValue } from './java-values.js';
import { lastEntryOf, propertiesInsertion } from './properties-edits.js';
import { propertyConfigEntry } from './property-entries.js';
import { FILE_START, spanFrom } from './spans.js';
import { createView } from './view.js';

/** Where a "missing setting" is reported in a properties file: its first setting, or its start. */
export function propertiesAnchor(entries: readonly PropertyEntry[]) {
  const first = entries[0];
  return first ? spanFrom(first.keyRange, first.keyLoc) : FILE_START;
}

/**
 * One view of a Java properties file read by `java.util.Properties` and a Kafka `ConfigDef`: keys
 * are Kafka's own names, values are converted as the catalog type of the key says.
 */
export function javaPropertiesView(
  context: ExtractionContext,
  file: PropertiesFile,
  role: Role,
  dialect: 'java-properties' | 'broker-properties',
): ConfigView {
  const entries = file.entries.map((entry) =>
    propertyConfigEntry(entry, entry.key, parseJavaValue(lookupKafkaKey(role, entry.key)?.type, entry.value), 'java'),
  );
  return createView({
    role,
    client: 'java',
    dialect,
    entries,
    complete: true,
    anchor: propertiesAnchor(file.entries),
    insert: (key, value) => propertiesInsertion(context.text, lastEntryOf(file), key, value, 'java'),
  });
}

/** A Java client properties file (`producer.properties`, `consumer.properties`, `client.properties`…). */
export function extractJavaClientProperties(context: ExtractionContext, file: PropertiesFile, role: Role): ConfigView[] {
  return [javaPropertiesView(context, file, role, 'java-properties')];
}
