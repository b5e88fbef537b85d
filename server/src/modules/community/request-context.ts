/** What community routes pass to their services: the context and, for audited writes, the actor. */
import type { FastifyInstance } from 'fastify';
import { crisisLexiconFor } from '../../lib/crisis-lexicon.ts';
import { supportBlockFor } from '../../lib/crisis-resources.ts';
import type { CommunityContext } from './posts.service.ts';

/** The services' context for an app. */
export function communityContext(app: FastifyInstance): CommunityContext {
  return {
    database: app.database,
    communityRead: app.config.communityRead,
    events: app.wiring.events,
    relations: app.wiring.viewerRelations,
    newAccounts: app.config.newAccounts,
    care: {
      lexicon: crisisLexiconFor(app.config.crisisLexiconFile),
      support: supportBlockFor(app.config.crisisResourcesFile),
    },
  };
}
