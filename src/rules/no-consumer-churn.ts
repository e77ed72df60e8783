import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingClassOfThis, type FunctionNode, isFunctionNode, isNode, memberName, skipTransparent } from '../code/ast.js';
import { evaluate, getTrackedClient, resolveFunctions } from '../code/index.js';
import type { KafkaFileModel } from '../code/model.js';
import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [{ checkProducers?: boolean }];
export type MessageId = 'consumerChurn' | 'producerChurn';

type Context = Readonly<TSESLint.RuleContext<MessageId, Options>>;
type Role = 'consumer' | 'producer';

/** Something that runs once per request, message, job, timer tick or event. */
interface Unit {
  /** How often it runs: `per request`. */
  where: string;
  /** What it is, for the message: `the route handler on line 7`. */
  origin: string;
}

/**
 * Where a Kafka call runs repeatedly: the function or loop body that runs once per unit of work.
 * A bounded loop (`for (const topic of topics)`) at startup creates a fixed set of long-lived
 * clients, which is fine: its iterations only count when a client is also disconnected in them.
 */
interface Repeat extends Unit {
  scope: TSESTree.Node;
  /** A bounded loop: only clients created (or connected) and disconnected in the same iteration churn. */
  needsDisconnect: boolean;
}

/** A creation or lifecycle call of a consumer or producer. */
interface Candidate {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  role: Role;
  action: 'create' | 'connect' | 'disconnect';
  /** `kafka.consumer`, `consumer.connect`, `new KafkaConsumer`. */
  call: string;
}

const LIFECYCLE: Readonly<Record<Role, ReadonlySet<string>>> = {
  consumer: new Set(['connect', 'run', 'disconnect']),
  producer: new Set(['connect', 'disconnect']),
};

/** Express, Koa-router, Fastify and Hono route registrations: `app.post('/orders', handler)`. */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'del', 'patch', 'all', 'use', 'head', 'options']);
/** Next.js App Router route handlers are exported functions named after the HTTP method. */
const NEXT_ROUTE_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
/** Array methods whose callback runs once per element. */
const LOOP_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'some', 'every']);
/** Emitter events that fire once per incoming message or request. */
const PER_EVENT = new Set(['message', 'request', 'data']);

/** Method decorators that make a method run per request, message, job, tick or event (NestJS and its modules). */
const DECORATOR_UNITS: Readonly<Record<string, string>> = {
  Get: 'per request',
  Post: 'per request',
  Put: 'per request',
  Delete: 'per request',
  Patch: 'per request',
  All: 'per request',
  Head: 'per request',
  Options: 'per request',
  Query: 'per request',
  Mutation: 'per request',
  EventPattern: 'per consumed message',
  MessagePattern: 'per consumed message',
  SubscribeMessage: 'per event',
  OnEvent: 'per event',
  Process: 'per job',
  Cron: 'on every timer tick',
  Interval: 'on every timer tick',
};

const MAX_CALL_TEXT = 40;

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** Yields `root` and every node below it, in source order; nested functions are entered only when asked. */
function* descendants(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, enterFunctions = true): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children: TSESTree.Node[] = [];
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (isNode(child) && (enterFunctions || !isFunctionNode(child))) children.push(child);
      }
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
}

/**
 * The expression a call's result becomes the value of: through `await`, TypeScript assertions,
 * optional chains, and the branches of `a ?? b` and `c ? a : b`.
 */
function outerValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (
      parent?.type === AST_NODE_TYPES.AwaitExpression ||
      parent?.type === AST_NODE_TYPES.TSAsExpression ||
      parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent?.type === AST_NODE_TYPES.ChainExpression ||
      (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') ||
      (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current)
    ) {
      current = parent;
    } else {
      return current;
    }
  }
}

function calleeName(node: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = skipTransparent(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
}

/** A route path: `'/orders'`, `` `/orders/${id}` ``, `/^\/api/`, `['/a', '/b']`, `'*'`, a constant holding one. */
function isPath(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.Literal && 'regex' in node && node.regex) return true;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis[0]?.value.cooked?.startsWith('/') ?? false;
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    return node.elements.length > 0 && node.elements.every((element) => element !== null && isPath(element, sourceCode));
  }
  const value = evaluate(node, sourceCode.getScope(node))?.value;
  return typeof value === 'string' && (value.startsWith('/') || value === '*');
}

