import type { ConfigScalar } from '../core/config-view.js';

/**
 * A setting's value as a number, whether it was written as a number (JS, YAML) or as text
 * (properties files, environment variables). `undefined` when unknown or not numeric.
 */
export function numericValue(value: ConfigScalar | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^[-+]?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** A setting's value as a boolean, accepting the case-insensitive `true`/`false` Kafka's ConfigDef accepts. */
export function booleanValue(value: ConfigScalar | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return undefined;
}

/** Formats milliseconds for messages: `45000` → `45000 ms (45 s)`. */
export function describeMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms} ms (${ms / 60_000} min)`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms} ms (${ms / 1000} s)`;
  return `${ms} ms`;
}
