import type { ConfigScalar } from '../../core/config-view.js';
import type { ResolvedLibrdkafkaKey } from '../catalog/types.js';

/**
 * Words librdkafka accepts for an integer property (its `s2i` table): `acks=all` is read as -1
 * (`rdkafka_conf.c`, `request.required.acks`).
 */
const INTEGER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  acks: { all: -1 },
};

/** Base 0: `0x` is hexadecimal, a leading 0 octal, anything else decimal. */
function cIntegerMagnitude(digits: string): number {
  if (/^0[xX]/.test(digits)) return parseInt(digits.slice(2), 16);
  if (digits.startsWith('0')) return digits.length === 1 ? 0 : parseInt(digits.slice(1), 8);
  return Number(digits);
}

/** The number `strtol(value, &end, 0)` reads from the start of the text, as librdkafka parses integers. */
function parseCInteger(text: string): number | undefined {
  const match = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(text);
  if (!match) return undefined;
  const magnitude = cIntegerMagnitude(match[2]!);
  return match[1] === '-' ? -magnitude : magnitude;
}

/** The number `strtod` reads from the start of the text. */
function parseCDouble(text: string): number | undefined {
  const match = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text);
  return match ? Number(match[0]) : undefined;
}

function parseCBoolean(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 't' || text === '1') return true;
  if (lower === 'false' || lower === 'f' || text === '0') return false;
  return undefined;
}

/**
 * The value librdkafka reads from a property's string (`rd_kafka_anyconf_set_prop` in
 * `src/rdkafka_conf.c`): integers through `strtol` (so a trailing unit is ignored) or the
 * property's words, booleans `true`/`t`/`1` and `false`/`f`/`0`, enums matched without case and
 * given librdkafka's spelling, strings left-trimmed. Anything librdkafka rejects stays a string.
 */
export function parseLibrdkafkaValue(key: ResolvedLibrdkafkaKey | undefined, text: string): ConfigScalar {
  if (!key) return text;
  switch (key.type) {
    case 'integer': {
      const word = INTEGER_WORDS[key.canonical]?.[text.trim().toLowerCase()];
      return word ?? parseCInteger(text) ?? text;
    }
    case 'float':
      return parseCDouble(text) ?? text;
    case 'boolean':
      return parseCBoolean(text) ?? text;
    case 'enum': {
      const trimmed = text.trim();
      return key.validValues?.find((value) => value.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
    }
    default:
      return text.trimStart();
  }
}
