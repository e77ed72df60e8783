/** The configuration could not be loaded, or is invalid for some file: the run cannot go on. */
export class ConfigurationError extends Error {}

/** The message of anything thrown, for one line of output. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
