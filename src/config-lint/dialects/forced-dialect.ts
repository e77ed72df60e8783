import type { ConfigView, Role } from '../../core/config-view.js';
import type { ConfigFileAst, PropertiesFile } from '../ast.js';
import type { Dialect } from '../model.js';
import { extractBrokerProperties } from './broker-properties.js';
import { extractCompose } from './compose.js';
import { extractConnectProperties, extractMirrorMakerProperties } from './connect-properties.js';
import type { ExtractionContext } from './context.js';
import { baseName } from './file-names.js';
import { extractHelmValues } from './helm.js';
import { extractJavaClientProperties } from './java-properties.js';
import { extractKubernetes } from './kubernetes.js';
import { extractLibrdkafka } from './librdkafka.js';
import { clientRoleOfKeys, detectPropertiesDialect } from './properties-detection.js';
import { extractSpringProperties, extractSpringYaml } from './spring.js';
import { extractStreamsProperties } from './streams-properties.js';
import { extractStrimzi } from './strimzi.js';
import type { AliasBudget } from './yaml-access.js';

export interface DialectViews {
  views: ConfigView[];
  /** False when YAML aliases could not all be followed: settings may be hidden. */
  complete: boolean;
}

/** The client role of a properties file forced to `java-properties`: as detection would say, else from its keys. */
function javaClientRole(context: ExtractionContext, file: PropertiesFile): Role {
  const detected = detectPropertiesDialect(baseName(context.path), file);
  if (detected?.dialect === 'java-properties') return detected.role;
  return clientRoleOfKeys(new Set(file.entries.map((entry) => entry.key)));
}

/**
 * The views of a file read as the given dialect, without detection (`languageOptions.dialect`).
 * Each extractor copes with a file of any shape: a forced dialect on a file that is something else
 * gives the few views, or none, that the extractor finds in it. `undefined` when the dialect is not
 * one of the file's format (a YAML dialect on a properties file).
 */
export function extractForcedDialect(
  context: ExtractionContext,
  ast: ConfigFileAst,
  dialect: Dialect,
  budget: AliasBudget,
): DialectViews | undefined {
  const properties = ast.type === 'PropertiesFile' ? ast : undefined;
  const yaml = ast.type === 'YamlFile' ? ast : undefined;
  const complete = (views: ConfigView[]): DialectViews => ({ views, complete: true });
  switch (dialect) {
    case 'spring':
      if (properties) return complete(extractSpringProperties(context, properties));
      return yaml && extractSpringYaml(context, yaml, budget);
    case 'librdkafka':
      return properties && complete(extractLibrdkafka(context, properties));
    case 'streams-properties':
      return properties && complete(extractStreamsProperties(context, properties));
    case 'broker-properties':
      return properties && complete(extractBrokerProperties(context, properties));
    case 'java-properties':
      return properties && complete(extractJavaClientProperties(context, properties, javaClientRole(context, properties)));
    case 'connect-properties':
      return properties && complete(extractConnectProperties(context, properties));
    case 'mirror-maker-properties':
      return properties && complete(extractMirrorMakerProperties(context, properties));
    case 'strimzi':
      return yaml && extractStrimzi(context, yaml, budget);
    // These extractors give undefined for a file with nothing of theirs: forced, it has nothing to check.
    case 'compose':
      return yaml && (extractCompose(context, yaml, budget) ?? complete([]));
    case 'helm':
      return yaml && (extractHelmValues(context, yaml, budget) ?? complete([]));
    case 'kubernetes':
      return yaml && (extractKubernetes(context, yaml, budget) ?? complete([]));
    default: {
      // A new dialect must say how it is extracted when forced.
      const unhandled: never = dialect;
      return unhandled;
    }
  }
}
