/**
 * E-mail as it happens, for the types a user turned e-mail on for (API.md C1 preferences): one
 * short message per notification — a folded like only the first time that day — with a link to
 * what it is about and a one-click unsubscribe. `security.new_login` has its own message.
 */
import { frontendBase } from '../../mail/links.ts';
import { enqueueMessage } from '../../mail/outbox.repository.ts';
import { wakeOutbox } from '../../mail/outbox.worker.ts';
import { type RenderedMail, render } from '../../mail/templates/layout.ts';
import { findUserById } from '../users/index.ts';
import type { NotificationsContext } from './notifications.context.ts';
import { loadActors, toNotificationDto } from './notifications.presenter.ts';
import { findNotification } from './notifications.repository.ts';
import { oneClickUnsubscribeUrl, unsubscribeLink } from './unsubscribe.ts';

/** The message about one notification. */
export function noticeMessage(p: {
  name: string;
  text: string;
  link: string;
  unsubscribe: string;
}): RenderedMail {
  return render({
    subject: p.text.replace(/\.$/, '').toLowerCase(),
    name: p.name,
    intro: [p.text],
    action: { label: 'See it in MentalMuse', url: p.link },
    outro: [`You chose to get this by e-mail. To stop these e-mails with one click: ${p.unsubscribe}`],
  });
}

/** Queues the e-mail about a stored notification (nothing for a like folded into an earlier one). */
export async function emailNotice(
  ctx: NotificationsContext,
  recipientId: number,
  publicId: string,
): Promise<void> {
  const db = ctx.database.db;
  const row = await findNotification(db, recipientId, publicId);
  if (row === undefined || row.count > 1) return;
  const user = await findUserById(db, recipientId);
  if (user === undefined || !user.is_active || user.email === '') return;
  const base = frontendBase(ctx.config);
  const viewer = { id: user.id, publicId: user.public_id, role: user.role, sessionId: null };
  const dto = toNotificationDto(row, await loadActors(db, [row]), viewer, base);
  const message = noticeMessage({
    name: user.first_name || user.username,
    text: dto.text,
    link: dto.post === null ? `${base}/notifications` : `${base}/post/${dto.post}`,
    unsubscribe: unsubscribeLink(ctx.config, user.public_id),
  });
  await enqueueMessage(db, {
    kind: 'notification',
    to: user.email,
    ...message,
    listUnsubscribe: oneClickUnsubscribeUrl(ctx.config, user.public_id),
  });
  wakeOutbox(ctx.database);
}
