// A small stand-in for the plugin, so the CLI's tests do not depend on which rules exist: a
// line-based language for `.properties`/`.conf`/YAML files, four rules (one per preset level,
// two with fixes), and configs built by the real src/configs.ts, so the CLI is tested against
// the real globs and ignores.
import { TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { buildConfig } from '../../src/configs.js';
import type { KafkaRule } from '../../src/rules/index.js';
import type { CliPlugin } from '../../src/cli/main.js';
import { createRule } from '../../src/util/create-rule.js';

interface Position {
  line: number;
  column: number;
}

interface LineNode {
  type: 'Line';
  key: string;
  value: string;
  range: [number, number];
  valueRange: [number, number];
  loc: { start: Position; end: Position };
}

interface LinesRoot {
  type: 'Lines';
  body: LineNode[];
  range: [number, number];
  loc: { start: Position; end: Position };
}

/** The text that makes the fixture language fail to parse, to test ESLint's fatal parse results. */
export const UNPARSABLE = '<<<unparsable>>>';

function parseLines(text: string): LinesRoot | { line: number } {
  const body: LineNode[] = [];
  let offset = 0;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const start = offset;
    offset += line.length + 1;
    if (line.includes(UNPARSABLE)) return { line: index + 1 };
    const match = /^\s*([^#!\s][^=:]*?)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key = '', value = ''] = match;
    const valueStart = start + line.lastIndexOf(value);
    body.push({
      type: 'Line',
      key,
      value,
      range: [start, start + line.length],
      valueRange: [valueStart, valueStart + value.length],
      loc: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: line.length + 1 } },
    });
  }
  const lastLine = lines.at(-1) ?? '';
  return {
    type: 'Lines',
    body,
    range: [0, text.length],
    loc: { start: { line: 1, column: 1 }, end: { line: lines.length, column: lastLine.length + 1 } },
  };
}

class LinesSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, never>;
  RootNode: LinesRoot;
  SyntaxElementWithLoc: LinesRoot | LineNode;
  ConfigNode: never;
}> {
  override getParent(node: LinesRoot | LineNode): LinesRoot | undefined {
    return node.type === 'Line' ? this.ast : undefined;
  }

  override *traverse(): Iterable<VisitNodeStep> {
    yield new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, undefined] });
    for (const line of this.ast.body) {
      yield new VisitNodeStep({ target: line, phase: 1, args: [line, this.ast] });
      yield new VisitNodeStep({ target: line, phase: 2, args: [line, this.ast] });
    }
    yield new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, undefined] });
  }
}

const linesLanguage = {
  fileType: 'text' as const,
  lineStart: 1 as const,
  columnStart: 1 as const,
  nodeTypeKey: 'type',
  visitorKeys: { Lines: ['body'], Line: [] },
  validateLanguageOptions(): void {},
  parse(file: { body: string | Uint8Array }) {
    const parsed = parseLines(String(file.body));
    return 'type' in parsed
      ? { ok: true as const, ast: parsed }
      : { ok: false as const, errors: [{ message: 'Unparsable line', line: parsed.line, column: 1 }] };
  },
  createSourceCode(file: { body: string | Uint8Array }, input: { ast: LinesRoot }) {
    return new LinesSourceCode({ text: String(file.body), ast: input.ast });
  },
};

type LineListener = (node: LineNode) => void;

/** The config rules' listener, typed as a code rule's: createRule only knows ESTree visitors. */
function onLine(listener: LineListener): TSESLint.RuleListener {
  return { Line: listener } as unknown as TSESLint.RuleListener;
}

function isProperty(node: TSESTree.Property, name: string): boolean {
  return !node.computed && node.key.type === 'Identifier' && node.key.name === name;
}

const codeAcks = createRule({
  name: 'fixture-code-acks',
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Disallow acks 1 in code', pitfall: 'loss', recommended: 'recommended', appliesTo: ['code'] },
    messages: { leaderOnly: '`acks: 1` waits for the leader only.' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Property(node) {
        if (isProperty(node, 'acks') && node.value.type === 'Literal' && node.value.value === 1) {
          context.report({ node: node.value, messageId: 'leaderOnly', fix: (fixer) => fixer.replaceText(node.value, '-1') });
        }
      },
    };
  },
});

const configAcks = createRule({
  name: 'fixture-config-acks',
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Disallow acks 1 in config', pitfall: 'loss', recommended: 'recommended', appliesTo: ['config'] },
    // `%`, `,` and `:` exercise the github format's escaping.
    messages: { leaderOnly: 'acks=1: 100% of writes wait for the leader only, not the replicas' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return onLine((line) => {
      if (line.key === 'acks' && line.value === '1') {
        context.report({
          loc: line.loc,
          messageId: 'leaderOnly',
          fix: (fixer) => fixer.replaceTextRange(line.valueRange, 'all'),
        });
      }
    });
  },
});

const strictPartition = createRule({
  name: 'fixture-strict-partition',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow hard-coded partitions', pitfall: 'skew', recommended: 'strict', appliesTo: ['code'] },
    // A line break, which the github format must escape.
    messages: { hardCoded: 'A hard-coded partition\nsends every message to one broker.' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return {
      Property(node) {
        if (isProperty(node, 'partition')) context.report({ node, messageId: 'hardCoded' });
      },
    };
  },
});

const allSessionTimeout = createRule({
  name: 'fixture-all-session-timeout',
  meta: {
    type: 'suggestion',
    docs: { description: 'Report every session timeout', pitfall: 'rebalance', appliesTo: ['config'] },
    messages: { seen: 'session.timeout.ms is set.' },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return onLine((line) => {
      if (line.key === 'session.timeout.ms') context.report({ loc: line.loc, messageId: 'seen' });
    });
  },
});

const rules = {
  'fixture-code-acks': codeAcks,
  'fixture-config-acks': configAcks,
  'fixture-strict-partition': strictPartition,
  'fixture-all-session-timeout': allSessionTimeout,
} as unknown as Record<string, KafkaRule>;

/** A fresh fixture plugin with the given rules (all four by default). */
export function createFixturePlugin(ruleSubset: Record<string, KafkaRule> = rules): CliPlugin {
  const plugin = {
    meta: { name: 'eslint-plugin-kafka', version: '9.8.7', namespace: 'kafka' },
    rules: ruleSubset,
    languages: { properties: linesLanguage, yaml: linesLanguage },
    configs: {} as Record<'recommended' | 'strict' | 'all', readonly object[]>,
  };
  for (const preset of ['recommended', 'strict', 'all'] as const) {
    plugin.configs[preset] = buildConfig(plugin as unknown as Parameters<typeof buildConfig>[0], ruleSubset, preset);
  }
  return plugin;
}

export const fixtureRules = rules;
