import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigEntry, ConfigScalar, ConfigView, Role } from '../core/config-view.js';
import { LIBRDKAFKA_KEYS, SPRING_KEYS } from '../config-lint/catalog/data.js';
import { lookupKafkaKey, splitStreamsPrefix } from '../config-lint/catalog/kafka-keys.js';
import { uniformElement } from '../config-lint/catalog/spring-keys.js';
import { STREAMS_KEYS } from '../config-lint/catalog/streams-keys.js';
import type { KafkaKey, LibrdkafkaKey, SpringKey } from '../config-lint/catalog/types.js';
import {
  checkKafkaValue,
  checkLibrdkafkaValue,
  guessBoolean,
  guessEnumValue,
  millisOfDuration,
  unitSlip,
  type ValueProblem,
} from '../config-lint/catalog/value-check.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { describeMs } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId =
  | 'notBoolean'
  | 'notNumber'
  | 'outOfRange'
  | 'notAllowed'
  | 'notAllowedInList'
  | 'wrongCase'
  | 'acksRejectedByBroker'
  | 'ignoredUnit'
  | 'springBinding'
  | 'unitSlip'
  | 'springUnitSlip'
  | 'replace'
  | 'useSeconds';

type Suggestions = TSESLint.SuggestionReportDescriptor<MessageId>[];

// ---------------------------------------------------------------------------------------------
// Which values are never judged

/**
 * Values filled in by something else before the client reads them: `${…}` (Spring, Kafka config
 * providers, compose, shell), `$VAR`, `#{…}` (SpEL), `{{ … }}` (Helm, Jinja), `<% %>` (ERB),
 * `%{…}`, `$(…)`, Maven's `@name@`.
 */
function looksTemplated(text: string): boolean {
  return /\$\{|#\{|\{\{|\}\}|<%|%\{|\$\(|\$[A-Za-z_]/.test(text) || /^@[\w.-]+@$/.test(text.trim());
}

/**
 * Words that stand for a value rather than being one: `<broker-id>`, `changeme`, `to be overridden`,
 * `ignored` (a tool-box service of a Kafka image that only sets what the image demands), and the
 * `null` that config dumps print for an unset setting. Kafka would reject them, but no one meant them.
 */
function looksPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^<[^<>]*>$/.test(trimmed) ||
    /^(?:null|nil|ignored?|unused|dummy|placeholder|change[-_ ]?me|replace[-_ ]?me|override[-_ ]?me|todo|tbd|fixme|x{3,}|n\/a|to be (?:overridden|replaced|set|filled(?: in)?|defined))$/i.test(trimmed)
  );
}

/** A YAML scalar written without quotes (or a block indicator): its type is the YAML loader's choice. */
function isPlainYaml(text: string): boolean {
  return text !== '' && !/^["'|>]/.test(text);
}

/** Plain YAML 1.1 booleans (as Kubernetes' YAML-to-JSON conversion reads them). */
const YAML11_BOOLEAN_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** YAML read by Kubernetes tooling (`kubectl`, Helm: YAML 1.1 through sigs.k8s.io/yaml) before Kafka sees the value. */
const KUBERNETES_YAML_DIALECTS: ReadonlySet<string> = new Set(['strimzi', 'helm', 'kubernetes']);

/**
 * Plain scalars whose string the program receives depends on the YAML loader: floats (`1e3`, `1.0`,
 * `.inf`), non-decimal or grouped integers (`0x1F`, `017`, `1_000`) and, for Kubernetes resources,
 * YAML 1.1 booleans (`yes`, `on`, `y`, which `kubectl` turns into `true`). They are left alone.
 * (Spring's YAML is read as SnakeYAML reads it by the Spring extractor itself.)
 */
function loaderDependent(view: ConfigView, entry: ConfigEntry): boolean {
  const kubernetes = KUBERNETES_YAML_DIALECTS.has(view.dialect);
  if (!kubernetes && view.dialect !== 'compose') return false;
  const text = entry.text.trim();
  if (!isPlainYaml(text)) return false;
  if (/^[-+]?(?:\.\d+|\d+\.\d*|\d+(?:\.\d*)?[eE][-+]?\d+)$/.test(text) || /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text)) return true;
  if (/^[-+]?0[xXoObB]/.test(text) || /^[-+]?0\d/.test(text) || /\d_\d/.test(text)) return true;
  return kubernetes && YAML11_BOOLEAN_WORDS.test(text);
}

