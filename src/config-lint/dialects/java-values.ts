import type { ConfigScalar } from '../../core/config-view.js';
import type { KafkaType } from '../catalog/types.js';

const INTEGER_BOUNDS: Readonly<Record<'short' | 'int' | 'long', readonly [bigint, bigint]>> = {
  short: [-(2n ** 15n), 2n ** 15n - 1n],
  int: [-(2n ** 31n), 2n ** 31n - 1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** What `Short/Integer/Long.parseLong` accept: an optional sign and decimal digits, within the type's bounds. */
function parseJavaInteger(text: string, type: 'short' | 'int' | 'long'): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = BigInt(text);
  const [min, max] = INTEGER_BOUNDS[type];
  return value < min || value > max ? undefined : Number(value);
}

/** What `Double.parseDouble` accepts, hexadecimal floats aside. */
const JAVA_DOUBLE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;

function parseJavaDouble(text: string): number | undefined {
  if (!JAVA_DOUBLE.test(text)) return undefined;
  return Number(text.replace(/[fFdD]$/, ''));
}

/**
 * The value a Java client reads from a setting written as a string (a properties file, an
 * environment variable, a Spring pass-through map), as `ConfigDef.parseType` converts it: trimmed,
 * booleans `true`/`false` in any case, numbers in the range of their Java type. A value Kafka would
 * reject stays the trimmed string, so a value rule can report it; a key the catalog does not know
 * keeps its text untouched, because Kafka never parses it.
 */
export function parseJavaValue(type: KafkaType | undefined, text: string): ConfigScalar {
  if (type === undefined) return text;
  const trimmed = text.trim();
  switch (type) {
    case 'boolean': {
      const lower = trimmed.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      return trimmed;
    }
    case 'short':
    case 'int':
    case 'long':
      return parseJavaInteger(trimmed, type) ?? trimmed;
    case 'double':
      return parseJavaDouble(trimmed) ?? trimmed;
    default:
      return trimmed;
  }
}
