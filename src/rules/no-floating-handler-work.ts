import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { enclosingClassOfThis, isFunctionNode, memberName, nodesIn, skipTransparent, type FunctionNode } from '../code/ast.js';
import { evaluate, getTrackedClient, resolveFunctions, type KafkaFileModel } from '../code/index.js';
import { DefinitionType, isBuiltInGlobal, lookUp } from '../code/scope.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';
import {
  awaitFix,
  chainCallOn,
  handlesRejection,
  isDroppingForEach,
  isPromiseCombinator,
  PromiseTracer,
  schedulerName,
  type PromiseFate,
} from '../code/promises.js';

export type Options = [];
export type MessageId = 'floating' | 'voided' | 'discarded' | 'emitted' | 'addAwait';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How the report names the handler: the `run()` option or the NestJS decorator. */
type HandlerLabel = 'eachMessage' | 'eachBatch' | '@EventPattern' | '@MessagePattern';

/** Event emitter methods that register a listener, whose returned promise the emitter ignores. */
const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
const CHAIN_METHODS = new Set(['then', 'catch', 'finally']);
/** How many levels of awaited helper functions (handler → helper → helper) are searched. */
const MAX_FOLLOW = 3;
const MAX_TEXT = 60;

/** A function that certainly returns a promise: `async` (not a generator), or declared to return `Promise<…>`. */
function returnsPromise(fn: TSESTree.FunctionLike): boolean {
  if (fn.async) return !fn.generator;
  const type = fn.returnType?.typeAnnotation;
  return (
    type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'Promise'
  );
}

/** `declare function handle(m: Message): Promise<void>` (and overloads): functions of the module known only by their signature. */
function declaredToReturnPromise(context: Context, callee: TSESTree.Node): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = lookUp(context.sourceCode.getScope(callee), callee.name);
  const definitions = variable?.defs ?? [];
  return (
    definitions.length > 0 &&
    definitions.every(
      (definition) =>
        definition.type === DefinitionType.FunctionName &&
        (definition.node.type === AST_NODE_TYPES.TSDeclareFunction || definition.node.type === AST_NODE_TYPES.FunctionDeclaration) &&
        returnsPromise(definition.node),
    )
  );
}

/** Whether a function calls a `heartbeat()` (the payload's, destructured or not): a keep-alive, not message work. */
function callsHeartbeat(fn: FunctionNode): boolean {
  for (const node of nodesIn(fn.body, false)) {
    if (node.type !== AST_NODE_TYPES.CallExpression) continue;
    const callee = skipTransparent(node.callee);
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (name === 'heartbeat') return true;
  }
  return false;
}

/** The start of a report: a call up to the end of its callee (`this.process`, `items.forEach`), anything else whole. */
function headLoc(node: TSESTree.Node): TSESTree.SourceLocation {
  const inner = node.type === AST_NODE_TYPES.UnaryExpression ? skipTransparent(node.argument) : skipTransparent(node);
  return inner.type === AST_NODE_TYPES.CallExpression ? { start: node.loc.start, end: inner.callee.loc.end } : node.loc;
}

function isTrackedCall(context: Context, call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && getTrackedClient(context, callee.object) !== undefined;
}

/** The innermost receiver of a `.then/.catch/.finally` chain, and whether a link of the chain handles rejections. */
function chainRoot(call: TSESTree.CallExpression): { root: TSESTree.Node; handled: boolean } {
  let current: TSESTree.Node = call;
  let handled = false;
  for (;;) {
    const bare = skipTransparent(current);
    if (bare.type !== AST_NODE_TYPES.CallExpression) return { root: bare, handled };
    const callee = skipTransparent(bare.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || name === undefined || !CHAIN_METHODS.has(name)) return { root: bare, handled };
    handled ||= handlesRejection(bare);
    current = callee.object;
  }
}

/** What a call is known to return a promise for, if anything. */
type PromiseSource =
  | { kind: 'local'; functions: readonly FunctionNode[] }
  | { kind: 'declared' | 'chain' | 'builtin' };

class HandlerScanner {
  private readonly reported = new Set<TSESTree.Node>();
  private readonly scanned = new Set<TSESTree.Node>();
  private listeners: Map<string, number> | undefined;
  private readonly tracer: PromiseTracer;

  constructor(
    private readonly context: Context,
    private readonly reportOnce: Context['report'],
  ) {
    this.tracer = new PromiseTracer(context, {
      rejectionHandlersSettle: false,
      tryCatchHandles: false,
      discardingCaller: (call, fn) => this.discardingCaller(call, fn),
    });
  }

  private text(node: TSESTree.Node): string {
    const text = this.context.sourceCode.getText(node).replace(/\s+/g, ' ');
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
  }

