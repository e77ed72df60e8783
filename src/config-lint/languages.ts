import { PropertiesLanguage } from './properties/language.js';
import { YamlLanguage } from './yaml/language.js';

/** `kafka/properties`: Java and librdkafka `.properties` files. */
export const properties = new PropertiesLanguage();

/** `kafka/yaml`: Spring Boot, Strimzi and docker-compose YAML files. */
export const yaml = new YamlLanguage();
