import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { enclosingFunction, memberName, skipTransparent, type FunctionNode } from './ast.js';
import { DefinitionType, isBuiltInGlobal, lookUp, type Variable } from './scope.js';

/** What becomes of a promise: awaited, returned, handled, or dropped. Used by the rules about un-awaited work. */

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Where a promise ends up, followed through the expressions around it:
 * - `handled`: awaited, returned to a caller, given a rejection handler, or handed to code the analysis
 *   cannot see (an unknown function, a property): nothing is reported for it;
 * - `floating`: its value is dropped (an expression statement, a variable never read, an array of
 *   promises nobody awaits); `at` is the dropped expression, `promise` the chain to put `await` before,
 *   `statement` tells whether an expression statement drops it (where adding `await` is safe);
 * - `voided`: `void` drops it, `at` is the `void` expression;
 * - `discarded`: a callback returns it (or awaits it) and `caller` (`forEach`, `setTimeout`, …) ignores
 *   what the callback returns; `at` is that call.
 */
export type PromiseFate =
  | { kind: 'handled' }
  | { kind: 'floating'; at: TSESTree.Node; promise: TSESTree.Node; statement: boolean }
  | { kind: 'voided'; at: TSESTree.UnaryExpression }
  | { kind: 'discarded'; at: TSESTree.CallExpression; caller: string };

export interface PromiseFateOptions {
  /** Whether `.catch(fail)` and `.then(ok, fail)` settle the promise's fate (its failure is handled), or only continue the chain. */
  rejectionHandlersSettle: boolean;
  /** Whether an `await` inside `try { … } catch` handles the failure even when the function's own promise is dropped. */
  tryCatchHandles: boolean;
  /** The name of a caller that ignores what `fn` (one of its arguments) returns, if `call` is one. */
  discardingCaller: (call: TSESTree.CallExpression, fn: FunctionNode) => string | undefined;
}

const HANDLED: PromiseFate = { kind: 'handled' };
const CHAIN_METHODS = new Set(['then', 'catch', 'finally']);
const PROMISE_COMBINATORS = new Set(['all', 'allSettled', 'any', 'race']);
/** Array methods that only add to or measure an array of promises: they neither await nor hand it on. */
const COLLECTING_METHODS = new Set(['push', 'unshift', 'length']);
const MAPPING_METHODS = new Set(['map', 'flatMap']);
const SCHEDULERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask']);
const MAX_STEPS = 200;

/** `promise.then(…)`, `promise.catch(…)`, `promise.finally(…)`: the call of a chain method on `node`, if `node` is its receiver. */
export function chainCallOn(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return undefined;
  const name = memberName(member);
  const call = member.parent;
  return name !== undefined && CHAIN_METHODS.has(name) && call?.type === AST_NODE_TYPES.CallExpression && call.callee === member
    ? call
    : undefined;
}

/** Whether a chain call handles a rejection: `.catch(fail)`, `.then(ok, fail)`. */
export function handlesRejection(call: TSESTree.CallExpression): boolean {
  const callee = call.callee as TSESTree.MemberExpression;
  const name = memberName(callee);
  const handler = name === 'catch' ? call.arguments[0] : name === 'then' ? call.arguments[1] : undefined;
  if (!handler || handler.type === AST_NODE_TYPES.SpreadElement) return false;
  return !(
    (handler.type === AST_NODE_TYPES.Identifier && handler.name === 'undefined') ||
    (handler.type === AST_NODE_TYPES.Literal && handler.value === null)
  );
}

/** `Promise.all(…)` and its siblings, on the global `Promise`. */
export function isPromiseCombinator(context: Context, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  const name = memberName(callee);
  return (
    callee.object.name === 'Promise' &&
    name !== undefined &&
    PROMISE_COMBINATORS.has(name) &&
    isBuiltInGlobal(context.sourceCode.getScope(callee), 'Promise')
  );
}

/** `setTimeout(fn)`, `setImmediate(fn)`, `queueMicrotask(fn)`, `process.nextTick(fn)`: callers that ignore what `fn` returns. */
export function schedulerName(context: Context, call: TSESTree.CallExpression, fn: FunctionNode): string | undefined {
  if (call.arguments[0] !== fn) return undefined;
  const callee = skipTransparent(call.callee);
  const scope = context.sourceCode.getScope(call);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return SCHEDULERS.has(callee.name) && isBuiltInGlobal(scope, callee.name) ? callee.name : undefined;
  }
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'process' &&
    memberName(callee) === 'nextTick' &&
    isBuiltInGlobal(scope, 'process')
  ) {
    return 'process.nextTick';
  }
  return undefined;
}

