import type { ConfigEntry } from '../../core/config-view.js';
import type { KafkaType } from '../catalog/types.js';
import type { ExtractionContext } from './context.js';
import { parseJavaValue } from './java-values.js';
import { spanOf } from './spans.js';
import { nodeSpan, stringValueOf, type MapItem } from './yaml-access.js';
import { yamlScalarFormatter } from './yaml-edits.js';

/**
 * One `key: value` of a YAML map of Kafka properties (Strimzi `config:`, a Helm chart's overrides) as
 * a config entry. These tools hand each value to Kafka as a string, which Kafka's ConfigDef parses;
 * `readable` says whether the text is the value itself (a Helm template is filled in later).
 */
export function yamlConfigEntry(
  context: ExtractionContext,
  item: MapItem,
  key: string,
  type: KafkaType | undefined,
  readable: (text: string) => boolean = () => true,
): ConfigEntry {
  const keySpan = nodeSpan(context, item.key);
  const value = item.value;
  const valueSpan = value ? nodeSpan(context, value) : spanOf(context.locAt, keySpan.range[1], keySpan.range[1]);
  const text = stringValueOf(value);
  const entry: ConfigEntry = {
    key,
    written: item.keyText,
    value: text === undefined || !readable(text) ? undefined : parseJavaValue(type, text),
    text: context.text.slice(valueSpan.range[0], valueSpan.range[1]),
    keySpan,
    valueSpan,
  };
  // A value shared through an anchor is not rewritten: the fix would change every place using it.
  const formatValue = item.shared ? undefined : yamlScalarFormatter(value);
  if (formatValue) entry.formatValue = formatValue;
  return entry;
}
