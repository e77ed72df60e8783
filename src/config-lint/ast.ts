import type { Document, LineCounter } from 'yaml';

import type { SourceLocation, Range } from '../core/location.js';

/** A `#` or `!` comment line of a properties file, or a `#` comment of a YAML file. */
export interface ConfigComment {
  type: 'Comment';
  /** The comment's text after the marker, untrimmed. */
  value: string;
  range: Range;
  loc: SourceLocation;
}

/** One `key=value` (or `key: value`, `key value`) pair of a `.properties` file; duplicates are kept. */
export interface PropertyEntry {
  type: 'Property';
  /** The key with escapes resolved. */
  key: string;
  /** The value with escapes resolved and continuation lines joined. */
  value: string;
  /** Source text of the key and of the value. */
  rawKey: string;
  rawValue: string;
  keyRange: Range;
  keyLoc: SourceLocation;
  /** An empty value has an empty range just after the separator. */
  valueRange: Range;
  valueLoc: SourceLocation;
  range: Range;
  loc: SourceLocation;
}

/** Root of the `kafka/properties` language. */
export interface PropertiesFile {
  type: 'PropertiesFile';
  entries: PropertyEntry[];
  comments: ConfigComment[];
  range: Range;
  loc: SourceLocation;
}

/**
 * Root of the `kafka/yaml` language. Documents are the `yaml` package's own parsed documents
 * (composed with `uniqueKeys: false`, so duplicate keys survive for rules to report); dialect
 * extractors walk them. Aliases are never expanded here.
 */
export interface YamlFile {
  type: 'YamlFile';
  documents: Document.Parsed[];
  comments: ConfigComment[];
  lineCounter: LineCounter;
  range: Range;
  loc: SourceLocation;
}

export type ConfigFileAst = PropertiesFile | YamlFile;

export const CONFIG_ROOT_TYPES = ['PropertiesFile', 'YamlFile'] as const;

/**
 * The root of a file with nothing in it, where `root` was: what a SourceCode keeps once it has
 * released its file (see `ConfigSourceCodeBase`). Positions, line index and range stay.
 */
export function emptiedRoot<Root extends ConfigFileAst>(root: Root): Root {
  const emptied: ConfigFileAst = root.type === 'YamlFile' ? { ...root, documents: [], comments: [] } : { ...root, entries: [], comments: [] };
  return emptied as Root;
}
