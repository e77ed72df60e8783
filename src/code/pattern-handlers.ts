import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { evaluate } from './evaluate.js';
import { isExport } from './libraries.js';
import type { PatternHandlerSite } from './model.js';
import type { NestRegistry } from './nestjs.js';
import type { Tracker } from './tracking.js';

function patternKind(tracker: Tracker, decorator: TSESTree.Decorator): PatternHandlerSite['kind'] | undefined {
  const call = decorator.expression;
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const ref = tracker.exportOf(call.callee);
  if (!ref) return undefined;
  if (isExport(ref, 'nestjs', 'EventPattern')) return 'event';
  if (isExport(ref, 'nestjs', 'MessagePattern')) return 'message';
  return undefined;
}

/** Whether a handler takes a `KafkaContext` (`@Ctx() context: KafkaContext`). */
function takesKafkaContext(tracker: Tracker, fn: TSESTree.FunctionExpression): boolean {
  return fn.params.some((parameter) => {
    const annotation = parameter.type === AST_NODE_TYPES.Identifier ? parameter.typeAnnotation?.typeAnnotation : undefined;
    if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return false;
    const ref = tracker.typeRef(annotation.typeName);
    return ref !== undefined && isExport(ref, 'nestjs', 'KafkaContext');
  });
}

function namesKafkaTransport(tracker: Tracker, call: TSESTree.CallExpression): boolean {
  return call.arguments.slice(1).some((argument) => {
    const ref = tracker.exportOf(argument);
    return ref !== undefined && isExport(ref, 'nestjs', 'Transport', 'KAFKA');
  });
}

/** NestJS `@EventPattern('topic')` / `@MessagePattern('topic')` methods. */
export function patternHandler(
  tracker: Tracker,
  method: TSESTree.MethodDefinition,
  registry: NestRegistry,
): PatternHandlerSite | undefined {
  const fn = method.value;
  if (fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  for (const decorator of method.decorators ?? []) {
    const kind = patternKind(tracker, decorator);
    if (!kind) continue;
    const call = decorator.expression as TSESTree.CallExpression;
    const [patternArgument] = call.arguments;
    const pattern = patternArgument && evaluate(patternArgument, tracker.scopeOf(patternArgument));
    const kafka =
      namesKafkaTransport(tracker, call) ||
      takesKafkaContext(tracker, fn) ||
      (registry.kafka.length > 0 && !registry.hasOtherTransports);
    const site: PatternHandlerSite = { kind, fn, method, decorator, transport: kafka ? 'kafka' : 'unknown' };
    if (typeof pattern?.value === 'string') site.pattern = pattern.value;
    return site;
  }
  return undefined;
}