function loopKeyword(node: TSESTree.Node): string {
  switch (node.type) {
    case AST_NODE_TYPES.WhileStatement:
      return 'while';
    case AST_NODE_TYPES.DoWhileStatement:
      return 'do…while';
    default:
      return 'for';
  }
}

type LoopStatement =
  | TSESTree.ForStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement;

function isLoopStatement(node: TSESTree.Node): node is LoopStatement {
  return (
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement
  );
}

/** `while (true)`, `for (;;)`, `do {} while (1)`: a loop that only ends by leaving it. */
function isUnbounded(loop: LoopStatement): boolean {
  if (loop.type === AST_NODE_TYPES.ForStatement) return loop.test === null;
  if (loop.type !== AST_NODE_TYPES.WhileStatement && loop.type !== AST_NODE_TYPES.DoWhileStatement) return false;
  const test = loop.test;
  return test.type === AST_NODE_TYPES.Literal && (test.value === true || test.value === 1);
}

/**
 * Whether a loop retries or waits rather than repeats work: its body leaves it (`break`, `return`,
 * on success), or it tries a `connect()` and catches the failure.
 */
function isRetryLoop(loop: LoopStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  for (const node of descendants(loop.body, visitorKeys, false)) {
    if (node.type === AST_NODE_TYPES.ReturnStatement) return true;
    if (node.type === AST_NODE_TYPES.BreakStatement && breaksOut(node, loop)) return true;
    if (node.type === AST_NODE_TYPES.TryStatement && node.handler) {
      for (const inner of descendants(node.block, visitorKeys, false)) {
        if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner) === 'connect') return true;
      }
    }
  }
  return false;
}

/** Whether a `break` leaves `loop` (not an inner loop or `switch`). */
function breaksOut(statement: TSESTree.BreakStatement, loop: LoopStatement): boolean {
  if (statement.label) return loop.parent?.type === AST_NODE_TYPES.LabeledStatement && loop.parent.label.name === statement.label.name;
  for (let node: TSESTree.Node | undefined = statement.parent; node && node !== loop; node = node.parent) {
    if (isLoopStatement(node) || node.type === AST_NODE_TYPES.SwitchStatement) return false;
  }
  return true;
}

function lineOf(node: TSESTree.Node): number {
  return node.loc.start.line;
}

/** A readable name of a function, for `` `publish()`, called from … ``. */
function functionName(fn: FunctionNode): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return fn.id.name;
  const owner = fn.parent;
  if (owner?.type === AST_NODE_TYPES.VariableDeclarator && owner.id.type === AST_NODE_TYPES.Identifier) return owner.id.name;
  if ((owner?.type === AST_NODE_TYPES.MethodDefinition || owner?.type === AST_NODE_TYPES.PropertyDefinition) && owner.value === fn) {
    return memberName(owner);
  }
  if (owner?.type === AST_NODE_TYPES.Property && owner.value === fn) return memberName(owner);
  return undefined;
}

class ChurnFinder {
  private readonly units = new Map<TSESTree.Node, Unit>();
  /** Functions called from a unit, with the unit (one level). */
  private readonly calledFrom = new Map<TSESTree.Node, Unit>();
  private readonly visitorKeys: TSESLint.SourceCode.VisitorKeys;

  constructor(
    private readonly context: Context,
    private readonly model: KafkaFileModel,
    private readonly lazy: LazyInitCheck,
  ) {
    this.visitorKeys = context.sourceCode.visitorKeys;
  }

  private functionsOf(node: TSESTree.Node): FunctionNode[] {
    const bare = skipTransparent(node);
    return isFunctionNode(bare) ? [bare] : resolveFunctions(this.context, bare).filter(isFunctionNode);
  }

  private addUnit(fn: TSESTree.Node, where: string, what: string): void {
    if (!this.units.has(fn)) this.units.set(fn, { where, origin: `the ${what} on line ${lineOf(fn)}` });
  }

