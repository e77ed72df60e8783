import type { SourceLocation } from '../../core/location.js';
import type { LocAt } from './spans.js';

/** What every extractor of a file needs: its text, positions, and a place for extraction notes. */
export interface ExtractionContext {
  path: string;
  text: string;
  locAt: LocAt;
  notes: { message: string; loc: SourceLocation }[];
}
