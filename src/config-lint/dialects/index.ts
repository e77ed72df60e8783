import type { ConfigView } from '../../core/config-view.js';
import type { Position } from '../../core/location.js';
import type { ConfigFileAst, PropertiesFile, YamlFile } from '../ast.js';
import type { ConfigFileModel, Dialect } from '../model.js';
import { extractBrokerProperties } from './broker-properties.js';
import { extractCompose } from './compose.js';
import type { ExtractionContext } from './context.js';
import { baseName, isComposeFileName, isSpringFileName } from './file-names.js';
import { extractJavaClientProperties } from './java-properties.js';
import { extractLibrdkafka } from './librdkafka.js';
import { detectPropertiesDialect } from './properties-detection.js';
import { extractSpringProperties, extractSpringYaml } from './spring.js';
import { extractStreamsProperties } from './streams-properties.js';
import { extractStrimzi, hasStrimziResource } from './strimzi.js';
import { AliasBudget } from './yaml-access.js';

export interface ConfigFileInput {
  path: string;
  text: string;
  ast: ConfigFileAst;
  locAt(offset: number): Position;
}

/** A fresh model per call: callers own what they are given. */
function notKafka(): ConfigFileModel {
  return { dialect: null, views: [], notes: [] };
}

const FILE_START_LOC = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

function model(dialect: Dialect, views: ConfigView[], context: ExtractionContext): ConfigFileModel {
  return { dialect, views, notes: context.notes };
}

function extractProperties(context: ExtractionContext, file: PropertiesFile): ConfigFileModel {
  const detected = detectPropertiesDialect(baseName(context.path), file);
  switch (detected?.dialect) {
    case 'spring':
      return model('spring', extractSpringProperties(context, file), context);
    case 'librdkafka':
      return model('librdkafka', extractLibrdkafka(context, file), context);
    case 'streams-properties':
      return model('streams-properties', extractStreamsProperties(context, file), context);
    case 'broker-properties':
      return model('broker-properties', extractBrokerProperties(context, file), context);
    case 'java-properties':
      return model('java-properties', extractJavaClientProperties(context, file, detected.role), context);
    default:
      return notKafka();
  }
}

function incompleteNote(context: ExtractionContext): void {
  context.notes.push({
    message:
      'Some YAML aliases could not be followed (an unknown anchor, or more aliases than the linter follows): ' +
      'settings may be hidden, so missing settings are not reported for this file.',
    loc: FILE_START_LOC,
  });
}

function extractYaml(context: ExtractionContext, file: YamlFile): ConfigFileModel {
  const name = baseName(context.path);
  const budget = new AliasBudget();
  let result: { dialect: Dialect; views: ConfigView[]; complete: boolean } | undefined;
  if (isSpringFileName(name)) {
    result = { dialect: 'spring', ...extractSpringYaml(context, file, budget) };
  } else if (hasStrimziResource(file, budget)) {
    result = { dialect: 'strimzi', ...extractStrimzi(context, file, budget) };
  } else {
    const compose = extractCompose(context, file, budget);
    if (compose) result = { dialect: 'compose', ...compose };
    else if (!isComposeFileName(name)) {
      // A Spring config not named application*.yml (served by Spring Cloud Config, say): Spring only
      // when it sets something under spring.kafka; the walk skips every other top-level key.
      const spring = extractSpringYaml(context, file, budget);
      if (spring.views.length > 0) result = { dialect: 'spring', ...spring };
    }
  }
  if (!result) return notKafka();
  if (!result.complete) incompleteNote(context);
  return model(result.dialect, result.views, context);
}

/**
 * Recognises a config file's dialect (by its name first, then by a look at its top-level keys) and
 * extracts its config views. Never throws: a file that is not Kafka configuration, or that the
 * extractors cannot read, gives `{ dialect: null, views: [] }`.
 */
export function extractConfigModel(input: ConfigFileInput): ConfigFileModel {
  const context: ExtractionContext = { path: input.path, text: input.text, locAt: (offset) => input.locAt(offset), notes: [] };
  try {
    if (input.ast.type === 'PropertiesFile') return extractProperties(context, input.ast);
    if (input.ast.type === 'YamlFile') return extractYaml(context, input.ast);
    return notKafka();
  } catch (error) {
    // Extraction must never take ESLint down; a file it cannot read is reported as a note.
    const reason = error instanceof Error ? error.message : String(error);
    return { dialect: null, views: [], notes: [{ message: `Kafka config extraction failed: ${reason}`, loc: FILE_START_LOC }] };
  }
}
