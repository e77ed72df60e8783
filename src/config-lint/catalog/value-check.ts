import type { ConfigScalar } from '../../core/config-view.js';
import { editDistance, normalizeName } from '../../util/edit-distance.js';
import type { KafkaKey, LibrdkafkaKey } from './types.js';

/**
 * Checks of a setting's value against the catalog, as the program that reads it parses it:
 *
 * - Java (`ConfigDef.parseType` and its validators, apache/kafka
 *   `clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java`): values are trimmed;
 *   booleans are `true`/`false` in any case; `int`/`short`/`long` go through `Integer.parseInt`
 *   and friends (decimal digits, optional sign, within the type's bounds); lists are split on
 *   commas; `ValidString` compares case-sensitively, `CaseInsensitiveValidString` does not,
 *   `ValidList` checks each element, `Range` checks `min <= value <= max`.
 * - librdkafka (`rd_kafka_anyconf_set_prop` in `src/rdkafka_conf.c`): booleans are `true`/`t`/`1`,
 *   `false`/`f`/`0` in any case; integers go through `strtol(value, &end, 0)` (a trailing unit is
 *   ignored) or the property's words (`acks=all`); floats through `strtod`; enums are matched
 *   without case after trimming; flags are comma-separated enum words with an optional `+`/`-`.
 *
 * Values reach these functions as the dialect extractors parsed them (`parseJavaValue`,
 * `parseLibrdkafkaValue`): a number or boolean when the program can read one, the (trimmed)
 * string when it cannot.
 */

/** Number types of the two catalogs. */
export type NumberKind = 'short' | 'int' | 'long' | 'double' | 'integer' | 'float';

export type ValueProblem =
  /** A boolean setting whose value is not a boolean; `suggestion` is the boolean it most likely means. */
  | { kind: 'notBoolean'; suggestion?: boolean }
  /** A number setting whose value is not a number of its type; `suggestion` is a number it most likely means. */
  | { kind: 'notNumber'; numberKind: NumberKind; suggestion?: number }
  | { kind: 'outOfRange'; value: number; min: number | null; max: number | null; alsoValid: readonly number[] }
  /**
   * A value (or, for a list, one element) that is not one of the accepted values. `suggestion` is
   * the whole value to write instead; `caseOnly` when the value differs from an accepted one only in
   * case (and the setting compares case-sensitively): that replacement is then certain.
   */
  | {
      kind: 'notAllowed';
      element: string;
      inList: boolean;
      validValues: readonly string[];
      suggestion?: string;
      caseOnly: boolean;
    }
  /** librdkafka `acks` (`request.required.acks`) between 2 and 1000: librdkafka takes it, brokers refuse it. */
  | { kind: 'acksRejectedByBroker'; value: number }
  /** A librdkafka `*.ms` number followed by a unit other than ms, which `strtol`/`strtod` silently drop. */
  | { kind: 'ignoredUnit'; read: number; suggestion: number };

// ---------------------------------------------------------------------------------------------
// Guesses (for suggestions only: they never decide whether a value is reported)

/** Words commonly written for a boolean that Kafka (or librdkafka) does not read as one. */
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  yes: true,
  y: true,
  on: true,
  '1': true,
  t: true,
  enable: true,
  enabled: true,
  no: false,
  n: false,
  off: false,
  '0': false,
  f: false,
  disable: false,
  disabled: false,
};

/** The boolean a non-boolean text most likely means: `yes`, `on`, `1`, or a typo such as `ture`. */
export function guessBoolean(text: string): boolean | undefined {
  const lower = text.trim().toLowerCase();
  const word = BOOLEAN_WORDS[lower];
  if (word !== undefined) return word;
  const guess = closest(lower, ['true', 'false']);
  return guess === undefined ? undefined : guess === 'true';
}

const MS_PER_UNIT: readonly (readonly [RegExp, number])[] = [
  [/^(?:ms|msec|msecs|millis|milliseconds?)$/, 1],
  [/^(?:s|sec|secs|seconds?)$/, 1000],
  [/^(?:m|min|mins|minutes?)$/, 60_000],
  [/^(?:h|hr|hrs|hours?)$/, 3_600_000],
  [/^(?:d|days?)$/, 86_400_000],
];