  private addUnits(nodes: readonly (TSESTree.Node | undefined)[], where: string, what: string): void {
    for (const node of nodes) {
      if (!node || node.type === AST_NODE_TYPES.SpreadElement) continue;
      const functions = this.functionsOf(node);
      for (const fn of functions) this.addUnit(fn, where, what);
      // A wrapped handler: `asyncHandler(async (req, res) => ...)`.
      const bare = skipTransparent(node);
      if (functions.length === 0 && bare.type === AST_NODE_TYPES.CallExpression) {
        for (const argument of bare.arguments) if (isFunctionNode(argument)) this.addUnit(argument, where, what);
      }
    }
  }

  /** Finds every function that runs once per request, message, job, tick or event. */
  collectUnits(): void {
    for (const handler of this.model.handlers) {
      this.addUnit(handler.fn, handler.kind === 'eachBatch' ? 'per consumed batch' : 'per consumed message', `${handler.kind} handler`);
    }
    for (const site of this.model.patternHandlers) {
      this.addUnit(site.fn, 'per consumed message', `@${site.kind === 'event' ? 'EventPattern' : 'MessagePattern'} handler`);
    }
    for (const node of descendants(this.context.sourceCode.ast, this.visitorKeys)) {
      if (node.type === AST_NODE_TYPES.CallExpression) this.callUnits(node);
      else if (node.type === AST_NODE_TYPES.NewExpression) this.constructionUnits(node);
      else if (node.type === AST_NODE_TYPES.MethodDefinition) this.methodUnits(node);
      else if (node.type === AST_NODE_TYPES.ExportNamedDeclaration) this.exportUnits(node);
    }
    for (const [fn, unit] of [...this.units]) this.collectCallees(fn, unit);
  }

  private callUnits(call: TSESTree.CallExpression): void {
    const callee = skipTransparent(call.callee);
    const name = calleeName(call);
    const args = call.arguments;
    if (callee.type === AST_NODE_TYPES.Identifier) {
      if (name === 'setInterval') this.addUnits([args[0]], 'on every timer tick', 'setInterval callback');
      else if (name === 'createServer') this.addUnits(args, 'per request', 'request handler');
      return;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || name === undefined) return;
    if (getTrackedClient(this.context, callee.object)) {
      // node-rdkafka `consumer.on('data', (message) => ...)`.
      const [event] = args;
      if (name === 'on' && event?.type === AST_NODE_TYPES.Literal && event.value === 'data') this.addUnits([args[1]], 'per consumed message', "'data' listener");
      return;
    }
    if (ROUTE_METHODS.has(name)) {
      const receiver = skipTransparent(callee.object);
      const chainedRoute = receiver.type === AST_NODE_TYPES.CallExpression && calleeName(receiver) === 'route';
      if (isPath(args[0], this.context.sourceCode) || chainedRoute) this.addUnits(args, 'per request', 'route handler');
      else if (name === 'use') this.addUnits(args, 'per request', 'middleware');
    } else if (name === 'route') {
      // Fastify `fastify.route({ method, url, handler })`.
      const [options] = args;
      if (options?.type === AST_NODE_TYPES.ObjectExpression) {
        const handler = options.properties.find((property) => property.type === AST_NODE_TYPES.Property && memberName(property) === 'handler');
        if (handler?.type === AST_NODE_TYPES.Property) this.addUnits([handler.value], 'per request', 'route handler');
      }
    } else if (name === 'process') {
      // Bull `queue.process(handler)`, `queue.process('name', 5, handler)`.
      this.addUnits(args.filter((arg) => isFunctionNode(arg) || arg.type === AST_NODE_TYPES.Identifier), 'per job', 'job processor');
    } else if (name === 'schedule' || name === 'scheduleJob') {
      // node-cron `cron.schedule('* * * * *', fn)`, node-schedule `schedule.scheduleJob(rule, fn)`.
      this.addUnits(args.slice(1), 'on every timer tick', 'scheduled job');
    } else if (name === 'on' && args[0]?.type === AST_NODE_TYPES.Literal && PER_EVENT.has(String(args[0].value))) {
      this.addUnits([args[1]], 'per event', `'${String(args[0].value)}' listener`);
    }
  }

