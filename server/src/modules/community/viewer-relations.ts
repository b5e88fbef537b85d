/**
 * The port through which the community learns, per viewer, whose content to leave out (blocked
 * either way, muted) and which filter words apply (API.md C2). The safety module owns those
 * facts; the wiring hands its implementation to the community, which must not import safety.
 */
import type { Executor } from '../../db/database.ts';

/** What a personal filter does with matching content. */
export type FilterAction = 'hide' | 'warn';

/** A viewer's relations as the community applies them. */
export interface ViewerRelations {
  /** Internal ids of the authors whose posts and comments the viewer must not see. */
  hiddenAuthors: readonly number[];
  /** The viewer's filter words, as they typed them (normalised NFKC). */
  filterWords: readonly string[];
  /** `hide` leaves matching items out of lists; `warn` lists them marked `filtered`. */
  filterAction: FilterAction;
}

/** Loads a signed-in viewer's relations in one query; `staff` viewers are never affected by blocks. */
export type ViewerRelationsSource = (
  db: Executor,
  viewer: { id: number; staff: boolean },
) => Promise<ViewerRelations>;

/** The relations of anonymous readers (and of a context without a source). */
export const NO_RELATIONS: ViewerRelations = { hiddenAuthors: [], filterWords: [], filterAction: 'hide' };
