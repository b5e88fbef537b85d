/** What the notification rules and routes need: the database, the config and the community's context. */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { EventBus } from '../../events/bus.ts';
import type { CommunityContext } from '../community/index.ts';
import { NO_SAFETY, type NotifySafety } from './can-notify.ts';
import { type LiveHub, liveHubFor } from './live-hub.ts';
import { type LiveRelay, liveRelayFor } from './live-relay.ts';

/** The notifications module's dependencies. */
export interface NotificationsContext {
  /** The open database. */
  database: Database;
  /** The validated configuration (links in e-mails). */
  config: Config;
  /** The community's context, to ask whether a mentioned user may see a post. */
  community: CommunityContext;
  /** This app's live event streams. */
  live: LiveHub;
  /** Live events to and from the other server processes. */
  relay: LiveRelay;
  /** Blocks and mutes between users (the safety module's, through the wiring). */
  safety: NotifySafety;
}

/** Builds the context from the app's parts. */
export function notificationsContext(
  config: Config,
  database: Database,
  events: EventBus,
  safety: NotifySafety = NO_SAFETY,
): NotificationsContext {
  return {
    database,
    config,
    community: { database, communityRead: config.communityRead, events },
    live: liveHubFor(events),
    relay: liveRelayFor(events),
    safety,
  };
}