  /** BullMQ `new Worker('queue', processor)`, cron `new CronJob('* * * * *', onTick)`. */
  private constructionUnits(node: TSESTree.NewExpression): void {
    const name = calleeName(node);
    if (name === 'Worker') this.addUnits([node.arguments[1]], 'per job', 'job processor');
    else if (name === 'CronJob') this.addUnits([node.arguments[1]], 'on every timer tick', 'scheduled job');
  }

  private methodUnits(method: TSESTree.MethodDefinition): void {
    for (const decorator of method.decorators ?? []) {
      const expression = decorator.expression;
      const callee = expression.type === AST_NODE_TYPES.CallExpression ? skipTransparent(expression.callee) : expression;
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
      if (name !== undefined && Object.hasOwn(DECORATOR_UNITS, name)) {
        this.addUnit(method.value, DECORATOR_UNITS[name]!, `@${name} handler`);
        return;
      }
    }
    // BullMQ `@Processor('queue') class X extends WorkerHost { async process(job) {} }`.
    const owner = method.parent.parent;
    const isProcessor = owner.decorators?.some((decorator) => {
      const expression = decorator.expression;
      const callee = expression.type === AST_NODE_TYPES.CallExpression ? skipTransparent(expression.callee) : expression;
      return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Processor';
    });
    if (isProcessor && method.kind === 'method' && memberName(method) === 'process') this.addUnit(method.value, 'per job', 'job processor');
  }

  private exportUnits(node: TSESTree.ExportNamedDeclaration): void {
    const declaration = node.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id && NEXT_ROUTE_EXPORTS.has(declaration.id.name)) {
      this.addUnit(declaration, 'per request', `${declaration.id.name} route handler`);
    }
  }

  /** The functions of this file a unit calls, which then run as often as the unit (one level). */
  private collectCallees(fn: TSESTree.Node, unit: Unit): void {
    const body = isFunctionNode(fn) ? fn.body : undefined;
    if (!body) return;
    for (const node of descendants(body, this.visitorKeys)) {
      // `consumer ??= createConsumer()`: the unit calls the factory once, not every time.
      if (node.type !== AST_NODE_TYPES.CallExpression || this.lazy.isLazy(node, fn)) continue;
      for (const target of resolveFunctions(this.context, node.callee)) {
        if (target === fn || this.units.has(target) || this.calledFrom.has(target) || !isFunctionNode(target)) continue;
        const name = functionName(target);
        this.calledFrom.set(target, { where: unit.where, origin: `${name ? `\`${name}()\`` : 'a function'} called from ${unit.origin}` });
      }
    }
  }

  /** The unit of work or the loop whose every run executes `node`, if any. */
  repeatOf(node: TSESTree.Node): Repeat | undefined {
    let loop: Repeat | undefined;
    // A function written in a loop body may run later, or once (`it(name, async () => ...)` in a loop of
    // test cases): loops beyond a function that is not a loop callback do not count.
    let inLoopReach = true;
    let child: TSESTree.Node = node;
    for (let current = node.parent; current; child = current, current = current.parent) {
      if (isFunctionNode(current)) {
        const unit = this.units.get(current) ?? this.calledFrom.get(current);
        if (unit) return { ...unit, scope: current, needsDisconnect: false };
        const callback = inLoopReach ? this.callbackLoop(current) : undefined;
        loop ??= callback;
        if (!callback) inLoopReach = false;
      } else if (inLoopReach && isLoopStatement(current) && child === current.body && !loop && !isRetryLoop(current, this.visitorKeys)) {
        const origin = `the \`${loopKeyword(current)}\` loop on line ${lineOf(current)}`;
        loop = { where: 'in every loop iteration', origin, scope: current.body, needsDisconnect: !isUnbounded(current) };
      }
    }
    return loop;
  }

  /** `items.forEach((item) => ...)`: a callback that runs once per element. */
  private callbackLoop(fn: FunctionNode): Repeat | undefined {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
    const callee = skipTransparent(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    if (method === undefined || !LOOP_CALLBACKS.has(method)) return undefined;
    return { where: 'in every loop iteration', origin: `the \`${method}\` callback on line ${lineOf(fn)}`, scope: fn, needsDisconnect: true };
  }
}

/** What a client is known as in one scope: its variable, `this.<name>` of a class, or the creating call itself. */
type Identity = TSESLint.Scope.Variable | TSESTree.Node | string;

function identityOfTarget(context: Context, target: TSESTree.Node): Identity | undefined {
  const bare = skipTransparent(target);
  if (bare.type === AST_NODE_TYPES.Identifier) return ASTUtils.findVariable(context.sourceCode.getScope(bare), bare) ?? undefined;
  if (bare.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(bare);
    if (name === undefined) return undefined;
    if (skipTransparent(bare.object).type === AST_NODE_TYPES.ThisExpression) {
      const owner = enclosingClassOfThis(bare);
      return owner ? `${owner.range[0]}:this.${name}` : undefined;
    }
    return context.sourceCode.getText(bare);
  }
  return bare.type === AST_NODE_TYPES.CallExpression || bare.type === AST_NODE_TYPES.NewExpression ? bare : undefined;
}

/** The client a creation call produces: the variable or member it is stored in, or the call itself. */
function identityOfCreation(context: Context, node: TSESTree.Node): Identity {
  const value = outerValue(node);
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier) {
    return context.sourceCode.scopeManager?.getDeclaredVariables(parent)[0] ?? node;
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value) return identityOfTarget(context, parent.left) ?? node;
  return node;
}

