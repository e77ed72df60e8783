import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { MAX_DEPTH, resolveValue, staticKeyName, Trail } from './resolve.js';
import { isBuiltInGlobal, type Scope } from './scope.js';

export type StaticPrimitive = string | number | boolean | bigint | null | undefined;

/** A value known without running the code. `{ value: undefined }` is a known `undefined`. */
export interface StaticValue {
  value: StaticPrimitive;
}

/** Plain data (primitives, arrays, objects) built from literals: what `JSON.stringify` may be given statically. */
interface Evaluated {
  value: unknown;
}

type Evaluator = (node: TSESTree.Node, scope: Scope, structured?: boolean) => Evaluated | undefined;

function isPrimitive(value: unknown): value is StaticPrimitive {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

function unary(operator: TSESTree.UnaryExpression['operator'], value: unknown): Evaluated | undefined {
  if (!isPrimitive(value)) return undefined;
  switch (operator) {
    case '-':
      return typeof value === 'number' || typeof value === 'bigint' ? { value: -value } : undefined;
    case '+':
      return typeof value === 'bigint' ? undefined : { value: Number(value) };
    case '!':
      return { value: !value };
    case '~':
      return typeof value === 'number' ? { value: ~value } : undefined;
    case 'void':
      return { value: undefined };
    case 'typeof':
      return { value: typeof value };
    default:
      return undefined;
  }
}

function binary(operator: string, left: unknown, right: unknown): Evaluated | undefined {
  if (!isPrimitive(left) || !isPrimitive(right)) return undefined;
  if (operator === '+' && (typeof left === 'string' || typeof right === 'string')) {
    return { value: String(left) + String(right) };
  }
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  switch (operator) {
    case '+':
      return { value: left + right };
    case '-':
      return { value: left - right };
    case '*':
      return { value: left * right };
    case '/':
      return { value: left / right };
    case '%':
      return { value: left % right };
    case '**':
      return { value: left ** right };
    default:
      return undefined;
  }
}

function template(node: TSESTree.TemplateLiteral, scope: Scope, evaluateAt: Evaluator): Evaluated | undefined {
  let text = '';
  for (const [index, quasi] of node.quasis.entries()) {
    if (quasi.value.cooked === null) return undefined;
    text += quasi.value.cooked;
    const expression = node.expressions[index];
    if (!expression) continue;
    const part = evaluateAt(expression, scope);
    if (!part || !isPrimitive(part.value)) return undefined;
    text += String(part.value);
  }
  return { value: text };
}

function isStringifyCall(callee: TSESTree.Expression): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'JSON' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'stringify'
  );
}

const CONVERSIONS: Readonly<Record<string, (value: StaticPrimitive) => StaticPrimitive>> = {
  String: (value) => String(value),
  Number: (value) => (typeof value === 'bigint' ? undefined : Number(value)),
  Boolean: (value) => Boolean(value),
};

/** `String(x)`, `Number(x)`, `Boolean(x)` and `JSON.stringify(x)` of constants, when those names are the built-ins. */
function conversion(node: TSESTree.CallExpression, scope: Scope, evaluateAt: Evaluator): Evaluated | undefined {
  const { callee } = node;
  if (node.arguments.length > 1 || node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return undefined;
  }
  const [argument] = node.arguments as TSESTree.Expression[];
  if (callee.type === AST_NODE_TYPES.Identifier && Object.hasOwn(CONVERSIONS, callee.name)) {
    if (!isBuiltInGlobal(scope, callee.name)) return undefined;
    if (!argument) return { value: callee.name === 'String' ? '' : callee.name === 'Number' ? 0 : false };
    const input = evaluateAt(argument, scope);
    if (!input || !isPrimitive(input.value)) return undefined;
    const value = (CONVERSIONS[callee.name] as (value: StaticPrimitive) => StaticPrimitive)(input.value);
    return callee.name === 'Number' && typeof input.value === 'bigint' ? undefined : { value };
  }
  if (!isStringifyCall(callee) || !argument || !isBuiltInGlobal(scope, 'JSON')) return undefined;
  const input = evaluateAt(argument, scope, true);
  if (!input || typeof input.value === 'bigint') return undefined;
  return { value: JSON.stringify(input.value) as string | undefined };
}

function objectData(node: TSESTree.ObjectExpression, scope: Scope, evaluateAt: Evaluator, trail: Trail): Evaluated | undefined {
  const data: Record<string, unknown> = {};
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return undefined;
    const key = staticKeyName(property.key, property.computed, scope, trail);
    const value = key === undefined ? undefined : evaluateAt(property.value, scope, true);
    if (key === undefined || !value) return undefined;
    data[key] = value.value;
  }
  return { value: data };
}

function arrayData(node: TSESTree.ArrayExpression, scope: Scope, evaluateAt: Evaluator): Evaluated | undefined {
  const data: unknown[] = [];
  for (const element of node.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const value = evaluateAt(element, scope, true);
    if (!value) return undefined;
    data.push(value.value);
  }
  return { value: data };
}

function enumMember(node: TSESTree.TSEnumMember, scope: Scope, evaluateAt: Evaluator): Evaluated | undefined {
  if (node.initializer) return evaluateAt(node.initializer, scope);
  const members = node.parent.members;
  const index = members.indexOf(node);
  if (index === 0) return { value: 0 };
  const previous = members[index - 1];
  const before = previous ? evaluateAt(previous, scope) : undefined;
  return typeof before?.value === 'number' ? { value: before.value + 1 } : undefined;
}

