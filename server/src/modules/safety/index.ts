/**
 * The safety module's front door (API.md C2): blocks and mutes between users, personal filter
 * words, and the per-viewer facts the community applies through the `ViewerRelationsSource`
 * port (wired in `modules/wiring.ts`). It owns `blocks`, `mutes` and `filter_words` and imports
 * only users.
 */

export { filtersRoutes } from './filters.routes.ts';
export { notifySafety } from './notify-relations.service.ts';
export { relationsRoutes } from './relations.routes.ts';
export { safetySection } from './safety.contributor.ts';
export { type RelationFacts, viewerRelationsFor } from './viewer-relations.service.ts';
