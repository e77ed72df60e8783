import type { Role } from '../../core/config-view.js';
import {
  isUnderSpringKafka,
  mayLeadToSpringKafka,
  springMappingOf,
  springNameElements,
  uniformElement,
  type SpringMapping,
} from '../catalog/spring-keys.js';

/** Paths kept in memory at most: real files repeat a few hundred; a generated file must not grow the memo forever. */
const MAX_PATHS = 10_000;
/** Longest key text a path is remembered under. */
const MAX_KEY_LENGTH = 256;
let pathCount = 0;

/** `spring.kafka` → common; `spring.kafka.producer` → producer: the sections a missing setting is added to. */
function sectionRoleOf(elements: readonly string[]): Role | undefined {
  if (elements.length !== 2 && elements.length !== 3) return undefined;
  if (uniformElement(elements[0]!) !== 'spring' || uniformElement(elements[1]!) !== 'kafka') return undefined;
  if (elements.length === 2) return 'common';
  const section = uniformElement(elements[2]!);
  return section === 'producer' || section === 'consumer' || section === 'admin' || section === 'streams' ? section : undefined;
}

/**
 * The Spring property name that a walk of nested YAML maps has reached (`spring` / `kafka` /
 * `producer` / `acks`), with what the walk asks of it. Paths form a tree shared by every file and
 * remembered: config files repeat the same keys under the same parents, and deriving a name's
 * elements and Spring mapping for each item was the largest part of extracting a Spring YAML file.
 */
export class SpringPath {
  /** The name's elements as written: a dotted or bracketed key contributes several. */
  readonly elements: readonly string[];
  /** Within `spring.kafka` or the Kafka binder, where every name counts. */
  readonly inside: boolean;
  /** Names at or under this path can still reach a Kafka setting (`spring`, `spring.cloud`, …). */
  readonly mayLead: boolean;
  /** The section this path opens, when it is `spring.kafka` or one of its client sections. */
  readonly sectionRole: Role | undefined;
  #mapping: SpringMapping | null | undefined;
  readonly #children = new Map<string, SpringPath>();
  /** Reachable from the root: only such paths keep children, so the cap counts paths that are kept. */
  readonly #remembered: boolean;

  private constructor(elements: readonly string[], remembered: boolean) {
    this.elements = elements;
    this.#remembered = remembered;
    this.inside = isUnderSpringKafka(elements);
    this.mayLead = mayLeadToSpringKafka(elements);
    this.sectionRole = sectionRoleOf(elements);
  }

  static readonly root = new SpringPath([], true);

  /** The path of a key written in the map at this path (a flattened name at the root). */
  child(keyText: string): SpringPath {
    const known = this.#children.get(keyText);
    if (known) return known;
    const name = springNameElements(keyText);
    const elements = this.elements.length === 0 ? name : this.elements.concat(name);
    const remember = this.#remembered && pathCount < MAX_PATHS && keyText.length <= MAX_KEY_LENGTH;
    const child = new SpringPath(elements, remember);
    if (remember) {
      pathCount++;
      this.#children.set(keyText, child);
    }
    return child;
  }

  /** What the property at this path sets, if it is one Spring binds for Kafka. */
  get mapping(): SpringMapping | undefined {
    if (this.#mapping === undefined) this.#mapping = springMappingOf(this.elements) ?? null;
    return this.#mapping ?? undefined;
  }
}
