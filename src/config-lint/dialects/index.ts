import type { ConfigView } from '../../core/config-view.js';
import type { Position } from '../../core/location.js';
import type { ConfigFileAst, PropertiesFile, YamlFile } from '../ast.js';
import type { ConfigFileModel, Dialect } from '../model.js';
import { extractBrokerProperties } from './broker-properties.js';
import { extractCompose } from './compose.js';
import { detectConnectDialect, extractConnectProperties, extractMirrorMakerProperties } from './connect-properties.js';
import type { ExtractionContext } from './context.js';
import { baseName, isComposeFileName, isHelmValuesFileName, isSpringFileName } from './file-names.js';
import { extractForcedDialect } from './forced-dialect.js';
import { extractHelmValues } from './helm.js';
import { extractJavaClientProperties } from './java-properties.js';
import { extractKubernetes } from './kubernetes.js';
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
  /** A dialect forced by the language's `dialect` option: detection is skipped. */
  dialect?: Dialect | undefined;
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
  const connect = detectConnectDialect(baseName(context.path), file);
  if (connect === 'connect-properties') return model(connect, extractConnectProperties(context, file), context);
  if (connect === 'mirror-maker-properties') return model(connect, extractMirrorMakerProperties(context, file), context);
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
    const helm = isHelmValuesFileName(name) ? extractHelmValues(context, file, budget) : undefined;
    const compose = helm ? undefined : extractCompose(context, file, budget);
    const kubernetes = helm || compose || isComposeFileName(name) ? undefined : extractKubernetes(context, file, budget);
    if (helm) result = { dialect: 'helm', ...helm };
    else if (compose) result = { dialect: 'compose', ...compose };
    else if (kubernetes) result = { dialect: 'kubernetes', ...kubernetes };
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

function extractForced(context: ExtractionContext, ast: ConfigFileAst, dialect: Dialect): ConfigFileModel {
  const result = extractForcedDialect(context, ast, dialect, new AliasBudget());
  if (!result) return notKafka();
  if (!result.complete) incompleteNote(context);
  return model(dialect, result.views, context);
}

/**
 * Recognises a config file's dialect (by its name first, then by a look at its top-level keys) and
 * extracts its config views. Never throws: a file that is not Kafka configuration, or that the
 * extractors cannot read, gives `{ dialect: null, views: [] }`.
 */
export function extractConfigModel(input: ConfigFileInput): ConfigFileModel {
  const context: ExtractionContext = { path: input.path, text: input.text, locAt: (offset) => input.locAt(offset), notes: [] };
  try {
    if (input.dialect !== undefined) return extractForced(context, input.ast, input.dialect);
    if (input.ast.type === 'PropertiesFile') return extractProperties(context, input.ast);
    if (input.ast.type === 'YamlFile') return extractYaml(context, input.ast);
    return notKafka();
  } catch (error) {
    // Extraction must never take ESLint down; a file it cannot read is reported as a note.
    const reason = error instanceof Error ? error.message : String(error);
    return { dialect: null, views: [], notes: [{ message: `Kafka config extraction failed: ${reason}`, loc: FILE_START_LOC }] };
  }
}