/** Milliseconds of a number followed by a time unit (`45s`, `5 min`, `1.5s`), if the text is one. */
export function millisOfDuration(text: string): { ms: number; unitMs: number } | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]+)$/.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2]!.toLowerCase();
  const factor = MS_PER_UNIT.find(([pattern]) => pattern.test(unit))?.[1];
  if (factor === undefined) return undefined;
  const ms = Number(match[1]) * factor;
  return Number.isInteger(ms) ? { ms, unitMs: factor } : undefined;
}

/** The unit a key's name gives its value: `linger.ms`, `log.retention.hours`, `offsets.retention.minutes`. */
const KEY_UNITS_MS: readonly (readonly [string, number])[] = [
  ['.ms', 1],
  ['.seconds', 1000],
  ['.minutes', 60_000],
  ['.hours', 3_600_000],
];

/**
 * The number a text that is not a plain number most likely means: digit groups (`1_000`,
 * `1,000,000`), a Java long literal (`100L`), a whole number written with decimals (`5.0`), and for
 * a key whose name gives its unit (`*.ms`, `*.hours`…) a duration with a unit (`45s`, `7d`).
 */
export function guessNumber(keyName: string, text: string, integral: boolean): number | undefined {
  const trimmed = text.trim();
  const keyUnitMs = KEY_UNITS_MS.find(([suffix]) => keyName.endsWith(suffix))?.[1];
  const duration = keyUnitMs === undefined ? undefined : millisOfDuration(trimmed);
  if (duration && keyUnitMs !== undefined && Number.isInteger(duration.ms / keyUnitMs)) return duration.ms / keyUnitMs;
  let digits: string | undefined;
  if (/^[+-]?\d{1,3}(?:_\d{3})+$/.test(trimmed) || /^[+-]?\d{1,3}(?:,\d{3})+$/.test(trimmed)) digits = trimmed.replace(/[_,]/g, '');
  else if (/^[+-]?\d+[lL]$/.test(trimmed)) digits = trimmed.slice(0, -1);
  else if (/^[+-]?\d+\.0*$/.test(trimmed)) digits = trimmed.replace(/\.0*$/, '');
  if (digits === undefined) return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) || (!integral && Number.isFinite(value)) ? value : undefined;
}

/**
 * Values written for an enum that mean one of its values under another name: librdkafka's
 * `smallest`/`beginning` for `earliest`, `zstandard` for `zstd`, the broker's `uncompressed` for the
 * producer's `none` (and back). A synonym is offered only when its target is an accepted value.
 */
const ENUM_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'auto.offset.reset': {
    smallest: 'earliest',
    beginning: 'earliest',
    start: 'earliest',
    first: 'earliest',
    oldest: 'earliest',
    largest: 'latest',
    end: 'latest',
    last: 'latest',
    newest: 'latest',
  },
  'compression.type': { zstandard: 'zstd', gz: 'gzip', uncompressed: 'none', none: 'uncompressed', off: 'none' },
  'compression.codec': { zstandard: 'zstd', gz: 'gzip', uncompressed: 'none', off: 'none' },
  'isolation.level': { committed: 'read_committed', uncommitted: 'read_uncommitted' },
  'processing.guarantee': { eos: 'exactly_once_v2', 'exactly-once': 'exactly_once_v2', exactlyonce: 'exactly_once_v2' },
};

/**
 * Accepted values not to suggest because a better one replaces them: Kafka Streams' `exactly_once`
 * and `exactly_once_beta` are deprecated since 3.0 (KIP-732) and gone in 4.0.
 */
const SUPERSEDED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'processing.guarantee': { exactly_once: 'exactly_once_v2', exactly_once_beta: 'exactly_once_v2' },
};

/**
 * The one candidate closest to `text`: equal but for case and separators, or at most two edits away
 * (one for words of four letters or less). Undefined when none is that close or two are equally close.
 */
function closest(text: string, candidates: readonly string[]): string | undefined {
  const target = normalizeName(text);
  if (target === '') return undefined;
  const limit = target.length <= 4 ? 1 : 2;
  let best = limit + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(target, normalizeName(candidate), limit);
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best) found.push(candidate);
  }
  return best <= limit && found.length === 1 ? found[0] : undefined;
}