/**
 * Whether a creation is a lazy initialisation: its client is kept outside the scope (an outer
 * variable, a member, a `Map`) and a test on that place guards it (`if (!producer)`, `??=`,
 * `producers.has(topic)`, an early `return` when it exists).
 */
class LazyInitCheck {
  constructor(private readonly context: Context) {}

  isLazy(node: TSESTree.Node, scope: TSESTree.Node): boolean {
    const words = this.storage(node, scope);
    if (!words || words.size === 0) return false;
    // Kept for later and made only under a condition: `??=`, `cache.get(k) ?? create()`, `if (!producer) { ... }`.
    for (let child: TSESTree.Node = node, current = node.parent; current && child !== scope; child = current, current = current.parent) {
      if (current.type === AST_NODE_TYPES.AssignmentExpression && current.right === child && (current.operator === '??=' || current.operator === '||=')) return true;
      if (current.type === AST_NODE_TYPES.LogicalExpression && current.right === child && current.operator !== '&&') return true;
      if ((current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.ConditionalExpression) && current.test !== child) return true;
    }
    // ...or after an early exit: `if (started) return;`, `if (producers.has(topic)) return producers.get(topic)!;`.
    for (const statement of descendants(scope, this.context.sourceCode.visitorKeys, false)) {
      if (statement.type !== AST_NODE_TYPES.IfStatement || statement.range[1] > node.range[0]) continue;
      if (this.mentions(statement.test, words) || this.exits(statement.consequent)) return true;
    }
    return false;
  }