  /** `forEach`, timers, and listener registrations (`emitter.on('x', fn)`) ignore what `fn` returns. */
  private discardingCaller(call: TSESTree.CallExpression, fn: FunctionNode): string | undefined {
    if (isDroppingForEach(call, fn)) return 'forEach';
    const scheduler = schedulerName(this.context, call, fn);
    // A keep-alive timer (`setInterval(async () => { await heartbeat(); }, 3000)`) does no message work.
    if (scheduler !== undefined) return callsHeartbeat(fn) ? undefined : scheduler;
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments[1] !== fn) return undefined;
    const name = memberName(callee);
    return name !== undefined && LISTENER_METHODS.has(name) && getTrackedClient(this.context, callee.object) === undefined ? name : undefined;
  }

  private promiseSource(call: TSESTree.CallExpression): PromiseSource | undefined {
    const callee = skipTransparent(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      if (name !== undefined && CHAIN_METHODS.has(name)) {
        // The outermost link speaks for the chain; a chain that handles its rejections is reported only
        // when it starts with the module's own async work (found as a `local` source below).
        if (chainCallOn(call) || chainCallOn(call.parent?.type === AST_NODE_TYPES.ChainExpression ? call.parent : call)) return undefined;
        const { root, handled } = chainRoot(call);
        if (handled) return undefined;
        if (root.type === AST_NODE_TYPES.CallExpression && isTrackedCall(this.context, root)) return undefined;
        return { kind: 'chain' };
      }
      if (isPromiseCombinator(this.context, call)) return { kind: 'builtin' };
    } else if (
      callee.type === AST_NODE_TYPES.Identifier &&
      callee.name === 'fetch' &&
      isBuiltInGlobal(this.context.sourceCode.getScope(callee), 'fetch')
    ) {
      return { kind: 'builtin' };
    }
    const functions = resolveFunctions(this.context, call.callee).filter(isFunctionNode);
    if (functions.length > 0) return functions.every(returnsPromise) ? { kind: 'local', functions } : undefined;
    return declaredToReturnPromise(this.context, callee) ? { kind: 'declared' } : undefined;
  }

  /** How the report names the promise: `this.process()`, `fetch()`, the chain's first call. */
  private describe(call: TSESTree.CallExpression): string {
    const { root } = chainRoot(call);
    const target = root.type === AST_NODE_TYPES.CallExpression ? root : call;
    const callee = skipTransparent(target.callee);
    if (isFunctionNode(callee)) return callee.async ? '(async () => …)()' : '(() => …)()';
    return `${this.text(callee)}()`;
  }

  scan(fn: FunctionNode, handler: HandlerLabel, depth = 0): void {
    if (this.scanned.has(fn)) return;
    this.scanned.add(fn);
    const { visitorKeys } = this.context.sourceCode;
    const stack: TSESTree.Node[] = [fn.body];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isFunctionNode(node)) {
        if (this.entersCallback(node, handler)) this.scan(node, handler, depth);
        continue;
      }
      if (node.type === AST_NODE_TYPES.CallExpression) this.checkCall(node, handler, depth);
      for (const key of visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        const children = Array.isArray(child) ? child : [child];
        for (let index = children.length - 1; index >= 0; index--) {
          const item: unknown = children[index];
          if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') {
            stack.push(item as TSESTree.Node);
          }
        }
      }
    }
  }

  /**
   * Whether a function written inside a handler runs as part of its work: a callback or an IIFE, not a
   * function stored for later (searched when it is called). An async callback whose caller ignores its
   * promise (`forEach`, timers, listeners) is reported instead.
   */
  private entersCallback(fn: FunctionNode, handler: HandlerLabel): boolean {
    const call = fn.parent;
    if (call?.type === AST_NODE_TYPES.NewExpression) return call.arguments.includes(fn as TSESTree.CallExpressionArgument);
    if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
    if (call.callee === fn) return true;
    if (!call.arguments.includes(fn as TSESTree.CallExpressionArgument) || isTrackedCall(this.context, call)) return false;
    const caller = returnsPromise(fn) ? this.discardingCaller(call, fn) : undefined;
    if (caller === undefined) return true;
    this.report({ kind: 'discarded', at: call, caller }, call, handler);
    return false;
  }

  private checkCall(call: TSESTree.CallExpression, handler: HandlerLabel, depth: number): void {
    if (isTrackedCall(this.context, call)) return;
    const callee = skipTransparent(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'emit') this.checkEmit(call, callee, handler);
    const source = this.promiseSource(call);
    if (!source) return;
    const fate = this.tracer.fateOf(call);
    if (fate.kind !== 'handled') {
      this.report(fate, call, handler);
      return;
    }
    if (source.kind === 'local' && depth < MAX_FOLLOW) {
      for (const fn of source.functions) this.scan(fn, handler, depth + 1);
    }
  }

  /** `emitter.emit('event', …)` where this file registers an async listener for `'event'` on the same emitter. */
  private checkEmit(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, handler: HandlerLabel): void {
    const [eventNode] = call.arguments;
    if (!eventNode || eventNode.type === AST_NODE_TYPES.SpreadElement) return;
    const event = evaluate(eventNode, this.context.sourceCode.getScope(eventNode))?.value;
    if (typeof event !== 'string') return;
    const line = this.asyncListeners().get(this.emitterKey(callee.object, event));
    if (line === undefined || this.reported.has(call)) return;
    this.reported.add(call);
    this.reportOnce({ loc: headLoc(call), messageId: 'emitted', data: { handler, event, line } });
  }

  /**
   * Names an emitter and event: the emitter's text, and for `this.events` the class it belongs to, so
   * that two classes' `this.events` are not taken for one emitter.
   */
  private emitterKey(emitter: TSESTree.Node, event: string): string {
    const text = this.context.sourceCode.getText(emitter);
    const owner = text.startsWith('this') ? enclosingClassOfThis(emitter) : undefined;
    return `${owner ? owner.range[0] : ''}\u0000${text}\u0000${event}`;
  }

  /** The async listeners the file registers, by emitter text and event name, with the line of their registration. */
  private asyncListeners(): Map<string, number> {
    if (this.listeners) return this.listeners;
    const listeners = new Map<string, number>();
    const { visitorKeys } = this.context.sourceCode;
    const stack: TSESTree.Node[] = [this.context.sourceCode.ast];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTransparent(node.callee);
        const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
        const [eventNode, listener] = node.arguments;
        if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          name !== undefined &&
          LISTENER_METHODS.has(name) &&
          eventNode &&
          listener &&
          eventNode.type !== AST_NODE_TYPES.SpreadElement
        ) {
          const event = evaluate(eventNode, this.context.sourceCode.getScope(eventNode))?.value;
          const functions = resolveFunctions(this.context, listener);
          const key = this.emitterKey(callee.object, String(event));
          if (typeof event === 'string' && functions.length > 0 && functions.every(returnsPromise) && !listeners.has(key)) {
            listeners.set(key, node.loc.start.line);
          }
        }
      }
      for (const key of visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') stack.push(item as TSESTree.Node);
        }
      }
    }
    this.listeners = listeners;
    return listeners;
  }

  private report(fate: Exclude<PromiseFate, { kind: 'handled' }>, call: TSESTree.CallExpression, handler: HandlerLabel): void {
    if (this.reported.has(fate.at)) return;
    this.reported.add(fate.at);
    if (fate.kind === 'discarded') {
      this.reportOnce({ loc: headLoc(fate.at), messageId: 'discarded', data: { handler, caller: fate.caller } });
      return;
    }
    const data = { handler, call: this.describe(call) };
    const fix = awaitFix(fate);
    this.reportOnce({
      loc: headLoc(fate.at),
      messageId: fate.kind === 'voided' ? 'voided' : 'floating',
      data,
      suggest: fix ? [{ messageId: 'addAwait', data, fix }] : [],
    });
  }
}

