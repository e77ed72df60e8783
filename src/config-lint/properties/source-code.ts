import type { Position } from '../../core/location.js';
import { ConfigSourceCodeBase } from '../source-code.js';
import type { ParsedPropertiesFile, PropertiesProblem } from './parse.js';

/**
 * SourceCode of the `kafka/properties` language. Rules visit `PropertiesFile` and read its
 * `entries`; ESLint directives go in `#` or `!` comment lines (a `#` after a value is part of the
 * value in a `.properties` file, so there is no end-of-line `eslint-disable-line` here).
 */
export class PropertiesSourceCode extends ConfigSourceCodeBase<ParsedPropertiesFile> {
  /** Escapes that `java.util.Properties#load` rejects; the parser kept their text as written. */
  getParseProblems(): readonly PropertiesProblem[] {
    return this.ast.problems;
  }

  /** Uses the line index the parser built, instead of splitting the text again. */
  override locAt(offset: number): Position {
    return this.ast.lines.positionAt(offset);
  }
}
