import type { ESLint, Linter } from 'eslint';

/**
 * The code kafka-lint scans carries directives for the project's own ESLint set-up
 * (`// eslint-disable-next-line @typescript-eslint/no-empty-function`). With only the built-in preset
 * loaded, ESLint reports each such rule as "Definition for rule … was not found": noise that would fail
 * the run. Kafka rules are never dropped, so a misspelled `kafka/…` directive is still reported.
 */
function isForeignRuleNotice(message: Linter.LintMessage): boolean {
  return (
    message.ruleId !== null &&
    !message.ruleId.startsWith('kafka/') &&
    message.message === `Definition for rule '${message.ruleId}' was not found.`
  );
}

export function withoutForeignRuleNotices(result: ESLint.LintResult): ESLint.LintResult {
  const dropped = result.messages.filter(isForeignRuleNotice);
  if (dropped.length === 0) return result;
  const errors = dropped.filter((message) => message.severity === 2).length;
  return {
    ...result,
    messages: result.messages.filter((message) => !isForeignRuleNotice(message)),
    errorCount: result.errorCount - errors,
    warningCount: result.warningCount - (dropped.length - errors),
  };
}