/** `items.forEach(fn)` whose result is not used (a library's promise-returning `forEach` would be awaited). */
export function isDroppingForEach(call: TSESTree.CallExpression, fn: FunctionNode): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'forEach' || call.arguments[0] !== fn) return false;
  const statement = call.parent?.type === AST_NODE_TYPES.ChainExpression ? call.parent.parent : call.parent;
  return statement?.type === AST_NODE_TYPES.ExpressionStatement;
}

/** Whether `node` sits in the `try` block of a `try … catch` inside `fn`. */
function insideTryCatch(node: TSESTree.Node, fn: FunctionNode): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.handler && current.block === child) return true;
    child = current;
  }
  return false;
}

/**
 * Whether every use of a variable is in this file: declared here with `let`/`const`/`var`, not exported
 * where declared. A parameter (an array the caller passed in) or an exported binding may be awaited elsewhere.
 */
function isLocalVariable(variable: Variable): boolean {
  const [definition] = variable.defs;
  return (
    variable.defs.length === 1 &&
    definition?.type === DefinitionType.Variable &&
    definition.parent?.parent?.type !== AST_NODE_TYPES.ExportNamedDeclaration
  );
}

/**
 * Follows a promise through the code around it to find out whether anything waits for it. Anything the
 * analysis does not understand counts as handled: a rule built on it must stay quiet when in doubt.
 */
export class PromiseTracer {
  private steps = 0;
  private readonly following = new Set<Variable>();

  constructor(
    private readonly context: Context,
    private readonly options: PromiseFateOptions,
  ) {}

  /** The fate of the promise `expression` evaluates to. */
  fateOf(expression: TSESTree.Node): PromiseFate {
    this.steps = 0;
    return this.follow(expression);
  }

  private follow(expression: TSESTree.Node): PromiseFate {
    let node = expression;
    /** The promise itself (the chain's outermost call), before any `&&`, `?:` or `,` around it. */
    let promise = expression;
    for (;;) {
      if (++this.steps > MAX_STEPS) return HANDLED;
      const parent = node.parent;
      if (!parent) return HANDLED;
      switch (parent.type) {
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
          if (node === promise) promise = parent;
          node = parent;
          continue;
        case AST_NODE_TYPES.AwaitExpression:
          return this.awaited(parent);
        case AST_NODE_TYPES.ReturnStatement: {
          const fn = enclosingFunction(parent);
          return fn ? this.resultOf(fn) : HANDLED;
        }
        case AST_NODE_TYPES.ArrowFunctionExpression:
          return parent.body === node ? this.resultOf(parent) : HANDLED;
        case AST_NODE_TYPES.ConditionalExpression:
          if (parent.test === node) return HANDLED;
          node = parent;
          continue;
        case AST_NODE_TYPES.LogicalExpression:
          if (parent.right !== node) return HANDLED;
          node = parent;
          continue;
        case AST_NODE_TYPES.SequenceExpression:
          if (parent.expressions.at(-1) !== node) return { kind: 'floating', at: node, promise, statement: true };
          node = parent;
          continue;
        case AST_NODE_TYPES.UnaryExpression:
          return parent.operator === 'void' ? { kind: 'voided', at: parent } : HANDLED;
        case AST_NODE_TYPES.ExpressionStatement:
          return { kind: 'floating', at: node, promise, statement: true };
        case AST_NODE_TYPES.MemberExpression: {
          const chain = chainCallOn(node);
          if (!chain) return HANDLED;
          if (this.options.rejectionHandlersSettle && handlesRejection(chain)) return HANDLED;
          node = chain;
          promise = chain;
          continue;
        }
        case AST_NODE_TYPES.VariableDeclarator:
          return parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier
            ? this.heldIn(parent.id, node, (reference) => this.follow(reference))
            : HANDLED;
        case AST_NODE_TYPES.AssignmentExpression:
          return parent.right === node &&
            parent.operator === '=' &&
            parent.left.type === AST_NODE_TYPES.Identifier &&
            parent.parent.type === AST_NODE_TYPES.ExpressionStatement
            ? this.heldIn(parent.left, node, (reference) => this.follow(reference))
            : HANDLED;
        case AST_NODE_TYPES.CallExpression:
          return this.passed(parent, node);
        case AST_NODE_TYPES.ArrayExpression:
          // A promise written in an array literal: `Promise.all([a, b])`, `const sends = [a, b]`.
          return this.promiseArray(parent, node);
        default:
          return HANDLED;
      }
    }
  }

  /** `await promise`: handled, unless the function awaiting it is a callback whose own promise is dropped. */
  private awaited(expression: TSESTree.AwaitExpression): PromiseFate {
    const fn = enclosingFunction(expression);
    if (!fn) return HANDLED;
    if (this.options.tryCatchHandles && insideTryCatch(expression, fn)) return HANDLED;
    return this.resultOf(fn);
  }