/**
 * The accepted value a rejected one most likely means: a synonym, the same word but for case and
 * separators, or a close typo. Numbers are not guessed by spelling (`acks=2` is not a typo of `1`),
 * except `acks` above 1, which asks for more replicas than one: `all`.
 */
export function guessEnumValue(keyName: string, text: string, validValues: readonly string[]): string | undefined {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const synonym = ENUM_SYNONYMS[keyName]?.[lower];
  if (synonym !== undefined && validValues.includes(synonym)) return synonym;
  if (/^[+-]?\d+$/.test(trimmed)) {
    return keyName === 'acks' && Number(trimmed) > 1 && validValues.includes('all') ? 'all' : undefined;
  }
  const guess = closest(trimmed, validValues);
  const better = guess === undefined ? undefined : SUPERSEDED[keyName]?.[guess];
  return better !== undefined && validValues.includes(better) ? better : guess;
}

// ---------------------------------------------------------------------------------------------
// Java (ConfigDef)

/**
 * Keys whose catalogued values are not what the validator checks: the `*.version` keys take any
 * prefix `MetadataVersion.fromVersionString` reads (`3.7` as well as `3.7-IV4`), and newer brokers
 * add versions.
 */
const OPEN_ENUM_KEYS: ReadonlySet<string> = new Set([
  'inter.broker.protocol.version',
  'log.message.format.version',
  'message.format.version',
]);

/**
 * Values that Kafka releases after the catalogued 3.9 accept: `auto.offset.reset=by_duration:<ISO
 * duration>` (4.x `AutoOffsetResetStrategy`), and the `streams` group type of the new Streams
 * rebalance protocol (not checked against a release: left alone rather than reported).
 */
function acceptedByNewerKafka(keyName: string, element: string): boolean {
  if (keyName === 'auto.offset.reset') return element.startsWith('by_duration:');
  if (keyName === 'group.coordinator.rebalance.protocols') return element === 'streams';
  return false;
}

function inRange(value: number, min: number | null, max: number | null, alsoValid: readonly number[] = []): boolean {
  if (alsoValid.includes(value)) return true;
  return (min === null || value >= min) && (max === null || value <= max);
}

function rangeProblem(value: number, range: { min: number | null; max: number | null } | undefined, alsoValid?: readonly number[]): ValueProblem | undefined {
  if (!range || inRange(value, range.min, range.max, alsoValid)) return undefined;
  return { kind: 'outOfRange', value, min: range.min, max: range.max, alsoValid: alsoValid ?? [] };
}

/** The one accepted value that differs from `element` only in case, if there is exactly one. */
function caseMatch(validValues: readonly string[], element: string): string | undefined {
  const matches = validValues.filter((valid) => valid.toLowerCase() === element.toLowerCase());
  return matches.length === 1 ? matches[0] : undefined;
}

/** The values of a Java enum setting: one for a string, each element for a list (split as `ConfigDef` splits it). */
function enumProblem(key: KafkaKey, text: string): ValueProblem | undefined {
  const validValues = key.validValues;
  if (!validValues || OPEN_ENUM_KEYS.has(key.name)) return undefined;
  const trimmed = text.trim();
  const inList = key.type === 'list';
  const elements = inList ? (trimmed === '' ? [] : trimmed.split(/\s*,\s*/)) : [trimmed];
  // An empty element (`compact,`) fails too, but reads as a templating leftover more than as a choice.
  if (elements.some((element) => element === '')) return undefined;
  const accepts = (element: string): boolean =>
    acceptedByNewerKafka(key.name, element) ||
    (key.caseInsensitive ? validValues.some((valid) => valid.toUpperCase() === element.toUpperCase()) : validValues.includes(element));
  const rejected = elements.filter((element) => !accepts(element));
  const element = rejected[0];
  if (element === undefined) return undefined;
  const problem: ValueProblem = { kind: 'notAllowed', element, inList, validValues, caseOnly: false };
  // A case slip is fixed with certainty when every rejected element has exactly one accepted spelling.
  const cased = key.caseInsensitive ? [] : rejected.map((other) => caseMatch(validValues, other));
  if (cased.length > 0 && cased.every((match) => match !== undefined)) {
    problem.caseOnly = true;
    problem.suggestion = elements.map((other) => (accepts(other) ? other : caseMatch(validValues, other)!)).join(',');
    return problem;
  }
  const guess = guessEnumValue(key.name, element, validValues);
  if (guess !== undefined && rejected.length === 1) {
    problem.suggestion = inList ? elements.map((other) => (other === element ? guess : other)).join(',') : guess;
  }
  return problem;
}

