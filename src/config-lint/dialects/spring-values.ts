import type { ConfigScalar, Role } from '../../core/config-view.js';
import { lookupKafkaKey } from '../catalog/kafka-keys.js';
import type { SpringMapping } from '../catalog/spring-keys.js';
import { parseJavaValue } from './java-values.js';
import type { ScalarText } from './yaml-access.js';
import { yaml11Boolean } from '../yaml/yaml11-boolean.js';

const DURATION_UNITS_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** ISO-8601 durations as `java.time.Duration.parse` reads them: `PT30S`, `P1DT2H`, `-PT0.5S`. */
const ISO_DURATION = /^([+-]?)P(?:([+-]?\d+)D)?(?:T(?:([+-]?\d+)H)?(?:([+-]?\d+)M)?(?:([+-]?\d+(?:[.,]\d{0,9})?)S)?)?$/i;

function parseIsoDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || !/\d/.test(text)) return undefined;
  const [, sign, days, hours, minutes, seconds] = match;
  const ms =
    Number(days ?? 0) * 86_400_000 +
    Number(hours ?? 0) * 3_600_000 +
    Number(minutes ?? 0) * 60_000 +
    Number((seconds ?? '0').replace(',', '.')) * 1000;
  return sign === '-' ? -ms : ms;
}

/**
 * Milliseconds of a Spring Boot `Duration` property (`DurationStyle`): `30s`, `500ms`, `1m`, a bare
 * number of milliseconds (KafkaProperties declares no other default unit), or ISO-8601 `PT30S`.
 * Kafka receives `Duration.toMillis()`, hence the truncation.
 */
export function parseSpringDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const simple = /^([+-]?\d+)([a-zA-Z]{0,2})$/.exec(trimmed);
  if (simple) {
    const factor = DURATION_UNITS_MS[(simple[2] || 'ms').toLowerCase()];
    return factor === undefined ? undefined : Math.trunc(Number(simple[1]) * factor);
  }
  const iso = parseIsoDuration(trimmed);
  return iso === undefined ? undefined : Math.trunc(iso);
}

const DATA_UNITS: Readonly<Record<string, number>> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/** Bytes of a Spring `DataSize` property: `64KB`, `1MB`, a bare number of bytes. Suffixes are upper-case. */
export function parseSpringDataSize(text: string): number | undefined {
  const match = /^([+-]?\d+)([a-zA-Z]{0,2})$/.exec(text.trim());
  if (!match) return undefined;
  const factor = DATA_UNITS[match[2] || 'B'];
  return factor === undefined ? undefined : Number(match[1]) * factor;
}

/** Spring's `StringToBooleanConverter`: true/on/yes/1 and false/off/no/0, any case. */
export function parseSpringBoolean(text: string): boolean | undefined {
  const lower = text.trim().toLowerCase();
  if (lower === 'true' || lower === 'on' || lower === 'yes' || lower === '1') return true;
  if (lower === 'false' || lower === 'off' || lower === 'no' || lower === '0') return false;
  return undefined;
}

/** SnakeYAML's YAML 1.1 integers: `1_000`, `0x1F`, `017` (octal), `0b101`. */
function yaml11Integer(text: string): string | undefined {
  const match = /^([-+]?)(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/.exec(text);
  if (!match) return undefined;
  const digits = match[2]!.replace(/_/g, '');
  let value: number;
  if (digits.startsWith('0b')) value = parseInt(digits.slice(2), 2);
  else if (digits.startsWith('0x')) value = parseInt(digits.slice(2), 16);
  else if (digits.length > 1 && digits.startsWith('0')) value = parseInt(digits.slice(1), 8);
  else value = Number(digits);
  return String(match[1] === '-' ? -value : value);
}

/**
 * The string Spring Boot binds from a YAML scalar. Spring loads YAML with SnakeYAML (YAML 1.1), so
 * plain `yes`/`on`/`off` are booleans and `1_000` an integer; a null value becomes an empty string.
 */
export function springStringOfYaml(scalar: ScalarText): string {
  if (scalar.style !== 'PLAIN') return scalar.text;
  if (scalar.isNull) return '';
  const boolean = yaml11Boolean(scalar.text);
  if (boolean !== undefined) return String(boolean);
  return yaml11Integer(scalar.text) ?? scalar.text;
}

/** Whether Spring resolves part of the value at start-up (`${KAFKA_BOOTSTRAP:localhost:9092}`). */
export function hasPlaceholder(text: string): boolean {
  return text.includes('${');
}

function integerOrText(text: string): ConfigScalar {
  const trimmed = text.trim();
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : text;
}

function numberOrText(text: string): ConfigScalar {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}

/**
 * An enum value as the view holds it: a Kafka setting in Kafka's spelling (`read-committed` →
 * `read_committed`), a Spring enum as its Java constant (`manual-immediate` → `MANUAL_IMMEDIATE`).
 */
function enumValue(text: string, kafkaKey: string | null): string {
  const constant = text.trim().replace(/-/g, '_');
  return kafkaKey ? constant.toLowerCase() : constant.toUpperCase();
}

/**
 * The value a Spring property gives the setting it maps to, as the view holds it: Spring's own
 * conversion (durations in ms, data sizes in bytes, relaxed booleans), then Kafka's for the
 * string-typed properties and pass-through maps, which Kafka parses itself.
 */
export function springValue(mapping: SpringMapping, role: Role, text: string): ConfigScalar {
  const kafkaType = mapping.key === null ? undefined : lookupKafkaKey(role, mapping.key)?.type;
  switch (mapping.type) {
    case 'passthrough':
    case 'string':
    case 'class':
    case 'list':
      return mapping.key === null ? text : parseJavaValue(kafkaType, text);
    case 'boolean':
      return parseSpringBoolean(text) ?? text;
    case 'integer':
      return integerOrText(text);
    case 'number':
      return numberOrText(text);
    case 'duration':
      return parseSpringDuration(text) ?? text;
    case 'data-size':
      return parseSpringDataSize(text) ?? text;
    case 'enum':
      return enumValue(text, mapping.key);
    default:
      return text;
  }
}