  /** Whether a branch leaves the function (`return`, `throw`), not counting nested functions. */
  private exits(branch: TSESTree.Node): boolean {
    for (const node of descendants(branch, this.context.sourceCode.visitorKeys, false)) {
      if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) return true;
    }
    return false;
  }

  private mentions(test: TSESTree.Node, words: ReadonlySet<string>): boolean {
    const text = this.context.sourceCode.getText(test);
    return [...words].some((word) => new RegExp(`(^|[^\\w$])${word.replace(/[$#]/g, '\\$&')}($|[^\\w$])`).test(text));
  }

  /** The names of the places outside `scope` the created client is stored in, and of the locals that read them. */
  private storage(node: TSESTree.Node, scope: TSESTree.Node): Set<string> | undefined {
    const words = new Set<string>();
    const value = outerValue(node);
    const parent = value.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value) {
      this.addTarget(parent.left, scope, words);
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier) {
      this.addLocal(parent, scope, words);
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(value as TSESTree.CallExpressionArgument)) {
      this.addMapSet(parent, words);
    }
    if (words.size === 0) return undefined;
    // `const existing = producers.get(topic); if (existing) return existing;`
    for (const declarator of descendants(scope, this.context.sourceCode.visitorKeys, false)) {
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
      if (this.mentions(declarator.init, words)) words.add(declarator.id.name);
    }
    return words;
  }

  private addTarget(target: TSESTree.Node, scope: TSESTree.Node, words: Set<string>): void {
    const bare = skipTransparent(target);
    if (bare.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(bare);
      if (name !== undefined) words.add(name);
    } else if (bare.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.context.sourceCode.getScope(bare), bare);
      const declared = variable?.defs[0]?.node;
      if (declared && contains(scope, declared) && variable) this.addLocalVariable(variable, scope, words);
      else words.add(bare.name);
    }
  }

  /** `const producer = kafka.producer(); ... producers.set(topic, producer)`: a local that is then stored outside. */
  private addLocal(declarator: TSESTree.VariableDeclarator, scope: TSESTree.Node, words: Set<string>): void {
    const variable = this.context.sourceCode.scopeManager?.getDeclaredVariables(declarator)[0];
    if (variable) this.addLocalVariable(variable, scope, words);
  }

  private addLocalVariable(variable: TSESLint.Scope.Variable, scope: TSESTree.Node, words: Set<string>): void {
    const before = words.size;
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      const use = outerValue(reference.identifier as TSESTree.Node);
      const parent = use.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === use) {
        const target = skipTransparent(parent.left);
        if (target.type === AST_NODE_TYPES.MemberExpression || target.type === AST_NODE_TYPES.Identifier) this.addTarget(target, scope, words);
      } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(use as TSESTree.CallExpressionArgument)) {
        this.addMapSet(parent, words);
      }
    }
    if (words.size > before) words.add(variable.name);
  }

  /** `producers.set(topic, producer)`: the map's name. */
  private addMapSet(call: TSESTree.CallExpression, words: Set<string>): void {
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'set') return;
    const map = skipTransparent(callee.object);
    const name = map.type === AST_NODE_TYPES.Identifier ? map.name : map.type === AST_NODE_TYPES.MemberExpression ? memberName(map) : undefined;
    if (name !== undefined) words.add(name);
  }
}

/** Whether `node` runs only when something failed: inside a `catch` clause below `scope`. */
function isInCatch(node: TSESTree.Node, scope: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== scope; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
  }
  return false;
}

/** The child of `ancestor` that `node` lies in. */
function childTowards(ancestor: TSESTree.Node, node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node;
  while (current && current.parent !== ancestor) current = current.parent;
  return current;
}

/** Whether two calls sit in different branches of one `if`, `?:` or `switch`, so that one run never makes both. */
function areExclusive(left: TSESTree.Node, right: TSESTree.Node): boolean {
  const ancestors = new Set<TSESTree.Node>();
  for (let node: TSESTree.Node | undefined = left; node; node = node.parent) ancestors.add(node);
  let common: TSESTree.Node | undefined = right;
  while (common && !ancestors.has(common)) common = common.parent;
  if (!common || common === left || common === right) return false;
  const leftBranch = childTowards(common, left);
  const rightBranch = childTowards(common, right);
  if (leftBranch === rightBranch) return false;
  switch (common.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return leftBranch !== common.test && rightBranch !== common.test;
    case AST_NODE_TYPES.SwitchStatement:
      return leftBranch !== common.discriminant && rightBranch !== common.discriminant;
    default:
      return false;
  }
}

/** `kafka.consumer`, `this.producer.connect`, `new KafkaConsumer`: short enough for a message. */
function callText(context: Context, node: TSESTree.CallExpression | TSESTree.NewExpression, method: string): string {
  const callee = skipTransparent(node.callee);
  const text = (target: TSESTree.Node) => {
    const written = context.sourceCode.getText(target);
    return written.length <= MAX_CALL_TEXT && !written.includes('\n') ? written : undefined;
  };
  if (node.type === AST_NODE_TYPES.NewExpression) return `new ${text(callee) ?? method}`;
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? text(callee.object) : undefined;
  return receiver ? `${receiver}.${method}` : method;
}

