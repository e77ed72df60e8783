import type { Position } from '../../core/location.js';
import type { YamlFile } from '../ast.js';
import { ConfigSourceCodeBase, type ConfigSourceCodeInit } from '../source-code.js';
import { positionAt, type YamlProblem } from './parse.js';

/**
 * SourceCode of the `kafka/yaml` language. Rules see the `YamlFile` root only (the documents are
 * the `yaml` package's own nodes, walked by extractors); ESLint directives go in `#` comments,
 * on their own line or at the end of a line.
 */
export class YamlSourceCode extends ConfigSourceCodeBase<YamlFile> {
  /** Problems a YAML loader tolerates (unknown tags, unknown directives), in source order. */
  readonly warnings: readonly YamlProblem[];

  constructor({ warnings, ...init }: ConfigSourceCodeInit<YamlFile> & { warnings: readonly YamlProblem[] }) {
    super(init);
    this.warnings = warnings;
  }

  /** Uses the line index the parser built, instead of splitting the text again. */
  override locAt(offset: number): Position {
    return positionAt(this.ast.lineCounter, offset);
  }
}
