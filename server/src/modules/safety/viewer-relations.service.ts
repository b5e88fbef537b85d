/**
 * The safety module's side of the community's `ViewerRelationsSource` port: a viewer's hidden
 * authors (blocked either way, muted) and filter words, in one query. The shape matches the
 * community's `ViewerRelations` structurally: safety does not import the community.
 */
import type { Executor } from '../../db/database.ts';
import type { FilterAction } from '../../db/schema.ts';
import { parseWords } from './filters.service.ts';
import { loadRelations } from './relations.repository.ts';

/** What the community applies for a viewer. */
export interface RelationFacts {
  /** Internal ids of the authors hidden from the viewer. */
  hiddenAuthors: number[];
  /** The viewer's filter words. */
  filterWords: string[];
  /** What the viewer's filter does. */
  filterAction: FilterAction;
}

/** Loads what the community must apply for a signed-in viewer. */
export async function viewerRelationsFor(
  db: Executor,
  viewer: { id: number; staff: boolean },
): Promise<RelationFacts> {
  const { hidden, words, action } = await loadRelations(db, viewer.id, viewer.staff);
  return {
    hiddenAuthors: hidden,
    filterWords: parseWords(words),
    filterAction: action === 'warn' ? 'warn' : 'hide',
  };
}
