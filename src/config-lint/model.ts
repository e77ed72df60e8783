import type { ConfigView } from '../core/config-view.js';
import type { SourceLocation } from '../core/location.js';
import type { ConfigFileAst } from './ast.js';

/** The format family a config file was recognised as. */
export type Dialect =
  | 'java-properties'
  | 'broker-properties'
  | 'streams-properties'
  | 'librdkafka'
  | 'spring'
  | 'strimzi'
  | 'compose'
  | 'connect-properties'
  | 'mirror-maker-properties'
  | 'helm'
  | 'kubernetes';

/** What the config side knows about one file, computed once per file. */
export interface ConfigFileModel {
  /** `null` when the file is not a Kafka config file: no rule reports anything then. */
  dialect: Dialect | null;
  views: readonly ConfigView[];
  /** Problems found while extracting (an alias that could not be followed, …), reported by no-op rules or ignored. */
  notes: readonly { message: string; loc: SourceLocation }[];
}

/** The part of a config language's SourceCode that rules use. */
export interface ConfigSourceCode {
  readonly text: string;
  readonly ast: ConfigFileAst;
  /** The config views of the file, extracted on first use and cached. */
  getConfigModel(): ConfigFileModel;
}

export function isConfigSourceCode(sourceCode: unknown): sourceCode is ConfigSourceCode {
  return typeof (sourceCode as Partial<ConfigSourceCode> | null)?.getConfigModel === 'function';
}