  /**
   * The fate of what `fn` returns. A callback's result goes where its caller puts it: `forEach` and
   * timers drop it, `map` collects it into an array, `.then(cb)` adopts it. Anything else (a named
   * function, a method, a callback of an unknown function) hands it to a caller: handled.
   */
  private resultOf(fn: FunctionNode): PromiseFate {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return HANDLED;
    const caller = this.options.discardingCaller(call, fn);
    if (caller !== undefined) return { kind: 'discarded', at: call, caller };
    const callee = skipTransparent(call.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (name !== undefined && CHAIN_METHODS.has(name)) return this.follow(call);
    if (name !== undefined && MAPPING_METHODS.has(name) && call.arguments[0] === fn) return this.promiseArray(call, call);
    return HANDLED;
  }

  /** A promise passed to a call: `promises.push(promise)` collects it; any other call takes it over. */
  private passed(call: TSESTree.CallExpression, node: TSESTree.Node): PromiseFate {
    if (!call.arguments.includes(node as TSESTree.CallExpressionArgument)) return HANDLED;
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return HANDLED;
    const name = memberName(callee);
    const list = skipTransparent(callee.object);
    if ((name !== 'push' && name !== 'unshift') || list.type !== AST_NODE_TYPES.Identifier) return HANDLED;
    return this.collectedIn(list, node);
  }

  /**
   * The fate of an array of promises (`array` evaluates to it; `at` is the promise being followed):
   * `Promise.all(array)` continues with the combined promise, `const list = array` with the list's uses.
   */
  private promiseArray(array: TSESTree.Node, at: TSESTree.Node): PromiseFate {
    let node = array;
    for (;;) {
      if (++this.steps > MAX_STEPS) return HANDLED;
      const parent = node.parent;
      if (!parent) return HANDLED;
      switch (parent.type) {
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
          node = parent;
          continue;
        case AST_NODE_TYPES.SpreadElement:
          return parent.parent.type === AST_NODE_TYPES.ArrayExpression ? this.promiseArray(parent.parent, at) : HANDLED;
        case AST_NODE_TYPES.CallExpression:
          return parent.arguments[0] === node && isPromiseCombinator(this.context, parent) ? this.follow(parent) : HANDLED;
        case AST_NODE_TYPES.VariableDeclarator:
          return parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier ? this.collectedIn(parent.id, at) : HANDLED;
        case AST_NODE_TYPES.ExpressionStatement:
          return { kind: 'floating', at, promise: at, statement: false };
        default:
          return HANDLED;
      }
    }
  }

  /** A promise added to the array held by `list`: followed through the array's uses. */
  private collectedIn(list: TSESTree.Identifier, at: TSESTree.Node): PromiseFate {
    return this.heldIn(list, at, (reference) => {
      const member = reference.parent;
      if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference) {
        const name = memberName(member);
        return name !== undefined && COLLECTING_METHODS.has(name) ? undefined : HANDLED;
      }
      return this.promiseArray(reference, at);
    });
  }

  /**
   * A value held in a variable: its fate is the best of its reads (`use` gives the fate of one read,
   * `undefined` for reads that neither use nor hand it on). Never read: the value is dropped.
   */
  private heldIn(
    name: TSESTree.Identifier,
    at: TSESTree.Node,
    use: (reference: TSESTree.Identifier) => PromiseFate | undefined,
  ): PromiseFate {
    const variable = lookUp(this.context.sourceCode.getScope(name), name.name);
    if (!variable || this.following.has(variable) || !isLocalVariable(variable)) return HANDLED;
    this.following.add(variable);
    try {
      let worst: PromiseFate | undefined;
      for (const reference of variable.references) {
        if (!reference.isRead()) continue;
        const fate = use(reference.identifier as TSESTree.Identifier);
        if (!fate) continue;
        if (fate.kind === 'handled') return HANDLED;
        worst ??= fate;
      }
      return worst ?? { kind: 'floating', at, promise: at, statement: false };
    } finally {
      this.following.delete(variable);
    }
  }
}

/** Whether adding `await` before `node` is valid: it sits directly in an async function. */
export function canAwaitAt(node: TSESTree.Node): boolean {
  return enclosingFunction(node)?.async === true;
}

/** The fix that turns a dropped promise into an awaited one, when the fate allows it. */
export function awaitFix(fate: PromiseFate): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  if (fate.kind === 'floating' && fate.statement && canAwaitAt(fate.promise)) {
    const promise = fate.promise;
    return (fixer) => fixer.insertTextBefore(promise, 'await ');
  }
  if (fate.kind === 'voided' && canAwaitAt(fate.at)) {
    const expression = fate.at;
    return (fixer) => fixer.replaceTextRange([expression.range[0], expression.argument.range[0]], 'await ');
  }
  return undefined;
}

