/**
 * The e-mail digest (API.md C1): at the user's local morning (daily, or Mondays for weekly), one
 * calm message through the outbox listing their unread notifications since the last digest, with
 * a link to the app and a one-click unsubscribe. Nothing is sent when nothing is unread. The
 * notifications plugin sweeps every minute; each due digest is claimed with a compare-and-set,
 * so processes sweeping together send it once.
 */
import { nowMicros } from '../../lib/time.ts';
import { frontendBase } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { type RenderedMail, render } from '../../mail/templates/layout.ts';
import { findUserById } from '../users/index.ts';
import { claimDigest, listDueDigests } from './digest.repository.ts';
import { digestPeriod, nextDigestDue } from './digest-schedule.ts';
import type { NotificationsContext } from './notifications.context.ts';
import { loadActors, toNotificationDto } from './notifications.presenter.ts';
import { listUnreadSince } from './notifications.repository.ts';
import { oneClickUnsubscribeUrl, unsubscribeLink } from './unsubscribe.ts';

/** Lines a digest lists before "and N more". */
export const DIGEST_LINES = 10;
/** Due digests handled per sweep (the rest wait for the next minute). */
const SWEEP_BATCH = 200;
const COUNT_CAP = 99;

/** The digest message. */
export function digestMessage(p: {
  name: string;
  weekly: boolean;
  lines: string[];
  more: number;
  link: string;
  unsubscribe: string;
}): RenderedMail {
  const more = p.more > 0 ? [`…and ${p.more >= COUNT_CAP ? `${COUNT_CAP}+` : p.more} more.`] : [];
  return render({
    subject: p.weekly ? 'your week in the community' : 'what happened since yesterday',
    name: p.name,
    intro: [
      p.weekly
        ? 'Here is what happened around you this week:'
        : 'Here is what happened around you since yesterday:',
      p.lines.map((line) => `• ${line}`).join('\n'),
      ...more,
    ],
    action: { label: 'Open your notifications', url: p.link },
    outro: [
      'Take whatever time you need — there is no rush to answer anything.',
      `You asked for a ${p.weekly ? 'weekly' : 'daily'} summary. To stop these e-mails with one click: ${p.unsubscribe}`,
    ],
  });
}

/** Sends every digest due at `now` (microseconds); returns how many messages were queued. */
export async function sendDueDigests(ctx: NotificationsContext, now = nowMicros()): Promise<number> {
  const db = ctx.database.db;
  let sent = 0;
  for (const due of await listDueDigests(db, now, SWEEP_BATCH)) {
    if (due.email_digest === 'off') continue;
    const since = due.digest_since ?? now - digestPeriod(due.email_digest);
    if (!(await claimDigest(db, due, nextDigestDue(now, due.email_digest, due.timezone), now))) continue;
    const user = await findUserById(db, due.user_id);
    if (user === undefined || !user.is_active || user.email === '') continue;
    const rows = await listUnreadSince(db, due.user_id, since, COUNT_CAP + 1);
    if (rows.length === 0) continue;
    const shown = rows.slice(0, DIGEST_LINES);
    const actors = await loadActors(db, shown);
    const viewer = { id: user.id, publicId: user.public_id, role: user.role, sessionId: null };
    const base = frontendBase(ctx.config);
    const message = digestMessage({
      name: user.first_name || user.username,
      weekly: due.email_digest === 'weekly',
      lines: shown.map((row) => toNotificationDto(row, actors, viewer, base).text),
      more: rows.length - shown.length,
      link: `${base}/notifications`,
      unsubscribe: unsubscribeLink(ctx.config, user.public_id, Math.floor(now / 1000)),
    });
    await enqueueMessage(db, {
      kind: 'digest',
      to: user.email,
      ...message,
      listUnsubscribe: oneClickUnsubscribeUrl(ctx.config, user.public_id, Math.floor(now / 1000)),
    });
    sent += 1;
  }
  if (sent > 0) wakeOutbox(ctx.database);
  return sent;
}
