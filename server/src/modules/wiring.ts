/**
 * How the modules are wired to each other, in one place: the domain event bus with every
 * subscriber and transactional participant, and the account-data contributors in export order.
 * `buildApp` and the CLI both start from here, so a post deleted from either closes its reports
 * and an export from either covers every module.
 */
import type { Database } from '../db/database.ts';
import { EventBus, type EventLog } from '../events/bus.ts';
import { type AccountDataContributor, AccountDataRegistry } from '../lib/account-data.ts';
import { accountSection } from './auth/index.ts';
import { communitySection, postsCountsFor, type ViewerRelationsSource } from './community/index.ts';
import { journalSection } from './journal/index.ts';
import { fileCrisisReports, moderationSection, takePartInContentDeletion } from './moderation/index.ts';
import {
  type NotificationsContext,
  type NotifySafety,
  notificationsSection,
  subscribeNotifications,
} from './notifications/index.ts';
import { notifySafety, safetySection, viewerRelationsFor } from './safety/index.ts';
import type { PostsCounter } from './users/index.ts';

/** The wiring of one app (or CLI run). */
export interface ModuleWiring {
  /** The domain event bus. */
  events: EventBus;
  /** Account export and deletion across modules. */
  accountData: AccountDataRegistry;
  /** `posts_count` for user objects, from the community to the users and auth modules. */
  postsCounts: PostsCounter;
  /** Blocks, mutes and filter words of a viewer, from the safety module to the community. */
  viewerRelations: ViewerRelationsSource;
}

/** What a serving app adds to the wiring (the CLI has none of it: it creates no content). */
export interface AppWiring {
  /** The open database, for subscribers that write (moderation's crisis reports). */
  database: Database;
  /** Builds the notifications' context; the safety module's blocks and mutes are its `NotifySafety` port. */
  notifications: (events: EventBus, safety: NotifySafety) => NotificationsContext;
}

/**
 * Wires the modules; `extraAccountData` lets tests stand in for a further module. Notifications
 * and moderation's crisis reports are subscribed when `app` is given (the app does; the CLI does not).
 */
export function wireModules(
  log: EventLog,
  extraAccountData: readonly AccountDataContributor[] = [],
  app?: AppWiring,
): ModuleWiring {
  const events = new EventBus(log);
  takePartInContentDeletion(events);
  if (app !== undefined) {
    subscribeNotifications(events, app.notifications(events, notifySafety));
    fileCrisisReports(events, app.database);
  }
  const accountData = new AccountDataRegistry([
    journalSection,
    accountSection,
    communitySection(events),
    moderationSection,
    safetySection,
    notificationsSection,
    ...extraAccountData,
  ]);
  return { events, accountData, postsCounts: postsCountsFor, viewerRelations: viewerRelationsFor };
}
