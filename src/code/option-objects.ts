import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Role } from '../core/config-view.js';
import type { Span } from '../core/location.js';
import { skipTransparent } from './ast.js';
import { propertyKey } from './evaluate.js';
import { resolveObject, resolveValue, type Located } from './resolve.js';
import { DefinitionType, lookUp } from './scope.js';
import { editDistance, normalizeName } from '../util/edit-distance.js';

/**
 * Option objects as the Confluent client's KafkaJS API reads them: the names it accepts inside and
 * outside a `kafkaJS` block, walking an options object, did-you-mean, and removing a property.
 * Shared by the rules about unknown and unsupported options.
 */

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;
type ObjectNode = TSESTree.ObjectExpression;


/**
 * The names the Confluent client accepts in a `kafkaJS` block (`kafkaJSProperties`,
 * confluent-kafka-javascript `lib/kafkajs/_common.js`). A producer's block takes `common` and
 * `producer` names, a consumer's `common` and `consumer`, an admin client's `common` only.
 */
export const CONFLUENT_KAFKAJS_NAMES = {
  common: [
    'brokers',
    'clientId',
    'sasl',
    'ssl',
    'requestTimeout',
    'enforceRequestTimeout',
    'connectionTimeout',
    'authenticationTimeout',
    'retry',
    'socketFactory',
    'reauthenticationThreshold',
    'logLevel',
    'logger',
  ],
  producer: [
    'createPartitioner',
    'metadataMaxAge',
    'allowAutoTopicCreation',
    'transactionTimeout',
    'idempotent',
    'maxInFlightRequests',
    'transactionalId',
    'compression',
    'acks',
    'timeout',
  ],
  consumer: [
    'groupId',
    'partitionAssigners',
    'partitionAssignors',
    'sessionTimeout',
    'rebalanceTimeout',
    'heartbeatInterval',
    'metadataMaxAge',
    'allowAutoTopicCreation',
    'maxBytesPerPartition',
    'maxWaitTimeInMs',
    'minBytes',
    'maxBytes',
    'readUncommitted',
    'maxInFlightRequests',
    'rackId',
    'fromBeginning',
    'autoCommit',
    'autoCommitInterval',
    'autoCommitThreshold',
  ],
} as const;

const { common: COMMON_NAMES, producer: PRODUCER_NAMES, consumer: CONSUMER_NAMES } = CONFLUENT_KAFKAJS_NAMES;

/**
 * The names a `kafkaJS` block of a view with this role accepts. The block of `new Kafka()` is merged
 * into every client's, so it accepts any name some client accepts (a producer-only name there only
 * fails once a consumer is created, which this file may not show).
 */
export function confluentBlockNames(role: Role): ReadonlySet<string> {
  switch (role) {
    case 'producer':
      return new Set([...COMMON_NAMES, ...PRODUCER_NAMES]);
    case 'consumer':
      return new Set([...COMMON_NAMES, ...CONSUMER_NAMES]);
    case 'admin':
      return new Set(COMMON_NAMES);
    default:
      return new Set([...COMMON_NAMES, ...PRODUCER_NAMES, ...CONSUMER_NAMES]);
  }
}

/**
 * KafkaJS names written at the top level of a Confluent config that belong in this view's `kafkaJS`
 * block (`acks` is also a librdkafka property). `new Kafka()` only lists its own names: a top-level
 * `groupId` there is merged into consumers as an (unknown) librdkafka property.
 */
export function confluentOutsideNames(role: Role): ReadonlySet<string> {
  const names = role === 'common' ? new Set<string>(COMMON_NAMES) : confluentBlockNames(role);
  return new Set([...names].filter((name) => name !== 'acks'));
}

/**
 * The librdkafka property the Confluent client sets from a KafkaJS name, for the names whose value
 * carries over unchanged (`lib/kafkajs/_common.js`, `_producer.js`, `_consumer.js`). `brokers` (an
 * array), `readUncommitted` and `fromBeginning` (converted) and `rebalanceTimeout` (doubled) are left out.
 */
export const CONFLUENT_LIBRDKAFKA_NAME: Readonly<Record<string, string>> = {
  clientId: 'client.id',
  requestTimeout: 'socket.timeout.ms',
  groupId: 'group.id',
  idempotent: 'enable.idempotence',
  transactionalId: 'transactional.id',
  transactionTimeout: 'transaction.timeout.ms',
  maxInFlightRequests: 'max.in.flight',
  allowAutoTopicCreation: 'allow.auto.create.topics',
  metadataMaxAge: 'topic.metadata.refresh.interval.ms',
  compression: 'compression.codec',
  timeout: 'request.timeout.ms',
  sessionTimeout: 'session.timeout.ms',
  heartbeatInterval: 'heartbeat.interval.ms',
  rackId: 'client.rack',
  maxBytesPerPartition: 'max.partition.fetch.bytes',
  maxWaitTimeInMs: 'fetch.wait.max.ms',
  minBytes: 'fetch.min.bytes',
  maxBytes: 'fetch.message.max.bytes',
  autoCommit: 'enable.auto.commit',
  autoCommitInterval: 'auto.commit.interval.ms',
};