export default createRule<Options, MessageId>({
  name: 'no-consumer-churn',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow creating, connecting or disconnecting consumers and producers per request, message, job or loop iteration',
      pitfall: 'rebalance',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    messages: {
      consumerChurn:
        '`{{call}}()` runs {{where}} ({{origin}}): every consumer that joins or leaves its group makes the whole group rebalance, and all members stop consuming until the rebalance is over. Create, connect and run the consumer once at startup, and disconnect it only at shutdown.',
      producerChurn:
        '`{{call}}()` runs {{where}} ({{origin}}): each new producer opens its own connections to the brokers and fetches metadata before it can send, which adds latency every time and load on the cluster. Create and connect one producer at startup, reuse it, and disconnect it only at shutdown.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkProducers: {
            type: 'boolean',
            description: 'Also report producers created, or connected and disconnected, per unit of work (they do not rebalance a group, but each one opens new connections).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkProducers: true }],
  },
  create(context, [options]) {
    const checkProducers = options.checkProducers ?? true;
    const newExpressions: TSESTree.NewExpression[] = [];

    function candidatesOf(model: KafkaFileModel): Candidate[] {
      const candidates: Candidate[] = [];
      for (const { node, kind, method } of model.calls) {
        if (kind === 'kafka' && (method === 'consumer' || method === 'producer')) {
          candidates.push({ node, role: method, action: 'create', call: callText(context, node, method) });
        } else if ((kind === 'consumer' || kind === 'producer') && LIFECYCLE[kind].has(method)) {
          candidates.push({ node, role: kind, action: method === 'disconnect' ? 'disconnect' : 'connect', call: callText(context, node, method) });
        }
      }
      // node-rdkafka `new KafkaConsumer(...)`, `new Kafka.Producer(...)`.
      for (const node of newExpressions) {
        const client = getTrackedClient(context, node);
        if (client?.kind === 'consumer' || client?.kind === 'producer') {
          candidates.push({ node, role: client.kind, action: 'create', call: callText(context, node, client.kind) });
        }
      }
      return candidates.filter((candidate) => checkProducers || candidate.role === 'consumer').sort((left, right) => left.node.range[0] - right.node.range[0]);
    }

    const listener = visitKafka(context, {
      code(model) {
        const candidates = candidatesOf(model);
        if (candidates.length === 0) return;
        const lazy = new LazyInitCheck(context);
        const finder = new ChurnFinder(context, model, lazy);
        finder.collectUnits();

        // Calls grouped by the scope that repeats them and the client they act on.
        const groups = new Map<TSESTree.Node, Map<Identity, { repeat: Repeat; calls: Candidate[] }>>();
        for (const candidate of candidates) {
          const repeat = finder.repeatOf(candidate.node);
          if (!repeat) continue;
          const identity =
            candidate.action === 'create'
              ? identityOfCreation(context, candidate.node)
              : identityOfTarget(context, (skipTransparent(candidate.node.callee) as TSESTree.MemberExpression).object);
          if (identity === undefined) continue;
          let byClient = groups.get(repeat.scope);
          if (!byClient) groups.set(repeat.scope, (byClient = new Map()));
          const group = byClient.get(identity) ?? { repeat, calls: [] };
          group.calls.push(candidate);
          byClient.set(identity, group);
        }

        for (const byClient of groups.values()) {
          for (const { repeat, calls } of byClient.values()) {
            const creations = calls.filter((call) => call.action === 'create');
            if (creations.some((call) => lazy.isLazy(call.node, repeat.scope))) continue;
            // A client created here churns; one created elsewhere churns when it is connected and disconnected here.
            const opener = creations[0] ?? calls.find((call) => call.action === 'connect');
            if (!opener) continue;
            // Disconnecting after a failure is cleanup, and a `stop` branch beside a `start` branch is a switch.
            const isChurningDisconnect = (call: Candidate) =>
              call.action === 'disconnect' && !isInCatch(call.node, repeat.scope) && !areExclusive(call.node, opener.node);
            if ((opener.action === 'connect' || repeat.needsDisconnect) && !calls.some(isChurningDisconnect)) continue;
            // Each of these calls has to move out of the unit of work, so each is reported where it is written.
            for (const call of calls) {
              if (call.action === 'disconnect' && !isChurningDisconnect(call)) continue;
              context.report({
                node: call.node,
                messageId: call.role === 'consumer' ? 'consumerChurn' : 'producerChurn',
                data: { call: call.call, where: repeat.where, origin: repeat.origin },
              });
            }
          }
        }
      },
    });
    return {
      ...listener,
      NewExpression(node: TSESTree.NewExpression) {
        newExpressions.push(node);
      },
    };
  },
});
