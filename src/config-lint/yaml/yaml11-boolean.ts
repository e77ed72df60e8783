/**
 * Plain scalars that YAML 1.1 loaders read as booleans. The list is SnakeYAML's (the loader of
 * Spring Boot), which leaves out the single letters `y`/`n` of the 1.1 type repository: Spring reads
 * `enable-auto-commit: on` as true, but `y` as the string "y".
 */
const YAML11_BOOLEANS = new Map<string, boolean>([
  ['yes', true],
  ['Yes', true],
  ['YES', true],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['on', true],
  ['On', true],
  ['ON', true],
  ['no', false],
  ['No', false],
  ['NO', false],
  ['false', false],
  ['False', false],
  ['FALSE', false],
  ['off', false],
  ['Off', false],
  ['OFF', false],
]);

/**
 * The boolean a YAML 1.1 loader (SnakeYAML, hence Spring Boot) gives the source text of a plain
 * scalar, or `undefined` when it is not a boolean there. Only meaningful for plain (unquoted) scalars.
 */
export function yaml11Boolean(text: string): boolean | undefined {
  return YAML11_BOOLEANS.get(text);
}