/**
 * What Kafka's `ConfigDef` rejects in a value, as the extractors parsed it for the key's type
 * (`parseJavaValue`): a string left where a boolean or number was expected, a number outside the
 * key's `Range`, a value outside its `ValidString`/`ValidList`. Undefined when Kafka accepts it, or
 * when the catalog does not carry the key's validator (class names, free strings).
 */
export function checkKafkaValue(key: KafkaKey, value: ConfigScalar): ValueProblem | undefined {
  if (value === null) return undefined;
  switch (key.type) {
    case 'boolean': {
      if (typeof value === 'boolean') return undefined;
      const suggestion = guessBoolean(String(value));
      return suggestion === undefined ? { kind: 'notBoolean' } : { kind: 'notBoolean', suggestion };
    }
    case 'short':
    case 'int':
    case 'long':
    case 'double': {
      if (typeof value === 'number') return rangeProblem(value, key.range, key.alsoValid);
      if (typeof value === 'boolean') return { kind: 'notNumber', numberKind: key.type };
      const suggestion = guessNumber(key.name, value, key.type !== 'double');
      return suggestion === undefined ? { kind: 'notNumber', numberKind: key.type } : { kind: 'notNumber', numberKind: key.type, suggestion };
    }
    case 'string':
    case 'list':
      return enumProblem(key, String(value));
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// librdkafka (rd_kafka_anyconf_set_prop)

const C_INT_MAX = 2 ** 31 - 1;

/** A number followed by a unit librdkafka does not read: `5s` is read as 5 (ms) by `strtol`/`strtod`. */
function ignoredUnit(name: string, text: string): ValueProblem | undefined {
  if (!name.endsWith('.ms')) return undefined;
  const duration = millisOfDuration(text);
  if (!duration || duration.unitMs === 1) return undefined;
  const read = Number(/^\s*\d+(?:\.\d+)?/.exec(text)![0]);
  return { kind: 'ignoredUnit', read, suggestion: duration.ms };
}

/** The accepted words of a librdkafka property, across its rows (a name can be both a global and a topic property). */
function wordsOf(rows: readonly LibrdkafkaKey[]): readonly string[] {
  return [...new Set(rows.flatMap((row) => row.validValues ?? []))];
}

function librdkafkaEnumProblem(name: string, text: string, rows: readonly LibrdkafkaKey[], flags: boolean): ValueProblem | undefined {
  const words = wordsOf(rows);
  if (words.length === 0) return undefined;
  const known = (word: string): boolean => words.some((valid) => valid.toLowerCase() === word.toLowerCase());
  const elements = flags ? text.split(',').map((part) => part.trim().replace(/^[+-]/, '').trim()) : [text.trim()];
  const element = elements.find((part) => part !== '' && !known(part));
  if (element === undefined) return undefined;
  const problem: ValueProblem = { kind: 'notAllowed', element, inList: flags, validValues: words, caseOnly: false };
  const rejected = elements.filter((part) => part !== '' && !known(part));
  const guess = guessEnumValue(name, element, words);
  if (guess !== undefined && rejected.length === 1) {
    problem.suggestion = flags ? text.split(',').map((part) => (part.trim().replace(/^[+-]/, '').trim() === element ? part.replace(element, guess) : part)).join(',') : guess;
  }
  return problem;
}

/**
 * What librdkafka rejects when the property is set (or, for `acks`, what every broker rejects), for a
 * value parsed by `parseLibrdkafkaValue` from `text`. `rows` are the catalog rows of the property name
 * as written (a name defined at both levels has two); `name` is that name.
 */
export function checkLibrdkafkaValue(name: string, rows: readonly LibrdkafkaKey[], value: ConfigScalar, text: string): ValueProblem | undefined {
  const row = rows[0];
  if (!row || value === null) return undefined;
  switch (row.type) {
    case 'boolean': {
      if (typeof value === 'boolean') return undefined;
      // The readers of property files differ on blanks around the value; only the word itself is judged.
      if (typeof guessLibrdkafkaBoolean(text.trim()) === 'boolean') return undefined;
      const suggestion = guessBoolean(text);
      return suggestion === undefined ? { kind: 'notBoolean' } : { kind: 'notBoolean', suggestion };
    }
    case 'integer':
    case 'float': {
      if (typeof value !== 'number') {
        const suggestion = guessNumber(name, text, row.type === 'integer');
        return suggestion === undefined ? { kind: 'notNumber', numberKind: row.type } : { kind: 'notNumber', numberKind: row.type, suggestion };
      }
      if (row.type === 'integer' && Math.abs(value) > C_INT_MAX) return undefined; // strtol saturates, then the value is cast to int
      const range = rangeProblem(value, row.range);
      if (range) return range;
      if ((row.name === 'acks' || row.name === 'request.required.acks') && value > 1) return { kind: 'acksRejectedByBroker', value };
      return ignoredUnit(name, text);
    }
    case 'enum':
      return librdkafkaEnumProblem(name, String(value), rows, false);
    case 'flags':
      return librdkafkaEnumProblem(name, String(value), rows, true);
    default:
      return undefined;
  }
}

function guessLibrdkafkaBoolean(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 't' || text === '1') return true;
  if (lower === 'false' || lower === 'f' || text === '0') return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Unit slips

/**
 * Timeouts that cannot work below a second: group sessions and poll intervals, request, delivery and
 * transaction timeouts, and the broker's replica and session timeouts. Intervals that tests
 * legitimately shorten (`metadata.max.age.ms`, `log.retention.check.interval.ms`, backoffs) and
 * settings small by design (`max.block.ms` for a send that must not block, Streams'
 * `commit.interval.ms`, 100 under exactly-once) are not among them.
 */
const SECONDS_SCALE_TIMEOUTS: ReadonlySet<string> = new Set([
  'session.timeout.ms',
  'max.poll.interval.ms',
  'request.timeout.ms',
  'delivery.timeout.ms',
  'message.timeout.ms',
  'transaction.timeout.ms',
  'default.api.timeout.ms',
  'socket.timeout.ms',
  'replica.lag.time.max.ms',
  'replica.socket.timeout.ms',
  'controller.socket.timeout.ms',
  'zookeeper.session.timeout.ms',
  'group.max.session.timeout.ms',
  'transaction.max.timeout.ms',
]);

/** Defaults below this are short by design. */
const MIN_DEFAULT_MS = 10_000;

/**
 * The milliseconds a timeout probably meant when its value reads as seconds: a whole number from 1
 * to 999 for one of `SECONDS_SCALE_TIMEOUTS` whose default is at least 10 s, when the value × 1000
 * lands within a factor of ten of that default (and inside the key's range).
 * `session.timeout.ms=45` → 45000, `max.poll.interval.ms=300` → 300000, `request.timeout.ms=30` →
 * 30000; `request.timeout.ms=500` (500 s would be far above the 30 s default), `linger.ms=5`,
 * `fetch.max.wait.ms=500`, `heartbeat.interval.ms=500` and `retry.backoff.ms=100` stay silent.
 */
export function unitSlip(
  keyName: string,
  defaultValue: ConfigScalar,
  range: { min: number | null; max: number | null } | undefined,
  value: number,
): number | undefined {
  if (!SECONDS_SCALE_TIMEOUTS.has(keyName)) return undefined;
  if (typeof defaultValue !== 'number' || defaultValue < MIN_DEFAULT_MS) return undefined;
  if (!Number.isInteger(value) || value < 1 || value >= 1000) return undefined;
  const meant = value * 1000;
  if (meant < defaultValue / 10 || meant > defaultValue * 10) return undefined;
  if (range && !inRange(meant, range.min, range.max)) return undefined;
  return meant;
}
