import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { evaluate } from './evaluate.js';
import { apiOf } from './libraries.js';
import { resolveValue } from './resolve.js';
import type { Tracker } from './tracking.js';

/** Enum-like exports whose members stand for Kafka property values. */
const CONSTANTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CompressionTypes: { None: 'none', GZIP: 'gzip', Snappy: 'snappy', LZ4: 'lz4', ZSTD: 'zstd' },
  PartitionAssigners: { roundRobin: 'roundrobin', range: 'range', cooperativeSticky: 'cooperative-sticky' },
  PartitionAssignors: { roundRobin: 'roundrobin', range: 'range', cooperativeSticky: 'cooperative-sticky' },
};

function memberConstant(tracker: Tracker, node: TSESTree.Node): string | undefined {
  const ref = tracker.exportOf(node);
  if (!ref) return undefined;
  const { api, rest } = apiOf(ref);
  if ((api !== 'kafkajs' && api !== 'confluent') || rest.length !== 2) return undefined;
  const [group, member] = rest as [string, string];
  return Object.hasOwn(CONSTANTS, group) ? CONSTANTS[group]?.[member] : undefined;
}

/**
 * The Kafka property value a library constant stands for: `CompressionTypes.GZIP` is `gzip`,
 * `PartitionAssigners.cooperativeSticky` is `cooperative-sticky`.
 */
export function libraryConstant(tracker: Tracker, node: TSESTree.Node, scope: TSESLint.Scope.Scope): string | undefined {
  return memberConstant(tracker, resolveValue(node, scope).node);
}

/**
 * A list option as librdkafka writes it, comma-separated: `[PartitionAssigners.cooperativeSticky]`
 * or `['cooperative-sticky']` is `cooperative-sticky`.
 */
export function listConstant(tracker: Tracker, node: TSESTree.Node, scope: TSESLint.Scope.Scope): string | undefined {
  const resolved = resolveValue(node, scope);
  if (resolved.node.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const names: string[] = [];
  for (const element of resolved.node.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const evaluated = evaluate(element, resolved.scope);
    const name = typeof evaluated?.value === 'string' ? evaluated.value : libraryConstant(tracker, element, resolved.scope);
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names.length > 0 ? names.join(',') : undefined;
}
