import type { ConfigView } from '../../core/config-view.js';
import type { PropertiesFile, PropertyEntry } from '../ast.js';
import { lookupLibrdkafkaKey } from '../catalog/librdkafka-keys.js';
import type { ExtractionContext } from './context.js';
import { propertiesAnchor } from './java-properties.js';
import { parseLibrdkafkaValue } from './librdkafka-values.js';
import { lastEntryOf, propertiesInsertion } from './properties-edits.js';
import { librdkafkaRoleOfKeys } from './properties-detection.js';
import { propertyConfigEntry } from './property-entries.js';
import { createView } from './view.js';

/** librdkafka's file readers take the text after `=` as it is: `C:\certs\ca.pem` keeps its backslashes. */
function rawValueOf(entry: PropertyEntry): string {
  return /[\r\n]/.test(entry.rawValue) ? entry.value : entry.rawValue;
}

/**
 * A librdkafka property file (kcat `-F`, `librdkafka.conf`, Confluent client `.properties`). Each
 * entry is filed under the alias-resolved name, which is the Java client's for shared settings
 * (`request.required.acks` → `acks`, `queue.buffering.max.ms` → `linger.ms`); `written` keeps the
 * file's spelling. Values are read as librdkafka reads them; nothing is unescaped.
 */
export function extractLibrdkafka(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  const role = librdkafkaRoleOfKeys(new Set(file.entries.map((entry) => entry.key)));
  const entries = file.entries.map((entry) => {
    const key = lookupLibrdkafkaKey(entry.key);
    return propertyConfigEntry(entry, key?.canonical ?? entry.key, parseLibrdkafkaValue(key, rawValueOf(entry)), 'raw');
  });
  const view = createView({
    role,
    client: 'librdkafka',
    dialect: 'librdkafka',
    entries,
    complete: true,
    anchor: propertiesAnchor(file.entries),
    insert: (key, value) => propertiesInsertion(context.text, lastEntryOf(file), key, value, 'raw'),
  });
  return [view];
}
