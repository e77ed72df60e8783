import type { ConfigView } from '../../core/config-view.js';
import type { PropertiesFile } from '../ast.js';
import type { ExtractionContext } from './context.js';
import { javaPropertiesView } from './java-properties.js';

/** A broker or KRaft controller file (`server.properties`, `broker.properties`, `controller.properties`). */
export function extractBrokerProperties(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  return [javaPropertiesView(context, file, 'broker', 'broker-properties')];
}
