import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  enclosingClassOfThis,
  isClassNode,
  isFunctionNode,
  memberName,
  skipTransparent,
  type ClassNode,
  type FunctionNode,
} from './ast.js';
import type { Candidates } from './collect.js';
import type { ImportIndex } from './imports.js';
import { libraryOfLoad } from './imports.js';
import { constructedBy, derivedBy, isExport, returnedBy, typedAs, type Instance, type ModuleRef } from './libraries.js';
import { MAX_DEPTH, memberOf, resolveValue, staticKeyName, type Located } from './resolve.js';
import { DefinitionType, lookUp, pathInPattern, type Scope, type Variable } from './scope.js';

/** What an expression is, as far as Kafka is concerned: a library export, or a client object. */
export type Traced = { type: 'module'; ref: ModuleRef } | { type: 'instance'; instance: Instance };

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Decides whether a NestJS `ClientProxy` injected under a token publishes to Kafka (see `nest-registry.ts`). */
export type ProxyPolicy = (token: string | undefined) => boolean;

const PENDING = Symbol('pending');

/** Looks a key up in a memo, marking it pending while it is computed so that cycles resolve to nothing. */
function memoized<K, V>(memo: Map<K, V | null | typeof PENDING>, key: K, compute: () => V | undefined): V | undefined {
  const known = memo.get(key);
  if (known === PENDING || known === null) return undefined;
  if (known !== undefined) return known;
  memo.set(key, PENDING);
  const value = compute();
  memo.set(key, value ?? null);
  return value;
}

function instance(value: Instance | undefined): Traced | undefined {
  return value && { type: 'instance', instance: value };
}

function firstOf<T, R>(items: Iterable<T>, map: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const result = map(item);
    if (result !== undefined) return result;
  }
  return undefined;
}

/** The decorators on a declaration that a type annotation belongs to: a parameter, a parameter property, a class field. */
function decoratorsOf(node: TSESTree.Node): TSESTree.Decorator[] {
  const owner = node.parent?.type === AST_NODE_TYPES.TSParameterProperty ? node.parent : node;
  return 'decorators' in owner && Array.isArray(owner.decorators) ? owner.decorators : [];
}

/**
 * Finds which expressions of a file are Kafka clients, producers, consumers, admins and
 * transactions, by following each expression back to where its value comes from, through ESLint's
 * scope manager: variables and their assignments, destructuring, `this.x` members of the class,
 * parameters typed with the library's types, and the `return` of factory functions. Every answer
 * is memoized, so asking about each call of a file costs one resolution per binding.
 */
