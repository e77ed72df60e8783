import type { ConfigEntry, ConfigScalar } from '../../core/config-view.js';
import type { PropertyEntry } from '../ast.js';
import { propertiesValueFormatter, type PropertiesSyntax } from './properties-edits.js';
import { spanFrom } from './spans.js';

/** A config entry for one line of a properties file, under its canonical key. */
export function propertyConfigEntry(
  entry: PropertyEntry,
  key: string,
  value: ConfigScalar | undefined,
  syntax: PropertiesSyntax,
): ConfigEntry {
  const configEntry: ConfigEntry = {
    key,
    written: entry.key,
    value,
    text: entry.rawValue,
    keySpan: spanFrom(entry.keyRange, entry.keyLoc),
    valueSpan: spanFrom(entry.valueRange, entry.valueLoc),
  };
  const formatValue = propertiesValueFormatter(entry, syntax);
  if (formatValue) configEntry.formatValue = formatValue;
  return configEntry;
}