/** One property of an options object, found directly in it or in an object it spreads. */
export interface ObjectProperty {
  property: TSESTree.Property;
  name: string;
  /** The object literal the property is written in. */
  owner: Located<ObjectNode>;
  /** Written in the object itself, not in an object spread into it. */
  direct: boolean;
}

const MAX_SPREAD_DEPTH = 16;

/** The properties of an object literal and of the statically known objects it spreads, in source order. */
export function objectProperties(root: Located<ObjectNode>): ObjectProperty[] {
  const found: ObjectProperty[] = [];
  const seen = new Set<ObjectNode>();
  const visit = (object: Located<ObjectNode>, direct: boolean, depth: number): void => {
    if (depth > MAX_SPREAD_DEPTH || seen.has(object.node)) return;
    seen.add(object.node);
    for (const property of object.node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = resolveObject(property.argument, object.scope);
        if (spread) visit(spread, false, depth + 1);
        continue;
      }
      const name = propertyKey(property, object.scope);
      if (name !== undefined) found.push({ property, name, owner: object, direct });
    }
  };
  visit(root, true, 0);
  return found;
}

/** The object literal a view's settings were read from (its anchor), when the view has one. */
export function anchorObject(context: Context, span: Span): Located<ObjectNode> | undefined {
  const [start, end] = span.range;
  const node = context.sourceCode.getNodeByRangeIndex(start);
  if (node?.type !== AST_NODE_TYPES.ObjectExpression || node.range[0] !== start || node.range[1] !== end) return undefined;
  return { node, scope: context.sourceCode.getScope(node) };
}

/** The object literal a node holds: inline or through a `const`. */
export function objectOf(context: Context, node: TSESTree.Node | undefined): Located<ObjectNode> | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return resolveObject(node, context.sourceCode.getScope(node));
}

/** Whether a property's value is a function (an inline one, a declared one, a bound method). */
export function isFunctionValue(property: TSESTree.Property, scope: Located['scope']): boolean {
  if (property.method || property.kind !== 'init') return true;
  const value = skipTransparent(property.value);
  if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) return true;
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTransparent(value.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      !callee.computed &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      callee.property.name === 'bind'
    );
  }
  if (value.type === AST_NODE_TYPES.Identifier) {
    const definition = lookUp(scope, value.name)?.defs[0];
    if (definition?.type === DefinitionType.FunctionName) return true;
  }
  const resolved = resolveValue(value, scope).node;
  return resolved.type === AST_NODE_TYPES.ArrowFunctionExpression || resolved.type === AST_NODE_TYPES.FunctionExpression;
}

/** A name the user may have meant, with the other spellings that identify it (a Kafka property name). */
export interface NameCandidate {
  name: string;
  aliases?: readonly string[];
}

/**
 * The one candidate closest to `written`: same name but for case and separators, or at most two
 * edits away (one for names of four letters or less). `undefined` when none is close or two are
 * equally close.
 */
export function didYouMean(written: string, candidates: Iterable<NameCandidate>): string | undefined {
  const target = normalizeName(written);
  const limit = target.length <= 4 ? 1 : 2;
  let best = limit + 1;
  const names = new Set<string>();
  for (const candidate of candidates) {
    for (const spelling of [candidate.name, ...(candidate.aliases ?? [])]) {
      const distance = editDistance(target, normalizeName(spelling), limit);
      if (distance < best) {
        best = distance;
        names.clear();
      }
      if (distance === best) names.add(candidate.name);
    }
  }
  const [name] = names;
  return best <= limit && names.size === 1 && name !== written ? name : undefined;
}

/** Removes a property with its comma: the whole line when it stands on its own line. */
export function removeProperty(sourceCode: SourceCode, fixer: TSESLint.RuleFixer, property: TSESTree.Property): TSESLint.RuleFix {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(property);
  const comma = after?.value === ',' ? after : undefined;
  const end = comma ? comma.range[1] : property.range[1];
  const lineStart = property.range[0] - property.loc.start.column;
  const lineEnd = text.indexOf('\n', end);
  const aloneOnLine = /^\s*$/.test(text.slice(lineStart, property.range[0])) && lineEnd !== -1 && /^\s*$/.test(text.slice(end, lineEnd));
  if (aloneOnLine) return fixer.removeRange([lineStart, lineEnd + 1]);
  if (comma) {
    const next = sourceCode.getTokenAfter(comma, { includeComments: true });
    return fixer.removeRange([property.range[0], next && next.loc.start.line === comma.loc.end.line ? next.range[0] : comma.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  return fixer.removeRange([before?.value === ',' ? before.range[0] : property.range[0], property.range[1]]);
}

