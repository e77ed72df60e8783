import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { ConfigScalar } from '../core/config-view.js';

/** The quote character of a string literal (or template), as written. */
export type Quote = "'" | '"' | '`';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The quote a string literal or template literal is written with. */
export function quoteOf(node: TSESTree.Node): Quote | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return '`';
  if (node.type !== AST_NODE_TYPES.Literal || typeof node.value !== 'string') return undefined;
  const first = node.raw[0];
  return first === '"' || first === "'" ? first : undefined;
}

/** The quote an object literal's strings use, so that added keys and values match them; single quotes if it has none. */
export function quoteStyleOf(object: TSESTree.ObjectExpression | TSESTree.ArrayExpression): Quote {
  const nodes = object.type === AST_NODE_TYPES.ObjectExpression
    ? object.properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property ? [property.key, property.value] : []))
    : object.elements;
  for (const node of nodes) {
    const quote = node ? quoteOf(node) : undefined;
    if (quote === "'" || quote === '"') return quote;
  }
  return "'";
}

/** A JavaScript string literal of `value` in the given quotes. */
export function quoteString(value: string, quote: Quote): string {
  let escaped = value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`).replaceAll('\n', '\\n').replaceAll('\r', '\\r');
  if (quote === '`') escaped = escaped.replaceAll('${', '\\${');
  return `${quote}${escaped}${quote}`;
}

/** JavaScript source for a setting's value: numbers raw, strings quoted, booleans and `null` as keywords. */
export function formatScalar(value: ConfigScalar, quote: Quote): string {
  if (typeof value === 'string') return quoteString(value, quote === '`' ? "'" : quote);
  return String(value);
}

/** A property key: bare when it is an identifier (`idempotent`), quoted otherwise (`'enable.idempotence'`). */
export function keyText(name: string, quote: Quote): string {
  return IDENTIFIER.test(name) ? name : quoteString(name, quote === '`' ? "'" : quote);
}

/**
 * Whether the value is written as a plain literal (`1`, `-1`, `'all'`, `` `all` ``, `true`, possibly
 * under `as const`), which a fix can rewrite in place without changing anything else.
 */
export function isRewritableLiteral(node: TSESTree.Node): boolean {
  let bare = node;
  while (bare.type === AST_NODE_TYPES.TSAsExpression || bare.type === AST_NODE_TYPES.TSSatisfiesExpression) bare = bare.expression;
  if (bare.loc.start.line !== bare.loc.end.line) return false;
  if (bare.type === AST_NODE_TYPES.Literal) return !('regex' in bare && bare.regex) && typeof bare.value !== 'bigint';
  if (bare.type === AST_NODE_TYPES.TemplateLiteral) return bare.expressions.length === 0;
  return (
    bare.type === AST_NODE_TYPES.UnaryExpression &&
    (bare.operator === '-' || bare.operator === '+') &&
    bare.argument.type === AST_NODE_TYPES.Literal &&
    typeof bare.argument.value === 'number'
  );
}
