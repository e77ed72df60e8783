import type { ConfigEntry, ConfigScalar, ConfigView } from '../../core/config-view.js';
import type { Span } from '../../core/location.js';
import { SPRING_KEYS } from '../catalog/data.js';
import { springToKafka, springViewKey, type SpringMapping } from '../catalog/spring-keys.js';
import { hasPlaceholder, springValue } from './spring-values.js';
import { createView } from './view.js';

/**
 * Spring Boot applications configured through environment variables (Kubernetes containers,
 * docker-compose services), shared by the dialects that read them:
 *
 * - Spring Boot binds `SPRING_KAFKA_CONSUMER_GROUPID` (its canonical form: dots as `_`, dashes
 *   dropped) and the legacy `SPRING_KAFKA_CONSUMER_GROUP_ID` (dashes as `_`) to
 *   `spring.kafka.consumer.group-id` (`SystemEnvironmentPropertyMapper`); an entry of a map property
 *   takes the rest of the name, lower-cased, `_` read as `.`:
 *   `SPRING_KAFKA_CONSUMER_PROPERTIES_GROUP_INSTANCE_ID` → `group.instance.id`.
 * - The views of one application: a `producer` and/or a `consumer` view, each inheriting the
 *   `spring.kafka.*` / `spring.kafka.properties.*` settings (held in a `common` view). They are never
 *   complete: the image's own `application.yml` configures the rest.
 */

/** Spring Boot's two environment forms of a property name (`SystemEnvironmentPropertyMapper`). */
function environmentForms(name: string): string[] {
  const elements = name.split('.');
  const canonical = elements.map((element) => element.replace(/-/g, '').toUpperCase()).join('_');
  const legacy = elements.map((element) => element.replace(/-/g, '_').toUpperCase()).join('_');
  return canonical === legacy ? [canonical] : [canonical, legacy];
}

/** Every `spring.kafka.*` property by the variable names that set it. */
const PROPERTY_OF_VARIABLE: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const key of SPRING_KEYS) {
    if (key.type === 'map') continue;
    for (const form of environmentForms(key.name)) if (!index.has(form)) index.set(form, key.name);
  }
  return index;
})();

/** What a `SPRING_*` environment variable sets, as Spring Boot binds it; undefined for any other variable. */
export function springEnvironmentMapping(variable: string): SpringMapping | undefined {
  if (!/^SPRING_[A-Z0-9_]+$/.test(variable)) return undefined;
  const property = PROPERTY_OF_VARIABLE.get(variable);
  const mapping = springToKafka(property ?? variable);
  return mapping?.known ? mapping : undefined;
}

/** One Spring setting read from an environment variable. */
export interface SpringEnvSetting {
  mapping: SpringMapping;
  entry: ConfigEntry;
}

/** A variable as its dialect read it: where it is written, and the value the application receives. */
export interface EnvVariableSource {
  /**
   * The string the process receives, once the platform has substituted what it substitutes
   * (compose's `$$`); undefined when only known at run time (`valueFrom`, `$(VAR)`, `${VAR}`).
   */
  raw: string | undefined;
  text: string;
  keySpan: Span;
  valueSpan: Span;
  formatValue?: ((value: ConfigScalar) => string) | undefined;
}

/** The setting a Spring environment variable makes, filed under the key a Spring view uses. */
export function springEnvSetting(mapping: SpringMapping, variable: string, source: EnvVariableSource): SpringEnvSetting {
  const { raw } = source;
  const entry: ConfigEntry = {
    key: mapping.key ?? springViewKey(mapping.spring),
    written: variable,
    // Spring resolves `${…}` placeholders in the received string itself: a run-time value too.
    value: raw === undefined || hasPlaceholder(raw) ? undefined : springValue(mapping, mapping.role, raw),
    text: source.text,
    keySpan: source.keySpan,
    valueSpan: source.valueSpan,
  };
  if (source.formatValue) entry.formatValue = source.formatValue;
  return { mapping, entry };
}

/** Spring Cloud Stream bindings (`group`) configure clients of their own, which env views do not model. */
function isClientSetting({ mapping }: SpringEnvSetting): boolean {
  return mapping.group === undefined;
}

function configuresConsumer(settings: readonly SpringEnvSetting[]): boolean {
  return settings.some(
    (setting) =>
      isClientSetting(setting) &&
      (setting.mapping.role === 'consumer' || (setting.mapping.role === 'common' && setting.mapping.key === 'group.id')),
  );
}

/** `spring.kafka.producer.*` and `spring.kafka.template.*` (the KafkaTemplate that sends). */
function configuresProducer(settings: readonly SpringEnvSetting[]): boolean {
  return settings.some((setting) => isClientSetting(setting) && setting.mapping.role === 'producer');
}

function entriesOfRole(settings: readonly SpringEnvSetting[], role: 'common' | 'producer' | 'consumer'): ConfigEntry[] {
  return settings.filter((setting) => isClientSetting(setting) && setting.mapping.role === role).map(({ entry }) => entry);
}

/**
 * The views of one application's Spring environment: a `consumer` view when it configures a consumer
 * (a `spring.kafka.consumer.*` or `spring.kafka.listener.*` setting, or a `group.id`), a `producer`
 * view when it configures a producer, and a `common` view of the settings both inherit. Nothing
 * when it configures neither: `SPRING_KAFKA_BOOTSTRAP_SERVERS` alone says too little to check.
 */
export function springEnvViews(settings: readonly SpringEnvSetting[], where: { dialect: string; anchor: Span }): ConfigView[] {
  const consumer = configuresConsumer(settings);
  const producer = configuresProducer(settings);
  if (!consumer && !producer) return [];
  const base = { client: 'java', dialect: where.dialect, complete: false, anchor: where.anchor } as const;
  const common = entriesOfRole(settings, 'common');
  const commonView = common.length > 0 ? createView({ ...base, role: 'common', entries: common }) : undefined;
  const inherited = commonView && ((key: string) => commonView.get(key));
  const views: ConfigView[] = commonView ? [commonView] : [];
  if (consumer) views.push(createView({ ...base, role: 'consumer', entries: entriesOfRole(settings, 'consumer'), inherited }));
  if (producer) views.push(createView({ ...base, role: 'producer', entries: entriesOfRole(settings, 'producer'), inherited }));
  return views;
}