export class Tracker {
  private readonly nodeValues = new Map<TSESTree.Node, Traced | null | typeof PENDING>();
  private readonly variableValues = new Map<Variable, Traced | null | typeof PENDING>();
  private readonly memberValues = new Map<ClassNode, Map<string, Traced | null | typeof PENDING>>();
  private readonly functionValues = new Map<TSESTree.Node, FunctionNode[] | null | typeof PENDING>();
  /** Whether a `ClientProxy` publishes to Kafka; set once the file's NestJS registrations are known. */
  proxyPolicy: ProxyPolicy = () => false;
  private depth = 0;
  private thisCallIndex: Map<ClassNode, Map<string, TSESTree.CallExpression[]>> | undefined;

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly imports: ImportIndex,
    private readonly candidates: Candidates,
  ) {}

  scopeOf(node: TSESTree.Node): Scope {
    return this.sourceCode.getScope(node);
  }

  /** What `node` evaluates to, when it is a Kafka library export or client object. */
  valueOf(node: TSESTree.Node): Traced | undefined {
    return memoized(this.nodeValues, node, () => this.descend(() => this.computeValue(node)));
  }

  /**
   * Runs one step of a resolution that may recurse (a member chain, a factory returning a factory's
   * result), giving up past a depth no hand-written code reaches, so generated code cannot overflow the stack.
   */
  private descend<T>(step: () => T | undefined): T | undefined {
    if (this.depth >= MAX_DEPTH) return undefined;
    this.depth++;
    try {
      return step();
    } finally {
      this.depth--;
    }
  }

  /** The client object `node` evaluates to, if it is one. */
  instanceOf(node: TSESTree.Node): Instance | undefined {
    const traced = this.valueOf(node);
    return traced?.type === 'instance' ? traced.instance : undefined;
  }

  /** The library export `node` names, if it names one (`Transport.KAFKA`, `CompressionTypes.GZIP`). */
  exportOf(node: TSESTree.Node): ModuleRef | undefined {
    const traced = this.valueOf(node);
    return traced?.type === 'module' ? traced.ref : undefined;
  }

  private computeValue(node: TSESTree.Node): Traced | undefined {
    const asserted = this.assertedType(node);
    if (asserted) return asserted;
    const bare = skipTransparent(node);
    switch (bare.type) {
      case AST_NODE_TYPES.AwaitExpression:
        return this.valueOf(bare.argument);
      case AST_NODE_TYPES.Identifier: {
        const variable = lookUp(this.scopeOf(bare), bare.name);
        return variable ? this.valueOfVariable(variable) : undefined;
      }
      case AST_NODE_TYPES.MemberExpression:
        return this.valueOfMember(bare);
      case AST_NODE_TYPES.CallExpression:
        return this.valueOfCall(bare);
      case AST_NODE_TYPES.NewExpression: {
        const callee = this.valueOf(bare.callee);
        return callee?.type === 'module' ? instance(constructedBy(callee.ref)) : undefined;
      }
      case AST_NODE_TYPES.ImportExpression: {
        const library = libraryOfLoad(bare.source);
        return library && { type: 'module', ref: { library, path: [], typeOnly: false } };
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return this.valueOf(bare.consequent) ?? this.valueOf(bare.alternate);
      case AST_NODE_TYPES.LogicalExpression:
        return this.valueOf(bare.right) ?? this.valueOf(bare.left);
      case AST_NODE_TYPES.AssignmentExpression:
        return bare.operator === '=' || bare.operator === '??=' || bare.operator === '||=' ? this.valueOf(bare.right) : undefined;
      case AST_NODE_TYPES.SequenceExpression: {
        const last = bare.expressions.at(-1);
        return last && this.valueOf(last);
      }
      default:
        return undefined;
    }
  }

  /** `(clients.get('orders') as Producer)`: an assertion to a library type says what the value is. */
  private assertedType(node: TSESTree.Node): Traced | undefined {
    if (node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) return undefined;
    return this.typedValue(node.typeAnnotation, node);
  }

  private valueOfVariable(variable: Variable): Traced | undefined {
    return memoized(this.variableValues, variable, () => {
      const declared = firstOf(variable.defs, (definition) => this.valueOfDefinition(variable, definition));
      return declared ?? firstOf(this.assignedValues(variable), (value) => this.valueOf(value));
    });
  }

  private valueOfDefinition(variable: Variable, definition: TSESLint.Scope.Definition): Traced | undefined {
    switch (definition.type) {
      case DefinitionType.ImportBinding: {
        const ref = this.imports.bindings.get(variable);
        return ref && { type: 'module', ref };
      }
      case DefinitionType.Variable: {
        const name = definition.name as TSESTree.Identifier;
        const typed = name.typeAnnotation ? this.typedValue(name.typeAnnotation.typeAnnotation, name) : undefined;
        if (typed || !definition.node.init) return typed;
        const path = pathInPattern(definition.node.id, name);
        return path && this.valueAtPath(definition.node.init, path);
      }
      case DefinitionType.Parameter:
        return this.valueOfParameter(definition.name as TSESTree.Identifier, definition.node);
      default:
        return undefined;
    }
  }

  private valueOfParameter(name: TSESTree.Identifier, owner: TSESTree.Node): Traced | undefined {
    if (name.typeAnnotation) {
      const typed = this.typedValue(name.typeAnnotation.typeAnnotation, name);
      if (typed) return typed;
    }
    if (name.parent.type === AST_NODE_TYPES.AssignmentPattern && name.parent.left === name) {
      const fallback = this.valueOf(name.parent.right);
      if (fallback) return fallback;
    }
    if (!isFunctionNode(owner)) return undefined;
    const index = parameterIndex(owner, name);
    const passed = index === undefined ? undefined : this.argumentsAtCallSites(owner, index);
    if (!passed) return undefined;
    // An untyped parameter is a client only when every call in the file passes the same kind of client.
    const values = passed.map((argument) => this.instanceOf(argument));
    const [first] = values;
    return first && values.every((value) => value?.kind === first.kind) ? instance(first) : undefined;
  }

  /** `x = value` assignments after the declaration (lazy initialisation: `if (!producer) producer = kafka.producer()`). */
  private assignedValues(variable: Variable): TSESTree.Expression[] {
    const values: TSESTree.Expression[] = [];
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier) values.push(parent.right);
    }
    return values;
  }

  /** The value at a destructuring path below `base`: `const { Kafka } = require('kafkajs')`. */
  private valueAtPath(base: TSESTree.Node, path: readonly string[]): Traced | undefined {
    if (path.length === 0) return this.valueOf(base);
    const [key, ...rest] = path as [string, ...string[]];
    const traced = this.valueOf(base);
    if (traced?.type === 'module') {
      return { type: 'module', ref: { ...traced.ref, path: [...traced.ref.path, ...path] } };
    }
    if (traced) return undefined;
    return firstOf(this.staticMembers(base, key), (member) => this.valueAtPath(member, rest));
  }

  /**
   * The expressions `base[key]` can statically be: a property of an object literal (through
   * `const` bindings), or of each object literal a local factory returns (`createClients().producer`).
   */
  private staticMembers(base: TSESTree.Node, key: string): TSESTree.Node[] {
    const resolved = resolveValue(base, this.scopeOf(base));
    const member = memberOf(resolved, key);
    if (member) return [member.node];
    const bare = skipTransparent(resolved.node);
    const call = bare.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(bare.argument) : bare;
    if (call.type !== AST_NODE_TYPES.CallExpression) return [];
    const members: TSESTree.Node[] = [];
    for (const fn of this.calledFunctions(call)) {
      for (const returned of this.returnsOf(fn)) {
        const value = memberOf(resolveValue(returned, this.scopeOf(returned)), key);
        if (value) members.push(value.node);
      }
    }
    return members;
  }

  private valueOfMember(node: TSESTree.MemberExpression): Traced | undefined {
    const key = staticKeyName(node.property, node.computed, this.scopeOf(node));
    if (key === undefined) return undefined;
    if (skipTransparent(node.object).type === AST_NODE_TYPES.ThisExpression) {
      const owner = enclosingClassOfThis(node);
      return owner && this.classMember(owner, key);
    }
    return this.valueAtPath(node.object, [key]);
  }

  private valueOfCall(node: TSESTree.CallExpression): Traced | undefined {
    const library = this.imports.requires.get(node);
    if (library) return { type: 'module', ref: { library, path: [], typeOnly: false } };
    const callee = skipTransparent(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && skipTransparent(callee.object).type !== AST_NODE_TYPES.ThisExpression) {
      const method = memberName(callee);
      const receiver = method === undefined ? undefined : this.valueOf(callee.object);
      if (receiver?.type === 'instance') return instance(derivedBy(receiver.instance, method as string));
      if (receiver?.type === 'module') return instance(this.returnedByExport({ ...receiver.ref, path: [...receiver.ref.path, method as string] }, node));
    }
    return firstOf(this.calledFunctions(node), (fn) => firstOf(this.returnsOf(fn), (returned) => this.valueOf(returned)));
  }

  /** What a call of a library function gives: `AdminClient.create(...)`, a Kafka `ClientProxyFactory.create(...)`. */
  private returnedByExport(ref: ModuleRef, call: TSESTree.CallExpression): Instance | undefined {
    const [options] = call.arguments;
    if (isExport(ref, 'nestjs', 'ClientProxyFactory', 'create')) {
      return options && this.isKafkaTransportOptions(options) ? { kind: 'nest-client', library: 'nestjs', api: 'nestjs' } : undefined;
    }
    return returnedBy(ref);
  }

  /** The value of `this.<name>` in a class: its field, constructor parameter property, getter, or `this.<name> = ...` assignments. */
  private classMember(owner: ClassNode, name: string): Traced | undefined {
    let members = this.memberValues.get(owner);
    if (!members) {
      members = new Map();
      this.memberValues.set(owner, members);
    }
    return memoized(members, name, () => this.computeClassMember(owner, name));
  }

  private computeClassMember(owner: ClassNode, name: string): Traced | undefined {
    for (const element of owner.body.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && memberName(element) === name) {
        const typed = element.typeAnnotation ? this.typedValue(element.typeAnnotation.typeAnnotation, element) : undefined;
        const value = typed ?? (element.value ? this.valueOf(element.value) : undefined);
        if (value) return value;
      } else if (element.type === AST_NODE_TYPES.MethodDefinition && element.value.type === AST_NODE_TYPES.FunctionExpression) {
        const value =
          element.kind === 'get' && memberName(element) === name
            ? firstOf(this.returnsOf(element.value), (returned) => this.valueOf(returned))
            : element.kind === 'constructor'
              ? this.parameterProperty(element.value, name)
              : undefined;
        if (value) return value;
      }
    }
    const assigned = firstOf(this.candidates.thisAssignments.get(owner)?.get(name) ?? [], (value) => this.valueOf(value));
    if (assigned) return assigned;
    const parent = this.superClass(owner);
    return parent && this.classMember(parent, name);
  }

  private parameterProperty(constructor: TSESTree.FunctionExpression, name: string): Traced | undefined {
    for (const parameter of constructor.params) {
      if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const binding = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
      if (binding.type === AST_NODE_TYPES.Identifier && binding.name === name) return this.valueOfParameter(binding, constructor);
    }
    return undefined;
  }

  /** The class `owner` extends, when it is declared in this file. */
  private superClass(owner: ClassNode): ClassNode | undefined {
    if (!owner.superClass) return undefined;
    const resolved = resolveValue(owner.superClass, this.scopeOf(owner.superClass)).node;
    if (isClassNode(resolved)) return resolved;
    if (resolved.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = lookUp(this.scopeOf(resolved), resolved.name);
    const definition = variable?.defs[0];
    return definition?.type === DefinitionType.ClassName && isClassNode(definition.node) && definition.node !== owner
      ? definition.node
      : undefined;
  }

  /** A method of a class (or of a class it extends in this file). */
  classMethod(owner: ClassNode, name: string, depth = 0): FunctionNode | undefined {
    for (const element of owner.body.body) {
      if (
        element.type === AST_NODE_TYPES.MethodDefinition &&
        element.kind === 'method' &&
        element.value.type === AST_NODE_TYPES.FunctionExpression &&
        memberName(element) === name
      ) {
        return element.value;
      }
      if (element.type === AST_NODE_TYPES.PropertyDefinition && memberName(element) === name && isFunctionNode(element.value)) {
        return element.value;
      }
    }
    const parent = depth < 16 ? this.superClass(owner) : undefined;
    return parent && this.classMethod(parent, name, depth + 1);
  }

  /** What a value annotated with `type` is: `Producer`, `KafkaJS.Consumer`, `Producer | null`, `ClientKafka`. */
  typedValue(type: TSESTree.TypeNode, declaration: TSESTree.Node): Traced | undefined {
    if (type.type === AST_NODE_TYPES.TSUnionType) return firstOf(type.types, (member) => this.typedValue(member, declaration));
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const ref = this.typeRef(type.typeName);
    const typed = ref && typedAs(ref);
    if (typed?.proxy) return this.isKafkaProxy(declaration) ? instance({ ...typed, proxy: false }) : undefined;
    return instance(typed);
  }

  /** The library export a type name refers to: `Producer` imported from kafkajs, `KafkaJS.Producer`. */
  typeRef(name: TSESTree.EntityName): ModuleRef | undefined {
    if (name.type === AST_NODE_TYPES.TSQualifiedName) {
      const left = this.typeRef(name.left);
      return left && { ...left, path: [...left.path, name.right.name] };
    }
    if (name.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = lookUp(this.scopeOf(name), name.name);
    return variable ? this.imports.bindings.get(variable) : undefined;
  }

  /** A `ClientProxy` publishes to Kafka when its `@Client(...)` options or its `@Inject(TOKEN)` registration say so. */
  private isKafkaProxy(declaration: TSESTree.Node): boolean {
    let token: string | undefined;
    for (const decorator of decoratorsOf(declaration)) {
      const call = decorator.expression;
      if (call.type !== AST_NODE_TYPES.CallExpression) continue;
      const callee = skipTransparent(call.callee);
      const [argument] = call.arguments;
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Inject' && argument) {
        const resolved = resolveValue(argument, this.scopeOf(argument)).node;
        if (resolved.type === AST_NODE_TYPES.Literal && typeof resolved.value === 'string') token = resolved.value;
      }
      const exported = this.exportOf(callee);
      if (exported && isExport(exported, 'nestjs', 'Client') && argument) return this.isKafkaTransportOptions(argument);
    }
    return this.proxyPolicy(token);
  }

  /** Whether a NestJS options object says `transport: Transport.KAFKA`. */
  isKafkaTransportOptions(node: TSESTree.Node): boolean {
    const options = resolveValue(node, this.scopeOf(node));
    const transport = memberOf(options, 'transport');
    const ref = transport && this.exportOf(transport.node);
    return ref !== undefined && isExport(ref, 'nestjs', 'Transport', 'KAFKA');
  }

  /** The functions `node` can be: an inline function, a function-valued binding, a method, a bound method, a parameter passed functions. */
  functionsOf(node: TSESTree.Node): FunctionNode[] {
    return memoized(this.functionValues, node, () => this.descend(() => this.computeFunctions(node))) ?? [];
  }

  private computeFunctions(node: TSESTree.Node): FunctionNode[] | undefined {
    const bare = skipTransparent(node);
    if (isFunctionNode(bare)) return [bare];
    if (bare.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTransparent(bare.callee);
      const isBind = callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'bind';
      return isBind ? this.functionsOf(callee.object) : undefined;
    }
    if (bare.type === AST_NODE_TYPES.MemberExpression && skipTransparent(bare.object).type === AST_NODE_TYPES.ThisExpression) {
      const owner = enclosingClassOfThis(bare);
      const name = memberName(bare);
      const method = owner && name !== undefined ? this.classMethod(owner, name) : undefined;
      return method ? [method] : undefined;
    }
    const resolved = resolveValue(bare, this.scopeOf(bare));
    if (isFunctionNode(resolved.node)) return [resolved.node];
    if (resolved.node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = lookUp(this.scopeOf(resolved.node), resolved.node.name);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === DefinitionType.FunctionName && isFunctionNode(definition.node)) return [definition.node];
    if (definition?.type !== DefinitionType.Parameter || !isFunctionNode(definition.node)) return undefined;
    const index = parameterIndex(definition.node, definition.name as TSESTree.Identifier);
    const passed = index === undefined ? undefined : this.argumentsAtCallSites(definition.node, index);
    if (!passed) return undefined;
    const functions: FunctionNode[] = [];
    for (const argument of passed) {
      const resolvedArgument = this.functionsOf(argument);
      if (resolvedArgument.length === 0) return undefined;
      for (const fn of resolvedArgument) if (!functions.includes(fn)) functions.push(fn);
    }
    return functions;
  }

  /** The functions a call invokes: `createProducer()`, `this.getProducer()`, `factories.producer()`. */
  calledFunctions(call: TSESTree.CallExpression): FunctionNode[] {
    return this.functionsOf(call.callee);
  }

  /** The values a function returns: its `return` arguments, or an arrow's expression body. */
  returnsOf(fn: FunctionNode): TSESTree.Expression[] {
    return this.candidates.returns.get(fn) ?? [];
  }

  /**
   * The argument at `index` of every call of `fn` in the file, or `undefined` when `fn` is also used
   * some other way (passed along, exported by name), so that not every call is visible.
   */
  argumentsAtCallSites(fn: FunctionNode, index: number): TSESTree.Node[] | undefined {
    const calls = this.callSites(fn);
    if (!calls || calls.length === 0) return undefined;
    const passed: TSESTree.Node[] = [];
    for (const call of calls) {
      const before = call.arguments.slice(0, index + 1);
      const argument = call.arguments[index];
      if (!argument || before.some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      passed.push(argument);
    }
    return passed;
  }

  private callSites(fn: FunctionNode): TSESTree.CallExpression[] | undefined {
    const method = fn.parent;
    if (method?.type === AST_NODE_TYPES.MethodDefinition) {
      // Constructors, getters and setters are never called by name.
      const name = method.kind === 'method' ? memberName(method) : undefined;
      return name === undefined || !isClassNode(method.parent.parent) ? undefined : (this.thisCalls().get(method.parent.parent)?.get(name) ?? []);
    }
    const variable = this.functionVariable(fn);
    if (!variable) return undefined;
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      if (reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) return undefined;
      calls.push(parent);
    }
    return calls;
  }

  /** `this.method(...)` calls, per class and method name, indexed on first use. */
  private thisCalls(): Map<ClassNode, Map<string, TSESTree.CallExpression[]>> {
    if (this.thisCallIndex) return this.thisCallIndex;
    const index = new Map<ClassNode, Map<string, TSESTree.CallExpression[]>>();
    for (const call of this.candidates.calls) {
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || skipTransparent(callee.object).type !== AST_NODE_TYPES.ThisExpression) continue;
      const name = memberName(callee);
      const owner = name === undefined ? undefined : enclosingClassOfThis(callee);
      if (name === undefined || !owner) continue;
      let methods = index.get(owner);
      if (!methods) index.set(owner, (methods = new Map()));
      const calls = methods.get(name);
      if (calls) calls.push(call);
      else methods.set(name, [call]);
    }
    this.thisCallIndex = index;
    return index;
  }

  /** The variable naming a function: `function f() {}`, `const f = () => {}`. */
  private functionVariable(fn: FunctionNode): Variable | undefined {
    const scopeManager = this.sourceCode.scopeManager;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
      return scopeManager?.getDeclaredVariables(fn).find((variable) => variable.name === fn.id?.name);
    }
    const declarator = fn.parent;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn && declarator.id.type === AST_NODE_TYPES.Identifier) {
      return scopeManager?.getDeclaredVariables(declarator)[0];
    }
    return undefined;
  }

  /** A located value, for the static resolution helpers. */
  locate(node: TSESTree.Node): Located {
    return resolveValue(node, this.scopeOf(node));
  }
}

/** The position of a parameter in its function's parameter list (through defaults and parameter properties). */
function parameterIndex(fn: FunctionNode, name: TSESTree.Identifier): number | undefined {
  const index = fn.params.findIndex((parameter) => {
    let binding: TSESTree.Node = parameter;
    if (binding.type === AST_NODE_TYPES.TSParameterProperty) binding = binding.parameter;
    if (binding.type === AST_NODE_TYPES.AssignmentPattern) binding = binding.left;
    return binding === name;
  });
  return index < 0 ? undefined : index;
}
