import type { ConfigView } from '../../core/config-view.js';
import type { PropertiesFile } from '../ast.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import type { ExtractionContext } from './context.js';
import { propertiesAnchor } from './java-properties.js';
import { parseJavaValue } from './java-values.js';
import { lastEntryOf, propertiesInsertion } from './properties-edits.js';
import { propertyConfigEntry } from './property-entries.js';
import { buildStreamsViews } from './streams-views.js';

/** A Kafka Streams properties file; see `buildStreamsViews` for the views it gives. */
export function extractStreamsProperties(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  const settings = file.entries.map((entry) => ({
    key: entry.key,
    entry: (role: Parameters<typeof lookupKafkaKey>[0], key: string) =>
      propertyConfigEntry(entry, key, parseJavaValue(lookupKafkaKey(role, key)?.type, entry.value), 'java'),
  }));
  return buildStreamsViews(settings, {
    client: 'java',
    dialect: 'streams-properties',
    anchor: propertiesAnchor(file.entries),
    complete: true,
    insert: (prefix, key, value) => propertiesInsertion(context.text, lastEntryOf(file), `${prefix}${key}`, value, 'java'),
  });
}
