import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { ConfigView } from '../core/config-view.js';
import { skipTransparent, type FunctionNode } from './ast.js';
import type { HandlerSite, Library } from './model.js';
import { resolveObject, writtenMemberOf } from './resolve.js';
import type { Tracker } from './tracking.js';

const HANDLER_KINDS = ['eachMessage', 'eachBatch'] as const;

/** The single expression a function evaluates: an arrow's body, or its block's only `return`/expression statement. */
function soleExpression(fn: FunctionNode): TSESTree.Expression | undefined {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return fn.body;
  const statements = fn.body.body;
  const [statement] = statements;
  if (statements.length !== 1 || !statement) return undefined;
  if (statement.type === AST_NODE_TYPES.ReturnStatement) return statement.argument ?? undefined;
  return statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
}

/** The function a wrapper forwards to: `this.handle` in `(payload) => this.handle(payload)` or `async (p) => { await handle(p) }`. */
export function delegateOf(tracker: Tracker, fn: FunctionNode): FunctionNode | undefined {
  let expression = soleExpression(fn);
  if (expression?.type === AST_NODE_TYPES.AwaitExpression) expression = expression.argument;
  const call = expression && skipTransparent(expression);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  return tracker.calledFunctions(call).find((target) => target !== fn);
}

/** The `eachMessage` / `eachBatch` functions of `consumer.run({...})`, resolved to their definitions. */
export function runHandlers(
  tracker: Tracker,
  run: TSESTree.CallExpression,
  runOptions: ConfigView | undefined,
  library: Library,
): HandlerSite[] {
  const [argument] = run.arguments;
  const options = argument && resolveObject(argument, tracker.scopeOf(argument));
  if (!options) return [];
  const sites: HandlerSite[] = [];
  for (const kind of HANDLER_KINDS) {
    const value = writtenMemberOf(options, kind);
    for (const fn of value ? tracker.functionsOf(value.node) : []) {
      const site: HandlerSite = { kind, fn, run, library };
      const delegate = delegateOf(tracker, fn);
      if (delegate) site.delegate = delegate;
      if (runOptions) site.runOptions = runOptions;
      sites.push(site);
    }
  }
  return sites;
}
