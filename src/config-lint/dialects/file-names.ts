/** The file name without its directories, lower-cased: detection never depends on case or OS. */
export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1).toLowerCase();
}

/** `application.yml`, `application-prod.yaml`, `bootstrap.properties`: Spring Boot's config files. */
export function isSpringFileName(name: string): boolean {
  return /^(?:application|bootstrap)(?:[-.][^/]*)?\.(?:ya?ml|properties)$/.test(name);
}

/** `docker-compose.yml`, `docker-compose.prod.yaml`, `compose.yml`, `compose.override.yml`. */
export function isComposeFileName(name: string): boolean {
  return /^(?:docker-)?compose(?:[-.][^/]*)?\.ya?ml$/.test(name);
}

/** `librdkafka.conf`, `rdkafka.conf`, `librdkafka-producer.properties`. */
export function isLibrdkafkaFileName(name: string): boolean {
  return /^(?:lib)?rdkafka(?:[-._][^/]*)?\.(?:conf|properties|config|ini)$/.test(name);
}

/** `server.properties`, `broker.properties`, `controller.properties`, `kafka-server.properties`. */
export function isBrokerFileName(name: string): boolean {
  return /^(?:[\w.-]*[-_.])?(?:server|broker|controller)\.properties$/.test(name);
}

/** `streams.properties`, `kafka-streams.properties`, `orders-streams.properties`. */
export function isStreamsFileName(name: string): boolean {
  return /^(?:[\w.-]*[-_.])?streams\.properties$/.test(name);
}

/** The client a properties file is named after: `producer.properties`, `orders-consumer.properties`. */
export function clientRoleOfFileName(name: string): 'producer' | 'consumer' | 'admin' | 'client' | undefined {
  const match = /(?:^|[-_.])(producer|consumer|admin|client)\.properties$/.exec(name);
  return match?.[1] as 'producer' | 'consumer' | 'admin' | 'client' | undefined;
}

/** `values.yaml`, `values-prod.yaml`, `values.staging.yml`, `kafka-values.yaml`: Helm values files. */
export function isHelmValuesFileName(name: string): boolean {
  return /^(?:[\w.-]*[-_.])?values(?:[-_.][\w.-]*)?\.ya?ml$/.test(name);
}
