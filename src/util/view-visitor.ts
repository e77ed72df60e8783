import type { TSESLint } from '@typescript-eslint/utils';

import { getKafkaModel } from '../code/index.js';
import type { KafkaFileModel } from '../code/model.js';
import type { ConfigView } from '../core/config-view.js';
import { isConfigSourceCode } from '../config-lint/model.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Every view of the linted file, code or config: for rules that weigh one view against the others. */
export function viewsOfFile(context: Context): readonly ConfigView[] {
  const sourceCode: unknown = context.sourceCode;
  if (isConfigSourceCode(sourceCode)) return sourceCode.getConfigModel().views;
  return getKafkaModel(context)?.views ?? [];
}

/**
 * Whether a view holds the client settings of a Kafka Streams application (`producer.`-prefixed keys
 * of a Streams file, Spring's `spring.kafka.streams.properties`): Streams builds its clients from more
 * than such a view shows (its own defaults and overrides), so those views are incomplete by
 * construction, and rules about commit modes, isolation, assignors or delivery timeouts leave them alone.
 */
export function isStreamsClientView(view: ConfigView, views: readonly ConfigView[]): boolean {
  return !view.complete && views.some((other) => other.role === 'streams' && other.dialect === view.dialect);
}

export interface ViewVisitors {
  /** Called once per config view, for code and config files alike. */
  view?: (view: ConfigView) => void;
  /** Called once per code file that imports a Kafka client, after the views. */
  code?: (model: KafkaFileModel) => void;
}

/**
 * Runs a rule that checks settings wherever they are written: in a config file on the file's views,
 * at once; in code on the views and model of the file's Kafka usage, from the listener it returns.
 */
export function visitKafka(context: Context, visitors: ViewVisitors): TSESLint.RuleListener {
  const sourceCode: unknown = context.sourceCode;
  if (isConfigSourceCode(sourceCode)) {
    // A config file is a single node, so its views are checked now, while ESLint creates the rule,
    // and no listener is returned: ESLint 10 records every listener of every rule per file in a
    // WeakMap and dispatches it through a visitor, which cost ~4% of config linting (same-process A/B).
    if (visitors.view) for (const each of sourceCode.getConfigModel().views) visitors.view(each);
    return {};
  }
  return {
    'Program:exit'() {
      const model = getKafkaModel(context);
      if (!model) return;
      if (visitors.view) for (const view of model.views) visitors.view(view);
      visitors.code?.(model);
    },
  };
}

/**
 * A `context.report` that reports each message once per location. Views can share entries (compose
 * services merging one anchored environment, a Spring profile inheriting a section), and one setting
 * deserves one finding.
 */
export function reportOncePerLocation<Ctx extends Context>(context: Ctx): Ctx['report'] {
  // Made at the first report: most files give a rule nothing to report.
  let seen: Set<string> | undefined;
  return ((descriptor: Parameters<Ctx['report']>[0]) => {
    const { loc, messageId } = descriptor as { loc?: { start: { line: number; column: number } }; messageId: string };
    const key = loc && 'start' in loc ? `${messageId}@${loc.start.line}:${loc.start.column}` : undefined;
    if (key !== undefined) {
      seen ??= new Set();
      if (seen.has(key)) return;
      seen.add(key);
    }
    context.report(descriptor);
  }) as Ctx['report'];
}