function literalValue(node: TSESTree.Literal): Evaluated | undefined {
  return 'regex' in node && node.regex ? undefined : { value: node.value };
}

function globalConstant(node: TSESTree.Identifier, scope: Scope): Evaluated | undefined {
  if (!isBuiltInGlobal(scope, node.name)) return undefined;
  if (node.name === 'undefined') return { value: undefined };
  if (node.name === 'NaN') return { value: Number.NaN };
  if (node.name === 'Infinity') return { value: Number.POSITIVE_INFINITY };
  return undefined;
}

/**
 * Evaluates an expression into plain data. Object and array literals are accepted only where
 * `structured` allows them (inside `JSON.stringify(...)`): rules only ever see primitives.
 */
function evaluateData(root: TSESTree.Node, rootScope: Scope): Evaluated | undefined {
  const trail = new Trail(10_000);
  let depth = 0;
  const evaluateAt: Evaluator = (node, scope, structured = false) => {
    if (depth > MAX_DEPTH || !trail.spend()) return undefined;
    depth++;
    try {
      const resolved = resolveValue(node, scope, trail);
      return evaluateResolved(resolved.node, resolved.scope, structured);
    } finally {
      depth--;
    }
  };
  const evaluateResolved = (node: TSESTree.Node, scope: Scope, structured: boolean): Evaluated | undefined => {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return literalValue(node);
      case AST_NODE_TYPES.TemplateLiteral:
        return template(node, scope, evaluateAt);
      case AST_NODE_TYPES.UnaryExpression: {
        if (node.operator === 'delete') return undefined;
        const argument = evaluateAt(node.argument, scope);
        return argument && unary(node.operator, argument.value);
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
        const left = evaluateAt(node.left, scope);
        const right = left && evaluateAt(node.right, scope);
        return left && right && binary(node.operator, left.value, right.value);
      }
      case AST_NODE_TYPES.LogicalExpression: {
        const left = evaluateAt(node.left, scope);
        if (!left) return undefined;
        const keepLeft =
          node.operator === '??' ? left.value !== null && left.value !== undefined : node.operator === '||' ? !!left.value : !left.value;
        return keepLeft ? left : evaluateAt(node.right, scope);
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = evaluateAt(node.test, scope);
        return test && evaluateAt(test.value ? node.consequent : node.alternate, scope, structured);
      }
      case AST_NODE_TYPES.Identifier:
        return globalConstant(node, scope);
      case AST_NODE_TYPES.TSEnumMember:
        return enumMember(node, scope, evaluateAt);
      case AST_NODE_TYPES.CallExpression:
        return conversion(node, scope, evaluateAt);
      case AST_NODE_TYPES.ObjectExpression:
        return structured ? objectData(node, scope, evaluateAt, trail) : undefined;
      case AST_NODE_TYPES.ArrayExpression:
        return structured ? arrayData(node, scope, evaluateAt) : undefined;
      default:
        return undefined;
    }
  };
  return evaluateAt(root, rootScope);
}

/**
 * The value of an expression when it is known without running the code: literals, `const` bindings
 * (followed through scopes and destructuring), enum members, unary and arithmetic operators on
 * constants, string concatenation, template literals of constants, TypeScript assertions, member
 * reads on constant object literals (`CONFIG.acks`, `config['acks']`), and `String`/`Number`/
 * `Boolean`/`JSON.stringify` of constants. `process.env.X` and anything computed at run time give
 * `undefined`.
 */
export function evaluate(node: TSESTree.Node, scope: Scope): StaticValue | undefined {
  const result = evaluateData(node, scope);
  return result && isPrimitive(result.value) ? { value: result.value } : undefined;
}

/** `Buffer.from(constant)` and `Buffer.alloc(n)`: the same bytes on every call. */
function isConstantBuffer(node: TSESTree.Node, scope: Scope): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object, property } = node.callee;
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Buffer' || !isBuiltInGlobal(scope, 'Buffer')) return false;
  if (property.type !== AST_NODE_TYPES.Identifier || node.callee.computed) return false;
  if (property.name !== 'from' && property.name !== 'alloc') return false;
  return node.arguments.length > 0 && node.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && evaluateData(argument, scope) !== undefined);
}

/**
 * Whether an expression has the same value on every run: a literal, a constant-bound literal, a
 * template literal of constants, `String(undefined)`, `JSON.stringify({})`, `Buffer.from('k')`.
 * A message key built this way sends every message to one partition.
 */
export function isConstantExpression(node: TSESTree.Node, scope: Scope): boolean {
  return evaluateData(node, scope) !== undefined || isConstantBuffer(node, scope);
}

/**
 * The name of an object literal's property: written literally (`acks`, `'acks'`), or computed from
 * constants (`[KEY]`, `` [`max${'Bytes'}`] ``). `undefined` when computed at run time.
 */
export function propertyKey(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition, scope: Scope): string | undefined {
  const literal = staticKeyName(property.key, false, scope);
  if (!property.computed) return literal;
  const evaluated = evaluate(property.key, scope);
  return typeof evaluated?.value === 'string' || typeof evaluated?.value === 'number' ? String(evaluated.value) : undefined;
}