/** The handler functions of the file, with the name their reports use; delegates first, so they are searched to full depth. */
function handlerFunctions(model: KafkaFileModel): { fn: FunctionNode; label: HandlerLabel }[] {
  const found: { fn: FunctionNode; label: HandlerLabel }[] = [];
  for (const site of model.handlers) {
    if (site.delegate && isFunctionNode(site.delegate)) found.push({ fn: site.delegate, label: site.kind });
  }
  for (const site of model.handlers) if (isFunctionNode(site.fn)) found.push({ fn: site.fn, label: site.kind });
  for (const site of model.patternHandlers) found.push({ fn: site.fn, label: site.kind === 'event' ? '@EventPattern' : '@MessagePattern' });
  return found;
}

export default createRule<Options, MessageId>({
  name: 'no-floating-handler-work',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow work started in a message handler without waiting for it',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    hasSuggestions: true,
    messages: {
      floating:
        'The `{{handler}}` handler does not wait for `{{call}}`: the handler settles first, so the consumer commits the message\'s offset while this work may still fail, and a failure then loses the message (detached work also escapes back-pressure and per-partition order). Await it, or return it from the handler.',
      voided:
        '`void` throws away the promise of `{{call}}` and with it any failure: the `{{handler}}` handler settles first, the consumer commits the message\'s offset, and if the work then fails the message is lost. Await it instead.',
      discarded:
        '`{{caller}}(…)` does not wait for the async work it is given, so the `{{handler}}` handler settles first: the consumer commits the message\'s offset while that work may still fail, and a failure then loses the message. Do the work in the handler and await it (`for … of` with `await`, or `await Promise.all(items.map(…))`).',
      emitted:
        '`emit(\'{{event}}\')` starts the async listener registered on line {{line}} without waiting for it: the `{{handler}}` handler settles first, the consumer commits the message\'s offset, and a failure in the listener then loses the message. Call that work from the handler and await it.',
      addAwait: 'Await `{{call}}`.',
    },
    schema: [],
  },
  create(context) {
    return visitKafka(context, {
      code(model) {
        const handlers = handlerFunctions(model);
        if (handlers.length === 0) return;
        const scanner = new HandlerScanner(context, reportOncePerLocation(context));
        for (const { fn, label } of handlers) scanner.scan(fn, label);
      },
    });
  },
});