/** Removes the quotes of a quoted YAML scalar, for messages. */
function unquoted(text: string): string {
  const trimmed = text.trim();
  return /^(["']).*\1$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

// ---------------------------------------------------------------------------------------------
// Catalog lookups

const CLIENT_ROLES = ['producer', 'consumer', 'admin'] as const;
const STREAMS_KEYS_BY_NAME: ReadonlyMap<string, KafkaKey> = new Map(STREAMS_KEYS.map((key) => [key.name, key]));

function clientDefinitions(key: string): KafkaKey[] {
  return CLIENT_ROLES.map((role) => lookupKafkaKey(role, key)).filter((found): found is KafkaKey => found !== undefined);
}

/**
 * The Java definitions that read a setting in a view of this role. A `common` view (and an unprefixed
 * client setting of Kafka Streams) reaches every client: each client defining the key reads it.
 */
function kafkaDefinitions(role: Role, key: string): KafkaKey[] {
  if (role === 'common') return clientDefinitions(key);
  if (role === 'streams') {
    const own = STREAMS_KEYS_BY_NAME.get(key);
    if (own) return [own];
    if (splitStreamsPrefix(key)) {
      const prefixed = lookupKafkaKey('streams', key);
      return prefixed ? [prefixed] : [];
    }
    return clientDefinitions(key);
  }
  const found = lookupKafkaKey(role, key);
  return found ? [found] : [];
}

const LIBRDKAFKA_ROWS: ReadonlyMap<string, readonly LibrdkafkaKey[]> = (() => {
  const rows = new Map<string, LibrdkafkaKey[]>();
  for (const row of LIBRDKAFKA_KEYS) rows.set(row.name, [...(rows.get(row.name) ?? []), row]);
  return rows;
})();

/** A Spring-typed property with the last element of its name in relaxed-binding form (`maxpollinterval`). */
interface SpringTyped {
  key: SpringKey;
  last: string;
}

/** Spring Boot properties that convert their value themselves before Kafka sees it, by Kafka key. */
const SPRING_TYPED_BY_KAFKA_KEY: ReadonlyMap<string, readonly SpringTyped[]> = (() => {
  const typed = new Map<string, SpringTyped[]>();
  for (const key of SPRING_KEYS) {
    if (!key.mapsTo || !['boolean', 'integer', 'duration', 'data-size', 'enum'].includes(key.type)) continue;
    const last = uniformElement(key.name.slice(key.name.lastIndexOf('.') + 1));
    typed.set(key.mapsTo, [...(typed.get(key.mapsTo) ?? []), { key, last }]);
  }
  return typed;
})();

/** The last element of a Spring property name as written (`spring.kafka.consumer.max-poll-interval`, `max-poll-interval`, `SPRING_…_MAXPOLLINTERVAL`). */
function lastSpringElement(written: string): string | undefined {
  if (written.endsWith(']')) return undefined; // `properties[max.poll.interval.ms]`: a pass-through map entry
  if (/^SPRING_[A-Z0-9_]+$/.test(written)) return written.slice(written.lastIndexOf('_') + 1).toLowerCase();
  return uniformElement(written.slice(written.lastIndexOf('.') + 1));
}

/**
 * The Spring-typed property an entry of a Spring view was written with (`max-poll-interval: 5m`), or
 * undefined when it was written as a Kafka property (`properties.max.poll.interval.ms: 300000`),
 * which Spring hands to Kafka as a string. `ambiguous` when names of different types match.
 */
function springTypedProperty(entry: ConfigEntry): SpringKey | 'ambiguous' | undefined {
  const typed = SPRING_TYPED_BY_KAFKA_KEY.get(entry.key);
  if (!typed) return undefined;
  const last = lastSpringElement(entry.written);
  if (last === undefined) return undefined;
  const matches = typed.filter((candidate) => candidate.last === last);
  if (matches.length === 0) return undefined;
  return new Set(matches.map(({ key }) => key.type)).size === 1 ? matches[0]!.key : 'ambiguous';
}

// ---------------------------------------------------------------------------------------------
// Messages

/** Dialects whose topic view holds the `topic.`-prefixed settings of a Kafka Streams application. */
const STREAMS_DIALECTS: ReadonlySet<string> = new Set(['streams-properties', 'spring']);
const CONNECT_DIALECTS: ReadonlySet<string> = new Set(['connect-properties', 'mirror-maker-properties']);

/** What happens to a value the reader rejects, by the view it is written in. */
function consequenceOf(view: ConfigView): string {
  if (view.client === 'librdkafka') return 'librdkafka refuses the property when the configuration is set, so the client is not created';
  switch (view.role) {
    case 'broker':
      return view.dialect === 'strimzi'
        ? 'the Strimzi Cluster Operator rejects the Kafka resource as invalid and does not reconcile the cluster (a broker would not start with it either)'
        : 'the broker fails to start with a ConfigException';
    case 'topic':
      if (view.dialect === 'strimzi') return 'the broker rejects the topic configuration with INVALID_CONFIG, so the topic is not created or updated';
      return STREAMS_DIALECTS.has(view.dialect)
        ? 'the broker rejects the topic configuration with INVALID_CONFIG, so Kafka Streams cannot create its internal topics'
        : 'the broker rejects the topic configuration with INVALID_CONFIG, so the topic is not created';
    case 'producer':
      return 'creating the producer throws a ConfigException';
    case 'consumer':
      return 'creating the consumer throws a ConfigException';
    case 'admin':
      return 'creating the admin client throws a ConfigException';
    case 'streams':
      return 'creating the KafkaStreams instance throws a ConfigException';
    default:
      if (view.dialect === 'strimzi') return 'Kafka Connect (or MirrorMaker 2) throws a ConfigException when it creates a client with it';
      if (CONNECT_DIALECTS.has(view.dialect)) return 'the Connect worker throws a ConfigException when it starts with these settings';
      return 'creating a client with these settings throws a ConfigException';
  }
}

const NUMBER_KINDS: Readonly<Record<string, string>> = {
  short: 'a 16-bit whole number',
  int: 'a 32-bit whole number',
  long: 'a 64-bit whole number',
  double: 'a number',
  integer: 'a number',
  float: 'a number',
};

function describeRange(min: number | null, max: number | null, alsoValid: readonly number[]): string {
  const base = min !== null && max !== null ? `between ${min} and ${max}` : min !== null ? `of at least ${min}` : `of at most ${String(max)}`;
  return alsoValid.length > 0 ? `${base}, or ${alsoValid.join(' or ')}` : base;
}

function listOf(values: readonly string[], caseInsensitive: boolean): string {
  return `${values.join(', ')}${caseInsensitive ? ', in any case' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Spring Boot's own conversions (the `spring.kafka.*` properties Spring types itself)

type SpringFinding = { springType: string; accepted: string; suggestion?: string };

const SPRING_DATA_UNITS = ['', 'B', 'KB', 'MB', 'GB', 'TB'];

/** Spring's `NumberUtils.parseNumber` for an Integer: blanks removed, decimal or `0x`/`#` hexadecimal. */
function springInteger(text: string): number | undefined {
  const compact = text.replace(/\s/g, '');
  const hex = /^(-?)(?:0[xX]|#)([0-9a-fA-F]+)$/.exec(compact);
  const value = hex ? Number.parseInt(hex[2]!, 16) * (hex[1] === '-' ? -1 : 1) : /^[+-]?\d+$/.test(compact) ? Number(compact) : undefined;
  return value !== undefined && value >= -(2 ** 31) && value <= 2 ** 31 - 1 ? value : undefined;
}

/** Whether Spring reads `text` as a Duration: `DurationStyle`'s simple form (units in any case) or ISO-8601. */
function springReadsDuration(text: string): boolean {
  const trimmed = text.trim();
  if (/^[+-]?[pP]/.test(trimmed)) return true; // ISO-8601: `Duration.parse` decides, which is not re-implemented here
  const simple = /^[+-]?\d+([a-zA-Z]{0,2})$/.exec(trimmed);
  return simple !== null && ['', 'ns', 'us', 'ms', 's', 'm', 'h', 'd'].includes(simple[1]!.toLowerCase());
}

/** Whether Spring might read `text` as a DataSize; a suffix in the wrong case is not judged. */
function springMayReadDataSize(text: string): boolean {
  const simple = /^[+-]?\d+([a-zA-Z]{0,2})$/.exec(text.replace(/\s/g, ''));
  return simple !== null && SPRING_DATA_UNITS.includes(simple[1]!.toUpperCase());
}

/** Spring's lenient enum binding: case and non-alphanumerics do not matter (`read-committed`, `readCommitted`). */
function springEnumMatches(text: string, validValues: readonly string[]): boolean {
  const lenient = (value: string): string => value.replace(/[^a-zA-Z0-9]/g, '').toLowerCase();
  return validValues.some((valid) => lenient(valid) === lenient(text));
}

/** Writes milliseconds the way a Spring Duration reads best: `45s`, `1500ms`. */
function springDurationText(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** What Spring Boot cannot bind in a Spring-typed property, or undefined. */
function springProblem(property: SpringKey, text: string, definitions: readonly KafkaKey[]): SpringFinding | undefined {
  switch (property.type) {
    case 'boolean': {
      const guess = guessBoolean(text);
      return {
        springType: 'a Boolean',
        accepted: 'true, false, yes, no, on, off, 1 or 0',
        ...(guess === undefined ? {} : { suggestion: String(guess) }),
      };
    }
    case 'integer':
      return springInteger(text) === undefined ? { springType: 'an Integer', accepted: 'a whole number' } : undefined;
    case 'duration': {
      if (springReadsDuration(text)) return undefined;
      const duration = millisOfDuration(text);
      return {
        springType: 'a Duration',
        accepted: '`500ms`, `30s`, `5m`, `1h`, ISO-8601 such as `PT30S`, or a whole number of milliseconds',
        ...(duration ? { suggestion: springDurationText(duration.ms) } : {}),
      };
    }
    case 'data-size':
      return springMayReadDataSize(text) ? undefined : { springType: 'a DataSize', accepted: '`16KB`, `1MB` or a whole number of bytes' };
    case 'enum': {
      const validValues = definitions[0]?.validValues;
      if (!validValues || springEnumMatches(text, validValues)) return undefined;
      const guess = guessEnumValue(property.mapsTo ?? '', text, validValues);
      return {
        springType: 'its enum',
        accepted: `${validValues.join(', ')}, in any case, with - or _`,
        ...(guess === undefined ? {} : { suggestion: guess }),
      };
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The rule

export default createRule<Options, MessageId>({
  name: 'valid-config-value',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require config values of the type, range and allowed values the client or broker accepts',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['config'],
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      notBoolean:
        '`{{written}}` is `{{value}}`, which {{reader}} does not read as a boolean (it takes {{accepted}}): {{consequence}}. Write {{instead}}.',
      notNumber: '`{{written}}` is `{{value}}`, which is not {{expected}}: {{consequence}}. Write {{instead}}.',
      outOfRange: '`{{written}}` is {{value}}, outside the range {{reader}} accepts: {{consequence}}. Use a value {{range}}.',
      notAllowed:
        '`{{written}}` is `{{value}}`, which is not one of the values {{reader}} accepts ({{accepted}}): {{consequence}}. Use one of them{{hint}}.',
      notAllowedInList:
        '`{{written}}` lists `{{value}}`, which is not one of the values {{reader}} accepts ({{accepted}}): {{consequence}}. List only these{{hint}}.',
      wrongCase:
        '`{{written}}` is `{{value}}`, but {{reader}} compares the values of this setting case-sensitively and only accepts `{{fixed}}`: {{consequence}}. Write `{{fixed}}`.',
      acksRejectedByBroker:
        '`{{written}}` is {{value}}: librdkafka accepts it, but brokers only take acks of -1 (all), 0 or 1 and fail every produce request with INVALID_REQUIRED_ACKS, so no message is written. Use all to wait for every in-sync replica.',
      ignoredUnit:
        '`{{written}}` is `{{value}}`, but librdkafka reads only the leading number and drops the unit, so it runs with {{read}} ms. Write {{suggested}}, the value in milliseconds.',
      springBinding:
        '`{{written}}` is `{{value}}`, which Spring Boot cannot convert to {{springType}} ({{accepted}}): binding the property fails at start-up, so the application does not start. Write {{instead}}.',
      unitSlip:
        '`{{written}}` is {{value}}, read as milliseconds: {{value}} ms is a thousand times shorter than {{value}} seconds and far below the default of {{default}}, so this timeout or interval runs out almost at once. If seconds were meant, write {{suggested}}.',
      springUnitSlip:
        '`{{written}}` is a bare {{value}}, which Spring Boot reads as milliseconds: {{value}} ms is a thousand times shorter than {{value}} seconds and far below Kafka\'s default of {{default}}, so this timeout or interval runs out almost at once. If seconds were meant, write {{suggested}}.',
      replace: 'Replace `{{value}}` with `{{replacement}}`.',
      useSeconds: 'Write {{replacement}} ({{value}} seconds).',
    },
    schema: [],
  },
  create(context) {
    // The value checks read config files; code would need each library's own value semantics.
    if (!isConfigSourceCode(context.sourceCode)) return {};
    const report = reportOncePerLocation(context);
    /**
     * java.util.Properties and librdkafka keep quotes as part of the value, but a quoted value in a
     * properties-style file far more often means the file is another format read as properties
     * (HOCON `application.conf`, shell env files): such values are left alone.
     */
    const propertiesSyntax = (context.sourceCode as { ast?: { type?: string } }).ast?.type === 'PropertiesFile';

    function replaceSuggestion(entry: ConfigEntry, value: string, replacement: ConfigScalar, messageId: 'replace' | 'useSeconds' = 'replace'): Suggestions {
      const { formatValue } = entry;
      if (!formatValue) return [];
      return [
        {
          messageId,
          data: { value, replacement: String(replacement) },
          fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(replacement)),
        },
      ];
    }

    function reportProblem(view: ConfigView, entry: ConfigEntry, problem: ValueProblem, reader: string, value: string, caseInsensitive: boolean): void {
      const base = { written: entry.written, consequence: consequenceOf(view), reader };
      const loc = entry.valueSpan.loc;
      switch (problem.kind) {
        case 'notBoolean': {
          const suggestion = problem.suggestion;
          const accepted = view.client === 'librdkafka' ? 'true, false, t, f, 1 or 0, in any case' : 'true or false, in any case';
          report({
            loc,
            messageId: 'notBoolean',
            data: { ...base, value, accepted, instead: suggestion === undefined ? 'true or false' : `\`${String(suggestion)}\`` },
            suggest: suggestion === undefined ? [] : replaceSuggestion(entry, value, String(suggestion)),
          });
          return;
        }
        case 'notNumber': {
          const ms = entry.key.endsWith('.ms') ? ' of milliseconds' : '';
          const { suggestion } = problem;
          report({
            loc,
            messageId: 'notNumber',
            data: {
              ...base,
              value,
              expected: `${NUMBER_KINDS[problem.numberKind] ?? 'a number'}${ms}`,
              instead: suggestion === undefined ? `a plain number${ms}` : `\`${suggestion}\``,
            },
            suggest: suggestion === undefined ? [] : replaceSuggestion(entry, value, String(suggestion)),
          });
          return;
        }
        case 'outOfRange':
          report({
            loc,
            messageId: 'outOfRange',
            data: { ...base, value, range: describeRange(problem.min, problem.max, problem.alsoValid) },
          });
          return;
        case 'notAllowed': {
          const { suggestion, element } = problem;
          if (problem.caseOnly && suggestion !== undefined && entry.formatValue) {
            const formatValue = entry.formatValue;
            report({
              loc,
              messageId: 'wrongCase',
              data: { ...base, value: problem.inList ? value : element, fixed: suggestion },
              fix: (fixer) => fixer.replaceTextRange(entry.valueSpan.range, formatValue(suggestion)),
            });
            return;
          }
          report({
            loc,
            messageId: problem.inList ? 'notAllowedInList' : 'notAllowed',
            data: {
              ...base,
              value: element,
              accepted: listOf(problem.validValues, caseInsensitive),
              hint: suggestion === undefined ? '' : `, probably \`${suggestion}\``,
            },
            suggest: suggestion === undefined ? [] : replaceSuggestion(entry, problem.inList ? value : element, suggestion),
          });
          return;
        }
        case 'acksRejectedByBroker':
          report({ loc, messageId: 'acksRejectedByBroker', data: { written: entry.written, value }, suggest: replaceSuggestion(entry, value, 'all') });
          return;
        case 'ignoredUnit':
          report({
            loc,
            messageId: 'ignoredUnit',
            data: { written: entry.written, value, read: problem.read, suggested: problem.suggestion },
            suggest: replaceSuggestion(entry, value, String(problem.suggestion)),
          });
          return;
        default:
          return;
      }
    }

    function reportUnitSlip(entry: ConfigEntry, value: number, defaultValue: number, meant: number): void {
      report({
        loc: entry.valueSpan.loc,
        messageId: 'unitSlip',
        data: { written: entry.written, value, default: describeMs(defaultValue), suggested: meant },
        suggest: replaceSuggestion(entry, String(value), String(meant), 'useSeconds'),
      });
    }

    /** A slip when every definition reading the value agrees it is one. */
    function slipOf(key: string, definitions: readonly { default: ConfigScalar; range?: { min: number | null; max: number | null } }[], value: number) {
      const meant = definitions.map((definition) => unitSlip(key, definition.default, definition.range, value));
      const first = meant[0];
      return first !== undefined && meant.every((other) => other === first) ? { meant: first, defaultValue: definitions[0]!.default as number } : undefined;
    }

    function checkLibrdkafka(view: ConfigView, entry: ConfigEntry, value: ConfigScalar): void {
      const rows = LIBRDKAFKA_ROWS.get(entry.written);
      if (!rows) return;
      const text = entry.text;
      const problem = checkLibrdkafkaValue(entry.written, rows, value, text);
      if (problem) {
        reportProblem(view, entry, problem, 'librdkafka', text.trim(), true);
        return;
      }
      if (typeof value === 'number') {
        const slip = slipOf(entry.written, rows, value);
        if (slip) reportUnitSlip(entry, value, slip.defaultValue, slip.meant);
      }
    }

    /** The first definition's problem, when every definition rejects the value (a shared setting reaches several clients). */
    function kafkaProblem(definitions: readonly KafkaKey[], value: ConfigScalar): { problem: ValueProblem; definition: KafkaKey } | undefined {
      let first: { problem: ValueProblem; definition: KafkaKey } | undefined;
      for (const definition of definitions) {
        const problem = checkKafkaValue(definition, value);
        if (!problem) return undefined;
        first ??= { problem, definition };
      }
      return first;
    }

    function checkSpringTyped(view: ConfigView, entry: ConfigEntry, property: SpringKey, value: ConfigScalar, definitions: readonly KafkaKey[]): void {
      const text = unquoted(entry.text);
      if (typeof value === 'string') {
        const finding = springProblem(property, value, definitions);
        if (!finding) return;
        const { suggestion } = finding;
        // The value as written: the view holds Spring's reading of an enum (`read-committed` → `read_committed`).
        const shown = text === '' ? value.trim() : text;
        report({
          loc: entry.valueSpan.loc,
          messageId: 'springBinding',
          data: {
            written: entry.written,
            value: shown,
            springType: finding.springType,
            accepted: finding.accepted,
            instead: suggestion === undefined ? 'one of these' : `\`${suggestion}\``,
          },
          suggest: suggestion === undefined ? [] : replaceSuggestion(entry, shown, suggestion),
        });
        return;
      }
      if (typeof value !== 'number') return;
      const found = kafkaProblem(definitions, value);
      if (found) {
        const unit = property.type === 'duration' ? ' ms' : property.type === 'data-size' ? ' bytes' : '';
        const shown = /^[+-]?\d+$/.test(text) ? String(value) : `${text} (${value}${unit})`;
        reportProblem(view, entry, found.problem, 'Kafka', shown, false);
        return;
      }
      // Spring reads a bare number of a Duration as milliseconds; with a unit, the unit was chosen.
      if (property.type !== 'duration' || !/^\d+$/.test(text)) return;
      const slip = slipOf(entry.key, definitions, value);
      if (!slip) return;
      report({
        loc: entry.valueSpan.loc,
        messageId: 'springUnitSlip',
        data: { written: entry.written, value, default: describeMs(slip.defaultValue), suggested: `${value}s` },
        suggest: replaceSuggestion(entry, String(value), `${value}s`, 'useSeconds'),
      });
    }

    function checkJava(view: ConfigView, entry: ConfigEntry, value: ConfigScalar): void {
      const definitions = kafkaDefinitions(view.role, entry.key);
      if (definitions.length === 0) return;
      if (view.dialect === 'spring') {
        const property = springTypedProperty(entry);
        if (property === 'ambiguous') return;
        if (property) {
          checkSpringTyped(view, entry, property, value, definitions);
          return;
        }
      }
      const found = kafkaProblem(definitions, value);
      if (found) {
        const shown = typeof value === 'string' ? value.trim() : String(value);
        reportProblem(view, entry, found.problem, 'Kafka', shown, found.definition.caseInsensitive === true);
        return;
      }
      if (typeof value === 'number') {
        const slip = slipOf(entry.key, definitions, value);
        if (slip) reportUnitSlip(entry, value, slip.defaultValue, slip.meant);
      }
    }

    function checkEntry(view: ConfigView, entry: ConfigEntry): void {
      const value = entry.value;
      if (value === undefined || value === null) return;
      if (typeof value === 'string' && value.trim() === '') return;
      if (looksTemplated(entry.text) || (typeof value === 'string' && (looksTemplated(value) || looksPlaceholder(value)))) return;
      if (loaderDependent(view, entry)) return;
      if (propertiesSyntax && /^(["']).*\1$/s.test(entry.text.trim())) return;
      if (view.client === 'librdkafka') checkLibrdkafka(view, entry, value);
      else if (view.client === 'java') checkJava(view, entry, value);
    }

    return visitKafka(context, {
      view(view) {
        for (const entry of view.entries) {
          try {
            checkEntry(view, entry);
          } catch {
            // A value the checks cannot read is not reported; linting goes on.
          }
        }
      },
    });
  },
});
